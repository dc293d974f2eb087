import { act, screen, waitFor, within } from '@testing-library/react';
import { EXPECTED_CHECKS, textsEn } from '../../../electron/contract/values';

const sampleTitle = (id: 'site-server-error'): string => textsEn.verdicts[id].title;
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_HOPS, check, sampleResult } from '../../bridge/fixtures';
import { answerQuestions, finish, must, renderApp, toVerdict, waitForStart } from './helpers';

describe('question screens', () => {
  it('asks for the site first, with a labelled field', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Which website will not load?' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Website address' })).toBeTruthy();
  });

  it('explains an empty or invalid address instead of going on', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toContain('Please type the address');
    await user.type(screen.getByRole('textbox'), 'ftp://files.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toContain('does not look like a web address');
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
  });

  it('needs an answer before going on, and goes back', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('textbox'), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'What do you see instead of the page?',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toContain('Please choose');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('site.example');
  });

  it('recognises pasted error text through the engine', async () => {
    const { user, fake } = renderApp();
    await user.type(screen.getByRole('textbox'), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /paste the text/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Text from the error page' }),
      '502 Bad Gateway nginx',
    );
    await user.click(screen.getByRole('button', { name: 'Read this text' }));
    expect(await screen.findByText('The message comes from nginx.')).toBeTruthy();
    expect(screen.getByText('The website’s owner must fix this.')).toBeTruthy();
    expect(fake.requests('diagnosis:explain')).toEqual([{ text: '502 Bad Gateway nginx' }]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /I run this website/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForStart(fake);
    // The run started when the address was given; the answers do not start a second one.
    expect(fake.requests('diagnosis:start')).toEqual([{ url: 'site.example', options: {} }]);
  });

  it('says so when the pasted text cannot be read', async () => {
    const { user, fake } = renderApp();
    fake.handle('diagnosis:explain', () => Promise.reject(new Error('boom')));
    await user.type(screen.getByRole('textbox'), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /paste the text/ }));
    await user.type(screen.getByRole('textbox', { name: 'Text from the error page' }), 'gibberish');
    await user.click(screen.getByRole('button', { name: 'Read this text' }));
    expect(await screen.findByText(/could not read this text/)).toBeTruthy();
  });
});

