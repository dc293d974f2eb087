import type { CheckResult, Hop, TracerouteSummary } from '../../contract';
import { isToolSkip } from '../platform/types';
import { analyseTrace } from './trace-analysis';
import { remaining, runCheck, skipped, skippedByTool } from './common';
import type { CheckBody, CheckContext } from './common';

export interface TracerouteOutcome {
  result: CheckResult;
  summary: TracerouteSummary | null;
}

const MAX_HOPS = 20;
/** Silent hops in a row after which the route is taken as stopped. */
const SILENT_HOPS_TO_STOP = 3;

/** How many hops at the end of the list got no answer at all. */
function silentTail(hops: readonly Hop[]): number {
  let n = 0;
  for (let i = hops.length - 1; i >= 0 && (hops[i]?.lossPct ?? 0) >= 100; i--) n++;
  return n;
}

/**
 * Traceroute to the failing site (hops streamed as `hop` events). Problems: the path stops
 * beyond the router (`path-stops`), or loss starts at a hop and carries through to the site
 * (`path-loss-carries-through`). Rate-limited hops are recorded but never a problem.
 */
export async function tracerouteCheck(
  ctx: CheckContext,
  o: {
    capMs: number;
    /** The router's address, once the gateway check knows it. */
    gatewayAddress: () => Promise<string | null>;
    host?: string;
    /** Loss to the destination measured by ping (null: unknown). */
    destinationLoss?: () => Promise<number | null>;
  },
): Promise<TracerouteOutcome> {
  let summary: TracerouteSummary | null = null;
  const host = o.host ?? ctx.target.host;
  const result = await runCheck('traceroute', ctx, async (): Promise<CheckBody> => {
    const budget = Math.min(o.capMs, remaining(ctx));
    if (budget < 200) return skipped('no-time-left', {}, { hint: 'more-time' });
    // Stop early once the route has clearly gone silent: waiting for the remaining hops to time
    // out adds seconds and no information.
    const seen: Hop[] = [];
    const enough = new AbortController();
    const signal = AbortSignal.any([ctx.signal, enough.signal]);
    const answered = await ctx.deps.platform.traceroute(host, {
      maxHops: MAX_HOPS,
      timeoutMs: budget,
      signal,
      onHop: (hop) => {
        seen.push(hop);
        ctx.emit({ type: 'hop', runId: ctx.runId, hop });
        if (silentTail(seen) >= SILENT_HOPS_TO_STOP && seen.some((h) => h.lossPct < 100)) enough.abort();
      },
    });
    const stoppedEarly = enough.signal.aborted && !ctx.signal.aborted;
    const trace =
      stoppedEarly && isToolSkip(answered)
        ? {
            kind: 'trace' as const,
            tool: ctx.deps.platform.os === 'win32' ? 'tracert' : 'traceroute',
            hops: seen,
            reached: false,
          }
        : answered;
    if (isToolSkip(trace)) return skippedByTool(trace);
    const measured = o.destinationLoss ? await o.destinationLoss() : null;
    const a = analyseTrace(trace.hops, trace.reached, await o.gatewayAddress(), measured);
    summary = {
      tool: trace.tool,
      target: host,
      hops: trace.hops,
      reached: trace.reached,
      lossStartsAt: a.lossStartsAt,
      carriesThrough: a.carriesThrough,
    };
    const problems: string[] = [];
    if (a.carriesThrough && trace.reached) problems.push('path-loss-carries-through');
    if (a.carriesThrough && !trace.reached) problems.push('path-stops');
    return {
      status: problems.length ? 'problem' : 'ok',
      problems,
      evidence: {
        tool: trace.tool,
        reached: trace.reached,
        hops: trace.hops.length,
        routerTtl: a.routerTtl,
        routerAnswered: a.routerAnswered,
        lossStartsAt: a.lossStartsAt,
        carriesThrough: a.carriesThrough,
        rateLimitedHops: a.rateLimitedHops,
        destinationLossPct: a.destinationLossPct,
        destinationLossSource: measured !== null && trace.reached ? 'ping-and-tcp' : 'traceroute',
        stoppedEarly,
      },
    };
  });
  return { result, summary };
}
