import { isIPv4, isIPv6 } from 'node:net';
import type { RedactionKind } from '../../contract';

/**
 * Pattern detectors for private values in free text. Each detector calls `onMatch` for
 * every value it finds and splices in whatever it returns, so the same code both
 * replaces (redaction) and finds leftovers (the post-check).
 */
export type OnMatch = (kind: RedactionKind, key: string) => string;

/** Placeholders look like `[public-ip-1]`; detectors never treat them as values. */
export const PLACEHOLDER_RE = /^\[(?:public-ip|mac|hostname|user|query)-\d+\]$/;

// Well-known public resolvers identify nothing about the user and keep the DNS table readable.
const KNOWN_PUBLIC_RESOLVERS = new Set([
  '1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '149.112.112.112', '208.67.222.222',
  '208.67.220.220', '2606:4700:4700::1111', '2606:4700:4700::1001', '2001:4860:4860::8888',
  '2001:4860:4860::8844', '2620:fe::fe', '2620:fe::9',
]);

function v4Octets(ip: string): number[] {
  return ip.split('.').map((p) => Number(p));
}

/**
 * True when an IPv4 address can identify a place on the internet. Private, loopback,
 * link-local, carrier-grade NAT, multicast and reserved ranges stay (they say nothing
 * about who you are and make the LAN part readable). Documentation ranges (TEST-NET)
 * count as public: the lab and the fixtures use them in place of real public addresses.
 */
export function isPublicIpv4(ip: string): boolean {
  const [a = 0, b = 0, c = 0] = v4Octets(ip);
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && c === 0) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  return true;
}

/** Canonical (compressed, lower-case) IPv6 spelling, so equal addresses share a placeholder. */
export function canonicalIpv6(ip: string): string {
  return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
}

/** Same rule as {@link isPublicIpv4} for IPv6 (2001:db8::/32 counts as public, like TEST-NET). */
export function isPublicIpv6(ip: string): boolean {
  const canon = canonicalIpv6(ip);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(canon);
  if (mapped?.[1]) return isPublicIpv4(mapped[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canon);
  if (hex?.[1] && hex[2]) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return isPublicIpv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if (canon === '::' || canon === '::1') return false;
  const first = parseInt(canon.split(':')[0] || '0', 16);
  if ((first & 0xffc0) === 0xfe80) return false; // link-local
  if ((first & 0xfe00) === 0xfc00) return false; // unique local
  if ((first & 0xff00) === 0xff00) return false; // multicast
  return true;
}

function ipv6In(run: string): { ip: string; before: string; after: string } | null {
  // A run of hex digits, colons and dots may carry punctuation around the address
  // ("address:2001:db8::1", "2001:db8::1: ok"): try it with that stripped.
  const lead = run.startsWith(':') && !run.startsWith('::') ? 1 : 0;
  const tail = /[:.]+$/.exec(run)?.[0].length ?? 0;
  for (const [s, e] of [[0, 0], [0, tail], [lead, 0], [lead, tail]] as const) {
    const ip = run.slice(s, run.length - e);
    if (isIPv6(ip)) return { ip, before: run.slice(0, s), after: run.slice(run.length - e) };
  }
  return null;
}

function redactIpv6(text: string, onMatch: OnMatch): string {
  return text.replace(/[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/g, (run) => {
    const found = ipv6In(run);
    if (!found || !isPublicIpv6(found.ip)) return run;
    const canon = canonicalIpv6(found.ip);
    if (KNOWN_PUBLIC_RESOLVERS.has(canon)) return run;
    return found.before + onMatch('public-ip', canon) + found.after;
  });
}

function redactIpv4(text: string, onMatch: OnMatch): string {
  // Dotted and dashed forms; the dashed one hides in reverse-DNS names (203-0-113-5.dsl.example.net).
  return text.replace(/(?<![0-9.])(\d{1,3})([.-])(\d{1,3})\2(\d{1,3})\2(\d{1,3})(?![0-9]|[.-]\d)/g, (m, a, _s, b, c, d) => {
    const ip = `${Number(a)}.${Number(b)}.${Number(c)}.${Number(d)}`;
    if (!isIPv4(ip) || !isPublicIpv4(ip) || KNOWN_PUBLIC_RESOLVERS.has(ip)) return m;
    return onMatch('public-ip', ip);
  });
}

function redactMac(text: string, onMatch: OnMatch): string {
  const colon = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])/g;
  const dotted = /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/g;
  const apply = (m: string): string => {
    const key = m.replace(/[^0-9A-Fa-f]/g, '').toLowerCase().replace(/(..)(?!$)/g, '$1:');
    // All-zero and broadcast addresses belong to no device.
    if (/^(00:){5}00$|^(ff:){5}ff$/.test(key)) return m;
    return onMatch('mac', key);
  };
  return text.replace(colon, apply).replace(dotted, apply);
}

