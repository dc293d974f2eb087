import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../../../electron/contract';
import { createWatchHandlers, isBack } from '../../../electron/main/handlers/watch';
import type { WatchTimers } from '../../../electron/main/handlers/watch';
import { createDispatcher, IpcRejection } from '../../../electron/main/ipc-dispatch';
import { fakeContext, sampleResult } from './helpers';

const tick = () => new Promise<void>((r) => setImmediate(r));

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: WatchTimers = {
    setTimeout: (fn, ms) => {
      pending.set(++next, { fn, ms });
      return next;
    },
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const fire = async (): Promise<number> => {
    const [id, t] = [...pending.entries()][0] ?? [];
    if (id === undefined || !t) throw new Error('no timer pending');
    pending.delete(id);
    t.fn();
    await new Promise<void>((r) => setImmediate(r));
    return t.ms;
  };
  return { timers, pending, fire };
}

const NOW = Date.UTC(2026, 2, 14, 12, 30, 0);

function setup(statuses: (number | null)[], maxAttempts = 100) {
  const ctx = fakeContext();
  const t = manualTimers();
  const probed: string[] = [];
  let n = 0;
  const w = createWatchHandlers(ctx, {
    probe: async (url) => {
      probed.push(url);
      const status = statuses[n++] ?? null;
      if (status === null) throw new Error('ECONNREFUSED');
      return { status };
    },
    normaliseUrl: (url) => {
      if (!url.includes('.')) throw new Error('Please give the address of the site.');
      return `https://${url.replace(/^https?:\/\//, '').replace(/\/?$/, '/')}`;
    },
    newId: () => 'watch-1',
    timers: t.timers,
    delaysSec: [5, 15, 30],
    maxAttempts,
    now: () => NOW,
  });
  const events = () =>
    ctx.events.filter((e) => e.channel === 'watch:event').map((e) => e.payload as WatchEvent);
  return { ctx, t, w, probed, events };
}

describe('watch handlers', () => {
  it('re-checks with back-off and notifies when the site is back', async () => {
    const { ctx, t, w, probed, events } = setup([502, null, 200]);
    expect(
      await w.handlers['watch:start']({ url: 'shop.example.test', lang: 'en' }, { senderId: 1 }),
    ).toEqual({
      watchId: 'watch-1',
    });
    expect(events(), 'the first event must not overtake the reply').toEqual([]);
    await tick();
    expect(await t.fire()).toBe(5000);
    expect(await t.fire()).toBe(15000);
    expect(await t.fire()).toBe(30000);
    expect(probed).toEqual(Array(3).fill('https://shop.example.test/'));
    expect(events().map((e) => [e.state, e.attempts, e.lastStatus, e.nextCheckInSec])).toEqual([
      ['waiting', 0, null, 5],
      ['waiting', 1, 502, 15],
      ['waiting', 2, null, 30],
      ['back', 3, 200, null],
    ]);
    expect(ctx.notifications).toHaveLength(1);
    expect(ctx.notifications).toEqual([
      { title: 'The website is back', body: 'Good news: shop.example.test answers again.' },
    ]);
    expect(t.pending.size).toBe(0);
  });

  it('keeps the last delay once the list is exhausted and gives up after the maximum', async () => {
    const { t, w, events, ctx } = setup([503, 503, 503, 503], 4);
    await w.handlers['watch:start']({ url: 'a.test', lang: 'en' }, { senderId: 1 });
    await tick();
    const delays = [await t.fire(), await t.fire(), await t.fire(), await t.fire()];
    expect(delays).toEqual([5000, 15000, 30000, 30000]);
    expect(events().at(-1)).toMatchObject({ state: 'gave-up', attempts: 4 });
    expect(ctx.notifications).toEqual([]);
  });

  it('stops on request: no more probes, a stopped event', async () => {
    const { t, w, probed, events } = setup([502]);
    const { watchId } = await w.handlers['watch:start']({ url: 'a.test', lang: 'en' }, { senderId: 1 });
    expect(await w.handlers['watch:stop']({ watchId }, { senderId: 1 })).toEqual({ stopped: true });
    expect(t.pending.size).toBe(0);
    expect(probed).toEqual([]);
    await tick();
    expect(events().map((e) => e.state)).toEqual(['stopped']);
    expect(await w.handlers['watch:stop']({ watchId }, { senderId: 1 })).toEqual({ stopped: false });
  });

  it('refuses an address that is not a site, and reuses the watch for the same site', async () => {
    const { w } = setup([]);
    expect(() => w.handlers['watch:start']({ url: 'nonsense', lang: 'en' }, { senderId: 1 })).toThrow(
      /address/,
    );
    const a = await w.handlers['watch:start']({ url: 'a.test', lang: 'en' }, { senderId: 1 });
    const b = await w.handlers['watch:start']({ url: 'https://a.test/', lang: 'en' }, { senderId: 1 });
    expect(b).toEqual(a);
  });

  it('calls a site back for any answer below 500', () => {
    expect([200, 301, 404, 499].every((s) => isBack(s))).toBe(true);
    expect([500, 502, 504, null].some((s) => isBack(s))).toBe(false);
    // After a network outage any answer means the connection is back; no answer never is.
    expect([200, 404, 502, 503].every((s) => isBack(s, 'network'))).toBe(true);
    expect(isBack(null, 'network')).toBe(false);
  });
});

