import { isIP } from 'node:net';

/** Thrown before any process starts when a host argument is not an IP literal or a safe hostname. */
export class HostInputError extends Error {
  override name = 'HostInputError';
}

const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
const ZONE = /^[A-Za-z0-9_.-]{1,32}$/;

/**
 * True for a zone id the app accepts after an IPv6 '%': an interface name or index of 1–32
 * letters, digits, '_', '.' or '-' (safe in argv and in the PowerShell scripts).
 */
export function isZoneId(zone: string): boolean {
  return ZONE.test(zone);
}

/**
 * Returns 4 or 6 for an IP literal without brackets, else 0. This is the one IP-literal rule:
 * an IPv6 literal may carry a %zone (see isZoneId); an IPv4 literal never does.
 */
export function ipVersion(s: string): 0 | 4 | 6 {
  const pct = s.indexOf('%');
  if (pct > 0) return isIP(s.slice(0, pct)) === 6 && isZoneId(s.slice(pct + 1)) ? 6 : 0;
  const v = isIP(s);
  return v === 4 || v === 6 ? v : 0;
}

/**
 * True for an IPv4 or IPv6 literal without brackets and without a zone id: what a URL, a
 * resolver to ask or a DNS server to set can carry. Where a zone is fine, say so with
 * isIpLiteralOrZoned.
 */
export function isIpLiteral(s: string): boolean {
  return ipVersion(s) !== 0 && !s.includes('%');
}

/** Like isIpLiteral, but an IPv6 literal may carry a %zone (tool output names link-local servers so). */
export function isIpLiteralOrZoned(s: string): boolean {
  return ipVersion(s) !== 0;
}

/** True for the unspecified address, 0.0.0.0 or :: ("no address"). */
export function isUnspecifiedIp(ip: string): boolean {
  return ip === '0.0.0.0' || ip === '::';
}

/** The address part of an IP literal: "fe80::1%eth0" → "fe80::1". */
export function withoutZone(ip: string): string {
  const pct = ip.indexOf('%');
  return pct < 0 ? ip : ip.slice(0, pct);
}

/**
 * True for a DNS hostname (ASCII / punycode) that is safe in argv: labels of 1–63 letters,
 * digits, '-' and '_', none starting or ending with '-', at most 253 characters. One trailing
 * dot (the root) is allowed; an all-numeric dotted name (e.g. 999.1.1.1) is an IP address
 * attempt, never a hostname. Such a name can never be read as a command-line option.
 */
export function isSafeHostname(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
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
  if (isIpLiteralOrZoned(h)) return h;
  if (isSafeHostname(h)) return h.toLowerCase();
  throw new HostInputError(`not an IP address or a valid hostname: ${JSON.stringify(input)}`);
}
