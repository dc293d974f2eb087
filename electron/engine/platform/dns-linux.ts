// Linux DNS configuration: resolv.conf, systemd-resolved (resolvectl) and NetworkManager (nmcli).
// One parser per output; the diagnosis reads the flat `*Resolvers` views, the fixes the structures.
import { isIpLiteralOrZoned } from './host';
import { toLines } from './parse-util';
import { resolverList, serverToken } from './resolvers';

/** What resolv.conf says, in order. */
export interface ResolvConf {
  /** Every `nameserver` IP literal as written (an IPv6 %zone kept; duplicates and 0.0.0.0 kept). */
  nameservers: string[];
  search: string[];
  options: string[];
}

/** A line without its `#` or `;` comment, trimmed. */
function stripComment(line: string): string {
  const i = line.search(/[#;]/);
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

/**
 * Parses resolv.conf by glibc's rules: `#` and `;` start comments (also after a value), the
 * last `search`/`domain` wins, a `nameserver` counts only when its value is an IP literal
 * (IPv6 with a %zone allowed). Tolerates CRLF, trailing spaces and garbage lines.
 */
export function parseResolvConf(text: unknown): ResolvConf {
  const out: ResolvConf = { nameservers: [], search: [], options: [] };
  for (const raw of toLines(text)) {
    const line = stripComment(raw);
    if (line.length === 0) continue;
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'nameserver' && rest[0] !== undefined) {
      if (isIpLiteralOrZoned(rest[0])) out.nameservers.push(rest[0]);
    } else if (key === 'search' || key === 'domain') {
      out.search = rest;
    } else if (key === 'options') {
      out.options.push(...rest);
    }
  }
  return out;
}

/** The servers resolv.conf lists that a diagnosis can ask, de-duplicated. */
export function resolvConfResolvers(text: unknown): string[] {
  return resolverList(parseResolvConf(text).nameservers);
}

/**
 * Reads a list of server tokens printed for one link. systemd appends "%<ifindex>" to a
 * link-local server; when that is the link's own index it says nothing the link does not, so
 * it is dropped ("fe80::1%3" on link 3 → "fe80::1"); any other zone is kept.
 */
function linkServers(tokens: string, linkIndex: number | null): string[] {
  const out: string[] = [];
  for (const tok of tokens.trim().split(/\s+/)) {
    const ip = serverToken(tok);
    if (ip === null) continue;
    const zone = ip.indexOf('%');
    out.push(
      zone > 0 && linkIndex !== null && ip.slice(zone + 1) === String(linkIndex) ? ip.slice(0, zone) : ip,
    );
  }
  return out;
}

/** One line of `resolvectl dns`: the link's name (or "Global") and its servers. */
export interface ResolvectlDnsLine {
  link: string;
  servers: string[];
}

/**
 * Parses `resolvectl dns [link]`: "Global: a b" and "Link 2 (eth0): a b" lines, servers as
 * systemd prints them (ports, "#name" and the link's own %ifindex dropped; see serverToken).
 */
export function parseResolvectlDns(text: unknown): ResolvectlDnsLine[] {
  const out: ResolvectlDnsLine[] = [];
  for (const line of toLines(text)) {
    const m = /^\s*(?:Link\s+(\d+)\s+\((.+?)\)|Global)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const index = m[1] === undefined ? null : Number(m[1]);
    out.push({ link: m[2] ?? 'Global', servers: linkServers(m[3] ?? '', index) });
  }
  return out;
}

/** Every server `resolvectl dns` lists, global and per link, de-duplicated. */
export function resolvectlDnsResolvers(text: unknown): string[] {
  return resolverList(parseResolvectlDns(text).flatMap((l) => l.servers));
}

/** The DNS servers of one section of `resolvectl status` (Global or a link). */
export interface ResolvedServers {
  currentServer: string | null;
  servers: string[];
  fallback: string[];
}

/** One link block of `resolvectl status`. */
export interface ResolvedLink extends ResolvedServers {
  index: number;
  name: string;
  defaultRoute: boolean;
  scopes: string;
}

/** `resolvectl status` (or the older `systemd-resolve --status`) as sections. */
export interface ResolvedStatus {
  mode: string | null;
  global: ResolvedServers;
  links: ResolvedLink[];
}

const ADDRESS_ONLY = /^\s*[0-9a-f:.%\]]+\s*$/i;

/**
 * Parses `resolvectl status` and `systemd-resolve --status`: right-aligned labels, trailing
 * spaces, a "Global" section and "Link N (name)" sections, server lists wrapped onto
 * indented continuation lines (a continuation that is not all addresses, such as DNSSEC NTA
 * domains, ends the list). Lines before any section belong to Global.
 */
export function parseResolvectlStatus(text: unknown): ResolvedStatus {
  const global: ResolvedServers = { currentServer: null, servers: [], fallback: [] };
  const status: ResolvedStatus = { mode: null, global, links: [] };
  let section: ResolvedServers = global;
  let link: ResolvedLink | null = null;
  let into: string[] | null = null;
  for (const raw of toLines(text)) {
    const line = raw.replace(/\s+$/, '');
    const head = /^\s*Link\s+(\d+)\s+\((.+)\)$/.exec(line);
    if (head) {
      link = {
        index: Number(head[1]),
        name: head[2] ?? '',
        defaultRoute: false,
        currentServer: null,
        servers: [],
        fallback: [],
        scopes: '',
      };
      status.links.push(link);
      section = link;
      into = null;
      continue;
    }
    if (/^\s*Global$/.test(line)) {
      link = null;
      section = global;
      into = null;
      continue;
    }
    const kv = /^\s*([A-Za-z][A-Za-z .\-/]*?)\s*:\s*(.*)$/.exec(line);
    if (kv && !ADDRESS_ONLY.test(line)) {
      const key = (kv[1] ?? '').toLowerCase();
      const value = kv[2] ?? '';
      into = null;
      if (key === 'resolv.conf mode') status.mode = value;
      else if (key === 'current dns server')
        section.currentServer = linkServers(value, link?.index ?? null)[0] ?? null;
      else if (key === 'dns servers') into = section.servers;
      else if (key === 'fallback dns servers') into = section.fallback;
      else if (link && key === 'current scopes') link.scopes = value;
      else if (link && key === 'protocols') link.defaultRoute = /(^|\s)\+DefaultRoute\b/.test(value);
      else if (link && key === 'defaultroute setting') link.defaultRoute = value === 'yes';
      if (into !== null) into.push(...linkServers(value, link?.index ?? null));
      continue;
    }
    // continuation line: only addresses, indented under the key
    if (into !== null && /^\s+\S/.test(line)) {
      const toks = line.trim().split(/\s+/);
      const ips = linkServers(line, link?.index ?? null);
      if (ips.length === toks.length) into.push(...ips);
      else into = null;
    } else {
      into = null;
    }
  }
  return status;
}

/**
 * The servers `resolvectl status` names, Global first: the current servers, then the
 * configured ones; the fallback servers only when nothing else is configured.
 */
export function resolvectlStatusResolvers(text: unknown): string[] {
  const s = parseResolvectlStatus(text);
  const sections: ResolvedServers[] = [s.global, ...s.links];
  const out = resolverList([...sections.map((x) => x.currentServer), ...sections.flatMap((x) => x.servers)]);
  return out.length > 0 ? out : resolverList(sections.flatMap((x) => x.fallback));
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
export function parseNmcliActiveConnections(text: unknown): NmActiveConnection[] {
  const out: NmActiveConnection[] = [];
  for (const line of toLines(text)) {
    if (line.trim().length === 0) continue;
    const [name, uuid, type, device] = splitNmcliTerse(line);
    if (!name || !uuid || !type || !device || device === '--') continue;
    if (type === 'loopback' || device === 'lo') continue;
    out.push({ name, uuid, type, device });
  }
  return out;
}

/**
 * Multi-line key/value output (`nmcli dev show`, `nmcli -t -f ... con show <uuid>`): every
 * [key, value] in order (several devices repeat keys). Terse lines are "key:value" with
 * escapes, pretty lines "KEY:    value"; "--" means empty.
 */
function parseNmcliFields(text: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of toLines(text)) {
    const m = /^\s*([A-Za-z0-9_.-]+(?:\[\d+\])?):(.*)$/.exec(raw.replace(/\s+$/, ''));
    if (!m?.[1]) continue;
    const value = (m[2] ?? '').trim().replace(/\\(.)/g, '$1');
    out.push([m[1], value === '--' ? '' : value]);
  }
  return out;
}

/** A device as `nmcli dev show <dev>` describes it. */
export interface NmDevice {
  device: string | null;
  connection: string | null;
  gateway4: string | null;
  dns4: string[];
  dns6: string[];
}

/**
 * Parses `nmcli dev show [dev]`, `nmcli -f IP4 device show <dev>` and the terse
 * `nmcli -t -f IP4.DNS,IP6.DNS device show`; the DNS lists gather every device, in order.
 */
export function parseNmcliDeviceShow(text: unknown): NmDevice {
  const fields = parseNmcliFields(text);
  const first = (key: string): string | null => fields.find(([k]) => k === key)?.[1] || null;
  const indexed = (prefix: string): string[] =>
    fields
      .filter(([k]) => k.startsWith(`${prefix}[`))
      .map(([, v]) => v)
      .filter(isIpLiteralOrZoned);
  return {
    device: first('GENERAL.DEVICE'),
    connection: first('GENERAL.CONNECTION'),
    gateway4: first('IP4.GATEWAY'),
    dns4: indexed('IP4.DNS'),
    dns6: indexed('IP6.DNS'),
  };
}

/** The DNS servers of every device in `nmcli device show` output, in order, de-duplicated. */
export function nmcliResolvers(text: unknown): string[] {
  return resolverList(
    parseNmcliFields(text)
      .filter(([k]) => /^IP[46]\.DNS\[\d+\]$/.test(k))
      .map(([, v]) => v),
  );
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
    .filter(isIpLiteralOrZoned);
}

/** Parses the terse DNS fields of one connection profile (a repeated key: the last wins). */
export function parseNmcliConnectionDns(text: unknown): NmConnectionDns {
  const f = new Map(parseNmcliFields(text));
  return {
    ipv4Dns: splitDnsList(f.get('ipv4.dns')),
    ipv4IgnoreAutoDns: f.get('ipv4.ignore-auto-dns') === 'yes',
    ipv6Dns: splitDnsList(f.get('ipv6.dns')),
    ipv6IgnoreAutoDns: f.get('ipv6.ignore-auto-dns') === 'yes',
  };
}
