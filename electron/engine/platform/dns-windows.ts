// Windows DNS configuration: Get-DnsClientServerAddress (JSON and its default table),
// netsh and ipconfig /all (any display language).
import { asRecord, extractJson, jsonList, numField, pushUnique, strField, toLines } from './parse-util';
import { isPlaceholderServer, isUsableResolver, resolverList, serverToken } from './resolvers';

/** PowerShell script: configured DNS servers per interface as JSON. Constant: no user input. */
export const GET_DNS_SERVERS_SCRIPT =
  'Get-DnsClientServerAddress -ErrorAction SilentlyContinue | ' +
  'Select-Object -Property InterfaceAlias,InterfaceIndex,AddressFamily,ServerAddresses | ConvertTo-Json -Compress';

/** One row of Get-DnsClientServerAddress. */
export interface WinDnsEntry {
  alias: string;
  /** Null when the output did not carry it (a hand-made query or a narrow table). */
  index: number | null;
  family: 'IPv4' | 'IPv6' | null;
  /** The servers, placeholders (fec0:0:0:ffff::1..3) left out. */
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

/** Server tokens of a list field or "{a, b}" cell; a token cut by the table ("10.0.0.1...") is dropped. */
function serverList(v: unknown): string[] {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,\s]+/) : [];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' || /(\.\.\.|…)$/.test(item)) continue;
    const ip = serverToken(item);
    if (ip !== null && !isPlaceholderServer(ip)) out.push(ip);
  }
  return out;
}

// The loopback pseudo-interface (and loopback test adapters) are not where DNS is configured.
const isLoopback = (alias: string): boolean => /loopback/i.test(alias);

/**
 * Parses `Get-DnsClientServerAddress | ConvertTo-Json` (our query scripts; one object or an
 * array, since ConvertTo-Json unwraps a single row), optionally with the registry's static
 * NameServer as `StaticServers`. Empty output is no rows; output that is not JSON is null.
 */
export function parseDnsClientServerAddressJson(text: unknown): WinDnsEntry[] | null {
  if (typeof text !== 'string') return null;
  if (text.trim() === '') return [];
  const data = extractJson(text);
  if (data === undefined || (asRecord(data) === null && !Array.isArray(data))) return null;
  const out: WinDnsEntry[] = [];
  for (const row of jsonList(data)) {
    const alias = strField(row, 'InterfaceAlias') ?? '';
    if (isLoopback(alias)) continue;
    const index = numField(row, 'InterfaceIndex');
    const staticRaw = row.StaticServers;
    out.push({
      alias,
      index: index !== null && Number.isInteger(index) && index > 0 ? index : null,
      family: familyOf(row.AddressFamily),
      servers: serverList(row.ServerAddresses),
      static: staticRaw === undefined ? null : serverList(staticRaw).length > 0,
    });
  }
  return out;
}

/**
 * Parses the default table view of Get-DnsClientServerAddress (what a user pastes). The view
 * truncates long lists with "...", so the app itself always asks for JSON.
 */
export function parseDnsClientServerAddressTable(text: unknown): WinDnsEntry[] {
  const out: WinDnsEntry[] = [];
  for (const line of toLines(text)) {
    const open = line.indexOf('{');
    if (open < 0) continue;
    const head = line.slice(0, open).trimEnd();
    const cell = /^([^}]*)\}?\s*$/.exec(line.slice(open + 1));
    if (!cell) continue;
    const cols = /^(.*?)\s+(\d+)\s+(IPv4|IPv6)$/.exec(head);
    const alias = (cols ? (cols[1] ?? '') : head).trim();
    if (isLoopback(alias)) continue;
    out.push({
      alias,
      index: cols ? Number(cols[2]) : null,
      family: cols ? (cols[3] === 'IPv6' ? 'IPv6' : 'IPv4') : null,
      servers: serverList(cell[1] ?? ''),
      static: null,
    });
  }
  return out;
}

/** The usable servers of Get-DnsClientServerAddress rows, in order, de-duplicated. */
export function dnsClientResolvers(rows: readonly WinDnsEntry[]): string[] {
  return resolverList(rows.flatMap((r) => r.servers));
}

/** DNS servers of one interface in `netsh interface ip show config`. */
export interface NetshDnsConfig {
  name: string;
  static: boolean;
  servers: string[];
}

/**
 * Parses `netsh interface ip show config` DNS lines: static vs DHCP servers per interface.
 * Used to tell whether the servers were typed in by hand (to restore them) or came from DHCP.
 */
export function parseNetshDnsConfig(text: unknown): NetshDnsConfig[] {
  const out: NetshDnsConfig[] = [];
  let cur: NetshDnsConfig | null = null;
  let inDns = false;
  for (const raw of toLines(text)) {
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
        const ip = serverToken(kv[2]);
        if (ip !== null) cur.servers.push(ip);
      }
      continue;
    }
    const cont = /^\s{10,}(\S+)\s*$/.exec(raw);
    const ip = inDns ? serverToken(cont?.[1]) : null;
    if (ip !== null) cur.servers.push(ip);
    else inDns = false;
  }
  return out;
}

/**
 * Parses `ipconfig /all` in any display language: a "<label with DNS> . . . : <ip>" line and the
 * address-only continuation lines after it ("DNS Servers", "Servidores DNS", "DNS-Server", ...).
 */
export function parseIpconfigAll(text: unknown): string[] {
  const out: string[] = [];
  let inDns = false;
  for (const line of toLines(text)) {
    const kv = /^\s+(\S[^:]*?)[\s.]*:\s*(.*)$/.exec(line);
    const isContinuation = /^\s{8,}\S+\s*$/.test(line) && !/\.\s*:/.test(line);
    const ip = serverToken(isContinuation ? line : kv?.[2]);
    const usable = ip !== null && isUsableResolver(ip) ? ip : null;
    if (isContinuation && inDns) {
      if (usable !== null) pushUnique(out, usable);
      else inDns = false;
      continue;
    }
    if (!kv || isContinuation) {
      inDns = false;
      continue;
    }
    inDns = /DNS/i.test(kv[1] ?? '') && usable !== null;
    if (inDns && usable !== null) pushUnique(out, usable);
  }
  return out;
}
