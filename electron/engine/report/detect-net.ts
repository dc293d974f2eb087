import { isIPv4, isIPv6 } from 'node:net';
import { allChars, isHex, replaceRuns, RUNS } from './text-scan';
import type { Emit } from './text-scan';

/**
 * Addresses and MACs in free text, found in one pass per form over maximal character runs.
 * Which addresses are hidden depends on their role (see AddressRoles), not on their pattern alone.
 */

function v4Octets(ip: string): number[] {
  return ip.split('.').map((p) => Number(p));
}

/**
 * True when an IPv4 address can identify a place on the internet. Private, loopback,
 * link-local, carrier-grade NAT, multicast and reserved ranges are not public. Documentation
 * ranges (TEST-NET) count as public: the lab and the fixtures use them for real public addresses.
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

function mappedV4(canon: string): string | null {
  const dotted = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(canon);
  if (dotted?.[1]) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canon);
  if (!hex?.[1] || !hex[2]) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Same rule as {@link isPublicIpv4} for IPv6 (2001:db8::/32 counts as public, like TEST-NET). */
export function isPublicIpv6(ip: string): boolean {
  const canon = canonicalIpv6(ip);
  const v4 = mappedV4(canon);
  if (v4) return isPublicIpv4(v4);
  if (canon === '::' || canon === '::1') return false;
  const first = parseInt(canon.split(':')[0] || '0', 16);
  if ((first & 0xffc0) === 0xfe80) return false; // link-local
  if ((first & 0xfe00) === 0xfc00) return false; // unique local
  if ((first & 0xff00) === 0xff00) return false; // multicast
  return true;
}

/** Canonical form of an address (dotted IPv4, compressed IPv6; mapped IPv4 as IPv4), or null. */
export function canonicalIp(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return v4Octets(bare).join('.');
  if (!isIPv6(bare)) return null;
  const canon = canonicalIpv6(bare);
  return mappedV4(canon) ?? canon;
}

/** The first 56 bits of an IPv6 address as 14 hex digits: the part an ISP assigns to one home. */
export function v6HomePrefix(canon: string): string | null {
  if (!canon.includes(':')) return null;
  const [head = '', tail = ''] = canon.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = canon.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = canon.includes('::')
    ? [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t]
    : h;
  if (groups.length !== 8) return null;
  return groups
    .map((g) => g.padStart(4, '0'))
    .join('')
    .slice(0, 14);
}

/**
 * Who an address belongs to, as far as the diagnosis tells. Third-party infrastructure (ISP
 * hops, resolvers, the site, the CDN) is the evidence and stays; the user's own public address
 * and the devices in their home are hidden.
 */
export interface AddressRoles {
  /** The user's public addresses (canonical): what the site or another outside party saw. */
  userPublic: ReadonlySet<string>;
  /** 56-bit IPv6 prefixes (see v6HomePrefix) assigned to the user's home. */
  userPrefixes: ReadonlySet<string>;
  /** Private addresses that stay because of their role: the router, traceroute hops, the site. */
  kept: ReadonlySet<string>;
}

export const NO_ROLES: AddressRoles = { userPublic: new Set(), userPrefixes: new Set(), kept: new Set() };

function isLanV4(ip: string): boolean {
  const [a = 0, b = 0] = v4Octets(ip);
  return (
    a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
  );
}

function isLanV6(canon: string): boolean {
  const first = parseInt(canon.split(':')[0] || '0', 16);
  return (first & 0xffc0) === 0xfe80 || (first & 0xfe00) === 0xfc00;
}

/** Which kind hides this (canonical) address under the policy, or null when it is evidence that stays. */
export function addressKind(canon: string, roles: AddressRoles): 'public-ip' | 'lan-ip' | null {
  if (roles.userPublic.has(canon)) return 'public-ip';
  const v6 = canon.includes(':');
  if (v6) {
    const prefix = v6HomePrefix(canon);
    if (prefix !== null && roles.userPrefixes.has(prefix)) return 'public-ip';
  }
  if (roles.kept.has(canon)) return null;
  return (v6 ? isLanV6(canon) : isLanV4(canon)) ? 'lan-ip' : null;
}

/** Decides, for an address found at `start`, which kind hides it (null: keep it). */
export type Classify = (canon: string, start: number) => 'public-ip' | 'lan-ip' | null;

const MAC_COLON = /^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i;
const MAC_DOT = /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i;

function macKey(raw: string): string | null {
  const hex = raw.replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
  // All-zero and broadcast addresses belong to no device.
  if (hex === '000000000000' || hex === 'ffffffffffff') return null;
  return hex.replace(/(..)(?!$)/g, '$1:');
}

/** MAC addresses: `3c:22:fb:9a:10:7e`, `3C-22-…`, `3c22.fb9a.107e` and bare `3c22fb9a107e`. */
export function scanMacs(text: string, emit: Emit): string {
  const one = (run: string, re: RegExp): string | null => {
    if (run.length !== (re === MAC_DOT ? 14 : 17) || !re.test(run)) return null;
    const key = macKey(run);
    return key === null ? null : emit('mac', key, run);
  };
  let out = replaceRuns(text, RUNS.hexColonDash, (run) => one(run, MAC_COLON), 17, 17);
  out = replaceRuns(out, RUNS.hexDot, (run) => one(run, MAC_DOT), 14, 14);
  // Bare form: exactly 12 hex digits standing alone, one letter case, not the tail of a UUID.
  return replaceRuns(
    out,
    RUNS.alnum,
    (run, start) => {
      if (run.length !== 12 || !allChars(run, isHex) || /^\d+$/.test(run)) return null;
      if (run !== run.toLowerCase() && run !== run.toUpperCase()) return null;
      if (out.charCodeAt(start - 1) === 45 && /[0-9a-f]{4}-$/i.test(out.slice(Math.max(0, start - 5), start)))
        return null;
      const key = macKey(run);
      return key === null ? null : emit('mac', key, run);
    },
    12,
    12,
  );
}

