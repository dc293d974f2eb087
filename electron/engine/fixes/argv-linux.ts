import { ipRouteArgv } from '../platform/gateway';
import { isIpLiteralOrZoned } from '../platform/host';
import { FixInputError, isSafeArgValue } from './ip';

// Pure argv builders for Linux. Every value that came from the machine or the user is
// checked here once more, so no builder can produce an option-looking or multi-line argument.

function safe(value: string, what: string): string {
  if (!isSafeArgValue(value)) throw new FixInputError(`unsafe ${what}: ${JSON.stringify(value)}`);
  return value;
}

function ips(servers: readonly string[]): string[] {
  for (const s of servers) if (!isIpLiteralOrZoned(s)) throw new FixInputError(`"${s}" is not an IP address`);
  return [...servers];
}

/** `ip -j route show default` — which interface carries the default route. */
export const ipRouteDefaultArgv = (): string[] => ['ip', ...ipRouteArgv(4)];

/** Is NetworkManager running? (`nmcli -t -f RUNNING general` prints "running"). */
export const nmcliRunningArgv = (): string[] => ['nmcli', '-t', '-f', 'RUNNING', 'general'];

/** The active connection profiles with their devices. */
export const nmcliActiveArgv = (): string[] => [
  'nmcli',
  '-t',
  '-f',
  'NAME,UUID,TYPE,DEVICE',
  'connection',
  'show',
  '--active',
];

/** DNS fields of one profile. */
export const nmcliConnectionDnsArgv = (uuid: string): string[] => [
  'nmcli',
  '-t',
  '-f',
  'ipv4.dns,ipv4.ignore-auto-dns,ipv6.dns,ipv6.ignore-auto-dns',
  'connection',
  'show',
  'uuid',
  safe(uuid, 'connection id'),
];

/**
 * Sets a profile's DNS servers. IPv4 and IPv6 servers go to their own family; a family with
 * no new server keeps its DHCP servers only when `ignoreAuto` says so (used by restore).
 */
export function nmcliSetDnsArgv(
  uuid: string,
  v4: { servers: readonly string[]; ignoreAuto: boolean },
  v6: { servers: readonly string[]; ignoreAuto: boolean },
): string[] {
  return [
    'nmcli',
    'connection',
    'modify',
    'uuid',
    safe(uuid, 'connection id'),
    'ipv4.dns',
    ips(v4.servers).join(','),
    'ipv4.ignore-auto-dns',
    v4.ignoreAuto ? 'yes' : 'no',
    'ipv6.dns',
    ips(v6.servers).join(','),
    'ipv6.ignore-auto-dns',
    v6.ignoreAuto ? 'yes' : 'no',
  ];
}

/** Re-activates a profile so its new settings (or a new DHCP lease) take effect. */
export const nmcliUpArgv = (uuid: string): string[] => [
  'nmcli',
  'connection',
  'up',
  'uuid',
  safe(uuid, 'connection id'),
];

/** systemd-resolved: per-link state, change and revert. */
export const resolvectlStatusArgv = (): string[] => ['resolvectl', 'status'];
export const resolvectlDnsShowArgv = (link: string): string[] => [
  'resolvectl',
  'dns',
  safe(link, 'interface'),
];
export const resolvectlDnsSetArgv = (link: string, servers: readonly string[]): string[] => [
  'resolvectl',
  'dns',
  safe(link, 'interface'),
  ...ips(servers),
];
export const resolvectlRevertArgv = (link: string): string[] => [
  'resolvectl',
  'revert',
  safe(link, 'interface'),
];

/** Cache flushes, one per cache that can run on Linux. */
export const resolvectlFlushArgv = (): string[] => ['resolvectl', 'flush-caches'];
export const nscdFlushArgv = (): string[] => ['nscd', '--invalidate=hosts'];
/** dnsmasq empties its cache on SIGHUP; the pid comes from /proc, never from a name match. */
export const dnsmasqFlushArgv = (pid: number): string[] => {
  if (!Number.isInteger(pid) || pid <= 1) throw new FixInputError(`bad pid ${pid}`);
  return ['kill', '-HUP', String(pid)];
};

/** DHCP renew per client. */
export const networkctlRenewArgv = (dev: string): string[] => ['networkctl', 'renew', safe(dev, 'interface')];
export const dhclientReleaseArgv = (dev: string): string[] => ['dhclient', '-r', safe(dev, 'interface')];
export const dhclientRenewArgv = (dev: string): string[] => ['dhclient', safe(dev, 'interface')];

/**
 * The script the elevated write runs as root. Its values arrive as positional parameters
 * ($1 sha-256, $2 prepared file, $3 target) and are never spliced into the text. The prepared
 * file lies in the user's state folder, so root copies it into a fresh root-owned temp file
 * next to the target (mktemp) and renames that over the target only when its sha-256 is the
 * one computed before the prompt: a file swapped in meanwhile is never written.
 */
export const ELEVATED_WRITE_SCRIPT = [
  'set -u',
  '[ -f "$2" ] && [ ! -L "$2" ] || { echo "gateway-doctor: the prepared file is missing; nothing was changed" >&2; exit 1; }',
  't=$(mktemp -- "$3.gd-XXXXXX") || exit 1',
  'if cat -- "$2" > "$t" && [ "$(sha256sum < "$t" | cut -d " " -f 1)" = "$1" ]; then :; else rm -f -- "$t"; echo "gateway-doctor: the prepared file changed before it was written; nothing was changed" >&2; exit 1; fi',
  'if [ -e "$3" ]; then chmod --reference="$3" -- "$t" && chown --reference="$3" -- "$t"; else chmod 644 -- "$t"; fi || { rm -f -- "$t"; exit 1; }',
  'mv -f -- "$t" "$3" || { rm -f -- "$t"; exit 1; }',
].join('\n');

/**
 * The command that replaces a root-owned file when the app has to go through the OS prompt:
 * ELEVATED_WRITE_SCRIPT with the expected sha-256 of the bytes, the prepared file and the target.
 */
export function elevatedWriteArgv(tempSource: string, target: string, sha256: string): string[][] {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new FixInputError('bad sha-256');
  if (!target.startsWith('/')) throw new FixInputError(`unsafe path: ${JSON.stringify(target)}`);
  return [
    [
      '/bin/sh',
      '-c',
      ELEVATED_WRITE_SCRIPT,
      'gateway-doctor-write',
      sha256,
      safe(tempSource, 'path'),
      safe(target, 'path'),
    ],
  ];
}
