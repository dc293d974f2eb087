import type { FixClock, GatewayProbe } from './types';

export interface WaitOptions {
  /** First pause between probes. */
  initialDelayMs: number;
  /** Each pause grows by this factor... */
  factor: number;
  /** ...up to this pause. */
  maxDelayMs: number;
  /** Give up after this long. */
  capMs: number;
  signal?: AbortSignal;
  onProbe?: (p: { answered: boolean; elapsedMs: number }) => void;
}

export interface WaitResult {
  answered: boolean;
  /** The probe could not tell (no default gateway known, no ping tool): nothing to wait for. */
  unknown: boolean;
  probes: number;
  elapsedMs: number;
  aborted: boolean;
}

/** Restart-router timing: quick at first (routers boot in 1–3 min), slower later, 5 min cap. */
export const ROUTER_WAIT: Omit<WaitOptions, 'signal' | 'onProbe'> = {
  initialDelayMs: 2000,
  factor: 1.5,
  maxDelayMs: 15_000,
  capMs: 300_000,
};
/** After a DHCP renew the link is back within seconds or something else is wrong. */
export const RENEW_WAIT: Omit<WaitOptions, 'signal' | 'onProbe'> = {
  initialDelayMs: 1000,
  factor: 1.5,
  maxDelayMs: 5000,
  capMs: 60_000,
};

/**
 * Polls `probe` with growing pauses until it returns `want` (answered or silent), the cap
 * passes, or the signal aborts. The clock is injected, so tests run in no time.
 */
export async function waitForGateway(
  probe: GatewayProbe,
  clock: FixClock,
  want: boolean,
  o: WaitOptions,
): Promise<WaitResult> {
  const start = clock.now();
  let delay = o.initialDelayMs;
  let probes = 0;
  for (;;) {
    if (o.signal?.aborted)
      return { answered: !want, unknown: false, probes, elapsedMs: clock.now() - start, aborted: true };
    const r = await probe(o.signal);
    probes++;
    const elapsedMs = clock.now() - start;
    if (r.address === null && !r.answered)
      return { answered: false, unknown: true, probes, elapsedMs, aborted: false };
    o.onProbe?.({ answered: r.answered, elapsedMs });
    if (r.answered === want)
      return { answered: r.answered, unknown: false, probes, elapsedMs, aborted: false };
    if (elapsedMs + delay > o.capMs)
      return { answered: r.answered, unknown: false, probes, elapsedMs, aborted: false };
    try {
      await clock.sleep(delay, o.signal);
    } catch {
      return { answered: r.answered, unknown: false, probes, elapsedMs: clock.now() - start, aborted: true };
    }
    delay = Math.min(o.maxDelayMs, Math.round(delay * o.factor));
  }
}

/**
 * The restart-router wait: first until the router goes quiet (it was switched off; up to
 * 2 minutes), then until it answers again. A router that never went quiet is reported as such.
 */
export async function waitForRouterRestart(
  probe: GatewayProbe,
  clock: FixClock,
  o: { signal?: AbortSignal; onProbe?: WaitOptions['onProbe'] } = {},
): Promise<{ outcome: 'back' | 'never-down' | 'still-down' | 'aborted' | 'unknown'; elapsedMs: number }> {
  const start = clock.now();
  const down = await waitForGateway(probe, clock, false, { ...ROUTER_WAIT, capMs: 120_000, ...o });
  if (down.aborted) return { outcome: 'aborted', elapsedMs: clock.now() - start };
  if (down.unknown) return { outcome: 'unknown', elapsedMs: clock.now() - start };
  if (down.answered) return { outcome: 'never-down', elapsedMs: clock.now() - start };
  const up = await waitForGateway(probe, clock, true, { ...ROUTER_WAIT, ...o });
  if (up.aborted) return { outcome: 'aborted', elapsedMs: clock.now() - start };
  if (up.unknown) return { outcome: 'unknown', elapsedMs: clock.now() - start };
  return { outcome: up.answered ? 'back' : 'still-down', elapsedMs: clock.now() - start };
}
