import * as linux from './argv-linux';
import * as darwin from './argv-darwin';
import * as win from './argv-windows';
import { SYSTEMD_STUBS } from '../platform/resolvers';
import type { BrowserId, InstalledBrowser } from './browsers';
import { browserCandidates, installedBrowsers } from './browsers';
import { linuxDefaultDev } from './dns-capture';
import { parseNmcliActiveConnections, parseResolvConf } from '../platform/dns-linux';
import { parseRouteGetInterface } from '../platform/gateway';
import type { FixDeps } from './types';
import type { FixUnavailableCode } from '../../contract';

// What this machine offers for the non-DNS-switch fixes: which DNS cache runs, which DHCP
// client, which browsers. Reads only; never changes anything.

/** How to flush the DNS cache here, or why there is nothing to flush. */
export type FlushMethod =
  | { commands: string[][]; needsAdmin: boolean; what: string }
  | { commands: null; reason: string; code: FixUnavailableCode };

async function runOk(deps: FixDeps, argv: string[]): Promise<string | null> {
  const [file, ...args] = argv;
  if (!file) return null;
  const r = await deps.runner.run(file, args, { timeoutMs: 10_000 });
  return r.code === 0 && !r.notFound ? r.stdout : null;
}

/** Finds the DNS cache in use: Windows/macOS always have one; Linux is detected. */
export async function detectFlushMethod(deps: FixDeps): Promise<FlushMethod> {
  if (deps.os === 'win32')
    return { commands: [win.flushDnsArgv()], needsAdmin: false, what: 'the Windows DNS Client cache' };
  if (deps.os === 'darwin')
    return { commands: darwin.flushDnsArgv(), needsAdmin: true, what: 'the macOS DNS cache (mDNSResponder)' };
  const procs = await deps.listProcesses();
  const has = (name: string): boolean => procs.some((p) => p.name === name);
  let conf: string[] = [];
  try {
    conf = parseResolvConf((await deps.fs.readFile(deps.resolvConfPath)).toString('utf8')).nameservers;
  } catch {
    conf = [];
  }
  const stub = conf.some((s) => SYSTEMD_STUBS.includes(s));
  if ((stub || has('systemd-resolve')) && (await deps.which('resolvectl'))) {
    return { commands: [linux.resolvectlFlushArgv()], needsAdmin: true, what: 'the systemd-resolved cache' };
  }
  if (has('nscd') && (await deps.which('nscd'))) {
    return { commands: [linux.nscdFlushArgv()], needsAdmin: true, what: 'the nscd cache' };
  }
  // a local dnsmasq is a cache only when this computer actually asks it (resolv.conf points at loopback)
  const local = conf.some((s) => s.startsWith('127.') || s === '::1');
  const dnsmasq = procs.filter((p) => p.name === 'dnsmasq');
  if (local && dnsmasq.length > 0) {
    return {
      commands: dnsmasq.map((p) => linux.dnsmasqFlushArgv(p.pid)),
      needsAdmin: true,
      what: 'the local dnsmasq cache',
    };
  }
  return {
    commands: null,
    code: 'no-dns-cache',
    reason:
      'Nothing on this computer keeps a DNS cache (no systemd-resolved, nscd or local dnsmasq), so every lookup already goes straight to your DNS server: there is nothing to flush.',
  };
}

/** How to renew the DHCP lease here. */
export type RenewMethod =
  | { commands: string[][]; needsAdmin: boolean; what: string }
  | { commands: null; reason: string; code: FixUnavailableCode };

/**
 * Finds how this machine renews its lease: all adapters on Windows, the default route's
 * interface on macOS, and on Linux whichever client manages that interface.
 */
export async function detectRenewMethod(deps: FixDeps): Promise<RenewMethod> {
  if (deps.os === 'win32')
    return { commands: win.renewDhcpArgv(), needsAdmin: true, what: 'every network adapter' };
  if (deps.os === 'darwin') {
    const out = await runOk(deps, darwin.routeGetDefaultArgv());
    const iface = out === null ? null : parseRouteGetInterface(out);
    if (!iface)
      return {
        commands: null,
        code: 'no-route',
        reason: 'This Mac has no default route, so there is no connection to renew.',
      };
    return { commands: [darwin.renewDhcpArgv(iface)], needsAdmin: true, what: iface };
  }
  const dev = await linuxDefaultDev(deps);
  if (!dev)
    return {
      commands: null,
      code: 'no-route',
      reason: 'No network interface carries the default route, so there is no lease to renew.',
    };
  if ((await runOk(deps, linux.nmcliRunningArgv()))?.trim() === 'running') {
    const active = await runOk(deps, linux.nmcliActiveArgv());
    const conn =
      active === null ? undefined : parseNmcliActiveConnections(active).find((c) => c.device === dev);
    if (conn)
      return {
        commands: [linux.nmcliUpArgv(conn.uuid)],
        needsAdmin: false,
        what: `${conn.name} (${dev}) through NetworkManager`,
      };
  }
  const procs = await deps.listProcesses();
  if (procs.some((p) => p.name === 'systemd-network') && (await deps.which('networkctl'))) {
    return {
      commands: [linux.networkctlRenewArgv(dev)],
      needsAdmin: true,
      what: `${dev} through systemd-networkd`,
    };
  }
  if (await deps.which('dhclient')) {
    return {
      commands: [linux.dhclientReleaseArgv(dev), linux.dhclientRenewArgv(dev)],
      needsAdmin: true,
      what: `${dev} through dhclient`,
    };
  }
  return {
    commands: null,
    code: 'no-method',
    reason: `No DHCP client we know (NetworkManager, systemd-networkd, dhclient) manages ${dev}.`,
  };
}

/** The browsers installed here, in preference order. */
export async function detectBrowsers(deps: FixDeps): Promise<InstalledBrowser[]> {
  const found = new Map<BrowserId, string>();
  for (const { id, candidates } of browserCandidates(deps.os, deps.env)) {
    for (const c of candidates) {
      const hit = deps.os === 'linux' ? await deps.which(c) : (await deps.fs.exists(c)) ? c : null;
      if (hit) {
        found.set(id, hit);
        break;
      }
    }
  }
  return installedBrowsers(deps.os, found);
}
