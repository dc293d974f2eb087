import type { ProbeAttempt, Target } from '../contract';
import { hasExplicitScheme } from './target';

/**
 * https errors that mean "this port speaks plain HTTP" (the TLS hello got an HTTP answer, or
 * the bytes were not TLS at all). Certificate errors are not among them: those are https.
 */
const PLAIN_HTTP_ON_TLS =
  /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|ERR_SSL_HTTP_REQUEST|HPE_)/;

/** True when an https error code says the port answers plain HTTP (or at least not TLS). */
export function looksLikePlainHttp(error: string | null): boolean {
  return error !== null && PLAIN_HTTP_ON_TLS.test(error);
}

/**
 * True when the scheme was only assumed: no scheme typed, https on a port other than 443
 * (`router.lan:8080`, `127.0.0.1:3000`). Only then may the run try http instead.
 */
export function mayFallBackToHttp(target: Target): boolean {
  return target.scheme === 'https' && target.port !== 443 && !hasExplicitScheme(target.input);
}

/** `target` switched to http on the same port, with the https error kept as the reason. */
function asHttpFallback(target: Target, httpsError: string): Target {
  const url = new URL(target.url);
  url.protocol = 'http:';
  return { ...target, scheme: 'http', url: url.toString(), httpFallback: { httpsError } };
}

/**
 * Decides the scheme before the checks start. A typed scheme, or https on 443, is kept
 * without a request. Otherwise one https request: if it fails with a TLS/protocol error
 * ({@link looksLikePlainHttp}), one http request, and the run uses http only when that one
 * got an HTTP answer (any status). Any other outcome keeps https (its failure is evidence).
 */
export async function chooseScheme(
  target: Target,
  probe: (url: string) => Promise<ProbeAttempt>,
): Promise<Target> {
  if (!mayFallBackToHttp(target)) return target;
  const https = await probe(target.url);
  if (https.status !== null || !looksLikePlainHttp(https.error)) return target;
  const fallback = asHttpFallback(target, https.error ?? 'EPROTO');
  const http = await probe(fallback.url);
  return http.status !== null ? fallback : target;
}