/** A stored diagnosis of shop.example.test with a verdict and, optionally, a Retry-After. */
function stored(
  runId: string,
  o: {
    verdict?: 'site-server-error' | 'local-network-down' | 'isp-outage';
    retryInSec?: number;
    url?: string;
  } = {},
) {
  const base = sampleResult(runId, o.url);
  return {
    ...base,
    checks:
      o.retryInSec === undefined
        ? []
        : [
            {
              id: 'site-probe' as const,
              status: 'problem' as const,
              problems: ['http-5xx', 'http-503'],
              evidence: {
                retryAfterSec: o.retryInSec,
                retryAfterAt: new Date(NOW + o.retryInSec * 1000).toISOString(),
              },
              startedAt: base.startedAt,
              durationMs: 1,
            },
          ],
    verdict: { ...base.verdict, id: o.verdict ?? 'site-server-error' },
  };
}

describe('watch handlers: language, Retry-After and network outages', () => {
  it('the notification speaks the window’s language, from the text catalog', async () => {
    const { ctx, t, w } = setup([503, 200]);
    await w.handlers['watch:start']({ url: 'shop.example.test', lang: 'de' }, { senderId: 1 });
    await tick();
    await t.fire();
    await t.fire();
    expect(ctx.notifications).toEqual([
      { title: 'Die Website ist wieder da', body: 'Gute Nachricht: shop.example.test antwortet wieder.' },
    ]);
  });

  it('the first re-check waits for the time the site asked for, then the usual back-off', async () => {
    const { ctx, t, w, events } = setup([503, 503, 200]);
    ctx.history.add(stored('run-busy', { retryInSec: 120 }));
    await w.handlers['watch:start'](
      { url: 'https://shop.example.test/', lang: 'en', runId: 'run-busy' },
      { senderId: 1 },
    );
    await tick();
    expect([await t.fire(), await t.fire(), await t.fire()]).toEqual([120_000, 15_000, 30_000]);
    expect(events()[0]).toMatchObject({ state: 'waiting', nextCheckInSec: 120, kind: 'site' });
  });

  it('a Retry-After holds the first re-check back an hour at most; a past or foreign one not at all', async () => {
    const cases: [string, ReturnType<typeof stored> | null, number][] = [
      ['a day', stored('run-x', { retryInSec: 86_400 }), 3_600_000],
      ['3 s (shorter than the usual first wait)', stored('run-x', { retryInSec: 3 }), 5000],
      ['already past', stored('run-x', { retryInSec: -60 }), 5000],
      ['another site’s', stored('run-x', { retryInSec: 600, url: 'https://other.example.test/' }), 5000],
      ['no such run', null, 5000],
    ];
    for (const [name, result, first] of cases) {
      const { ctx, t, w } = setup([503]);
      if (result) ctx.history.add(result);
      await w.handlers['watch:start'](
        { url: 'shop.example.test', lang: 'en', runId: 'run-x' },
        { senderId: 1 },
      );
      expect(await t.fire(), name).toBe(first);
    }
  });

  it.each(['local-network-down', 'isp-outage'] as const)(
    'after %s, failing probes are “not yet” and any answer means the connection is back',
    async (verdict) => {
      const { ctx, t, w, events } = setup([null, null, 502]);
      ctx.history.add(stored('run-net', { verdict }));
      await w.handlers['watch:start'](
        { url: 'shop.example.test', lang: 'en', runId: 'run-net' },
        { senderId: 1 },
      );
      await tick();
      await t.fire();
      await t.fire();
      expect(ctx.notifications).toEqual([]);
      await t.fire();
      expect(events().map((e) => [e.kind, e.state, e.lastStatus])).toEqual([
        ['network', 'waiting', null],
        ['network', 'waiting', null],
        ['network', 'waiting', null],
        ['network', 'back', 502],
      ]);
      expect(ctx.notifications).toEqual([
        {
          title: 'Your internet connection is back',
          body: 'Good news: your internet connection works again, shop.example.test answers.',
        },
      ]);
    },
  );

  it('the request is validated before the handler runs: language and run id', async () => {
    const { t, w } = setup([]);
    const dispatcher = createDispatcher({
      handlers: w.handlers as never,
      isKnownWebContents: () => true,
      isAppUrl: () => true,
    });
    const sender = { webContentsId: 1, frameUrl: 'app://gateway-doctor/index.html', isMainFrame: true };
    for (const bad of [
      { url: 'shop.example.test' },
      { url: 'shop.example.test', lang: 'fr' },
      { url: 'shop.example.test', lang: 'EN' },
      { url: 'shop.example.test', lang: 'en', runId: '../history.json' },
      { url: 'shop.example.test', lang: 'en', runId: 'x'.repeat(65) },
    ]) {
      await expect(
        dispatcher.dispatch('watch:start', sender, bad),
        JSON.stringify(bad),
      ).rejects.toBeInstanceOf(IpcRejection);
    }
    expect(t.pending.size, 'no watch started').toBe(0);
    // A wait the window makes up is not part of the request: it is dropped, the usual wait applies.
    await expect(
      dispatcher.dispatch('watch:start', sender, {
        url: 'shop.example.test',
        lang: 'de',
        runId: 'run-1',
        firstDelaySec: 1,
      }),
    ).resolves.toEqual({ watchId: 'watch-1' });
    expect(await t.fire()).toBe(5000);
  });
});
