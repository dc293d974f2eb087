import type { CheckResult, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { attemptClass, networkErrorCode } from './classify';
import { skipNote } from '../platform/skip';
import { lookupOf, remaining, runCheck } from './common';
import type { CheckBody, CheckContext } from './common';

export interface ProxyOutcome {
  result: CheckResult;
  attempts: ProbeAttempt[];
}

/**
 * Proxy: is a proxy configured for the site (HTTP(S)_PROXY / NO_PROXY in the CLI, the
 * session's resolver in the app)? When one is, fetch the site through it and directly, so a
 * failing proxy can be told apart from a failing site.
 */
export async function proxyCheck(ctx: CheckContext, o: { attemptTimeoutMs: number }): Promise<ProxyOutcome> {
  const attempts: ProbeAttempt[] = [];
  const result = await runCheck('proxy', ctx, async (): Promise<CheckBody> => {
    const choice = await ctx.proxyFor(ctx.target.url);
    if (choice.kind === 'direct')
      return { status: 'ok', evidence: { configured: false, source: choice.source } };
    if (choice.kind === 'unsupported' && choice.invalid === 'credentials') {
      return {
        status: 'problem',
        problems: ['proxy-setting-invalid'],
        note: skipNote('proxy-setting-invalid', { proxy: choice.display }, 'fix-proxy-setting'),
        evidence: { configured: true, proxy: choice.display, source: choice.source, valid: false },
      };
    }
    if (choice.kind === 'unsupported') {
      return {
        status: 'skipped',
        note: skipNote('proxy-unsupported', { proxy: choice.display }, 'compare-without-proxy'),
        evidence: { configured: true, proxy: choice.display, source: choice.source },
      };
    }
    const timeoutMs = Math.max(100, Math.min(o.attemptTimeoutMs, remaining(ctx)));
    const [viaProxy, direct] = await Promise.all([
      httpProbe({ url: ctx.target.url, proxy: choice, timeoutMs, signal: ctx.signal, ...lookupOf(ctx) }),
      httpProbe({ url: ctx.target.url, timeoutMs, signal: ctx.signal, ...lookupOf(ctx) }),
    ]);
    attempts.push(viaProxy, direct);
    const problems: string[] = [];
    const proxyOk = attemptClass(viaProxy) === 'ok';
    const directOk = attemptClass(direct) === 'ok';
    if (!proxyOk) {
      problems.push('proxy-path-fails');
      if (
        viaProxy.status === null &&
        viaProxy.error &&
        ['connect-refused', 'connect-timeout', 'network-unreachable', 'name-not-resolved'].includes(
          networkErrorCode(viaProxy.error),
        )
      ) {
        problems.push('proxy-unreachable');
      }
      if (directOk) problems.push('proxy-fails-direct-works');
    }
    return {
      status: problems.length ? 'problem' : 'ok',
      problems,
      evidence: {
        configured: true,
        proxy: choice.display,
        source: choice.source,
        viaProxy: {
          status: viaProxy.status,
          error: viaProxy.error,
          source: viaProxy.recognition?.source ?? null,
        },
        direct: { status: direct.status, error: direct.error },
      },
    };
  });
  return { result, attempts };
}
