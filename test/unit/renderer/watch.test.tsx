// "Tell me when it is back" is app-wide: the watch outlives the screen it was started on, the
// header shows it on every screen (a polite status line with Stop), and its news comes from the
// catalogs in the window's language.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiagnosisResult, WatchEvent } from '../../../electron/contract';
import type { FakeBridge } from '../../bridge/fake-bridge';
import { sampleResult } from '../../bridge/fixtures';
import { answerQuestions, finish, renderApp, toVerdict, waitForStart } from './helpers';
import type { User } from './helpers';

function event(fake: FakeBridge, e: Partial<WatchEvent> & Pick<WatchEvent, 'state'>): void {
  act(() =>
    fake.emit('watch:event', {
      watchId: 'watch-1',
      url: 'https://site.example',
      kind: 'site',
      attempts: 1,
      lastStatus: 502,
      nextCheckInSec: null,
      ...e,
    }),
  );
}

/** The header's live status line (there is exactly one, on every screen). */
function indicator(): HTMLElement {
  const header = screen.getByRole('banner');
  return within(header).getByRole('status');
}

async function startWatching(
  user: User,
  fake: FakeBridge,
  step = 'Tell me when it is back',
  startLabel = 'Start watching',
) {
  await user.click(screen.getByRole('button', { name: step }));
  await user.click(screen.getByRole('button', { name: startLabel }));
  await waitFor(() => expect(fake.requests('watch:start')).toHaveLength(1));
}

