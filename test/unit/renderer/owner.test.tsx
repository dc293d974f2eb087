// The site owner's view: owner wording on the verdict, one checklist page per stack with copyable
// commands, the error's time in UTC, the trace id and headers, and one "check again".
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosisResult, SourceId, VerdictId } from '../../../electron/contract';
import { VERDICTS, ownerTextsDe, ownerTextsEn, textsEn } from '../../../electron/contract/values';
import { initI18n } from '../../../renderer/i18n';
import { ChecklistScreen } from '../../../renderer/screens/checklist-screen';
import { VerdictScreen } from '../../../renderer/screens/verdict-screen';
import { CHECKLIST, nodeOf, verdictNodeId } from '../../../renderer/wizard/tree';
import { sampleResult } from '../../bridge/fixtures';
import { answerQuestions, finish, must, renderApp, waitForStart } from './helpers';

const RAY = '8c1f2e3d4a5b6c7d-FRA';

/** A result whose failing answers came from `source` (behind `cdn`), with extra headers. */
function fromStack(
  verdictId: VerdictId,
  source: SourceId,
  o: { cdn?: SourceId; traceId?: string; headers?: Record<string, string>; title?: string } = {},
): DiagnosisResult {
  const base = sampleResult(verdictId);
  const attempts = (base.probe?.attempts ?? []).map((a) => ({
    ...a,
    headers: { ...a.headers, ...o.headers },
    page: o.title
      ? { title: o.title, refreshTo: null, loginForm: false, digest: 'd', snippet: `${o.title} nginx/1.24.0` }
      : null,
    recognition: a.recognition
      ? { ...a.recognition, source, cdn: o.cdn ?? null, traceId: o.traceId ?? null }
      : null,
  }));
  return { ...base, startedAt: '2026-12-02T16:25:30.000+00:00', probe: { attempts } };
}

function renderChecklist(result: DiagnosisResult, lang = 'en') {
  const onCheckAgain = vi.fn();
  const utils = render(
    <I18nextProvider i18n={initI18n(lang)}>
      <ChecklistScreen
        node={nodeOf(CHECKLIST, 'checklist')}
        result={result}
        onCheckAgain={onCheckAgain}
        onReport={() => undefined}
        onBack={() => undefined}
      />
    </I18nextProvider>,
  );
  return { onCheckAgain, ...utils };
}

/** The commands on the page (not the facts or headers). */
const codes = (): string[] =>
  [...document.querySelectorAll('.owner-command code')].map((c) => c.textContent ?? '');

