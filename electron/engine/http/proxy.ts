import { isIP } from 'node:net';

/** Where one request goes: straight to the site, or through an HTTP proxy. */
export type ProxyChoice =
  | { kind: 'direct'; source: 'none' | 'env' | 'system' }
  | {
      kind: 'http';
      host: string;
      port: number;
      auth: string | null;
      source: 'env' | 'system';
      display: string;
    }
  /**
   * A proxy we cannot speak (SOCKS, HTTPS-to-proxy), or a setting we cannot use (`invalid`: a user
   * name or password with a broken % escape): the check says so instead of guessing.
   */
  | { kind: 'unsupported'; source: 'env' | 'system'; display: string; invalid?: 'credentials' };

type Env = Record<string, string | undefined>;

function envValue(env: Env, name: string): string | undefined {
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v && v.trim() !== '' ? v.trim() : undefined;
}

/** Strips credentials so a proxy can be shown or reported. */
function display(host: string, port: number): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** Parses a proxy URL such as `http://user:pw@proxy:3128`; bare `host:port` means http. */
export function parseProxyUrl(value: string, source: 'env' | 'system'): ProxyChoice {
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    return { kind: 'unsupported', source, display: 'unparseable proxy setting' };
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (u.protocol !== 'http:')
    return { kind: 'unsupported', source, display: `${u.protocol}//${display(host, Number(u.port) || 0)}` };
  const port = u.port === '' ? 80 : Number(u.port);
  let auth: string | null = null;
  try {
    auth = u.username ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : null;
  } catch {
    // "%zz" in a password: one clear finding for this setting, not a failed diagnosis.
    return { kind: 'unsupported', source, display: display(host, port), invalid: 'credentials' };
  }
  return { kind: 'http', host, port, auth, source, display: display(host, port) };
}

/** Splits a NO_PROXY entry into host and optional port (`[v6]:p`, `v6`, `host:p`, `host`). */
function splitEntry(entry: string): { host: string; port: number | null } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (v6?.[1]) return { host: v6[1], port: v6[2] ? Number(v6[2]) : null };
  if (isIP(entry) === 6) return { host: entry, port: null };
  const hp = /^(.*):(\d+)$/.exec(entry);
  if (hp?.[1] && hp[2]) return { host: hp[1], port: Number(hp[2]) };
  return { host: entry, port: null };
}

/** True when NO_PROXY says `host:port` must be reached directly (curl's rules: `*`, suffixes, exact IPs). */
export function bypassesProxy(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const h = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const trimmed = raw.trim().toLowerCase();
    if (!trimmed) continue;
    if (trimmed === '*') return true;
    const entry = splitEntry(trimmed);
    if (entry.port !== null && entry.port !== port) continue;
    const name = entry.host.replace(/^\*?\./, '').replace(/\.$/, '');
    if (!name) continue;
    if (h === name) return true;
    if (isIP(h) === 0 && isIP(name) === 0 && h.endsWith(`.${name}`)) return true;
  }
  return false;
}

/**
 * The proxy the CLI would use for `url` from HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY
 * (lower-case names first, like curl). Node's fetch ignores these; the engine honours them.
 */
export function proxyFromEnv(url: string, env: Env): ProxyChoice {
  const u = new URL(url);
  const scheme = u.protocol === 'https:' ? 'https' : 'http';
  const value = envValue(env, `${scheme}_proxy`) ?? envValue(env, 'all_proxy');
  if (!value) return { kind: 'direct', source: 'none' };
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = u.port === '' ? (scheme === 'https' ? 443 : 80) : Number(u.port);
  if (bypassesProxy(host, port, envValue(env, 'no_proxy'))) return { kind: 'direct', source: 'env' };
  return parseProxyUrl(value, 'env');
}

/** Reads a PAC-style answer (`DIRECT`, `PROXY h:p; DIRECT`, `SOCKS5 h:p`) and takes its first entry. */
export function proxyFromPac(pac: string): ProxyChoice {
  const first = pac.split(';')[0]?.trim() ?? '';
  if (first === '' || /^direct$/i.test(first)) return { kind: 'direct', source: 'system' };
  const m = /^(PROXY|HTTP|HTTPS|SOCKS4?|SOCKS5)\s+(\S+)$/i.exec(first);
  if (!m || !m[1] || !m[2]) return { kind: 'unsupported', source: 'system', display: first.slice(0, 80) };
  const type = m[1].toUpperCase();
  if (type === 'PROXY' || type === 'HTTP') return parseProxyUrl(`http://${m[2]}`, 'system');
  return { kind: 'unsupported', source: 'system', display: `${type.toLowerCase()} ${m[2]}` };
}