function replaceQueryPart(part: string, onMatch: OnMatch): string {
  return part
    .split('&')
    .map((pair) => {
      if (pair === '' || pair === 'amp;') return pair;
      const eq = pair.indexOf('=');
      if (eq < 0) return PLACEHOLDER_RE.test(pair) ? pair : onMatch('query', pair);
      const value = pair.slice(eq + 1);
      if (value === '' || PLACEHOLDER_RE.test(value)) return pair;
      return `${pair.slice(0, eq + 1)}${onMatch('query', value)}`;
    })
    .join('&');
}

/** Redacts everything after `?` and `#` in absolute URLs and in strings that are a path with a query. */
export function redactUrlParts(text: string, onMatch: OnMatch): string {
  const one = (match: string): string => {
    // Sentence punctuation after a URL is not part of its last value.
    const tail = /[.,;:!?)]+$/.exec(match)?.[0] ?? '';
    const url = match.slice(0, match.length - tail.length);
    const hashAt = url.indexOf('#');
    const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
    const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : null;
    const qAt = base.indexOf('?');
    let out = qAt >= 0 ? `${base.slice(0, qAt + 1)}${replaceQueryPart(base.slice(qAt + 1), onMatch)}` : base;
    if (fragment !== null) {
      out += `#${fragment === '' || PLACEHOLDER_RE.test(fragment) ? fragment : onMatch('query', fragment)}`;
    }
    return out + tail;
  };
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`|]+/gi, one)
    .replace(/(^|[\s=])(\/[^\s?#"'<>`|]*[?#][^\s"'<>`|]+)/g, (_m, pre: string, path: string) => pre + one(path));
}

/** Replaces the user-name segment of home-directory paths (POSIX and Windows). */
export function redactUserPaths(text: string, onMatch: OnMatch): string {
  // Windows first: "C:/Users/Ann Lee" must not be read as the POSIX "/Users/Ann".
  return text
    .replace(/(\b[A-Za-z]:(?:\\+|\/)(?:Users|Documents and Settings)(?:\\+|\/))([^\\/\r\n"'<>:[\]`|]+)/gi, (m, pre: string, name: string) =>
      PLACEHOLDER_RE.test(name) ? m : pre + onMatch('username', name),
    )
    .replace(/(\/(?:home|Users)\/)([^/\s"'<>:[\]`|]+)/g, (m, pre: string, name: string) =>
      PLACEHOLDER_RE.test(name) ? m : pre + onMatch('username', name),
    );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces a literal value (case-insensitive) where it stands as a whole name, not inside another word. */
export function redactLiteral(text: string, value: string, kind: RedactionKind, onMatch: OnMatch): string {
  if (value === '') return text;
  const re = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(value)}(?![A-Za-z0-9_-])`, 'gi');
  return text.replace(re, () => onMatch(kind, value));
}

/** What the pattern detectors look for, besides literal values found on the way. */
export interface LiteralSecrets {
  hostnames: string[];
  /** Query values long enough to be recognised elsewhere (tokens echoed in headers). */
  queryValues: string[];
  /** User names learnt from paths, also replaced where they stand alone. */
  usernames: string[];
}

/** Runs every enabled detector over one string, in an order where no detector breaks another's match. */
export function redactText(text: string, kinds: ReadonlySet<RedactionKind>, literals: LiteralSecrets, onMatch: OnMatch): string {
  let out = text;
  if (kinds.has('query')) {
    out = redactUrlParts(out, onMatch);
    for (const v of literals.queryValues) out = redactLiteral(out, v, 'query', onMatch);
  }
  if (kinds.has('mac')) out = redactMac(out, onMatch);
  if (kinds.has('public-ip')) out = redactIpv4(redactIpv6(out, onMatch), onMatch);
  if (kinds.has('hostname')) for (const h of literals.hostnames) out = redactLiteral(out, h, 'hostname', onMatch);
  if (kinds.has('username')) {
    out = redactUserPaths(out, onMatch);
    for (const u of literals.usernames) out = redactLiteral(out, u, 'username', onMatch);
  }
  return out;
}