function mockClipboard(impl: (text: string) => Promise<void> = () => Promise.resolve()) {
  const writeText = vi.fn(impl);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('owner wording', () => {
  const ownerWorded = Object.keys(ownerTextsEn.verdicts) as (keyof typeof ownerTextsEn.verdicts)[];

  it('covers every verdict the owner must act on, plus the proxy case', () => {
    for (const v of [
      'site-ok',
      'site-server-error',
      'site-timeout',
      'site-intermittent',
      'cdn-origin-error',
      'site-unreachable',
      'tls-certificate-error',
      'site-dns-failing',
      'proxy-error',
    ] as const)
      expect(ownerWorded).toContain(v);
  });

  it.each(ownerWorded)(
    '%s: talks to the owner as the one who runs the site, to the visitor as a visitor',
    (v) => {
      for (const role of ['owner', 'visitor'] as const) {
        const { unmount } = render(
          <I18nextProvider i18n={initI18n('en')}>
            <VerdictScreen
              node={nodeOf(verdictNodeId(role, v), 'verdict')}
              result={sampleResult(v)}
              previous={null}
              mode="first"
              fixes={new Map()}
              onAction={() => undefined}
              onReport={() => undefined}
              onCheckAgain={() => undefined}
            />
          </I18nextProvider>,
        );
        const main = document.body;
        const h1 = screen.getByRole('heading', { level: 1 }).textContent;
        if (role === 'owner') {
          expect(h1, v).toBe(ownerTextsEn.verdicts[v].title);
          expect(main.textContent, v).toContain(ownerTextsEn.verdicts[v].who);
          expect(main.textContent, v).not.toContain(textsEn.verdicts[v].who);
          expect(main.textContent, v).not.toContain('Nothing is wrong on your side');
        } else {
          expect(h1, v).toBe(textsEn.verdicts[v].title);
          expect(main.textContent, v).toContain(textsEn.verdicts[v].who);
        }
        unmount();
      }
    },
  );

  it('has German owner wording for the same verdicts', () => {
    expect(Object.keys(ownerTextsDe.verdicts).sort()).toEqual([...ownerWorded].sort());
  });
});

describe('the checklist page, per stack', () => {
  it('nginx: its logs and services, with the time window, one copy button per command', () => {
    renderChecklist(fromStack('site-server-error', 'nginx'));
    const all = codes();
    expect(all).toContain('sudo tail -n 100 /var/log/nginx/error.log');
    expect(all).toContain(
      "sudo journalctl -u nginx --since '2026-12-02 16:20:30 UTC' --until '2026-12-02 16:30:30 UTC'",
    );
    expect(all).toContain('sudo nginx -t');
    expect(all.join('\n')).not.toMatch(/apachectl|Get-IISAppPool|heroku/);
    const commandButtons = screen.getAllByRole('button', { name: /^Copy the command: / });
    const commandItems = document.querySelectorAll('.owner-command');
    expect(commandItems.length).toBeGreaterThan(5);
    expect(commandButtons).toHaveLength(commandItems.length);
    // every server step of the verdict, in order, on this one page
    const steps = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const titles: string[] = VERDICTS['site-server-error'].ownerSteps.map((s) => textsEn.steps[s].title);
    expect(steps.filter((s) => titles.includes(s ?? ''))).toEqual(titles);
  });

  it('apache, IIS and Heroku get their own commands, not nginx’s', () => {
    const { unmount } = renderChecklist(fromStack('site-server-error', 'apache'));
    expect(codes()).toContain('sudo apachectl configtest');
    expect(codes().join('\n')).not.toContain('nginx');
    unmount();
    const iis = renderChecklist(fromStack('site-server-error', 'iis'));
    expect(codes()).toContain('Get-IISAppPool | Format-Table Name, State');
    expect(codes().join('\n')).toContain("StartTime = [datetime]'2026-12-02T16:20:30Z'");
    expect(screen.getAllByText('PowerShell').length).toBeGreaterThan(0);
    iis.unmount();
    renderChecklist(fromStack('site-server-error', 'heroku'));
    expect(codes()).toContain('heroku logs --num 200 --app APP_NAME');
    expect(codes().join('\n')).not.toContain('journalctl');
  });

  it('PHP-FPM behind nginx, read from X-Powered-By', () => {
    renderChecklist(fromStack('site-timeout', 'nginx', { headers: { 'x-powered-by': 'PHP/8.2.12' } }));
    expect(codes()).toContain('sudo systemctl status php8.2-fpm');
    expect(screen.getByText('nginx → php-fpm')).toBeTruthy();
  });

  it('a CDN: bypass to the origin, the trace id and the headers, each with copy', () => {
    renderChecklist(
      fromStack('cdn-origin-error', 'nginx', { cdn: 'cloudflare', traceId: RAY, headers: { 'cf-ray': RAY } }),
    );
    expect(codes()).toContain(
      'curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null',
    );
    expect(screen.getByText('cloudflare → nginx')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the trace ID' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the response headers' })).toBeTruthy();
    expect(screen.getByText(RAY)).toBeTruthy();
  });

  it('an unrecognised server still gets the generic checks, and says so', () => {
    renderChecklist(fromStack('site-server-error', 'unknown'));
    expect(codes()).toContain('curl -sv https://site.example/ -o /dev/null');
    expect(screen.getByText(/Not recognised/)).toBeTruthy();
  });

  it('ends in one “Check again”, with no per-step “I did it”', () => {
    const { onCheckAgain } = renderChecklist(fromStack('site-server-error', 'nginx'));
    expect(screen.getAllByRole('button', { name: 'Check again' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /I did it/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onCheckAgain).toHaveBeenCalledTimes(1);
  });

  it('speaks German around commands that stay as they are', () => {
    renderChecklist(fromStack('site-server-error', 'nginx'), 'de');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checkliste für Ihren Server');
    expect(screen.getByText('Zeit des Fehlers (UTC)')).toBeTruthy();
    expect(codes()).toContain('sudo tail -n 100 /var/log/nginx/error.log');
    expect(screen.getAllByRole('button', { name: /^Kopieren Sie den Befehl: / }).length).toBeGreaterThan(3);
  });
});

describe('copy buttons', () => {
  it('copy the command, the error time in UTC, the trace id and the headers', async () => {
    const writeText = mockClipboard();
    renderChecklist(
      fromStack('cdn-origin-error', 'nginx', {
        cdn: 'cloudflare',
        traceId: RAY,
        headers: { 'cf-ray': RAY },
        title: '502 Bad Gateway',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the time of the error' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('2026-12-02 16:25:30 UTC'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the trace ID' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(RAY));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the response headers' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(`server: nginx\ncontent-type: text/html\ncf-ray: ${RAY}`),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the start of the error page' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith('502 Bad Gateway\n502 Bad Gateway nginx/1.24.0'),
    );
    expect(screen.getByText('502 Bad Gateway nginx/1.24.0').tagName).toBe('BLOCKQUOTE');
    const bypass = screen.getByRole('button', { name: /^Copy the command: Ask your origin directly/ });
    fireEvent.click(bypass);
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(
        'curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null',
      ),
    );
    expect(bypass.textContent).toBe('Copied');
    expect(within(must(bypass.parentElement)).getByRole('status').textContent).toBe('Copied');
  });

  it('say so when the clipboard refuses', async () => {
    mockClipboard(() => Promise.reject(new Error('denied')));
    renderChecklist(fromStack('site-server-error', 'nginx'));
    const button = screen.getByRole('button', { name: 'Copy the time of the error' });
    fireEvent.click(button);
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
    expect(button.textContent).toBe('Copy');
  });
});

describe('the owner’s walk', () => {
  it('verdict → one checklist page in the full width → check again', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user, { role: /I run this website/ });
    await waitForStart(fake);
    finish(fake, 'site-server-error');
    await user.click(await screen.findByRole('button', { name: 'Open the checklist for your server' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checklist for your server');
    expect(screen.getByRole('main').className).toBe('wide');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitForStart(fake, 2);
    expect(fake.requests('diagnosis:start')[1]?.options.role).toBe('owner');
  });
});