describe('the watch, app-wide', () => {
  it('keeps watching across screens, shows it in the header everywhere, and stops from anywhere', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    expect(indicator().textContent).toBe('');
    expect(indicator().getAttribute('aria-live')).toBe('polite');
    await startWatching(user, fake);
    expect(fake.requests('watch:start')).toEqual([
      { url: 'https://site.example', lang: 'en', runId: 'run-1' },
    ]);
    await waitFor(() => expect(indicator().textContent).toBe('Watching site.example'));
    event(fake, { state: 'waiting', attempts: 3, nextCheckInSec: 30 });
    expect(indicator().textContent).toBe('Watching site.example — next check in 30 s');
    expect(screen.getByText(/Still not answering after 3 tries\. Next try in 30 seconds\./)).toBeTruthy();

    // Leave the screen: back to the step, back to the verdict, the history, a new check.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/site/i);
    await user.click(screen.getByRole('button', { name: 'Recent checks' }));
    await user.click(screen.getByRole('button', { name: 'New check' }));
    expect(screen.getByRole('textbox', { name: 'Website address' })).toBeTruthy();
    expect(fake.requests('watch:stop')).toEqual([]);
    event(fake, { state: 'waiting', attempts: 4, nextCheckInSec: 60 });
    expect(indicator().textContent).toBe('Watching site.example — next check in 60 s');

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Stop watching' }));
    expect(fake.requests('watch:stop')).toEqual([{ watchId: 'watch-1' }]);
    await waitFor(() => expect(indicator().textContent).toBe(''));
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Stop watching' })).toBeNull();
  });

  it('Stop is reachable with the keyboard', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    await startWatching(user, fake);
    const stop = await within(screen.getByRole('banner')).findByRole('button', { name: 'Stop watching' });
    (document.body as HTMLElement).focus();
    for (let i = 0; i < 10 && document.activeElement !== stop; i++) await user.tab();
    expect(document.activeElement).toBe(stop);
    await user.keyboard('{Enter}');
    expect(fake.requests('watch:stop')).toEqual([{ watchId: 'watch-1' }]);
  });

  it('says the site is back on whatever screen is open, then checks it again from there', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    await startWatching(user, fake);
    await user.click(screen.getByRole('button', { name: 'Recent checks' }));
    event(fake, { watchId: 'other', state: 'back', lastStatus: 200 });
    expect(screen.queryByText(/Good news/)).toBeNull();
    event(fake, { state: 'back', attempts: 4, lastStatus: 200 });
    expect(indicator().textContent).toBe('Good news: site.example answers again.');
    const header = within(screen.getByRole('banner'));
    expect(header.queryByRole('button', { name: 'Stop watching' })).toBeNull();
    await user.click(header.getByRole('button', { name: 'Check everything again' }));
    await waitForStart(fake, 2);
    expect(fake.requests('diagnosis:start')[1]?.url).toBe('site.example');
    expect(indicator().textContent).toBe('');
    expect(fake.requests('watch:stop')).toEqual([]);
  });

  it('after a network outage it waits for the connection, and the news says so', async () => {
    const { user, fake } = await toVerdict('local-network-down');
    await startWatching(user, fake);
    event(fake, { kind: 'network', state: 'waiting', lastStatus: null, nextCheckInSec: 15 });
    expect(indicator().textContent).toBe('Waiting for your internet connection — next check in 15 s');
    event(fake, { kind: 'network', state: 'back', lastStatus: 502 });
    expect(indicator().textContent).toBe(
      'Good news: your internet connection works again, site.example answers.',
    );
    await user.click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(indicator().textContent).toBe('');
  });

  it('in German: the request names the language and the header speaks it', async () => {
    const { user, fake } = renderApp({ lang: 'de' });
    await user.type(screen.getByRole('textbox', { name: 'Adresse der Website' }), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('radio', { name: /502 Bad Gateway/ }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('radio', { name: /Ich besuche sie/ }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await waitForStart(fake);
    finish(fake, 'site-server-error');
    await startWatching(user, fake, 'Bescheid sagen, wenn sie wieder da ist', 'Beobachtung starten');
    expect(fake.requests('watch:start')[0]?.lang).toBe('de');
    event(fake, { state: 'waiting', nextCheckInSec: 30 });
    expect(indicator().textContent).toBe('Beobachte site.example – nächste Prüfung in 30 s');
    event(fake, { state: 'back', lastStatus: 200 });
    expect(indicator().textContent).toBe('Gute Nachricht: site.example antwortet wieder.');
  });

  it('says when watching gave up, and when it could not start', async () => {
    const first = await toVerdict('site-server-error');
    await startWatching(first.user, first.fake);
    event(first.fake, { state: 'gave-up', attempts: 20 });
    expect(indicator().textContent).toBe('We stopped trying. The website still does not answer.');
    expect(screen.queryByRole('button', { name: 'Stop watching' })).toBeNull();
    first.unmount();

    const second = await toVerdict('site-server-error');
    second.fake.handle('watch:start', () => Promise.reject(new Error('no')));
    await startWatching(second.user, second.fake);
    expect(await screen.findByText(/Something went wrong/)).toBeTruthy();
    expect(indicator().textContent).toBe('');
  });

  it('starting again for the same site reuses the watch; another site replaces it', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    await startWatching(user, fake);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Start watching' }));
    expect(fake.requests('watch:start')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'New check' }));
    await user.clear(screen.getByRole('textbox', { name: 'Website address' }));
    await answerQuestions(user, { site: 'other.example' });
    await waitForStart(fake, 2);
    finish(fake, 'site-server-error');
    fake.handle('watch:start', () => ({ watchId: 'watch-2' }));
    await user.click(await screen.findByRole('button', { name: 'Tell me when it is back' }));
    await user.click(screen.getByRole('button', { name: 'Start watching' }));
    await waitFor(() => expect(fake.requests('watch:start')).toHaveLength(2));
    expect(fake.requests('watch:stop')).toEqual([{ watchId: 'watch-1' }]);
    await waitFor(() => expect(indicator().textContent).toBe('Watching other.example'));
  });
});

describe('a busy site that names a time (Retry-After)', () => {
  const at = '2026-11-22T06:30:00.000Z';
  const busy = (): DiagnosisResult => {
    const base = sampleResult('site-server-error');
    return {
      ...base,
      checks: base.checks.map((c) =>
        c.id === 'site-probe'
          ? { ...c, evidence: { ...c.evidence, retryAfterSec: 1500, retryAfterAt: at } }
          : c,
      ),
      verdict: {
        ...base.verdict,
        visitorSteps: ['retry-after', 'notify-when-back', 'status-page', 'tell-site', 'down-for-everyone'],
      },
    };
  };

  it('the step names the time and the minutes, and leads to the watch', async () => {
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date(at));
    const { user, fake } = await toVerdict(busy());
    const step = `Try again at ${time}, as the website asks`;
    await user.click(screen.getByRole('button', { name: step }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(step);
    expect(screen.getByText(new RegExp(`try again in 25 min \\(at ${time}\\)`))).toBeTruthy();
    expect(document.body.textContent).not.toContain('{{');
    await user.click(screen.getByRole('button', { name: 'Start watching' }));
    await waitFor(() =>
      expect(fake.requests('watch:start')).toEqual([
        { url: 'https://site.example', lang: 'en', runId: 'run-1' },
      ]),
    );
  });
});
