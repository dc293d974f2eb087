// The report screen on its own: who the report is for (from the verdict catalog), the sandboxed
// preview, the redaction choices and their counts, and the language of every request.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { REDACTION_KINDS, textsDe, textsEn, VERDICT_IDS, VERDICTS } from '../../../electron/contract/values';
import type { VerdictId } from '../../../electron/contract/values';
import { initI18n } from '../../../renderer/i18n';
import { ReportScreen } from '../../../renderer/screens/report-screen';
import { FakeBridge } from '../../bridge/fake-bridge';
import { SAMPLE_REPORT } from '../../bridge/fixtures';
import { must } from './must';

function show(verdictId: VerdictId, lang = 'en') {
  const fake = new FakeBridge();
  const user = userEvent.setup();
  const utils = render(
    <I18nextProvider i18n={initI18n(lang)}>
      <ReportScreen bridge={fake.bridge} runId="run-1" verdictId={verdictId} onBack={() => undefined} />
    </I18nextProvider>,
  );
  return { fake, user, ...utils };
}

const mailButtons = (): HTMLElement[] => screen.queryAllByRole('button', { name: /^Email it to/ });

describe('report screen: who the report is for', () => {
  it.each([
    ['isp-path-degraded', 'Email it to your internet provider', 'For: Your internet provider'],
    ['site-server-error', 'Email it to the website’s support', 'For: The website’s owner or support'],
    [
      'cdn-origin-error',
      'Email it to the website’s support',
      'For: The website’s support, for its delivery network (CDN)',
    ],
    ['proxy-error', 'Email it to whoever runs the proxy', 'For: Whoever runs your proxy or VPN'],
  ] as const)('%s offers "%s"', async (verdict, button, heading) => {
    show(verdict);
    expect(await screen.findByText(heading)).toBeTruthy();
    expect(mailButtons().map((b) => b.textContent)).toEqual([button]);
    expect(screen.getByRole('button', { name: 'Save the report…' })).toBeTruthy();
  });

  it.each(['site-ok', 'local-network-down', 'hosts-file-override'] as const)(
    '%s helps nobody else: no mail, save it for yourself',
    async (verdict) => {
      show(verdict);
      expect(await screen.findByText('For: Your own records')).toBeTruthy();
      expect(screen.getByText(textsEn.recipients.nobody.why)).toBeTruthy();
      expect(mailButtons()).toEqual([]);
      expect(screen.getByRole('button', { name: 'Save it for myself…' })).toBeTruthy();
    },
  );

  it('never offers to mail a verdict whose catalog entry says nobody', () => {
    for (const id of VERDICT_IDS) {
      const { unmount } = show(id);
      const expected = textsEn.recipients[VERDICTS[id].reportTo].email;
      expect(mailButtons().map((b) => b.textContent)).toEqual(expected === null ? [] : [expected]);
      unmount();
    }
  });
});

describe('report screen: preview and actions', () => {
  it('shows the report page itself in a sandboxed frame with a title', async () => {
    const { container } = show('site-server-error');
    const frame = await screen.findByTitle('The report as it will be saved');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(SAMPLE_REPORT.html);
    // No Markdown source box any more.
    expect(container.querySelector('pre')).toBeNull();
  });

  it('shows credentials ticked and locked, the other kinds with their counts', async () => {
    const { user, fake } = show('site-server-error');
    const credential = (await screen.findByRole('checkbox', {
      name: /^Passwords, keys and tokens/,
    })) as HTMLInputElement;
    expect(credential.checked).toBe(true);
    expect(credential.disabled).toBe(true);
    expect(credential.labels?.[0]?.textContent).toContain('always hidden');
    // Counts come from the preview answer (SAMPLE_REPORT: 1 public address, 1 computer name).
    const publicIp = await screen.findByRole('checkbox', {
      name: /^Your public internet address.*\(1 hidden\)$/,
    });
    expect(publicIp.getAttribute('id')).toBe('redact-public-ip');
    expect(screen.getByRole('checkbox', { name: /^Hardware \(MAC\) addresses$/ })).toBeTruthy();
    // Every kind's label is the catalog's exact words.
    for (const kind of REDACTION_KINDS)
      expect(must(document.querySelector(`label[for="redact-${kind}"]`)).textContent).toContain(
        textsEn.redaction[kind],
      );
    // Unticked, a kind shows no count, whatever an answer says: the label tells what is hidden.
    const hostname = screen.getByRole('checkbox', { name: /^This computer’s name.*\(1 hidden\)$/ });
    await user.click(hostname);
    await waitFor(() =>
      expect(must(fake.requests('report:preview').at(-1)).redaction.kinds).not.toContain('hostname'),
    );
    expect(await screen.findByRole('checkbox', { name: /^This computer’s name, in any spelling$/ })).toBe(
      hostname,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hide private details (recommended)' }));
    await waitFor(() => expect(must(fake.requests('report:preview').at(-1)).redaction.enabled).toBe(false));
    expect(credential.checked).toBe(false);
    expect(screen.queryByText(/\d+ hidden/)).toBeNull();
  });

  it('copies the whole report and mails without claiming an attachment', async () => {
    const { user, fake } = show('isp-outage');
    await user.click(await screen.findByRole('button', { name: 'Copy the whole report' }));
    expect(await screen.findByText('The whole report is copied.')).toBeTruthy();
    expect(fake.requests('report:copy')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Email it to your internet provider' }));
    const status = await screen.findByText(/Your email program is open/);
    expect(status.textContent).toMatch(/not attached/);
    expect(fake.requests('report:email')[0]).toMatchObject({ runId: 'run-1', lang: 'en' });
  });

  it('asks for the report in the window language, and speaks it', async () => {
    const { user, fake } = show('isp-outage', 'de');
    expect(await screen.findByText(`Für: ${textsDe.recipients.isp.label}`)).toBeTruthy();
    await waitFor(() => expect(fake.requests('report:preview')).toHaveLength(1));
    expect(fake.requests('report:preview')[0]).toMatchObject({ runId: 'run-1', lang: 'de' });
    await user.click(screen.getByRole('button', { name: must(textsDe.recipients.isp.email) }));
    await user.click(screen.getByRole('button', { name: 'Bericht speichern…' }));
    expect(fake.requests('report:email')[0]?.lang).toBe('de');
    expect(fake.requests('report:save')[0]?.lang).toBe('de');
  });
});
