import { isIP } from 'node:net';

/** Thrown before any process starts when a host argument is not an IP literal or a safe hostname. */
export class HostInputError extends Error {
  override name = 'HostInputError';
}

const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
const ZONE = /^[A-Za-z0-9_.-]{1,32}$/;

/** Returns 4 or 6 for an IP literal (IPv6 may carry a %zone), else 0. */
export function ipVersion(s: string): 0 | 4 | 6 {
  const pct = s.indexOf('%');
  if (pct > 0) {
    const zone = s.slice(pct + 1);
    return isIP(s.slice(0, pct)) === 6 && ZONE.test(zone) ? 6 : 0;
  }
  const v = isIP(s);
  return v === 4 || v === 6 ? v : 0;
}

/**
 * True for an IPv4 or IPv6 literal without brackets; an IPv6 %zone is accepted (tool output
 * names link-local servers with one). The one IP-literal rule.
 */
export function isIpLiteral(s: string): boolean {
  return ipVersion(s) !== 0;
}

/** An IP literal without a zone id: what a URL or a resolver to ask can carry. */
export function isPlainIpLiteral(s: string): boolean {
  return isIpLiteral(s) && !s.includes('%');
}

/** True for a DNS hostname made of letters, digits, '-' and '_' labels (no leading '-'), ≤ 253 chars. */
export function isSafeHostname(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  // an all-numeric dotted name that is not a valid IP (e.g. 999.1.1.1) is rejected too
  if (labels.every((l) => /^\d+$/.test(l))) return false;
  return labels.every((l) => LABEL.test(l));
}

/**
 * Validates a host before it reaches any argv: an IP literal (IPv6 optionally in brackets or
 * with a %zone) or a safe hostname. Returns the normalised host; throws HostInputError otherwise.
 * A host starting with '-' can never pass, so it can never be read as an option.
 */
export function validateHost(input: string): string {
  if (typeof input !== 'string') throw new HostInputError('host must be a string');
  let h = input.trim();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.length === 0) throw new HostInputError('host is empty');
  if (h.startsWith('-')) throw new HostInputError(`host must not start with '-': ${JSON.stringify(input)}`);
  if (ipVersion(h) !== 0) return h;
  if (isSafeHostname(h)) return h.toLowerCase();
  throw new HostInputError(`not an IP address or a valid hostname: ${JSON.stringify(input)}`);
}
