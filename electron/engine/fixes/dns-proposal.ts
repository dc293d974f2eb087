import type { DiagnosisResult, FixParams } from '../../contract';
import { isIpLiteral } from '../platform/host';
import { dnsServerProblem } from './ip';

/** Servers proposed at most (the usual primary + secondary). */
export const MAX_PROPOSED_SERVERS = 2;

/**
 * The DNS servers to switch to, from one diagnosis: the alternative resolvers that answered
 * the site's name (no error, at least one address, a server that can be set), fastest first,
 * at most two. Empty when none worked. Pure; linear in the number of answers.
 */
export function proposeDnsServers(result: DiagnosisResult, max = MAX_PROPOSED_SERVERS): string[] {
  const answers = result.dns?.answers ?? [];
  const good = answers.filter(
    (a) =>
      a.role === 'alternative' &&
      a.error === null &&
      a.addresses.length > 0 &&
      (a.rcode === null || a.rcode === 'NOERROR') &&
      isIpLiteral(a.resolver) &&
      dnsServerProblem(a.resolver) === null,
  );
  // unknown latency sorts last; a stable sort keeps the diagnosis order among equals
  const sorted = [...good].sort((a, b) => (a.latencyMs ?? Infinity) - (b.latencyMs ?? Infinity));
  return [...new Set(sorted.map((a) => a.resolver))].slice(0, max);
}

/** The site's name to verify a DNS change with: the diagnosed host, unless it is an IP literal. */
export function diagnosedHost(result: DiagnosisResult): string | undefined {
  return result.target.isIp || result.target.host === '' ? undefined : result.target.host;
}

/**
 * Fills switch-dns parameters from a diagnosis: the proposed servers when none were given, and
 * the diagnosed host for the verification lookup. The run id is dropped (it only named the diagnosis).
 */
export function paramsFromDiagnosis(params: FixParams, result: DiagnosisResult | null): FixParams {
  const { runId: _runId, ...rest } = params;
  if (!result) return rest;
  const servers = rest.servers ?? proposeDnsServers(result);
  const host = rest.host ?? diagnosedHost(result);
  return { ...rest, ...(servers.length > 0 ? { servers } : {}), ...(host ? { host } : {}) };
}
