import { routeGetArgv } from '../platform/gateway';
import { isIpLiteralOrZoned } from '../platform/host';
import { FixInputError, isSafeArgValue } from './ip';

function safe(value: string, what: string): string {
  if (!isSafeArgValue(value)) throw new FixInputError(`unsafe ${what}: ${JSON.stringify(value)}`);
  return value;
}

/** All network services (a leading `*` marks a disabled one). */
export const listServicesArgv = (): string[] => ['networksetup', '-listallnetworkservices'];

/** The DNS servers set by hand on one service (empty list = from DHCP). */
export const getDnsServersArgv = (service: string): string[] => [
  'networksetup',
  '-getdnsservers',
  safe(service, 'network service'),
];

/**
 * Sets a service's DNS servers; an empty list writes the literal `Empty`, which tells macOS to
 * go back to the servers DHCP hands out.
 */
export function setDnsServersArgv(service: string, servers: readonly string[]): string[] {
  for (const s of servers) if (!isIpLiteralOrZoned(s)) throw new FixInputError(`"${s}" is not an IP address`);
  return [
    'networksetup',
    '-setdnsservers',
    safe(service, 'network service'),
    ...(servers.length > 0 ? servers : ['Empty']),
  ];
}

/** Flushing the cache takes both: the directory-service cache and a HUP to mDNSResponder. */
export const flushDnsArgv = (): string[][] => [
  ['dscacheutil', '-flushcache'],
  ['killall', '-HUP', 'mDNSResponder'],
];

/** The default route's interface. */
export const routeGetDefaultArgv = (): string[] => ['route', ...routeGetArgv()];

/** Asks the DHCP client for a new lease on one interface. */
export const renewDhcpArgv = (iface: string): string[] => [
  'ipconfig',
  'set',
  safe(iface, 'interface'),
  'DHCP',
];
