import { isIpLiteral } from './ip';

/** One row of Get-DnsClientServerAddress. */
export interface WinDnsEntry {
  alias: string;
  index: number;
  family: 'IPv4' | 'IPv6';
  servers: string[];
  /** Servers set by hand (registry NameServer); false means they come from DHCP. Null when unknown. */
  static: boolean | null;
}

function familyOf(v: unknown): 'IPv4' | 'IPv6' | null {
  // ConvertTo-Json writes the AddressFamily enum as a number (2 = IPv4, 23 = IPv6) in
  // Windows PowerShell 5.1; PowerShell 7 with -EnumsAsStrings writes the name.
  if (v === 2 || v === 'IPv4' || v === 'InterNetwork') return 'IPv4';
  if (v === 23 || v === 'IPv6' || v === 'InterNetworkV6') return 'IPv6';
  return null;
}

function toList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,\s]+/).filter(isIpLiteral);
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string' && isIpLiteral(s));
  return [];
}

/**
 * Parses the JSON our query script prints (Get-DnsClientServerAddress rows plus the
 * registry's static NameServer): one object or an array (ConvertTo-Json unwraps a single row).
 * Loopback pseudo-interfaces are dropped: they are not where DNS is configured.
 */
export function parseWindowsDnsJson(json: string): WinDnsEntry[] {
  const text = json.trim();
  if (text.length === 0) return [];
  const data: unknown = JSON.parse(text);
  const rows = Array.isArray(data) ? data : [data];
  const out: WinDnsEntry[] = [];
  for (const row of rows as Record<string, unknown>[]) {
    if (typeof row !== 'object' || row === null) continue;
    const family = familyOf(row.AddressFamily);
    const index = Number(row.InterfaceIndex);
    const alias = typeof row.InterfaceAlias === 'string' ? row.InterfaceAlias : '';
    if (!family || !Number.isInteger(index) || index <= 0) continue;
    if (/^Loopback Pseudo-Interface/i.test(alias)) continue;
    const staticRaw = row.StaticServers;
    const isStatic = staticRaw === undefined ? null : toList(staticRaw).length > 0;
    out.push({ alias, index, family, servers: toList(row.ServerAddresses), static: isStatic });
  }
  return out;
}

/**
 * Parses the default table view of Get-DnsClientServerAddress (what a user pastes). The
 * view truncates long lists with "...", so the app itself always asks for JSON.
 */
export function parseWindowsDnsTable(text: string): WinDnsEntry[] {
  const out: WinDnsEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^(.+?)\s+(\d+)\s+(IPv4|IPv6)\s+\{(.*)\}\s*$/.exec(raw);
    if (!m) continue;
    const alias = (m[1] ?? '').trim();
    if (/^Loopback Pseudo-Interface/i.test(alias)) continue;
    const servers = (m[4] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(isIpLiteral);
    out.push({
      alias,
      index: Number(m[2]),
      family: m[3] === 'IPv6' ? 'IPv6' : 'IPv4',
      servers,
      static: null,
    });
  }
  return out;
}

/**
 * Parses `netsh interface ip show config` DNS lines: static vs DHCP servers per interface.
 * Used to tell whether the servers were typed in by hand (to restore them) or came from DHCP.
 */
export function parseNetshDnsConfig(text: string): { name: string; static: boolean; servers: string[] }[] {
  const out: { name: string; static: boolean; servers: string[] }[] = [];
  let cur: { name: string; static: boolean; servers: string[] } | null = null;
  let inDns = false;
  for (const raw of text.split(/\r?\n/)) {
    const head = /^Configuration for interface "(.*)"\s*$/.exec(raw);
    if (head) {
      cur = { name: head[1] ?? '', static: false, servers: [] };
      out.push(cur);
      inDns = false;
      continue;
    }
    if (!cur) continue;
    const kv = /^\s{4}(\S[^:]*?):\s+(.*?)\s*$/.exec(raw);
    if (kv) {
      const key = kv[1] ?? '';
      inDns = /^(Statically Configured DNS Servers|DNS servers configured through DHCP)$/.test(key);
      if (inDns) {
        cur.static = key.startsWith('Statically');
        if (isIpLiteral(kv[2] ?? '')) cur.servers.push(kv[2] ?? '');
      }
      continue;
    }
    const cont = /^\s{10,}(\S+)\s*$/.exec(raw);
    if (inDns && cont?.[1] && isIpLiteral(cont[1])) cur.servers.push(cont[1]);
    else inDns = false;
  }
  return out;
}
