import { describe, expect, it } from 'vitest';
import { FIRST_ROUND, judgeMtu, nextRound, payloadOf } from '../../../electron/engine/checks/mtu-search';
import type { DfOutcome, DfProbe } from '../../../electron/engine/checks/mtu-search';

const p = (
  to: DfProbe['to'],
  packet: number,
  outcome: DfOutcome,
  tooBig: { mtu: number | null; reportedBy: string | null } = { mtu: null, reportedBy: null },
): DfProbe => ({ to, packet, outcome, ...tooBig });

/** What a path with this MTU (and no "too big" messages) does to a don't-fragment ping. */
const blackhole =
  (mtu: number) =>
  (packet: number): DfOutcome =>
    packet <= mtu ? 'passed' : 'lost';

/** Runs the search as the check does: the first round, then narrower rounds until tight. */
function search(site: (packet: number) => DfOutcome, router: (packet: number) => DfOutcome): DfProbe[] {
  const probes = [
    ...FIRST_ROUND.map((s) => p('site', s, site(s))),
    p('router', 1500, router(1500)),
    p('router', 576, router(576)),
  ];
  for (let i = 0; i < 3; i++) probes.push(...nextRound(probes).map((s) => p('site', s, site(s))));
  return probes;
}

describe('payload sizes', () => {
  it('subtracts the IPv4 (28) or IPv6 (48) headers', () => {
    expect(payloadOf(1500, 4)).toBe(1472);
    expect(payloadOf(1500, 6)).toBe(1452);
    expect(payloadOf(20, 4)).toBe(0);
  });
});

describe('nextRound', () => {
  it('splits the bracket between the largest passed and the smallest lost size', () => {
    expect(nextRound([p('site', 1400, 'passed'), p('site', 1500, 'lost')])).toEqual([1420, 1440, 1460, 1480]);
    expect(nextRound([p('site', 1400, 'passed'), p('site', 1420, 'lost')])).toEqual([1404, 1408, 1412, 1416]);
  });
  it('stops when tight, when nothing passed, or when nothing was lost', () => {
    expect(nextRound([p('site', 1400, 'passed'), p('site', 1404, 'lost')])).toEqual([]);
    expect(nextRound([p('site', 1500, 'lost'), p('site', 576, 'lost')])).toEqual([]);
    expect(nextRound([p('site', 1500, 'passed'), p('site', 576, 'passed')])).toEqual([]);
    // "too big" answers are not silent losses: nothing to narrow
    expect(
      nextRound([
        p('site', 1400, 'passed'),
        p('site', 1500, 'too-big', { mtu: 1400, reportedBy: '10.0.0.1' }),
      ]),
    ).toEqual([]);
  });
  it('ignores the router probes', () => {
    expect(nextRound([p('router', 1400, 'passed'), p('router', 1500, 'lost')])).toEqual([]);
  });
});

describe('judgeMtu', () => {
  it.each([1400, 1492, 1280, 1420, 1450])('finds a black hole at MTU %i after the router', (mtu) => {
    const f = judgeMtu(search(blackhole(mtu), () => 'passed'));
    expect(f.blackhole).toBe(true);
    expect(f.where).toBe('beyond-router');
    expect(f.routerPasses).toBe(1500);
    expect(f.pathMtu).not.toBeNull();
    // within the search's precision, never above the real limit
    expect(mtu - (f.pathMtu ?? 0)).toBeGreaterThanOrEqual(0);
    expect(mtu - (f.pathMtu ?? 0)).toBeLessThanOrEqual(4);
    expect((f.lostFrom ?? 0) - mtu).toBeGreaterThan(0);
    expect((f.lostFrom ?? 0) - (f.pathMtu ?? 0)).toBeLessThanOrEqual(4);
  });

  it('places a limit the router shares on this side of it', () => {
    const f = judgeMtu(search(blackhole(1400), blackhole(1400)));
    expect(f).toMatchObject({ blackhole: true, where: 'before-router', routerPasses: 576 });
  });

  it('a path that passes every size is no black hole', () => {
    const f = judgeMtu(
      search(
        () => 'passed',
        () => 'passed',
      ),
    );
    expect(f).toMatchObject({
      blackhole: false,
      pathMtu: 1500,
      lostFrom: null,
      where: null,
      siteAnswers: true,
    });
  });

  it('"too big" from a hop means the signal works: no black hole, its MTU is reported', () => {
    const hop = { mtu: 1400, reportedBy: '198.51.100.1' };
    const f = judgeMtu([
      p('site', 1500, 'too-big', hop),
      p('site', 1400, 'passed'),
      p('site', 1280, 'passed'),
      p('site', 576, 'passed'),
    ]);
    expect(f).toMatchObject({
      blackhole: false,
      tooBigFrom: '198.51.100.1',
      reportedMtu: 1400,
      pathMtu: 1400,
    });
  });

  it("this computer's own MTU (it refuses to send) is not a black hole", () => {
    const local = { mtu: 1420, reportedBy: null };
    const f = judgeMtu([
      p('site', 1500, 'too-big', local),
      p('site', 1400, 'passed'),
      p('site', 576, 'passed'),
    ]);
    expect(f).toMatchObject({ blackhole: false, localMtu: 1420, tooBigFrom: null });
  });

  it('one lost echo is not enough; the same size lost twice is', () => {
    const once = [p('site', 1500, 'lost'), p('site', 1400, 'passed'), p('site', 576, 'passed')];
    expect(judgeMtu(once).blackhole).toBe(false);
    expect(judgeMtu([...once, p('site', 1500, 'lost')]).blackhole).toBe(true);
  });

  it('random loss (a small size lost while a bigger one passed) is never a size limit', () => {
    const f = judgeMtu([
      p('site', 1500, 'lost'),
      p('site', 1480, 'lost'),
      p('site', 1400, 'passed'),
      p('site', 1280, 'lost'),
      p('site', 576, 'passed'),
    ]);
    expect(f).toMatchObject({ blackhole: false, inconsistent: true });
    // a retest that now passes also shows the loss was chance
    expect(
      judgeMtu([p('site', 1500, 'lost'), p('site', 1500, 'passed'), p('site', 1480, 'lost')]).blackhole,
    ).toBe(false);
  });

  it('a site that answers no ping at all says nothing', () => {
    const f = judgeMtu(
      search(
        () => 'lost',
        () => 'passed',
      ),
    );
    expect(f).toMatchObject({ siteAnswers: false, blackhole: false, pathMtu: null });
  });
});
