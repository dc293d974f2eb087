import type { CheckResult, TracerouteSummary } from '../../contract';
import { isToolSkip } from '../platform/types';
import { analyseTrace } from './trace-analysis';
import { remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';

export interface TracerouteOutcome {
  result: CheckResult;
  summary: TracerouteSummary | null;
}

const MAX_HOPS = 20;

/**
 * Traceroute to the failing site (hops streamed as `hop` events). Problems: the path stops
 * beyond the router (`path-stops`), or loss starts at a hop and carries through to the site
 * (`path-loss-carries-through`). Rate-limited hops are recorded but never a problem.
 */
export async function tracerouteCheck(ctx: CheckContext, o: {
  capMs: number;
  /** The router's address, once the gateway check knows it. */
  gatewayAddress: () => Promise<string | null>;
  host?: string;
  /** Loss to the destination measured by ping (null: unknown). */
  destinationLoss?: () => Promise<number | null>;
}): Promise<TracerouteOutcome> {
  let summary: TracerouteSummary | null = null;
  const host = o.host ?? ctx.target.host;
  const result = await runCheck('traceroute', ctx, async (): Promise<CheckBody> => {
    const budget = Math.min(o.capMs, remaining(ctx));
    if (budget < 200) return skipped('There was no time left for a traceroute.', 'Run again with a longer --timeout.');
    const trace = await ctx.deps.platform.traceroute(host, {
      maxHops: MAX_HOPS,
      timeoutMs: budget,
      signal: ctx.signal,
      onHop: (hop) => ctx.emit({ type: 'hop', runId: ctx.runId, hop }),
    });
    if (isToolSkip(trace)) return skipped(trace.reason, trace.hint);
    const measured = o.destinationLoss ? await o.destinationLoss() : null;
    const a = analyseTrace(trace.hops, trace.reached, await o.gatewayAddress(), measured);
    summary = { tool: trace.tool, target: host, hops: trace.hops, reached: trace.reached, lossStartsAt: a.lossStartsAt, carriesThrough: a.carriesThrough };
    const problems: string[] = [];
    if (a.carriesThrough && trace.reached) problems.push('path-loss-carries-through');
    if (a.carriesThrough && !trace.reached) problems.push('path-stops');
    return {
      status: problems.length ? 'problem' : 'ok',
      problems,
      evidence: {
        tool: trace.tool, reached: trace.reached, hops: trace.hops.length, routerTtl: a.routerTtl, routerAnswered: a.routerAnswered,
        lossStartsAt: a.lossStartsAt, carriesThrough: a.carriesThrough, rateLimitedHops: a.rateLimitedHops, destinationLossPct: a.destinationLossPct,
        destinationLossSource: measured !== null && trace.reached ? 'ping' : 'traceroute',
      },
    };
  });
  return { result, summary };
}