describe('starting sooner', () => {
  it('has the address field focused at launch', () => {
    renderApp();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Website address' }));
  });

  it('starts the checks once the address is given and says so while the questions are asked', async () => {
    const { user, fake } = renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Website address' }), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForStart(fake);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'What do you see instead of the page?',
    );
    expect(
      screen.getByText(/Already checking site\.example while you answer: 0 of \d+/).getAttribute('role'),
    ).toBe('status');
    // Going back and on with the same address keeps the run; a new address starts a new one.
    await user.click(screen.getByRole('radio', { name: /502 Bad Gateway/ }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(fake.requests('diagnosis:start')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const field = screen.getByRole('textbox', { name: 'Website address' });
    await user.clear(field);
    await user.type(field, 'other.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForStart(fake, 2);
    expect(fake.requests('diagnosis:start')[1]).toEqual({ url: 'other.example', options: {} });
    expect(fake.requests('diagnosis:cancel')).toHaveLength(1);
  });

  it('goes straight to the verdict when the run finished during the questions', async () => {
    const { user, fake } = renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Website address' }), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForStart(fake);
    finish(fake, 'site-server-error');
    expect(await screen.findByText(/The checks for site\.example are done/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /502 Bad Gateway/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /I am visiting it/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: sampleTitle('site-server-error') }),
    ).toBeTruthy();
    expect(fake.requests('diagnosis:start')).toHaveLength(1);
  });
});

describe('live checks', () => {
  it('shows one plain line per check with its state, hops as they arrive, then the verdict', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    expect(fake.requests('diagnosis:start')).toEqual([{ url: 'site.example', options: {} }]);
    const list = screen.getByRole('list', { name: 'Checks' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(EXPECTED_CHECKS.length);
    const router = () => within(list).getByText('Is your router answering?').closest('li') as HTMLElement;
    expect(router().textContent).toContain('Waiting');
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-started',
        runId: 'run-1',
        checkId: 'gateway',
        at: '2026-11-22T06:00:00Z',
      }),
    );
    expect(router().textContent).toContain('Checking…');
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-finished',
        runId: 'run-1',
        result: check('gateway', 'ok'),
      }),
    );
    expect(router().textContent).toContain('Fine');
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe(
      `1 of ${EXPECTED_CHECKS.length} checks done`,
    );
    // Events of another run are ignored.
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-finished',
        runId: 'other',
        result: check('site-probe', 'problem'),
      }),
    );
    expect(within(list).getByText('Does the website answer?').closest('li')?.textContent).toContain(
      'Waiting',
    );
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-started',
        runId: 'run-1',
        checkId: 'traceroute',
        at: '2026-11-22T06:00:00Z',
      }),
    );
    act(() => fake.emit('diagnosis:event', { type: 'hop', runId: 'run-1', hop: must(SAMPLE_HOPS[0]) }));
    act(() => fake.emit('diagnosis:event', { type: 'hop', runId: 'run-1', hop: must(SAMPLE_HOPS[1]) }));
    const hops = screen.getByRole('list', { name: 'Stops on the way to the website' });
    expect(
      within(hops)
        .getAllByRole('listitem')
        .map((l) => l.textContent),
    ).toEqual(['Stop 1 192.0.2.1 · 1 ms · 0% lost', 'Stop 2 no reply']);
    expect(screen.getByText('2 stops so far')).toBeTruthy();
    // The same hops as a chart: one bar for the answered hop, a star for the silent one.
    const chart = screen.getByRole('img', { name: /Round-trip time .* per hop/ });
    expect(chart.querySelectorAll('rect.bar')).toHaveLength(1);
    expect(chart.querySelectorAll('circle.loss-dot')).toHaveLength(2);
    finish(fake, 'site-server-error');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The website itself has a problem' }),
    ).toBeTruthy();
  });

  it('shows a skipped check with the reason', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-finished',
        runId: 'run-1',
        result: check('traceroute', 'skipped', {
          reason: 'traceroute is not installed',
          hint: 'Install the traceroute package.',
        }),
      }),
    );
    const line = screen.getByText('How far does the path to the website get?').closest('li') as HTMLElement;
    expect(line.textContent).toContain('Skipped');
    expect(line.textContent).toContain('Why: traceroute is not installed');
    expect(line.textContent).toContain('Install the traceroute package.');
  });

  it('buffers events that arrive before the run id is known', async () => {
    const { user, fake } = renderApp();
    let resolve: (v: { runId: string }) => void = () => undefined;
    fake.handle('diagnosis:start', () => new Promise((r) => (resolve = r)));
    await answerQuestions(user);
    await waitFor(() => expect(fake.requests('diagnosis:start')).toHaveLength(1));
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-finished',
        runId: 'run-1',
        result: check('gateway', 'problem'),
      }),
    );
    await act(async () => resolve({ runId: 'run-1' }));
    expect(screen.getByText('Is your router answering?').closest('li')?.textContent).toContain(
      'Problem found',
    );
  });

  it('cancels a run, says nothing changed, and can check again', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    await user.click(await screen.findByRole('button', { name: 'Stop checking' }));
    expect(fake.requests('diagnosis:cancel')).toEqual([{ runId: 'run-1' }]);
    expect(await screen.findByRole('heading', { name: 'Checks stopped' })).toBeTruthy();
    expect(screen.getByText(/Nothing was changed/)).toBeTruthy();
    // Nothing checks any more, so no line may still say it is checking.
    const lines = within(screen.getByRole('list', { name: 'Checks' })).getAllByRole('listitem');
    expect(lines.filter((l) => /Checking…|Waiting/.test(l.textContent ?? ''))).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitForStart(fake, 2);
    expect(screen.queryByRole('heading', { name: 'Checks stopped' })).toBeNull();
  });

  it('shows a cancelled event from main the same way', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    act(() => fake.emit('diagnosis:event', { type: 'cancelled', runId: 'run-1' }));
    expect(await screen.findByRole('heading', { name: 'Checks stopped' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Which website will not load?');
  });

  it('reports a failed run and a start that was refused', async () => {
    const first = renderApp();
    await answerQuestions(first.user);
    await waitForStart(first.fake);
    act(() =>
      first.fake.emit('diagnosis:event', { type: 'failed', runId: 'run-1', message: 'engine crashed' }),
    );
    expect(await screen.findByRole('heading', { name: 'The checks could not finish' })).toBeTruthy();
    expect(screen.getByText('engine crashed')).toBeTruthy();
    first.unmount();

    const second = renderApp();
    second.fake.handle('diagnosis:start', () => Promise.reject(new Error('invalid url')));
    await answerQuestions(second.user);
    expect(await screen.findByRole('heading', { name: 'The checks could not finish' })).toBeTruthy();
  });

  it('unsubscribes from events when it goes away', async () => {
    const { user, fake, unmount } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    expect(fake.listenerCount('diagnosis:event')).toBe(1);
    unmount();
    expect(fake.listenerCount('diagnosis:event')).toBe(0);
  });

  it('says when no bridge is there', () => {
    renderApp({ fake: null });
    expect(screen.getByRole('alert').textContent).toContain('cannot reach its checking engine');
  });

  it('speaks German when the system does', async () => {
    const { user } = renderApp({ lang: 'de-DE' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welche Website lädt nicht?');
    await user.type(screen.getByRole('textbox', { name: 'Adresse der Website' }), 'site.example');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Was sehen Sie statt der Seite?');
    expect(document.documentElement.lang).toBe('de');
  });
});

describe('verdict screen', () => {
  it('says who must act, why, and offers next steps', async () => {
    await toVerdict('site-server-error');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The website itself has a problem');
    expect(
      screen.getByText(/The website’s owner must fix this\. Nothing is wrong on your side/),
    ).toBeTruthy();
    expect(screen.getByText('We are quite sure about this.', { exact: false })).toBeTruthy();
    const steps = screen.getAllByRole('button').map((b) => b.textContent);
    expect(steps).toEqual(
      expect.arrayContaining([
        'Try again a bit later',
        'Tell me when it is back',
        'Tell the website',
        'Is it down for everyone?',
      ]),
    );
    // Visitors see no jargon outside the technical details.
    const main = screen.getByRole('main');
    const technical = within(main).getByText('Technical details').closest('details') as HTMLDetailsElement;
    expect(technical.open).toBe(false);
  });

  it('shows an inconclusive verdict with what is known and basic steps', async () => {
    await toVerdict('inconclusive');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('We could not find a clear cause');
    expect(screen.getByText(/We are not sure; the signs point this way/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the page fully' })).toBeTruthy();
    const evidence = screen.getByText('Show what we checked').closest('details') as HTMLDetailsElement;
    expect(
      within(evidence).getByText('How far does the path to the website get?').closest('li')?.textContent,
    ).toContain('Skipped');
  });

  it('gives owners the technical view: layer, headers, DNS per resolver, timings, trace', async () => {
    await toVerdict('site-server-error', { role: /I run this website/ });
    const technical = screen.getByText('Technical details').closest('details') as HTMLDetailsElement;
    expect(technical.open).toBe(true);
    expect(within(technical).getByText('Answer from nginx, HTTP 502')).toBeTruthy();
    expect(within(technical).getByText('Variant: nginx-bad-gateway')).toBeTruthy();
    expect(within(technical).getByRole('table', { name: 'DNS answers per resolver' }).textContent).toContain(
      '198.51.100.53',
    );
    expect(within(technical).getByRole('table', { name: 'Requests' }).textContent).toContain('40 ms');
    expect(within(technical).getByText('server')).toBeTruthy();
    expect(within(technical).getByRole('table', { name: 'Traceroute (traceroute)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Checklist for your server' })).toBeTruthy();
    // the server steps are one checklist page, not a screen each
    expect(screen.getByRole('button', { name: 'Open the checklist for your server' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Is the application running?' })).toBeNull();
  });

  it('adds steps the engine names that the tree did not list', async () => {
    const result = sampleResult('site-server-error');
    await toVerdict({ ...result, verdict: { ...result.verdict, visitorSteps: ['restart-router'] } });
    expect(screen.getByRole('button', { name: /^Restart your router\W+Step by step$/ })).toBeTruthy();
  });

  it('checks again and says when it is solved, or not', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitForStart(fake, 2);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checking site.example again');
    finish(fake, 'site-server-error');
    expect(await screen.findByText('Not solved yet. Here is what we found this time.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitForStart(fake, 3);
    finish(fake, 'site-ok');
    expect(await screen.findByText('Solved: the website works now.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'The website works from this computer right now',
    );
  });
});

describe('the outside check', () => {
  it('is not listed when nobody asked for it', async () => {
    const { user, fake } = renderApp();
    await answerQuestions(user);
    await waitForStart(fake);
    act(() =>
      fake.emit('diagnosis:event', {
        type: 'check-finished',
        runId: 'run-1',
        result: check('external-vantage', 'skipped', { reason: 'Off unless you ask' }),
      }),
    );
    expect(screen.queryByText('Does the website work for other people?')).toBeNull();
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe(
      `0 of ${EXPECTED_CHECKS.length} checks done`,
    );
  });
});

describe('a screen that fails to render', () => {
  it('shows a calm message and starts over instead of an empty window', async () => {
    const { user, fake } = renderApp();
    // A result that breaks the verdict screen (a bug we must survive, not a contract case).
    await answerQuestions(user);
    await waitForStart(fake);
    const broken = { ...sampleResult('site-server-error'), checks: null } as unknown as ReturnType<
      typeof sampleResult
    >;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    finish(fake, broken);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    spy.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Which website will not load?');
  });
});
