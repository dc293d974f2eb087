import type { CheckResult, EvidenceValue, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { parseRetryAfter } from '../http/retry-after';
import type { RetryAfter } from '../http/retry-after';
import { attemptClass, isCdnEdgePage, median, networkErrorCode } from './classify';
import { commonForeignRedirect, tlsClass } from './redirects';
import { lookupOf, remaining, runCheck } from './common';
import type { CheckContext } from './common';

export interface SiteProbeOutcome {
  result: CheckResult;
  attempts: ProbeAttempt[];
}

const STAGGER_MS = 120;
/** Connecting takes one round trip; a site silent this long is not going to answer. */
const CONNECT_CAP_MS = 1500;
/**
 * A connected request with no complete answer after this long (or four connect times, on a
 * far site) raises the path-MTU question; a healthy answer comes well before.
 */
const STALL_MS = 600;
const STALL_CONNECT_FACTOR = 4;

/** Statuses whose Retry-After tells a visitor when to come back (RFC 9110 §10.2.3, RFC 6585). */
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** The longest wait any 503/429 answer asked for with a well-formed Retry-After, or null. */
export function askedRetryAfter(attempts: readonly ProbeAttempt[], receivedAtMs: number): RetryAfter | null {
  let best: RetryAfter | null = null;
  for (const a of attempts) {
    if (a.status === null || !RETRY_STATUSES.has(a.status)) continue;
    const r = parseRetryAfter(a.headers['retry-after'], { receivedAtMs, serverDate: a.headers.date });
    if (r && (best === null || r.delaySec > best.delaySec)) best = r;
  }
  return best;
}

/** Sums up attempts into problem codes and evidence. */
function summariseAttempts(
  attempts: ProbeAttempt[],
  receivedAtMs: number,
): {
  problems: string[];
  evidence: Record<string, EvidenceValue>;
} {
  const classes = attempts.map(attemptClass);
  const ok = classes.filter((c) => c === 'ok').length;
  const serverErrors = classes.filter((c) => c === 'server-error').length;
  const noAnswer = classes.filter((c) => c === 'no-answer').length;
  const problems = new Set<string>();
  for (const a of attempts) {
    if (a.status !== null && a.status >= 500) {
      problems.add('http-5xx');
      problems.add(`http-${a.status}`);
      if (isCdnEdgePage(a)) problems.add('cdn-edge-error');
    }
    if (a.status === null && a.error) problems.add(networkErrorCode(a.error));
    const tls = tlsClass(a.error);
    if (a.status === null && tls) problems.add(`tls-${tls}`);
  }
  if (noAnswer === attempts.length && attempts.length > 0) problems.add('no-http-answer');
  const foreign = commonForeignRedirect(attempts);
  if (foreign) problems.add('redirect-foreign');
  if (ok > 0 && ok < attempts.length) problems.add('intermittent');
  const failing =
    attempts.find((a) => attemptClass(a) === 'server-error') ??
    attempts.find((a) => attemptClass(a) !== 'ok') ??
    attempts[0];
  const rec = failing?.recognition ?? null;
  const retry = askedRetryAfter(attempts, receivedAtMs);
  return {
    problems: [...problems],
    evidence: {
      attempts: attempts.length,
      ok,
      serverErrors,
      noAnswer,
      statuses: attempts.map((a) => a.status),
      errors: attempts.map((a) => a.error),
      via: attempts[0]?.via ?? 'direct',
      address: failing?.address ?? null,
      source: rec?.source ?? null,
      variant: rec?.variant ?? null,
      cdn: rec?.cdn ?? null,
      traceId: rec?.traceId ?? null,
      meaning: rec?.meaning ?? null,
      redirectHost: foreign,
      medianFirstByteMs: median(
        attempts.flatMap((a) => (a.timings.firstByteMs === null ? [] : [a.timings.firstByteMs])),
      ),
      retryAfterSec: retry?.delaySec ?? null,
      retryAfterAt: retry?.at ?? null,
    },
  };
}

/**
 * Site probe: `repeat` GETs to the site the way the browser goes (through the configured
 * proxy, if any), slightly staggered so one overloaded backend or a flaky path shows up as
 * a mix of answers. Status `problem` when any attempt failed.
 */
export async function siteProbeCheck(
  ctx: CheckContext,
  o: { attemptTimeoutMs: number; onAttempt?: (a: ProbeAttempt) => void },
): Promise<SiteProbeOutcome> {
  const attempts: ProbeAttempt[] = [];
  const result = await runCheck('site-probe', ctx, async () => {
    const proxy = await ctx.proxyFor(ctx.target.url);
    const runs: Promise<ProbeAttempt>[] = [];
    for (let i = 0; i < ctx.settings.repeat; i++) {
      runs.push(
        (async () => {
          if (i > 0) await new Promise((r) => setTimeout(r, i * STAGGER_MS));
          const budget = Math.min(o.attemptTimeoutMs, remaining(ctx));
          const watch = stallWatch(ctx, proxy.kind === 'http');
          const a = await httpProbe({
            url: ctx.target.url,
            proxy,
            timeoutMs: Math.max(50, budget),
            connectTimeoutMs: Math.min(CONNECT_CAP_MS, budget),
            signal: ctx.signal,
            ...lookupOf(ctx),
            onConnect: watch.connected,
            onSecure: watch.secured,
          });
          watch.done();
          o.onAttempt?.(a);
          return a;
        })(),
      );
    }
    attempts.push(...(await Promise.all(runs)));
    const { problems, evidence } = summariseAttempts(attempts, ctx.deps.clock.now());
    if (proxy.kind === 'unsupported') problems.push('proxy-unsupported');
    const allOk = attempts.every((a) => attemptClass(a) === 'ok');
    return { status: allOk ? 'ok' : 'problem', problems, evidence };
  });
  ctx.board.siteSettled(attempts.length > 0 && attempts.every((a) => a.status !== null && a.error === null));
  return { result, attempts };
}

/**
 * Watches one request: connected, then no complete answer within the stall time → the board
 * hears of it (the path-MTU check waits for that). Not through a proxy: the path is the proxy's.
 */
function stallWatch(
  ctx: CheckContext,
  viaProxy: boolean,
): { connected: (address: string | null) => void; secured: () => void; done: () => void } {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let inTls = ctx.target.scheme === 'https';
  return {
    connected: (address) => {
      if (viaProxy || address === null) return;
      const wait = Math.max(STALL_MS, STALL_CONNECT_FACTOR * (performance.now() - started));
      timer = setTimeout(() => ctx.board.reportStall({ address, inTls }), wait);
      timer.unref();
    },
    secured: () => {
      inTls = false;
    },
    done: () => clearTimeout(timer),
  };
}
