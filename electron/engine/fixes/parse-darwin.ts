import { isIpLiteral } from './ip';

/** A network service from `networksetup -listallnetworkservices`. */
export interface MacService {
  name: string;
  enabled: boolean;
}

/**
 * Parses `networksetup -listallnetworkservices`: skips the header sentence and the prompt
 * line a pasted sample may carry; a leading `*` marks a disabled service.
 */
export function parseNetworksetupServices(text: string): MacService[] {
  const out: MacService[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.length === 0 || line.startsWith('An asterisk') || line.startsWith('$ ')) continue;
    if (line.startsWith('*')) out.push({ name: line.slice(1).trim(), enabled: false });
    else out.push({ name: line, enabled: true });
  }
  return out;
}

/**
 * Parses `networksetup -getdnsservers <service>`: one IP per line, or the sentence
 * "There aren't any DNS Servers set on <service>." (an empty list: DNS comes from DHCP).
 * Returns null for an error (unknown or disabled service).
 */
export function parseNetworksetupDnsServers(text: string): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('$ '));
  if (lines.some((l) => /not a recognized network service|\*\* Error/i.test(l))) return null;
  if (lines.some((l) => /^There aren't any DNS Servers set on /.test(l))) return [];
  return lines.filter(isIpLiteral);
}

/** Parses `route -n get default`: the interface of the default route (last block wins for pasted logs). */
export function parseRouteGetInterface(text: string): string | null {
  let found: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*interface:\s*(\S+)\s*$/.exec(raw);
    if (m?.[1]) found = m[1];
  }
  return found;
}
