import { isIpLiteral } from './ip';

/** What resolv.conf says, in order. */
export interface ResolvConf {
  nameservers: string[];
  search: string[];
  options: string[];
}

function stripComment(line: string): string {
  const i = line.search(/[#;]/);
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

/** Parses resolv.conf (glibc rules: `#`/`;` comments, last `search` wins, IP literals only for nameserver). */
export function parseResolvConf(text: string): ResolvConf {
  const out: ResolvConf = { nameservers: [], search: [], options: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw);
    if (line.length === 0) continue;
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'nameserver' && rest[0] !== undefined) {
      // glibc accepts an IPv6 literal with a %zone; keep the address part for comparisons
      const addr = rest[0].split('%')[0] ?? '';
      if (isIpLiteral(addr)) out.nameservers.push(rest[0]);
    } else if (key === 'search' || key === 'domain') {
      out.search = rest;
    } else if (key === 'options') {
      out.options.push(...rest);
    }
  }
  return out;
}

export const RESOLV_CONF_MARK =
  '# nameservers set by Gateway Doctor (switch-dns); undo: gateway-doctor fix undo switch-dns';

/**
 * Rewrites resolv.conf with new nameservers: every other line is kept byte for byte; the new
 * `nameserver` lines take the place of the first old one (or are appended), under a comment
 * saying who wrote them and how to undo it.
 */
export function rewriteResolvConf(text: string, servers: readonly string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.length === 0 ? [] : text.split(/\r?\n/);
  const trailingNewline = text.length === 0 || /\r?\n$/.test(text);
  if (trailingNewline && lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const fresh = [RESOLV_CONF_MARK, ...servers.map((s) => `nameserver ${s}`)];
  const out: string[] = [];
  let placed = false;
  for (const line of lines) {
    if (line === RESOLV_CONF_MARK) continue;
    if (/^\s*nameserver\s/.test(line)) {
      if (!placed) {
        out.push(...fresh);
        placed = true;
      }
      continue;
    }
    out.push(line);
  }
  if (!placed) out.push(...fresh);
  return out.join(eol) + eol;
}

/** Splits one nmcli terse (`-t`) line into fields, honouring `\:` and `\\` escapes. */
export function splitNmcliTerse(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      i++;
    } else if (c === ':') {
      fields.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  fields.push(cur);
  return fields;
}

/** An active NetworkManager connection (`nmcli -t -f NAME,UUID,TYPE,DEVICE connection show --active`). */
export interface NmActiveConnection {
  name: string;
  uuid: string;
  type: string;
  device: string;
}

/** Parses `nmcli -t -f NAME,UUID,TYPE,DEVICE connection show --active`; skips loopback and device-less rows. */
export function parseNmcliActiveConnections(text: string): NmActiveConnection[] {
  const out: NmActiveConnection[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().length === 0) continue;
    const [name, uuid, type, device] = splitNmcliTerse(line);
    if (!name || !uuid || !type || !device || device === '--') continue;
    if (type === 'loopback' || device === 'lo') continue;
    out.push({ name, uuid, type, device });
  }
  return out;
}

/** Multi-line key/value output (`nmcli dev show`, `nmcli -t -f ... con show <uuid>`): key → values. */
export function parseNmcliFields(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    // terse lines are "key:value" with escapes; pretty lines are "KEY:    value"
    const m = /^([A-Za-z0-9_.-]+(?:\[\d+\])?):(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const value = (m[2] ?? '').trim().replace(/\\(.)/g, '$1');
    map.set(m[1], value === '--' ? '' : value);
  }
  return map;
}

/** A device as `nmcli dev show <dev>` describes it. */
export interface NmDevice {
  device: string | null;
  connection: string | null;
  gateway4: string | null;
  dns4: string[];
  dns6: string[];
}

/** Parses `nmcli dev show [dev]` / `nmcli -f IP4 device show <dev>` (pretty, aligned). */
export function parseNmcliDeviceShow(text: string): NmDevice {
  const f = parseNmcliFields(text);
  const indexed = (prefix: string): string[] =>
    [...f.entries()]
      .filter(([k]) => k.startsWith(`${prefix}[`))
      .map(([, v]) => v)
      .filter(isIpLiteral);
  return {
    device: f.get('GENERAL.DEVICE') || null,
    connection: f.get('GENERAL.CONNECTION') || null,
    gateway4: f.get('IP4.GATEWAY') || null,
    dns4: indexed('IP4.DNS'),
    dns6: indexed('IP6.DNS'),
  };
}

/** DNS settings of one connection profile (`nmcli -t -f ipv4.dns,ipv4.ignore-auto-dns,ipv6.dns,ipv6.ignore-auto-dns con show uuid <u>`). */
export interface NmConnectionDns {
  ipv4Dns: string[];
  ipv4IgnoreAutoDns: boolean;
  ipv6Dns: string[];
  ipv6IgnoreAutoDns: boolean;
}

function splitDnsList(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(isIpLiteral);
}

/** Parses the terse DNS fields of one connection profile. */
export function parseNmcliConnectionDns(text: string): NmConnectionDns {
  const f = parseNmcliFields(text);
  return {
    ipv4Dns: splitDnsList(f.get('ipv4.dns')),
    ipv4IgnoreAutoDns: f.get('ipv4.ignore-auto-dns') === 'yes',
    ipv6Dns: splitDnsList(f.get('ipv6.dns')),
    ipv6IgnoreAutoDns: f.get('ipv6.ignore-auto-dns') === 'yes',
  };
}

/** Parses `resolvectl dns <link>` ("Link 2 (enp7s0): 10.3.0.254 fd00::1"). */
export function parseResolvectlDns(text: string): { link: string; servers: string[] }[] {
  const out: { link: string; servers: string[] }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:Link\s+\d+\s+\(([^)]+)\)|Global):\s*(.*)$/.exec(raw);
    if (!m) continue;
    const servers = (m[2] ?? '')
      .trim()
      .split(/\s+/)
      // systemd ≥ 247 may print "addr%ifindex#name" or "addr#name"
      .map((s) => s.split('#')[0]?.split('%')[0] ?? '')
      .filter(isIpLiteral);
    out.push({ link: m[1] ?? 'Global', servers });
  }
  return out;
}

