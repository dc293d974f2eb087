import * as linux from './argv-linux';
import * as darwin from './argv-darwin';
import * as win from './argv-windows';
import { ipVersion } from '../platform/host';
import { rewriteResolvConf } from './resolv-conf-write';
import type { DnsState, FixStep } from './types';

// Pure: what to do to set new DNS servers, and what to do to put a snapshot back, for each
// way DNS can be managed. Tested per OS against parsed fixtures.

const CMD_TIMEOUT_MS = 20_000;

function cmd(argv: string[], admin: boolean): FixStep {
  return { kind: 'command', argv, admin, timeoutMs: CMD_TIMEOUT_MS };
}

function split(servers: readonly string[]): { v4: string[]; v6: string[] } {
  return { v4: servers.filter((s) => ipVersion(s) === 4), v6: servers.filter((s) => ipVersion(s) === 6) };
}

/** The steps that switch every managed unit (file, profile, link, service, interface) to `servers`. */
export function applySteps(
  state: DnsState,
  servers: readonly string[],
  o: { fileNeedsAdmin: boolean },
): FixStep[] {
  switch (state.manager) {
    case 'resolv-conf': {
      const original = Buffer.from(state.contentB64, 'base64').toString('utf8');
      const next = rewriteResolvConf(original, servers);
      return [
        {
          kind: 'write-file',
          path: state.path,
          contentB64: Buffer.from(next, 'utf8').toString('base64'),
          admin: o.fileNeedsAdmin,
        },
      ];
    }
    case 'networkmanager': {
      const { v4, v6 } = split(servers);
      // ignore-auto-dns on both families: otherwise DHCP/RA servers stay in the list next to the new ones
      return state.connections.flatMap((c) => [
        cmd(
          linux.nmcliSetDnsArgv(c.uuid, { servers: v4, ignoreAuto: true }, { servers: v6, ignoreAuto: true }),
          false,
        ),
        cmd(linux.nmcliUpArgv(c.uuid), false),
      ]);
    }
    case 'systemd-resolved':
      return state.links.map((l) => cmd(linux.resolvectlDnsSetArgv(l.link, servers), true));
    case 'networksetup':
      return state.services.map((s) => cmd(darwin.setDnsServersArgv(s.service, servers), true));
    case 'windows': {
      const indexes = [...new Set(state.interfaces.map((i) => i.index))];
      return indexes.map((i) => cmd(win.setDnsArgv(i, servers), true));
    }
  }
}

/** The steps that put the captured state back exactly. */
export function restoreSteps(state: DnsState, o: { fileNeedsAdmin: boolean }): FixStep[] {
  switch (state.manager) {
    case 'resolv-conf':
      return [
        { kind: 'write-file', path: state.path, contentB64: state.contentB64, admin: o.fileNeedsAdmin },
      ];
    case 'networkmanager':
      return state.connections.flatMap((c) => [
        cmd(
          linux.nmcliSetDnsArgv(
            c.uuid,
            { servers: c.ipv4Dns, ignoreAuto: c.ipv4IgnoreAutoDns },
            { servers: c.ipv6Dns, ignoreAuto: c.ipv6IgnoreAutoDns },
          ),
          false,
        ),
        cmd(linux.nmcliUpArgv(c.uuid), false),
      ]);
    case 'systemd-resolved':
      // Setting the old list back keeps servers that networkd/DHCP pushed; `revert` only when
      // the link had none (it would otherwise leave a networkd link without DNS until renewal).
      return state.links.map((l) =>
        cmd(
          l.servers.length > 0
            ? linux.resolvectlDnsSetArgv(l.link, l.servers)
            : linux.resolvectlRevertArgv(l.link),
          true,
        ),
      );
    case 'networksetup':
      return state.services.map((s) => cmd(darwin.setDnsServersArgv(s.service, s.servers), true));
    case 'windows': {
      const byIndex = new Map<number, { static: boolean; servers: string[] }>();
      for (const i of state.interfaces) {
        const cur = byIndex.get(i.index) ?? { static: false, servers: [] };
        if (i.static) {
          cur.static = true;
          cur.servers.push(...i.servers);
        }
        byIndex.set(i.index, cur);
      }
      return [...byIndex.entries()].map(([index, v]) =>
        cmd(
          v.static && v.servers.length > 0 ? win.setDnsArgv(index, v.servers) : win.resetDnsArgv(index),
          true,
        ),
      );
    }
  }
}

/** The servers each managed unit uses now, as the state says (for "did the change take?"). */
export function unitServers(state: DnsState): { unit: string; servers: string[]; family?: 4 | 6 }[] {
  switch (state.manager) {
    case 'resolv-conf':
      return [{ unit: state.path, servers: state.servers }];
    case 'networkmanager':
      return state.connections.map((c) => ({ unit: c.name, servers: [...c.ipv4Dns, ...c.ipv6Dns] }));
    case 'systemd-resolved':
      return state.links.map((l) => ({ unit: l.link, servers: l.servers }));
    case 'networksetup':
      return state.services.map((s) => ({ unit: s.service, servers: s.servers }));
    case 'windows':
      // Windows keeps one list per family; a change of IPv4 servers leaves the IPv6 list alone
      return state.interfaces.map((i) => ({
        unit: `${i.alias} (${i.family})`,
        servers: i.servers,
        family: i.family === 'IPv4' ? 4 : 6,
      }));
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const norm = (l: readonly string[]): string =>
    [...new Set(l.map((s) => s.toLowerCase().split('%')[0]))].sort().join(',');
  return norm(a) === norm(b);
}

/** True when every unit in `after` uses exactly `servers` (order aside). */
export function switchTookEffect(after: DnsState, servers: readonly string[]): boolean {
  const units = unitServers(after);
  const checked = units.filter(
    (u) => u.family === undefined || servers.some((s) => ipVersion(s) === u.family),
  );
  return (
    checked.length > 0 &&
    checked.every((u) =>
      sameSet(u.servers, u.family === undefined ? servers : servers.filter((s) => ipVersion(s) === u.family)),
    )
  );
}

/** True when `after` matches the snapshot `before` (resolv.conf: byte for byte). */
export function restoreTookEffect(after: DnsState, before: DnsState): boolean {
  if (before.manager === 'resolv-conf' && after.manager === 'resolv-conf')
    return before.contentB64 === after.contentB64;
  const a = unitServers(after);
  const b = unitServers(before);
  return b.every((u) => {
    const match = a.find((x) => x.unit === u.unit);
    return match !== undefined && sameSet(match.servers, u.servers);
  });
}

/** One line per unit for previews and messages: "Wi-Fi: 192.168.1.1 → 1.1.1.1, 1.0.0.1". */
export function describeChange(state: DnsState, servers: readonly string[]): string[] {
  return unitServers(state)
    .filter((u) => u.family === undefined || servers.some((s) => ipVersion(s) === u.family))
    .map(
      (u) =>
        `${u.unit}: ${u.servers.length > 0 ? u.servers.join(', ') : 'automatic (from the router)'} → ${servers.join(', ')}`,
    );
}
