// The shared rules of every DNS-server parser: how one server token is read, and which
// servers a diagnosis may ask. The per-OS parsers live in dns-linux, dns-darwin, dns-windows.
import { isUnspecifiedIp } from './host';
import { cleanIp, pushUnique } from './parse-util';

/** systemd-resolved's local stub listeners: they forward to the real upstream servers. */
export const SYSTEMD_STUBS: readonly string[] = ['127.0.0.53', '127.0.0.54'];

/** True when every listed resolver is a systemd-resolved stub (and there is at least one). */
export function onlySystemdStub(list: readonly string[]): boolean {
  return list.length > 0 && list.every((a) => SYSTEMD_STUBS.includes(a));
}

/** Windows lists fec0:0:0:ffff::1..3 as placeholders when no IPv6 DNS server is configured. */
export function isPlaceholderServer(a: string): boolean {
  return /^fec0:0:0:ffff::[123](%[^%]+)?$/i.test(a);
}

/**
 * Reads one DNS-server token as tools print it: a DNS-over-TLS "#name" suffix, a port
 * ("1.2.3.4:853", "[2001:db8::1]:853", systemd's "[fe80::1]:53%3"), brackets, "(Preferred)"
 * and trailing punctuation are dropped. Returns the IP literal (an IPv6 %zone kept) or null.
 */
export function serverToken(token: string | undefined): string | null {
  if (token === undefined) return null;
  let t = token
    .trim()
    .replace(/#.*$/, '')
    .replace(/[,;]+$/, '');
  const v6port = /^\[([^\]]+)\]:\d{1,5}(%[^%\]]+)?$/.exec(t);
  if (v6port) t = `${v6port[1] ?? ''}${v6port[2] ?? ''}`;
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(t);
  if (v4port) t = v4port[1] ?? '';
  return cleanIp(t);
}

/** True for a server a diagnosis can ask: not 0.0.0.0 / ::, not a Windows placeholder. */
export function isUsableResolver(ip: string): boolean {
  return !isUnspecifiedIp(ip) && !isPlaceholderServer(ip);
}

/** The usable servers among `tokens` (each read with serverToken), de-duplicated, in order. */
export function resolverList(tokens: Iterable<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    const ip = serverToken(tok ?? undefined);
    if (ip !== null && isUsableResolver(ip)) pushUnique(out, ip);
  }
  return out;
}
