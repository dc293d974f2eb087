import type { ProbeAttempt } from '../../contract';

/** The host a redirect points to, or null when the answer is not a redirect with a usable Location. */
export function redirectHost(a: ProbeAttempt): string | null {
  if (a.status === null || a.status < 300 || a.status >= 400) return null;
  const location = a.headers.location;
  if (!location) return null;
  try {
    return new URL(location, a.url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Host names compared without a leading `www.`, so `example.com` → `www.example.com` is not foreign. */
export function sameSite(a: string, b: string): boolean {
  const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
  return bare(a) === bare(b);
}

/**
 * The one foreign host every attempt was redirected to (a captive portal's tell), or null: each
 * attempt must be a redirect, all to the same host, and that host must be none of the hosts asked.
 */
export function commonForeignRedirect(attempts: readonly ProbeAttempt[]): string | null {
  if (attempts.length === 0) return null;
  const targets = attempts.map(redirectHost);
  const first = targets[0];
  if (!first || targets.some((t) => t !== first)) return null;
  const asked = attempts.map((a) => {
    try {
      return new URL(a.url).hostname;
    } catch {
      return '';
    }
  });
  return asked.some((h) => sameSite(h, first)) ? null : first;
}

/** What a TLS verification error says about the certificate (null: not a certificate error). */
export type TlsClass = 'expired' | 'not-yet-valid' | 'wrong-name' | 'unknown-issuer';

const TLS_CLASSES: Readonly<Record<string, TlsClass>> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-name',
  HOSTNAME_MISMATCH: 'wrong-name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'unknown-issuer',
  SELF_SIGNED_CERT_IN_CHAIN: 'unknown-issuer',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-issuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-issuer',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-issuer',
  CERT_UNTRUSTED: 'unknown-issuer',
  CERT_CHAIN_TOO_LONG: 'unknown-issuer',
  INVALID_CA: 'unknown-issuer',
};

/** Classifies a Node TLS error code (CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...). */
export function tlsClass(error: string | null): TlsClass | null {
  return error === null ? null : (TLS_CLASSES[error] ?? null);
}
