// macOS DNS configuration: scutil --dns (what the resolver uses) and networksetup (per service).
import { isIpLiteralOrZoned } from './host';
import { pushUnique, toLines } from './parse-util';
import { isUsableResolver, serverToken } from './resolvers';

interface ScutilResolver {
  scoped: boolean;
  domain: boolean;
  mdns: boolean;
  servers: string[];
}

/**
 * Parses macOS `scutil --dns`: nameservers of the default resolvers (no "domain", not mdns) of the
 * main section; when those have none (a VPN takes over), the scoped resolvers' nameservers.
 */
export function parseScutilDns(text: unknown): string[] {
  const resolvers: ScutilResolver[] = [];
  let scopedSection = false;
  let cur: ScutilResolver | null = null;
  for (const line of toLines(text)) {
    if (/^DNS configuration \(for scoped queries\)/.test(line)) scopedSection = true;
    if (/^resolver #\d+/.test(line)) {
      cur = { scoped: scopedSection, domain: false, mdns: false, servers: [] };
      resolvers.push(cur);
      continue;
    }
    if (cur === null) continue;
    const kv = /^\s*([a-z_ ]+?)(?:\[\d+\])?\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1] ?? '';
    if (key === 'nameserver') {
      const ip = serverToken(kv[2]);
      if (ip !== null && isUsableResolver(ip)) pushUnique(cur.servers, ip);
    } else if (key === 'domain') cur.domain = true;
    else if (key === 'options' && /mdns/.test(kv[2] ?? '')) cur.mdns = true;
  }
  const collect = (scoped: boolean): string[] => {
    const out: string[] = [];
    resolvers
      .filter((r) => r.scoped === scoped && !r.domain && !r.mdns)
      .forEach((r) => r.servers.forEach((ip) => pushUnique(out, ip)));
    return out;
  };
  const main = collect(false);
  return main.length > 0 ? main : collect(true);
}

/** A network service from `networksetup -listallnetworkservices`. */
export interface MacService {
  name: string;
  enabled: boolean;
}

/**
 * Parses `networksetup -listallnetworkservices`: skips the header sentence and the prompt
 * line a pasted sample may carry; a leading `*` marks a disabled service. Names keep their
 * spaces and parentheses ("VPN (PPTP)").
 */
export function parseNetworksetupServices(text: unknown): MacService[] {
  const out: MacService[] = [];
  for (const raw of toLines(text)) {
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
export function parseNetworksetupDnsServers(text: unknown): string[] | null {
  const lines = toLines(text)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('$ '));
  if (lines.some((l) => /not a recognized network service|\*\* Error/i.test(l))) return null;
  if (lines.some((l) => /^There aren't any DNS Servers set on /.test(l))) return [];
  return lines.filter(isIpLiteralOrZoned);
}
