import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Hop } from '../../../electron/contract';
import { analyseTrace } from '../../../electron/engine/checks/trace-analysis';

/** Builds hops from loss percentages (100 = silent hop). */
function hops(losses: number[], first = '192.168.1.1'): Hop[] {
  return losses.map((loss, i) => ({
    ttl: i + 1,
    lossPct: loss,
    probes: [
      {
        address: loss >= 100 ? null : i === 0 ? first : `198.51.100.${i + 1}`,
        hostname: null,
        rttMs: loss >= 100 ? null : 5 + i,
        annotation: null,
      },
    ],
  }));
}

describe('analyseTrace', () => {
  it('clean path: no loss, nothing to blame', () => {
    expect(analyseTrace(hops([0, 0, 0, 0]), true, '192.168.1.1')).toMatchObject({
      lossStartsAt: null,
      carriesThrough: false,
      rateLimitedHops: [],
      routerAnswered: true,
      destinationLossPct: 0,
    });
  });
  it('loss at an intermediate hop that does not carry through is rate limiting, never blamed', () => {
    const a = analyseTrace(hops([0, 0, 66, 33, 0, 0]), true, '192.168.1.1');
    expect(a).toMatchObject({ lossStartsAt: null, carriesThrough: false, rateLimitedHops: [3, 4] });
  });
  it('loss that starts beyond the router and carries through to the destination', () => {
    const a = analyseTrace(hops([0, 0, 33, 66, 33, 33]), true, '192.168.1.1');
    expect(a).toMatchObject({
      lossStartsAt: 3,
      carriesThrough: true,
      destinationLossPct: 33,
      rateLimitedHops: [],
    });
  });
  it('an early rate-limited hop does not move the start of real loss', () => {
    const a = analyseTrace(hops([0, 66, 0, 0, 33, 33, 66]), true, '192.168.1.1');
    expect(a).toMatchObject({ lossStartsAt: 5, carriesThrough: true, rateLimitedHops: [2] });
  });
  it('loss at the router itself is not "beyond the router"', () => {
    const a = analyseTrace(hops([33, 0, 0, 0]), true, '192.168.1.1');
    expect(a).toMatchObject({ lossStartsAt: null, carriesThrough: false });
  });
  it('unreached: path stops where the trailing silence begins', () => {
    const a = analyseTrace(hops([0, 0, 100, 100, 100]), false, '192.168.1.1');
    expect(a).toMatchObject({
      lossStartsAt: 3,
      carriesThrough: true,
      routerAnswered: true,
      destinationLossPct: null,
    });
  });
  it('unreached with only the router answering: it stops right after the router', () => {
    expect(analyseTrace(hops([0]), false, '192.168.1.1')).toMatchObject({
      lossStartsAt: 2,
      carriesThrough: true,
    });
    expect(analyseTrace(hops([0, 100, 100]), false, '192.168.1.1')).toMatchObject({
      lossStartsAt: 2,
      carriesThrough: true,
    });
  });
  it('finds the router by the gateway address when it is not hop 1', () => {
    const h = hops([0, 0, 33, 33]);
    h[1] = {
      ...(h[1] as Hop),
      probes: [{ address: '10.0.0.1', hostname: null, rttMs: 1, annotation: null }],
    };
    expect(analyseTrace(h, true, '10.0.0.1').routerTtl).toBe(2);
  });
  it('never throws and keeps its invariants on arbitrary hops (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 30 }),
        fc.boolean(),
        (losses, reached) => {
          const a = analyseTrace(hops(losses), reached, '192.168.1.1');
          if (a.lossStartsAt !== null) expect(a.lossStartsAt).toBeGreaterThan(a.routerTtl);
          if (reached && losses.length > 0 && losses[losses.length - 1] === 0)
            expect(a.carriesThrough).toBe(false);
          for (const t of a.rateLimitedHops) expect(t).toBeGreaterThan(a.routerTtl);
        },
      ),
    );
  });
});
