import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../../../electron/contract';
import { createWatchHandlers, isBack } from '../../../electron/main/handlers/watch';
import type { WatchTimers } from '../../../electron/main/handlers/watch';
import { fakeContext } from './helpers';

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
  });
  const events = () =>
    ctx.events.filter((e) => e.channel === 'watch:event').map((e) => e.payload as WatchEvent);
  return { ctx, t, w, probed, events };
}

describe('watch handlers', () => {
  it('re-checks with back-off and notifies when the site is back', async () => {
    const { ctx, t, w, probed, events } = setup([502, null, 200]);
    expect(await w.handlers['watch:start']({ url: 'shop.example.test' }, { senderId: 1 })).toEqual({
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
    expect(ctx.notifications[0]?.body).toContain('https://shop.example.test/');
    expect(t.pending.size).toBe(0);
  });

  it('keeps the last delay once the list is exhausted and gives up after the maximum', async () => {
    const { t, w, events, ctx } = setup([503, 503, 503, 503], 4);
    await w.handlers['watch:start']({ url: 'a.test' }, { senderId: 1 });
    await tick();
    const delays = [await t.fire(), await t.fire(), await t.fire(), await t.fire()];
    expect(delays).toEqual([5000, 15000, 30000, 30000]);
    expect(events().at(-1)).toMatchObject({ state: 'gave-up', attempts: 4 });
    expect(ctx.notifications).toEqual([]);
  });

  it('stops on request: no more probes, a stopped event', async () => {
    const { t, w, probed, events } = setup([502]);
    const { watchId } = await w.handlers['watch:start']({ url: 'a.test' }, { senderId: 1 });
    expect(await w.handlers['watch:stop']({ watchId }, { senderId: 1 })).toEqual({ stopped: true });
    expect(t.pending.size).toBe(0);
    expect(probed).toEqual([]);
    await tick();
    expect(events().map((e) => e.state)).toEqual(['stopped']);
    expect(await w.handlers['watch:stop']({ watchId }, { senderId: 1 })).toEqual({ stopped: false });
  });

  it('refuses an address that is not a site, and reuses the watch for the same site', async () => {
    const { w } = setup([]);
    expect(() => w.handlers['watch:start']({ url: 'nonsense' }, { senderId: 1 })).toThrow(/address/);
    const a = await w.handlers['watch:start']({ url: 'a.test' }, { senderId: 1 });
    const b = await w.handlers['watch:start']({ url: 'https://a.test/' }, { senderId: 1 });
    expect(b).toEqual(a);
  });

  it('calls a site back for any answer below 500', () => {
    expect([200, 301, 404, 499].every(isBack)).toBe(true);
    expect([500, 502, 504, null].some(isBack)).toBe(false);
  });
});