/** One link block of `resolvectl status`. */
export interface ResolvedLink {
  index: number;
  name: string;
  defaultRoute: boolean;
  currentServer: string | null;
  servers: string[];
  scopes: string;
}

/** Parses `resolvectl status` (right-aligned labels, trailing spaces, wrapped server lists). */
export function parseResolvectlStatus(text: string): { mode: string | null; links: ResolvedLink[] } {
  let mode: string | null = null;
  const links: ResolvedLink[] = [];
  let cur: ResolvedLink | null = null;
  let lastKey = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const head = /^Link (\d+) \(([^)]+)\)$/.exec(line);
    if (head) {
      cur = {
        index: Number(head[1]),
        name: head[2] ?? '',
        defaultRoute: false,
        currentServer: null,
        servers: [],
        scopes: '',
      };
      links.push(cur);
      lastKey = '';
      continue;
    }
    if (line === 'Global') {
      cur = null;
      continue;
    }
    const kv = /^\s*([A-Za-z][A-Za-z .]*?):\s*(.*)$/.exec(line);
    if (kv) {
      lastKey = kv[1] ?? '';
      const value = kv[2] ?? '';
      if (lastKey === 'resolv.conf mode') mode = value;
      if (!cur) continue;
      if (lastKey === 'Current Scopes') cur.scopes = value;
      if (lastKey === 'Protocols') cur.defaultRoute = /(^|\s)\+DefaultRoute\b/.test(value);
      if (lastKey === 'DefaultRoute setting') cur.defaultRoute = value === 'yes';
      if (lastKey === 'Current DNS Server') cur.currentServer = value.split('%')[0] ?? null;
      if (lastKey === 'DNS Servers')
        cur.servers.push(
          ...value
            .split(/\s+/)
            .map((s) => s.split('%')[0] ?? '')
            .filter(isIpLiteral),
        );
    } else if (cur && lastKey === 'DNS Servers' && /^\s+\S/.test(line)) {
      cur.servers.push(
        ...line
          .trim()
          .split(/\s+/)
          .map((s) => s.split('%')[0] ?? '')
          .filter(isIpLiteral),
      );
    }
  }
  return { mode, links };
}

/** Parses `ip -j route show default`: the interface of the first default route. */
export function parseIpRouteDefaultDev(json: string): string | null {
  try {
    const routes: unknown = JSON.parse(json);
    if (!Array.isArray(routes)) return null;
    for (const r of routes as { dst?: unknown; dev?: unknown }[]) {
      if ((r.dst === 'default' || r.dst === undefined) && typeof r.dev === 'string') return r.dev;
    }
  } catch {
    return null;
  }
  return null;
}
