import { ipVersion } from './host';
import { asRecord, extractJson, jsonList, pushUnique, strField, toLines } from './parse-util';

/** systemd-resolved's local stub listeners: they forward to the real upstream servers. */
export const SYSTEMD_STUBS: readonly string[] = ['127.0.0.53', '127.0.0.54'];

/** True when every listed resolver is a systemd-resolved stub (and there is at least one). */
export function onlySystemdStub(list: readonly string[]): boolean {
  return list.length > 0 && list.every((a) => SYSTEMD_STUBS.includes(a));
}

/** Windows lists fec0:0:0:ffff::1..3 as placeholders when no IPv6 DNS server is configured. */
function isPlaceholder(a: string): boolean {
  return /^fec0:0:0:ffff::[123](%\w+)?$/i.test(a);
}

/** Normalises one resolver token: strips "#tls-name", "(Preferred)", brackets; null unless an IP literal. */
export function resolverToken(token: string | undefined): string | null {
  if (token === undefined) return null;
  let t = token.trim().replace(/#.*$/, '');
  t = t.replace(/\(.*$/, '').replace(/^\[([^\]]+)\](?::\d+)?$/, '$1');
  t = t.replace(/[,;]+$/, '');
  if (t === '' || ipVersion(t) === 0 || t === '0.0.0.0' || t === '::' || isPlaceholder(t)) return null;
  return t;
}

/** Parses resolv.conf: `nameserver <ip>` lines; comments, options and garbage are ignored. */
export function parseResolvConf(text: string): string[] {
  const out: string[] = [];
  for (const line of toLines(text)) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const ip = resolverToken(m?.[1]);
    if (ip !== null) pushUnique(out, ip);
  }
  return out;
}

/** Parses `resolvectl dns`: "Global: a b" and "Link 2 (eth0): a b" lines. */
export function parseResolvectlDns(text: string): string[] {
  const out: string[] = [];
  for (const line of toLines(text)) {
    const m = /^\s*(?:Global|Link\s+\d+\s+\([^)]*\))\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    for (const tok of (m[1] ?? '').split(/\s+/)) {
      const ip = resolverToken(tok);
      if (ip !== null) pushUnique(out, ip);
    }
  }
  return out;
}

/**
 * Parses `resolvectl status` and the older `systemd-resolve --status`: "Current DNS Server:" first,
 * then "DNS Servers:" with their continuation lines; "Fallback DNS Servers" only when nothing else.
 */
export function parseResolvectlStatus(text: string): string[] {
  const current: string[] = [];
  const servers: string[] = [];
  const fallback: string[] = [];
  let into: string[] | null = null;
  for (const line of toLines(text)) {
    const kv = /^\s*([A-Za-z][A-Za-z .\-/]*?)\s*:\s*(.*)$/.exec(line);
    if (kv && !/^\s*[0-9a-f:.%\]]+\s*$/i.test(line)) {
      const key = (kv[1] ?? '').toLowerCase();
      into =
        key === 'current dns server'
          ? current
          : key === 'dns servers'
            ? servers
            : key === 'fallback dns servers'
              ? fallback
              : null;
      if (into === null) continue;
      for (const tok of (kv[2] ?? '').split(/\s+/)) {
        const ip = resolverToken(tok);
        if (ip !== null) pushUnique(into, ip);
      }
      continue;
    }
    // continuation line: only addresses, indented under the key
    if (into !== null && /^\s+\S/.test(line)) {
      const toks = line.trim().split(/\s+/);
      const ips = toks.map(resolverToken);
      if (ips.every((ip) => ip !== null)) ips.forEach((ip) => pushUnique(into as string[], ip as string));
      else into = null;
    } else {
      into = null;
    }
  }
  const out: string[] = [];
  [...current, ...servers].forEach((ip) => pushUnique(out, ip));
  if (out.length === 0) fallback.forEach((ip) => pushUnique(out, ip));
  return out;
}

/** Parses `nmcli device show` / `nmcli -t -f IP4.DNS,IP6.DNS device show`: IP4.DNS[n] / IP6.DNS[n] values. */
export function parseNmcliDns(text: string): string[] {
  const out: string[] = [];
  for (const line of toLines(text)) {
    const m = /^\s*IP[46]\.DNS\[\d+\]:\s*(\S+)/.exec(line);
    // terse mode escapes ':' inside IPv6 values as '\:'
    const ip = resolverToken(m?.[1]?.replace(/\\:/g, ':'));
    if (ip !== null) pushUnique(out, ip);
  }
  return out;
}

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
export function parseScutilDns(text: string): string[] {
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
      const ip = resolverToken(kv[2]);
      if (ip !== null) pushUnique(cur.servers, ip);
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

/** PowerShell script: configured DNS servers per interface as JSON. Constant: no user input. */
export const GET_DNS_SERVERS_SCRIPT =
  'Get-DnsClientServerAddress -ErrorAction SilentlyContinue | ' +
  'Select-Object -Property InterfaceAlias,InterfaceIndex,AddressFamily,ServerAddresses | ConvertTo-Json -Compress';

/** Parses `Get-DnsClientServerAddress | ConvertTo-Json` (object or array); loopback and placeholders skipped. */
export function parseDnsClientServerAddressJson(text: string): string[] | null {
  const data = extractJson(text);
  if (data === undefined || (asRecord(data) === null && !Array.isArray(data))) return null;
  const out: string[] = [];
  for (const o of jsonList(data)) {
    if (/loopback/i.test(strField(o, 'InterfaceAlias') ?? '')) continue;
    const list = o.ServerAddresses;
    const items = Array.isArray(list) ? list : typeof list === 'string' ? [list] : [];
    for (const v of items) {
      const ip = typeof v === 'string' ? resolverToken(v) : null;
      if (ip !== null) pushUnique(out, ip);
    }
  }
  return out;
}

/** Parses the default table of Get-DnsClientServerAddress: "{a, b}" lists, loopback rows skipped. */
export function parseDnsClientServerAddressTable(text: string): string[] {
  const out: string[] = [];
  for (const line of toLines(text)) {
    const m = /\{([^}]*)\}?\s*$/.exec(line);
    if (!m || /loopback/i.test(line)) continue;
    for (const tok of (m[1] ?? '').split(/[,\s]+/)) {
      const ip = resolverToken(tok.replace(/\.\.\.$|…$/, ''));
      if (ip !== null) pushUnique(out, ip);
    }
  }
  return out;
}

/**
 * Parses `ipconfig /all` in any display language: a "<label with DNS> . . . : <ip>" line and the
 * address-only continuation lines after it ("DNS Servers", "Servidores DNS", "DNS-Server", ...).
 */
export function parseIpconfigAll(text: string): string[] {
  const out: string[] = [];
  let inDns = false;
  for (const line of toLines(text)) {
    const kv = /^\s+(\S[^:]*?)[\s.]*:\s*(.*)$/.exec(line);
    const isContinuation = /^\s{8,}\S+\s*$/.test(line) && !/\.\s*:/.test(line);
    if (isContinuation && inDns) {
      const ip = resolverToken(line.trim());
      if (ip !== null) pushUnique(out, ip);
      else inDns = false;
      continue;
    }
    if (!kv || isContinuation) {
      inDns = false;
      continue;
    }
    const ip = resolverToken(kv[2]);
    inDns = /DNS/i.test(kv[1] ?? '') && ip !== null;
    if (inDns && ip !== null) pushUnique(out, ip);
  }
  return out;
}
