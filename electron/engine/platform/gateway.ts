import type { GatewayInfo } from './types';
import { ipVersion, isUnspecifiedIp, isZoneId } from './host';
import { asRecord, cleanIp, extractJson, jsonList, numField, strField, toLines } from './parse-util';

/**
 * Gateway parsers return the default route's next hop, `null` when the output says there is no
 * default route, and `undefined` when the output was not understood (try the next source).
 */
export type GatewayParse = GatewayInfo | null | undefined;

/** `ip -j route show default` (family 4 or 6). */
export function ipRouteArgv(family: 4 | 6): string[] {
  return family === 6 ? ['-j', '-6', 'route', 'show', 'default'] : ['-j', 'route', 'show', 'default'];
}

/** A link-local IPv6 next hop is only usable with its interface: "fe80::1" on eth0 → "fe80::1%eth0". */
export function withZone(address: string, zone: string | null): string {
  if (zone === null || address.includes('%') || !/^fe[89ab][0-9a-f]:/i.test(address) || !isZoneId(zone))
    return address;
  return `${address}%${zone}`;
}

const isDefaultDst = (d: string | null): boolean => d === 'default' || d === '0.0.0.0/0' || d === '::/0';

interface IpDefaultRoute {
  /** The route itself, or each nexthop of a multipath route, in order. */
  hops: { gateway: string | null; dev: string | null }[];
  metric: number;
}

/**
 * The default routes of `ip -j route` JSON (whole table or default only), lowest metric first
 * (stable). Undefined when the text is not a JSON array.
 */
function ipDefaultRoutes(text: string): IpDefaultRoute[] | undefined {
  const data = extractJson(text);
  if (!Array.isArray(data)) return undefined;
  const routes: IpDefaultRoute[] = [];
  for (const route of jsonList(data)) {
    const dst = strField(route, 'dst');
    // `ip route show default` may leave dst out
    if (dst !== null && !isDefaultDst(dst)) continue;
    const hops = Array.isArray(route.nexthops) ? jsonList(route.nexthops) : [route];
    routes.push({
      hops: hops.map((hop) => ({
        gateway: strField(hop, 'gateway') ?? strField(route, 'gateway'),
        dev: strField(hop, 'dev') ?? strField(route, 'dev'),
      })),
      metric: numField(route, 'metric') ?? 0,
    });
  }
  return routes.sort((a, b) => a.metric - b.metric);
}

/** Parses `ip -j route` JSON (whole table or default only); lowest metric wins; multipath uses the first nexthop. */
export function parseIpRouteJson(text: string): GatewayParse {
  const routes = ipDefaultRoutes(text);
  if (routes === undefined) return undefined;
  for (const { hops } of routes) {
    const hop = hops.find(
      (h) => h.gateway !== null && ipVersion(h.gateway) !== 0 && !isUnspecifiedIp(h.gateway),
    );
    if (hop?.gateway) return { address: withZone(hop.gateway, hop.dev), interface: hop.dev };
  }
  return null;
}

/**
 * The interface of the default route in `ip -j route show default` (a device-only route such
 * as a VPN's counts too), or null.
 */
export function parseIpRouteDefaultDev(text: string): string | null {
  for (const { hops } of ipDefaultRoutes(text) ?? []) {
    const dev = hops.find((h) => h.dev !== null)?.dev;
    if (dev) return dev;
  }
  return null;
}

/** Decodes a little-endian hex IPv4 address from /proc/net/route ("010200C0" → 192.0.2.1). */
function hexToIpv4(hex: string): string | null {
  if (!/^[0-9A-Fa-f]{8}$/.test(hex)) return null;
  const b = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `${b[3]}.${b[2]}.${b[1]}.${b[0]}`;
}

