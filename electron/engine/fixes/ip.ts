import { ipVersion } from '../platform/host';

/** Thrown for bad input (unknown fix, bad server, fix not available here): CLI exit 2, nothing changed. */
export class FixInputError extends Error {
  override name = 'FixInputError';
}

/** Thrown when another fix is already running. */
export class FixBusyError extends Error {
  override name = 'FixBusyError';
}

/**
 * True for an IPv4 or IPv6 literal without brackets. An IPv6 %zone is accepted (a link-local
 * server needs one); its alphabet has no quote, space or leading '-', so it is safe in argv and
 * in the PowerShell scripts. The same rule as the platform layer's, so both agree on what an IP is.
 */
export function isIpLiteral(s: string): boolean {
  return ipVersion(s) !== 0;
}

/**
 * Parses a comma-separated `--to` list. Every entry must be an IP literal; duplicates are
 * dropped; 1–4 servers. Throws FixInputError naming the first bad entry.
 */
export function parseServerList(text: string): string[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) throw new FixInputError('--to needs at least one DNS server address, e.g. --to 1.1.1.1,1.0.0.1');
  for (const item of items) {
    if (!isIpLiteral(item)) {
      throw new FixInputError(`"${item}" is not an IP address. DNS servers must be given as IP addresses such as 1.1.1.1 or 2606:4700:4700::1111.`);
    }
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
