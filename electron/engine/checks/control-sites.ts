import type { CheckResult, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { networkErrorCode } from './classify';
import { commonForeignRedirect, redirectHost } from './redirects';
import { lookupOf, remaining, runCheck, skipped } from './common';
import type { CheckContext } from './common';

/**
 * Control sites: one GET to each known-good URL (the same way the browser goes). Any HTTP
 * answer at all means "the internet works from here"; none means it does not.
 */
export async function controlSitesCheck(
  ctx: CheckContext,
  o: { attemptTimeoutMs: number },
): Promise<CheckResult> {
  return runCheck('control-sites', ctx, async () => {
    const urls = ctx.settings.controls;
    if (urls.length === 0)
      return skipped(
        'No control sites were given.',
        'Pass --control with one or more sites that normally work.',
      );
    const attempts: ProbeAttempt[] = await Promise.all(
      urls.map(async (url) =>
        httpProbe({
          url,
          proxy: await ctx.proxyFor(url),
          timeoutMs: Math.max(50, Math.min(o.attemptTimeoutMs, remaining(ctx))),
          signal: ctx.signal,
          ...lookupOf(ctx),
        }),
      ),
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
        })),
        redirectHost: foreign,
        answered: answered.length,
        total: attempts.length,
      },
    };
  });
}