/** Parses /proc/net/route: default = destination and mask 0 with the RTF_GATEWAY flag; lowest metric wins. */
export function parseProcNetRoute(text: string): GatewayParse {
  const lines = toLines(text);
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  const col = (name: string): number => header.findIndex((h) => h.toLowerCase() === name);
  const [iIf, iDst, iGw, iFlags, iMetric, iMask] = [
    'iface',
    'destination',
    'gateway',
    'flags',
    'metric',
    'mask',
  ].map(col);
  if ([iIf, iDst, iGw, iFlags].some((i) => i === undefined || i < 0)) return undefined;
  let best: { gw: GatewayInfo; metric: number } | null = null;
  for (const line of lines.slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < header.length - 1) continue;
    const flags = parseInt(f[iFlags as number] ?? '', 16);
    const mask = iMask !== undefined && iMask >= 0 ? f[iMask] : '00000000';
    if (f[iDst as number] !== '00000000' || mask !== '00000000' || !(flags & 0x2)) continue;
    const address = hexToIpv4(f[iGw as number] ?? '');
    if (address === null || isUnspecifiedIp(address)) continue;
    const metric = iMetric !== undefined && iMetric >= 0 ? Number(f[iMetric]) || 0 : 0;
    if (best === null || metric < best.metric)
      best = { gw: { address, interface: f[iIf as number] ?? null }, metric };
  }
  return best?.gw ?? null;
}

/** `route -n get default` (macOS). */
export function routeGetArgv(): string[] {
  return ['-n', 'get', 'default'];
}

interface RouteGetBlock {
  gateway: string | null;
  iface: string | null;
}

/** The answers in `route -n get` output, one per "route to:" block (a pasted capture may hold several). */
function routeGetBlocks(lines: readonly string[]): RouteGetBlock[] {
  const blocks: RouteGetBlock[] = [];
  let cur: RouteGetBlock | null = null;
  for (const line of lines) {
    const m = /^\s*([a-z ]+?)\s*:\s*(\S*)\s*$/i.exec(line);
    if (!m) continue;
    const key = m[1]?.toLowerCase();
    if (key === 'route to' || (key === 'destination' && cur === null)) {
      // "destination:" opens a block only when no "route to:" line came first
      cur = { gateway: null, iface: null };
      blocks.push(cur);
    }
    if (cur === null) continue;
    if (key === 'gateway') cur.gateway = m[2] ?? null;
    if (key === 'interface') cur.iface = m[2] || null;
  }
  return blocks;
}

/** Parses macOS `route -n get default`: "gateway:" and "interface:" lines; the first answer counts. */
export function parseRouteGet(text: string): GatewayParse {
  const lines = toLines(text);
  if (lines.some((l) => /not in table|bad address/i.test(l))) return null;
  const blocks = routeGetBlocks(lines);
  const first = blocks.find((b) => b.gateway !== null || b.iface !== null) ?? blocks[0];
  if (first === undefined) return undefined;
  const address = cleanIp(first.gateway ?? undefined);
  return address === null ? null : { address, interface: first.iface };
}

/** The interface in `route -n get default` output; of a pasted capture, the last answer that names one. */
export function parseRouteGetInterface(text: string): string | null {
  const blocks = routeGetBlocks(toLines(text)).filter((b) => b.iface !== null);
  return blocks[blocks.length - 1]?.iface ?? null;
}

/** `netstat -rn` (macOS fallback). */
export function netstatArgv(): string[] {
  return ['-rn'];
}

/** Parses `netstat -rn[l]` tables: the first "default" row whose gateway is an IP; IPv4 before IPv6. */
export function parseNetstatRn(text: string): GatewayParse {
  let section: 'v4' | 'v6' | null = null;
  let netifCol = -1;
  let sawTable = false;
  const found: Record<'v4' | 'v6', GatewayInfo | null> = { v4: null, v6: null };
  for (const line of toLines(text)) {
    if (/^Internet6?:/.test(line)) {
      section = line.startsWith('Internet6') ? 'v6' : 'v4';
      continue;
    }
    const f = line.trim().split(/\s+/);
    if (f[0] === 'Destination') {
      netifCol = f.indexOf('Netif');
      sawTable = true;
      continue;
    }
    if (section === null || f[0] !== 'default' || found[section] !== null) continue;
    const address = cleanIp(f[1]);
    if (address === null) continue;
    const iface = netifCol >= 0 ? (f[netifCol] ?? null) : null;
    found[section] = {
      address,
      interface: iface ?? (address.includes('%') ? (address.split('%')[1] ?? null) : null),
    };
  }
  if (!sawTable) return undefined;
  return found.v4 ?? found.v6 ?? null;
}

