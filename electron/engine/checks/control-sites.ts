import type { CheckResult, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { networkErrorCode } from './classify';
import { commonForeignRedirect, redirectHost } from './redirects';
import { clockSkewSec } from './clock';
import type { ClockSample } from './clock';
import { lookupOf, remaining, runCheck, skipped } from './common';
import type { CheckContext } from './common';

export interface ControlSitesOutcome {
  result: CheckResult;
  /** The requests to the known-good sites (the captive-portal check reads them). */
  attempts: ProbeAttempt[];
}

/**
 * Control sites: one GET to each known-good URL (the same way the browser goes). Any HTTP
 * answer at all means "the internet works from here"; none means it does not. Their `Date`
 * headers also tell how far this computer's clock is off.
 */
export async function controlSitesCheck(
  ctx: CheckContext,
  o: { attemptTimeoutMs: number },
): Promise<ControlSitesOutcome> {
  const attempts: ProbeAttempt[] = [];
  const result = await runCheck('control-sites', ctx, async () => {
    const urls = ctx.settings.controls;
    if (urls.length === 0) return skipped('no-controls', {}, { hint: 'give-controls' });
    const clock: ClockSample[] = [];
    attempts.push(
      ...(await Promise.all(
        urls.map(async (url) => {
          const a = await httpProbe({
            url,
            proxy: await ctx.proxyFor(url),
            timeoutMs: Math.max(50, Math.min(o.attemptTimeoutMs, remaining(ctx))),
            signal: ctx.signal,
            ...lookupOf(ctx),
          });
          clock.push({ date: a.headers.date, localMs: ctx.deps.clock.now() });
          return a;
        }),
      )),
    );
    const answered = attempts.filter((a) => a.status !== null);
    const problems: string[] = [];
    if (answered.length === 0) problems.push('controls-all-failed');
    else if (answered.length < attempts.length) problems.push('controls-some-failed');
    for (const a of attempts) if (a.error && a.status === null) problems.push(networkErrorCode(a.error));
    // Every known-good site sent to the same other host: something on this network answers for them.
    const foreign = attempts.length >= 2 ? commonForeignRedirect(attempts) : null;
    if (foreign) problems.push('controls-redirected');
    return {
      status: problems.length === 0 ? 'ok' : 'problem',
      problems: [...new Set(problems)],
      evidence: {
        controls: attempts.map((a) => ({
          url: a.url,
          status: a.status,
          error: a.error,
          totalMs: a.timings.totalMs,
          via: a.via,
          redirectTo: redirectHost(a),
          date: a.headers.date?.slice(0, 64) ?? null,
        })),
        redirectHost: foreign,
        answered: answered.length,
        total: attempts.length,
        clockSkewSec: clockSkewSec(clock),
      },
    };
  });
  return { result, attempts };
}
