import type { CheckResult, DnsAnswer, EvidenceValue, ProbeAttempt } from '../../contract';
import { controlNameOf, siteNameFailsEverywhere } from '../dns/control-names';
import { resolveOn } from '../dns/resolve';
import { httpProbe } from '../http/probe';
import { attemptClass } from './classify';
import { remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';

export interface DnsSwapOutcome {
  result: CheckResult;
  answers: DnsAnswer[];
  addressProbes: ProbeAttempt[];
}

const DNS_CAP_MS = 2000;
/** A resolver is declared failing after max(floor, factor × the fastest answer). */
const ADAPTIVE_FLOOR_MS = 300;
const ADAPTIVE_FACTOR = 5;
const MAX_ADDRESS_PROBES = 6;
const ADDRESS_PROBE_CAP_MS = 1500;

/** The adaptive give-up time once some resolver has answered in `fastestMs`. */
function adaptiveDnsTimeout(fastestMs: number): number {
  return Math.max(ADAPTIVE_FLOOR_MS, ADAPTIVE_FACTOR * fastestMs);
}

function failed(a: DnsAnswer): boolean {
  return a.error !== null || a.rcode === 'SERVFAIL' || a.rcode === 'REFUSED';
}

/**
 * Queries every resolver at once; silent ones are cut off adaptively once others answered.
 * `record` shares the first latency with the run's board (only the site's own name: a cached
 * known-good name answers faster than a site's name ever could). `stop` ends it early.
 */
async function resolveAll(
  ctx: CheckContext,
  name: string,
  servers: { ip: string; role: DnsAnswer['role'] }[],
  o: { record: boolean; stop?: AbortSignal } = { record: true },
): Promise<{ answers: DnsAnswer[]; adaptiveMs: number | null }> {
  const start = performance.now();
  const cap = Math.max(100, Math.min(DNS_CAP_MS, remaining(ctx)));
  let adaptiveMs: number | null = null;
  const controllers = servers.map(() => new AbortController());
  const cutOff = new Set<number>();
  const pending = new Set(servers.map((_, i) => i));
  let timer: NodeJS.Timeout | undefined;
  const answers = await Promise.all(
    servers.map(async (s, i) => {
      const signal = AbortSignal.any([
        ctx.signal,
        controllers[i]?.signal ?? ctx.signal,
        ...(o.stop ? [o.stop] : []),
      ]);
      const a = await resolveOn(s.ip, s.role, name, { port: ctx.deps.dnsPort, timeoutMs: cap, signal });
      pending.delete(i);
      if (a.error === null && a.latencyMs !== null && !timer) {
        if (o.record) ctx.board.recordDns(a.latencyMs);
        adaptiveMs = Math.min(cap, adaptiveDnsTimeout(a.latencyMs));
        const wait = Math.max(0, start + adaptiveMs - performance.now());
        timer = setTimeout(() => {
          for (const j of pending) {
            cutOff.add(j);
            controllers[j]?.abort();
          }
        }, wait);
      }
      return cutOff.has(i) && a.error === 'aborted' ? { ...a, error: 'timeout' } : a;
    }),
  );
  clearTimeout(timer);
  return { answers, adaptiveMs };
}

/**
 * DNS swap test: the site's name on the system resolver(s) and on the alternatives,
 * compared by rcode, answers and latency; then the site fetched at each distinct address
 * (pinned, right Host/SNI) to see which address actually works.
 */
export async function dnsSwapCheck(ctx: CheckContext, systemResolvers: string[]): Promise<DnsSwapOutcome> {
  let answers: DnsAnswer[] = [];
  const addressProbes: ProbeAttempt[] = [];
  const result = await runCheck('dns-swap', ctx, async (): Promise<CheckBody> => {
    if (ctx.target.isIp) return skipped('ip-no-lookup', {});
    const servers = [
      ...systemResolvers.map((ip) => ({ ip, role: 'system' as const })),
      ...ctx.settings.resolvers
        .filter((ip) => !systemResolvers.includes(ip))
        .map((ip) => ({ ip, role: 'alternative' as const })),
    ];
    if (servers.length === 0) return skipped('no-resolvers', {}, { hint: 'give-resolvers' });
    // A known-good name on the same servers, at the same time: needed only when the site's name
    // fails everywhere (are the servers working?), so it is stopped as soon as the site's name resolves.
    const controlName = controlNameOf(ctx.settings.controls, ctx.target.host);
    const stopControl = new AbortController();
    const controlRun = controlName
      ? resolveAll(ctx, controlName, servers, { record: false, stop: stopControl.signal })
      : Promise.resolve({ answers: [] as DnsAnswer[], adaptiveMs: null });
    const resolved = await resolveAll(ctx, ctx.target.host, servers);
    answers = resolved.answers;
    if (answers.some((a) => !failed(a))) stopControl.abort();
    // Stopped queries were not needed: they say nothing about the servers.
    const controlAnswers = (await controlRun).answers.filter((a) => a.error !== 'aborted');
    const sys = answers.filter((a) => a.role === 'system');
    const alt = answers.filter((a) => a.role === 'alternative');
    const good = (a: DnsAnswer): boolean => !failed(a) && a.rcode === 'NOERROR' && a.addresses.length > 0;
    const problems: string[] = [];
    const sysFailed = sys.length > 0 && sys.every(failed);
    const sysNx = sys.length > 0 && sys.every((a) => !failed(a) && a.rcode === 'NXDOMAIN');
    const altGood = alt.some(good);
    const altNx = alt.length > 0 && alt.every((a) => !failed(a) && a.rcode === 'NXDOMAIN');
    const altFailed = alt.length > 0 && alt.every(failed);
    if (sysFailed) {
      for (const a of sys)
        problems.push(
          a.error === 'timeout'
            ? 'system-dns-timeout'
            : a.rcode === 'SERVFAIL'
              ? 'system-dns-servfail'
              : a.rcode === 'REFUSED'
                ? 'system-dns-refused'
                : 'system-dns-error',
        );
      if (altGood) problems.push('system-dns-failing');
    }
    if (sysNx && altGood) problems.push('system-dns-nxdomain', 'system-dns-failing');
    if ((sysNx || sys.length === 0) && (altNx || alt.length === 0) && (sysNx || altNx))
      problems.push('all-dns-nxdomain');
    if ((sysFailed || sys.length === 0) && (altFailed || alt.length === 0) && (sysFailed || altFailed))
      problems.push('all-dns-failed');
    if (siteNameFailsEverywhere(answers, controlAnswers)) problems.push('site-name-fails-everywhere');
    if (sys.length > 0 && alt.length > 0 && altGood && sys.some(good) && !altFailed) {
      const sysSet = new Set(sys.flatMap((a) => a.addresses));
      const altSet = new Set(alt.flatMap((a) => a.addresses));
      if (![...sysSet].some((x) => altSet.has(x))) problems.push('answers-differ');
    }

    // Fetch the site at each distinct address to see which ones actually work.
    const roleOf = new Map<string, Set<DnsAnswer['role']>>();
    for (const a of answers)
      for (const ip of a.addresses) {
        const roles = roleOf.get(ip) ?? new Set();
        roles.add(a.role);
        roleOf.set(ip, roles);
      }
    const distinct = [...roleOf.keys()]
      .sort((x, y) => Number(x.includes(':')) - Number(y.includes(':')))
      .slice(0, MAX_ADDRESS_PROBES);
    if (distinct.length > 0 && remaining(ctx) > 100) {
      addressProbes.push(
        ...(await Promise.all(
          distinct.map((ip) =>
            httpProbe({
              url: ctx.target.url,
              address: ip,
              timeoutMs: Math.max(100, Math.min(ADDRESS_PROBE_CAP_MS, remaining(ctx))),
              signal: ctx.signal,
            }),
          ),
        )),
      );
    }
    const works = (ip: string): boolean =>
      addressProbes.some((p) => p.address === ip && attemptClass(p) === 'ok');
    const systemOnly = distinct.filter(
      (ip) => roleOf.get(ip)?.has('system') && !roleOf.get(ip)?.has('alternative'),
    );
    const altOnly = distinct.filter(
      (ip) => roleOf.get(ip)?.has('alternative') && !roleOf.get(ip)?.has('system'),
    );
    const systemAll = distinct.filter((ip) => roleOf.get(ip)?.has('system'));
    if (systemOnly.length > 0 && systemAll.every((ip) => !works(ip)) && altOnly.some(works))
      problems.push('system-address-fails-alternative-works');

    const fastestAlt = alt
      .filter((a) => a.error === null && a.latencyMs !== null)
      .map((a) => a.latencyMs ?? 0);
    const evidence: Record<string, EvidenceValue> = {
      name: ctx.target.host,
      answers: answers.map((a) => ({
        resolver: a.resolver,
        role: a.role,
        rcode: a.rcode,
        addresses: a.addresses,
        latencyMs: a.latencyMs,
        error: a.error,
        transport: a.transport,
      })),
      fastestAlternativeMs: fastestAlt.length ? Math.min(...fastestAlt) : null,
      adaptiveTimeoutMs: resolved.adaptiveMs,
      addressProbes: addressProbes.map((p) => ({
        address: p.address,
        status: p.status,
        error: p.error,
        roles: [...(roleOf.get(p.address ?? '') ?? [])],
      })),
      controlName,
      controlAnswers: controlAnswers.map((a) => ({
        resolver: a.resolver,
        rcode: a.rcode,
        addresses: a.addresses.length,
        latencyMs: a.latencyMs,
        error: a.error,
      })),
    };
    const uniq = [...new Set(problems)];
    return { status: uniq.length ? 'problem' : 'ok', problems: uniq, evidence };
  });
  return { result, answers, addressProbes };
}