/** PowerShell script: default routes (IPv4 and IPv6) with a real next hop, as JSON. Constant: no user input. */
export const GET_NETROUTE_SCRIPT =
  "Get-NetRoute -DestinationPrefix '0.0.0.0/0','::/0' -ErrorAction SilentlyContinue | " +
  "Where-Object { $_.NextHop -ne '0.0.0.0' -and $_.NextHop -ne '::' } | " +
  'Select-Object -Property DestinationPrefix,NextHop,InterfaceAlias,ifIndex,RouteMetric,InterfaceMetric | ' +
  'ConvertTo-Json -Compress';

/** argv for powershell.exe running a constant script without profile or prompts. */
export function powershellArgv(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script];
}

/** Parses `Get-NetRoute ... | ConvertTo-Json` (one object or an array); IPv4 first, then lowest metric. */
export function parseNetRouteJson(text: string): GatewayParse {
  if (typeof text !== 'string') return undefined;
  if (text.trim() === '') return null; // no route objects: PowerShell prints nothing
  const data = extractJson(text);
  if (data === undefined || (asRecord(data) === null && !Array.isArray(data))) return undefined;
  const rows = jsonList(data)
    .map((o) => {
      const address = cleanIp(strField(o, 'NextHop') ?? undefined);
      const alias = strField(o, 'InterfaceAlias');
      const idx = numField(o, 'ifIndex') ?? numField(o, 'InterfaceIndex');
      const metric = (numField(o, 'RouteMetric') ?? 0) + (numField(o, 'InterfaceMetric') ?? 0);
      // Windows zone ids are interface indexes
      return {
        address: address === null ? null : withZone(address, idx === null ? null : String(idx)),
        iface: alias ?? (idx === null ? null : String(idx)),
        metric,
      };
    })
    .filter(
      (r): r is { address: string; iface: string | null; metric: number } =>
        r.address !== null && !isUnspecifiedIp(r.address),
    );
  rows.sort((a, b) => ipVersion(a.address) - ipVersion(b.address) || a.metric - b.metric);
  const r = rows[0];
  return r ? { address: r.address, interface: r.iface } : null;
}

/** Parses the default PowerShell table of Get-NetRoute (fallback) and its "No MSFT_NetRoute objects" error. */
export function parseNetRouteTable(text: string): GatewayParse {
  const lines = toLines(text);
  if (lines.some((l) => /No MSFT_NetRoute objects found/i.test(l))) return null;
  const headerIdx = lines.findIndex((l) => /\bDestinationPrefix\b/.test(l) && /\bNextHop\b/.test(l));
  if (headerIdx < 0) return undefined;
  const header = (lines[headerIdx] ?? '').trim().split(/\s+/);
  const iPrefix = header.indexOf('DestinationPrefix');
  const iHop = header.indexOf('NextHop');
  const iIdx = header.indexOf('ifIndex');
  const iMetric = header.indexOf('RouteMetric');
  const rows: { gw: GatewayInfo; v: number; metric: number }[] = [];
  for (const line of lines.slice(headerIdx + 1)) {
    const f = line.trim().split(/\s+/);
    if (!isDefaultDst(f[iPrefix] ?? null)) continue;
    const address = cleanIp(f[iHop]);
    if (address === null || isUnspecifiedIp(address)) continue;
    const idx = iIdx >= 0 ? (f[iIdx] ?? null) : null;
    rows.push({
      gw: { address: withZone(address, idx), interface: idx },
      v: ipVersion(address),
      metric: Number(f[iMetric]) || 0,
    });
  }
  rows.sort((a, b) => a.v - b.v || a.metric - b.metric);
  return rows[0]?.gw ?? null;
}

/** Parses Windows `route print`: IPv4 rows "0.0.0.0 0.0.0.0 <gateway> <interface-ip> <metric>"; lowest metric. */
export function parseRoutePrint(text: string): GatewayParse {
  let sawTable = false;
  let best: { gw: GatewayInfo; metric: number } | null = null;
  for (const line of toLines(text)) {
    const f = line.trim().split(/\s+/);
    if (f.length >= 4 && /Netmask/i.test(line)) sawTable = true;
    if (f.length !== 5 || f[0] !== '0.0.0.0' || f[1] !== '0.0.0.0') continue;
    const address = cleanIp(f[2]);
    if (address === null) continue; // "On-link"
    const metric = Number(f[4]) || 0;
    if (best === null || metric < best.metric) best = { gw: { address, interface: f[3] ?? null }, metric };
  }
  if (best) return best.gw;
  return sawTable ? null : undefined;
}
