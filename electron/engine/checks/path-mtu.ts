import { isIP } from 'node:net';
import type { CheckResult, EvidenceValue, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { isToolSkip } from '../platform/types';
import type { PingOutcome, ToolSkip } from '../platform/types';
import { remaining, runCheck, skipped, skippedByTool } from './common';
import type { CheckBody, CheckContext, StalledRequest } from './common';
import { hopTtls, locateBlackhole } from './mtu-hops';
import type { HopAnswer, HopFinding, HopProbe } from './mtu-hops';
import { FIRST_ROUND, ROUTER_ROUND, judgeMtu, nextRound, payloadOf } from './mtu-search';
import type { DfProbe, MtuFinding } from './mtu-search';

/** One don't-fragment echo may take this long (ping's own wait is one second). */
const PING_WAIT_MS = 1000;
/** A size still silent this long after the site's first answer (or 4× its time) is lost. */
const LOST_FLOOR_MS = 300;
const LOST_FACTOR = 4;
/** Rounds after the first (each narrows the bracket about five-fold). */
const MAX_EXTRA_ROUNDS = 2;
/** A round needs about this much of the budget. */
const ROUND_BUDGET_MS = 500;
const HEAD_CAP_MS = 1500;

interface Target {
  to: DfProbe['to'];
  address: string;
  packet: number;
  /** TTL-limited (the hop search). */
  ttl?: number;
}

/** One ping of a round: its target, what came back, and whether the round cut it off. */
interface Sent {
  target: Target;
  r: PingOutcome | ToolSkip;
  cutOff: boolean;
}

function probeOf(t: Target, r: PingOutcome | ToolSkip, cutOff: boolean): DfProbe {
  const base = { to: t.to, packet: t.packet, mtu: null, reportedBy: null };
  if (isToolSkip(r)) return { ...base, outcome: cutOff ? 'lost' : 'unknown' };
  if (r.tooBig) return { ...base, outcome: 'too-big', mtu: r.tooBig.mtu, reportedBy: r.tooBig.reportedBy };
  return { ...base, outcome: r.received > 0 ? 'passed' : 'lost' };
}

function hopProbeOf(s: Sent, size: HopProbe['size']): HopProbe {
  const { r, cutOff, target } = s;
  const ttl = target.ttl ?? 0;
  if (isToolSkip(r)) return { ttl, size, answer: cutOff ? 'lost' : 'unknown', from: null };
  const at = (answer: HopAnswer, from: string | null): HopProbe => ({ ttl, size, answer, from });
  if (r.tooBig) return at('too-big', r.tooBig.reportedBy);
  if (r.received > 0) return at('echo', target.address);
  if (r.timeExceededFrom !== undefined) return at('expired', r.timeExceededFrom);
  return at('lost', null);
}

/**
 * One round: every size at once; once the first answer is back, a size still silent after
 * max(300 ms, 4× that answer's time) counts as lost, so a round costs a fraction of a second.
 * Later rounds (all sizes may be lost) take the answer time of an earlier round from the start.
 */
async function pingRound(
  ctx: CheckContext,
  targets: readonly Target[],
  family: 4 | 6,
  answerMs: number | null,
): Promise<{ sent: Sent[]; firstAnswerMs: number | null }> {
  const started = performance.now();
  const cut = new AbortController();
  const signal = AbortSignal.any([ctx.signal, cut.signal]);
  let firstAnswerMs: number | null = null;
  const lostAfter = (ms: number): number => Math.max(LOST_FLOOR_MS, LOST_FACTOR * ms);
  let timer: NodeJS.Timeout | undefined =
    answerMs === null ? undefined : setTimeout(() => cut.abort(), lostAfter(answerMs));
  const sent = await Promise.all(
    targets.map(async (t): Promise<Sent> => {
      const r = await ctx.deps.platform.ping(t.address, {
        count: 1,
        timeoutMs: PING_WAIT_MS,
        size: payloadOf(t.packet, family),
        dontFragment: true,
        signal,
        ...(t.ttl !== undefined ? { ttl: t.ttl } : {}),
      });
      // the site's own answer time sets the wait (the router is much closer)
      if (t.to === 'site' && !isToolSkip(r) && r.received > 0 && firstAnswerMs === null) {
        firstAnswerMs = performance.now() - started;
        timer ??= setTimeout(() => cut.abort(), lostAfter(firstAnswerMs));
      }
      return { target: t, r, cutOff: cut.signal.aborted && !ctx.signal.aborted };
    }),
  );
  clearTimeout(timer);
  return { sent, firstAnswerMs };
}

/** A round of sizes (see {@link pingRound}), judged per probe; `skip`: why a ping could not run. */
async function round(
  ctx: CheckContext,
  targets: readonly Target[],
  family: 4 | 6,
  answerMs: number | null = null,
): Promise<{ probes: DfProbe[]; skip: ToolSkip | null; firstAnswerMs: number | null }> {
  const { sent, firstAnswerMs } = await pingRound(ctx, targets, family, answerMs);
  const skip = sent.map((s) => (isToolSkip(s.r) && !s.cutOff ? s.r : null)).find((x) => x !== null);
  return { probes: sent.map((s) => probeOf(s.target, s.r, s.cutOff)), skip: skip ?? null, firstAnswerMs };
}

/**
 * Where the black hole starts: one round of a small and a large (the lost size) ping per TTL
 * 1..8 at once, cut like the other rounds; the first hop that answers the small one and never
 * the large one is where large packets stop.
 */
async function hopRound(
  ctx: CheckContext,
  address: string,
  family: 4 | 6,
  small: number,
  large: number,
  answerMs: number | null,
): Promise<HopFinding> {
  const targets = hopTtls().flatMap((ttl): Target[] => [
    { to: 'site', address, packet: small, ttl },
    { to: 'site', address, packet: large, ttl },
  ]);
  const { sent } = await pingRound(ctx, targets, family, answerMs);
  return locateBlackhole(sent.map((s) => hopProbeOf(s, s.target.packet === large ? 'large' : 'small')));
}

/** Lost sizes above the largest passed one (the same size lost twice counts twice). */
function lostAbove(probes: readonly DfProbe[]): DfProbe[] {
  const site = probes.filter((p) => p.to === 'site');
  const ok = Math.max(0, ...site.filter((p) => p.outcome === 'passed').map((p) => p.packet));
  return site.filter((p) => p.outcome === 'lost' && ok > 0 && p.packet > ok);
}

function evidenceOf(
  stall: StalledRequest,
  family: 4 | 6,
  router: string | null,
  probes: readonly DfProbe[],
  f: MtuFinding,
  head: ProbeAttempt | null,
  hops: HopFinding | null,
): Record<string, EvidenceValue> {
  return {
    address: stall.address,
    family,
    stalledIn: stall.inTls ? 'tls' : 'response',
    router,
    pathMtu: f.pathMtu,
    lostFrom: f.lostFrom,
    routerPasses: f.routerPasses,
    where: f.where,
    tooBigFrom: f.tooBigFrom,
    reportedMtu: f.reportedMtu,
    localMtu: f.localMtu,
    probes: probes.map((p) => ({ to: p.to, packet: p.packet, outcome: p.outcome })),
    startsAtHop: hops?.startsAtHop ?? null,
    startsAtAddress: hops?.startsAtAddress ?? null,
    previousHop: hops?.previousHop ?? null,
    previousAddress: hops?.previousAddress ?? null,
    hopsProbed: hops ? hops.hops.map((h) => ({ ...h })) : null,
    smallAnswerStatus: head?.status ?? null,
    smallAnswerError: head?.status === null ? head.error : null,
  };
}

/**
 * Path MTU: asked only when a connection to the site opened and then stalled. Don't-fragment
 * pings of several sizes go out at once towards the site and the router, then narrower rounds
 * find the largest packet that gets through; large packets lost without a "too big" answer
 * while small ones pass are a path-MTU black hole, and one round of TTL-limited pings finds the
 * hop it starts at. A HEAD request (a tiny answer) runs beside.
 */
export async function pathMtuCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('path-mtu', ctx, async (): Promise<CheckBody> => {
    const stall = await ctx.board.whenStalled(ctx.signal);
    if (!stall) return skipped('no-stall', {});
    const family: 4 | 6 = isIP(stall.address) === 6 ? 6 : 4;
    const head = stall.inTls
      ? Promise.resolve(null)
      : httpProbe({
          url: ctx.target.url,
          address: stall.address,
          method: 'HEAD',
          timeoutMs: Math.max(100, Math.min(HEAD_CAP_MS, remaining(ctx))),
          signal: ctx.signal,
        });
    const gw = await ctx.deps.platform.defaultGateway(ctx.signal);
    const router =
      gw && !isToolSkip(gw) && gw.address !== stall.address && (isIP(gw.address) === 6) === (family === 6)
        ? gw.address
        : null;
    const targets: Target[] = [
      ...FIRST_ROUND.map((packet) => ({ to: 'site' as const, address: stall.address, packet })),
      ...(router ? ROUTER_ROUND.map((packet) => ({ to: 'router' as const, address: router, packet })) : []),
    ];
    const first = await round(ctx, targets, family);
    const probes = [...first.probes];
    for (let i = 0; i < MAX_EXTRA_ROUNDS && remaining(ctx) > ROUND_BUDGET_MS; i++) {
      if (ctx.board.siteAllOk() === true) break;
      const sizes = nextRound(probes);
      if (sizes.length === 0) break;
      const next = await round(
        ctx,
        sizes.map((packet) => ({ to: 'site', address: stall.address, packet })),
        family,
        first.firstAnswerMs,
      );
      probes.push(...next.probes);
    }
    // One lost size is one lost echo: ask it once more before calling it a limit.
    const lost = lostAbove(probes);
    if (lost.length === 1 && lost[0] && remaining(ctx) > ROUND_BUDGET_MS) {
      const again = await round(
        ctx,
        [{ to: 'site', address: stall.address, packet: lost[0].packet }],
        family,
        first.firstAnswerMs,
      );
      probes.push(...again.probes);
    }
    if (ctx.board.siteAllOk() === true) return skipped('site-completed', {});
    const finding = judgeMtu(probes);
    // a black hole: one more round finds the hop it starts at
    const passed = probes.filter((p) => p.to === 'site' && p.outcome === 'passed').map((p) => p.packet);
    const hops =
      finding.blackhole && finding.lostFrom !== null && passed.length > 0 && remaining(ctx) > ROUND_BUDGET_MS
        ? await hopRound(
            ctx,
            stall.address,
            family,
            Math.min(...passed),
            finding.lostFrom,
            first.firstAnswerMs,
          )
        : null;
    const evidence = evidenceOf(stall, family, router, probes, finding, await head, hops);
    if (probes.every((p) => p.outcome === 'unknown') && first.skip)
      return skippedByTool(first.skip, evidence);
    const problems = [
      ...(finding.blackhole ? ['mtu-blackhole'] : []),
      ...(finding.tooBigFrom ? ['mtu-too-big-signalled'] : []),
      ...(finding.inconsistent ? ['mtu-loss-not-size'] : []),
      ...(!finding.siteAnswers ? ['site-ignores-df-ping'] : []),
    ];
    return { status: finding.blackhole ? 'problem' : 'ok', problems, evidence };
  });
}