function ipv6In(run: string): { ip: string; before: string; after: string } | null {
  // The run may carry punctuation around the address ("address:2001:db8::1", "2001:db8::1: ok").
  const lead = run.startsWith(':') && !run.startsWith('::') ? 1 : 0;
  const tail = /[:.]+$/.exec(run.slice(-8))?.[0].length ?? 0;
  for (const [s, e] of [
    [0, 0],
    [0, tail],
    [lead, 0],
    [lead, tail],
  ] as const) {
    const ip = run.slice(s, run.length - e);
    if (ip.length >= 2 && isIPv6(ip))
      return { ip, before: run.slice(0, s), after: run.slice(run.length - e) };
  }
  return null;
}

/** IPv6 addresses (a run of hex digits, colons and dots with two colons or more). */
export function scanIpv6(text: string, emit: Emit, classify: Classify): string {
  return replaceRuns(
    text,
    RUNS.hexColonDot,
    (run, start) => {
      // 45 characters is the longest textual IPv6 address; allow a little punctuation around it.
      if (run.length > 60 || run.indexOf(':') === run.lastIndexOf(':')) return null;
      const found = ipv6In(run);
      if (!found) return null;
      const canon = canonicalIp(found.ip);
      const kind = canon === null ? null : classify(canon, start);
      return canon === null || kind === null
        ? null
        : found.before + emit(kind, canon, found.ip) + found.after;
    },
    2,
    60,
  );
}

/** Dotted IPv4 and the dashed form that hides in reverse-DNS names (203-0-113-5.dsl.example.net). */
export function scanIpv4(text: string, emit: Emit, classify: Classify): string {
  return replaceRuns(
    text,
    RUNS.digitDotDash,
    (run, start) => {
      const parts: string[] = [];
      const seps: string[] = [];
      let cur = '';
      for (const ch of run) {
        if (ch === '.' || ch === '-') {
          parts.push(cur);
          seps.push(ch);
          cur = '';
        } else cur += ch;
      }
      parts.push(cur);
      let changed = false;
      const outParts = [...parts];
      const octet = (p: string | undefined): boolean =>
        p !== undefined && p.length >= 1 && p.length <= 3 && Number(p) <= 255;
      for (let i = 0; i + 3 < parts.length; i += 1) {
        const sep = seps[i];
        if (sep === undefined || seps[i + 1] !== sep || seps[i + 2] !== sep) continue;
        if (!octet(parts[i]) || !octet(parts[i + 1]) || !octet(parts[i + 2]) || !octet(parts[i + 3]))
          continue;
        if (i > 0 && seps[i - 1] === '.') continue; // part of a longer dotted number
        if (i + 4 < parts.length && parts[i + 4] !== '') continue; // followed by more digits: a version, not an address
        const ip = [parts[i], parts[i + 1], parts[i + 2], parts[i + 3]].map((p) => Number(p)).join('.');
        const kind = classify(ip, start);
        if (kind === null) continue;
        const original = [parts[i], parts[i + 1], parts[i + 2], parts[i + 3]].join(sep);
        outParts[i] = emit(kind, ip, original);
        outParts[i + 1] = outParts[i + 2] = outParts[i + 3] = '';
        seps[i] = seps[i + 1] = seps[i + 2] = '';
        changed = true;
        i += 3;
      }
      if (!changed) return null;
      let out = outParts[0] ?? '';
      for (let k = 0; k < seps.length; k += 1) out += (seps[k] ?? '') + (outParts[k + 1] ?? '');
      return out;
    },
    7,
  );
}

/**
 * IPv4 written as one number, decimal (3232235786) or hex (0xC0A8000A). Numbers are everywhere,
 * so only those that name an address the policy hides are replaced.
 */
export function scanIntegerIps(text: string, emit: Emit, classify: Classify): string {
  return replaceRuns(
    text,
    RUNS.alnum,
    (run, start) => {
      let value: number;
      if (/^0x[0-9a-f]{1,8}$/i.test(run)) value = parseInt(run.slice(2), 16);
      else if (run.length >= 8 && run.length <= 10 && /^\d+$/.test(run)) value = Number(run);
      else return null;
      // 1234567890.5 is a number with a fraction, not an address.
      if (text.charCodeAt(start - 1) === 46 || text.charCodeAt(start + run.length) === 46) return null;
      if (value > 0xffffffff || value < 0x01000000) return null;
      const ip = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
      const kind = classify(ip, start);
      return kind === null ? null : emit(kind, ip, run);
    },
    3,
    10,
  );
}

/** Every address form in one text, in an order where no pass breaks another's match. */
export function scanAddresses(text: string, emit: Emit, classify: Classify): string {
  return scanIntegerIps(scanIpv4(scanIpv6(text, emit, classify), emit, classify), emit, classify);
}
