import { BlockList } from 'node:net';
import { ipVersion, isIpLiteralOrZoned } from '../platform/host';

/** Thrown for bad input (unknown fix, bad server, fix not available here): CLI exit 2, nothing changed. */
export class FixInputError extends Error {
  override name = 'FixInputError';
}

/** Thrown when another fix is already running. */
export class FixBusyError extends Error {
  override name = 'FixBusyError';
}

// The one IP-literal rule lives in the platform layer (service.ts imports it from here).
export { isIpLiteral } from '../platform/host';

/** Why an IP literal cannot be a DNS server to switch to. */
type ServerProblem = 'zone' | 'unspecified' | 'broadcast' | 'loopback' | 'multicast';

const EXAMPLE =
  'Give the address of a DNS server on the network or the internet, such as 1.1.1.1 or 2606:4700:4700::1111.';

/** One sentence per problem (kept together so they can move to the message catalog). */
const SERVER_PROBLEM_TEXT: Readonly<Record<ServerProblem, (ip: string) => string>> = {
  zone: (ip) =>
    `"${ip}" names a network interface after the "%"; DNS servers are set without one. ${EXAMPLE}`,
  unspecified: (ip) => `"${ip}" means "no address", so it cannot be a DNS server. ${EXAMPLE}`,
  broadcast: (ip) =>
    `"${ip}" is the broadcast address (every device on the network), not a DNS server. ${EXAMPLE}`,
  // the systemd-resolved stub (127.0.0.53) is loopback too: it forwards to the servers being replaced
  loopback: (ip) => `"${ip}" is this computer itself (loopback), not a DNS server to switch to. ${EXAMPLE}`,
  multicast: (ip) => `"${ip}" is a multicast (group) address, not a DNS server. ${EXAMPLE}`,
};

function ranges(list: [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const b = new BlockList();
  for (const [net, prefix, family] of list) b.addSubnet(net, prefix, family);
  return b;
}

// BlockList also matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against IPv4 ranges
const RANGES: readonly [ServerProblem, BlockList][] = [
  [
    'unspecified',
    ranges([
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ]),
  ],
  ['broadcast', ranges([['255.255.255.255', 32, 'ipv4']])],
  [
    'loopback',
    ranges([
      ['127.0.0.0', 8, 'ipv4'],
      ['::1', 128, 'ipv6'],
    ]),
  ],
  [
    'multicast',
    ranges([
      ['224.0.0.0', 4, 'ipv4'],
      ['ff00::', 8, 'ipv6'],
    ]),
  ],
];

/**
 * Why `ip` (an IP literal, see isIpLiteralOrZoned) cannot be set as a DNS server, as a sentence for
 * people, or null when it can: no %zone, not unspecified, broadcast, loopback or multicast.
 */
export function dnsServerProblem(ip: string): string | null {
  const v = ipVersion(ip);
  if (v === 0) return null;
  if (ip.includes('%')) return SERVER_PROBLEM_TEXT.zone(ip);
  const hit = RANGES.find(([, list]) => list.check(ip, v === 4 ? 'ipv4' : 'ipv6'));
  return hit ? SERVER_PROBLEM_TEXT[hit[0]](ip) : null;
}

/**
 * Parses a comma-separated `--to` list. Every entry must be an IP literal that can be a DNS
 * server (dnsServerProblem); duplicates are dropped; 1–4 servers. Throws FixInputError naming
 * the first bad entry.
 */
export function parseServerList(text: string): string[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0)
    throw new FixInputError('--to needs at least one DNS server address, e.g. --to 1.1.1.1,1.0.0.1');
  for (const item of items) {
    // a zoned address passes here so that dnsServerProblem can say what is wrong with it
    if (!isIpLiteralOrZoned(item)) {
      throw new FixInputError(
        `"${item}" is not an IP address. DNS servers must be given as IP addresses such as 1.1.1.1 or 2606:4700:4700::1111.`,
      );
    }
    const problem = dnsServerProblem(item);
    if (problem) throw new FixInputError(problem);
  }
  const unique = [...new Set(items)];
  if (unique.length > 4) throw new FixInputError('at most 4 DNS servers can be set at once');
  return unique;
}

/**
 * Checks that an argument can never be read as an option or break out of a script: used on
 * every value that comes from the machine (interface names, service names, connection ids).
 */
export function isSafeArgValue(s: string): boolean {
  return s.length > 0 && s.length <= 256 && !s.startsWith('-') && !/[\0\r\n]/.test(s);
}
