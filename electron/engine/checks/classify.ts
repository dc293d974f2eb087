import { isCdnSource } from '../../contract';
import type { ProbeAttempt } from '../../contract';
import { tlsClass } from './redirects';

/** Plain problem code for a network error code from a probe. */
export function networkErrorCode(error: string): string {
  if (error === 'ECONNREFUSED') return 'connect-refused';
  if (error === 'ETIMEDOUT') return 'connect-timeout';
  if (error === 'ERESPONSETIMEOUT') return 'response-timeout';
  if (error === 'EBODYTIMEOUT') return 'body-timeout';
  if (error === 'ENOTFOUND' || error === 'EAI_AGAIN' || error === 'EAI_FAIL' || error === 'ENODATA')
    return 'name-not-resolved';
  if (error === 'EHOSTUNREACH' || error === 'ENETUNREACH' || error === 'EADDRNOTAVAIL')
    return 'network-unreachable';
  if (error === 'ECONNRESET' || error === 'EPIPE') return 'connection-reset';
  if (error === 'EPROXYCONNECT') return 'proxy-refused-tunnel';
  if (error === 'aborted') return 'cancelled';
  if (error.startsWith('HPE_')) return 'protocol-error';
  // Certificate verification codes do not all say CERT (UNABLE_TO_VERIFY_LEAF_SIGNATURE).
  if (tlsClass(error) !== null || /CERT|SSL|TLS|EPROTO/.test(error)) return 'tls-error';
  return 'network-error';
}

/** Outcome class of one attempt: a normal answer, a server error, or no HTTP answer at all. */
export function attemptClass(a: ProbeAttempt): 'ok' | 'server-error' | 'no-answer' {
  if (a.status === null) return 'no-answer';
  return a.status >= 500 ? 'server-error' : 'ok';
}

/** True when the 5xx page was produced by a CDN edge rather than passed through from the origin. */
export function isCdnEdgePage(a: ProbeAttempt): boolean {
  const src = a.recognition?.source;
  return a.status !== null && a.status >= 500 && src !== undefined && isCdnSource(src);
}

/** Median of a list (null when empty). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
