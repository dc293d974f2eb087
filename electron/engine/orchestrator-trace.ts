import { setMaxListeners } from 'node:events';
import type { LookupFunction } from 'node:net';
import type { DiagnosisEvent } from '../contract';
import { lookupAddress, runCheck, skipped } from './checks/common';
import type { CheckContext } from './checks/common';
import { tracerouteCheck } from './checks/traceroute';
import type { TracerouteOutcome } from './checks/traceroute';

/** A traceroute started early, kept only if the evidence asks a route question. */
export interface SpeculativeTrace {
  /** Keep it: held hops are emitted, then live ones; resolves when the trace is done. */
  keep(): Promise<TracerouteOutcome>;
  /** Drop it: the tool is stopped and no hop is ever shown. */
  drop(): Promise<void>;
}

/**
 * Starts the traceroute to the site's address at once, in parallel with everything else, so
 * that a route question raised late (loss seen by ping after a second) still gets a complete
 * trace within the ~3 s goal. Until settled its hops are held back; if nobody needs it, it is
 * cancelled and never shown.
 */
export function startSpeculativeTrace(
  ctx: CheckContext,
  o: {
    lookup: LookupFunction | undefined;
    capMs: number;
    lookupCapMs: number;
    gatewayAddress: () => Promise<string | null>;
    destinationLoss: () => Promise<number | null>;
  },
): SpeculativeTrace {
  const abort = new AbortController();
  const held: DiagnosisEvent[] = [];
  let live = false;
  const signal = AbortSignal.any([ctx.signal, abort.signal]);
  setMaxListeners(64, signal);
  const traceCtx: CheckContext = { ...ctx, signal, emit: (e) => (live ? ctx.emit(e) : held.push(e)) };
  const started = performance.now();
  const run: Promise<TracerouteOutcome> = (async () => {
    // Trace to the address: the tool must not resolve names itself, and a name that does not
    // resolve has no route to trace.
    const address = await lookupAddress(o.lookup, ctx.target.host, o.lookupCapMs);
    if (!address) {
      return {
        result: await runCheck('traceroute', traceCtx, async () => skipped('trace-name-unresolved', {})),
        summary: null,
      };
    }
    const capMs = Math.max(1, o.capMs - (performance.now() - started));
    return tracerouteCheck(traceCtx, {
      capMs,
      gatewayAddress: o.gatewayAddress,
      host: address,
      destinationLoss: o.destinationLoss,
    });
  })();
  return {
    keep: () => {
      live = true;
      for (const e of held.splice(0)) ctx.emit(e);
      return run;
    },
    drop: async () => {
      abort.abort();
      await run.catch(() => null);
    },
  };
}
