import { lookup as osLookup } from 'node:dns';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { resolveOn } from './resolve';

/** One resolved name: addresses in preference order (IPv4 first), or an error code. */
export type LookupResult = { addresses: { address: string; family: 4 | 6 }[] } | { error: string };

export interface SystemLookupOptions {
  /** The system's DNS servers (from the system-resolvers check); empty means "use the OS". */
  servers: () => Promise<string[]>;
  port: number;
  /** Text of the hosts file, or null when there is none / it is not readable. */
  readHosts: () => Promise<string | null>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Subscribes to "some resolver answered" (returns an unsubscribe function). */
  onDnsAnswer?: (f: () => void) => () => void;
  /** Fastest DNS answer so far in this run (ms), or null. */
  fastestDns?: () => number | null;
}

/**
 * Once any resolver answered in F ms, a lookup still pending after max(1000, 10·F) ms has
 * failed. More patient than the DNS swap test's cut (max(300, 5·F)): this lookup stands in
 * for the browser's, and a resolver that is merely slow on a cold cache must not look dead.
 */
function adaptiveCut(fastest: number): number {
  return Math.max(1000, 10 * fastest);
}

/** Parses a hosts file into name → addresses (comments and junk ignored; never throws). */
export function parseHostsFile(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [ip, ...names] = line.split(/\s+/);
    if (!ip || isIP(ip) === 0) continue;
    for (const n of names) {
      const key = n.toLowerCase();
      const list = map.get(key) ?? [];
      if (!list.includes(ip)) list.push(ip);
      map.set(key, list);
    }
  }
  return map;
}

function osResolve(host: string, timeoutMs: number): Promise<LookupResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: 'EAI_AGAIN' }), timeoutMs);
    osLookup(host, { all: true }, (err, addresses) => {
      clearTimeout(timer);
      if (err) resolve({ error: err.code ?? 'ENOTFOUND' });
      else
        resolve({
          addresses: addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })),
        });
    });
  });
}

/**
 * A `lookup` for the probes that behaves like the operating system's (hosts file, then the
 * system's DNS servers) but is built on the engine's own DNS client, so it honours the
 * run's deadline and cancellation: a silent resolver can never pin Node's small thread
 * pool (getaddrinfo is not cancellable) or keep the process alive after the verdict.
 * Each name is resolved once per run and shared by every probe. Falls back to the OS
 * resolver when the system's DNS servers are unknown.
 */
export function createSystemLookup(
  o: SystemLookupOptions,
): LookupFunction & { resolveName(host: string): Promise<LookupResult> } {
  const cache = new Map<string, Promise<LookupResult>>();
  let hosts: Promise<Map<string, string[]>> | null = null;

  const resolveName = (host: string): Promise<LookupResult> => {
    const key = host.toLowerCase();
    let p = cache.get(key);
    if (!p) {
      p = (async (): Promise<LookupResult> => {
        if (isIP(key) !== 0) return { addresses: [{ address: key, family: isIP(key) === 6 ? 6 : 4 }] };
        hosts ??= o.readHosts().then(
          (t) => parseHostsFile(t ?? ''),
          () => new Map<string, string[]>(),
        );
        const fromHosts = (await hosts).get(key);
        if (fromHosts && fromHosts.length > 0)
          return { addresses: fromHosts.map((a) => ({ address: a, family: isIP(a) === 6 ? 6 : 4 })) };
        const servers = await o.servers();
        if (servers.length === 0) return osResolve(key, o.timeoutMs);
        const cut = new AbortController();
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const arm = (): void => {
          const fastest = o.fastestDns?.() ?? null;
          if (fastest === null || timer) return;
          timer = setTimeout(
            () => cut.abort(),
            Math.max(0, started + adaptiveCut(fastest) - performance.now()),
          );
        };
        const unsubscribe = o.onDnsAnswer?.(arm) ?? ((): void => undefined);
        arm();
        const signal = o.signal ? AbortSignal.any([o.signal, cut.signal]) : cut.signal;
        const answers = await Promise.all(
          servers
            .slice(0, 3)
            .map((s) => resolveOn(s, 'system', key, { port: o.port, timeoutMs: o.timeoutMs, signal })),
        );
        clearTimeout(timer);
        unsubscribe();
        const good = answers.find((a) => a.error === null && a.rcode === 'NOERROR' && a.addresses.length > 0);
        if (good)
          return { addresses: good.addresses.map((a) => ({ address: a, family: isIP(a) === 6 ? 6 : 4 })) };
        if (answers.some((a) => a.error === null && (a.rcode === 'NXDOMAIN' || a.rcode === 'NOERROR')))
          return { error: 'ENOTFOUND' };
        return {
          error: answers.some((a) => a.error === 'timeout' || a.error === 'aborted')
            ? 'EAI_AGAIN'
            : 'EAI_FAIL',
        };
      })();
      cache.set(key, p);
    }
    return p;
  };

  const lookup = ((hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const cb = typeof options === 'function' ? (options as (...args: unknown[]) => void) : callback;
    const opts =
      typeof options === 'object' && options !== null ? (options as { all?: boolean; family?: number }) : {};
    void resolveName(hostname).then((r) => {
      if ('error' in r) {
        cb(Object.assign(new Error(`lookup ${hostname} failed: ${r.error}`), { code: r.error, hostname }));
        return;
      }
      const list =
        opts.family === 4 || opts.family === 6
          ? r.addresses.filter((a) => a.family === opts.family)
          : r.addresses;
      if (list.length === 0) {
        cb(
          Object.assign(new Error(`lookup ${hostname}: no address of that family`), {
            code: 'ENOTFOUND',
            hostname,
          }),
        );
        return;
      }
      if (opts.all) cb(null, list);
      else cb(null, list[0]?.address, list[0]?.family);
    });
  }) as LookupFunction & { resolveName(host: string): Promise<LookupResult> };
  lookup.resolveName = resolveName;
  return lookup;
}
