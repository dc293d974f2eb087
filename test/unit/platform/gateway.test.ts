import { describe, expect, it } from 'vitest';
import {
  GET_NETROUTE_SCRIPT,
  ipRouteArgv,
  netstatArgv,
  parseIpRouteJson,
  parseNetRouteJson,
  parseNetRouteTable,
  parseNetstatRn,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrint,
  powershellArgv,
  routeGetArgv,
  withZone,
} from '../../../electron/engine/platform/gateway';
import type { GatewayParse } from '../../../electron/engine/platform/gateway';
import { fixture } from './fixture';

const gw = (address: string, iface: string | null): GatewayParse => ({ address, interface: iface });

describe('gateway parsers against every routing fixture', () => {
  const cases: [string, (t: string) => GatewayParse, GatewayParse][] = [
    ['linux/ip-j-route-default-v4.txt', parseIpRouteJson, gw('10.0.0.1', 'ens3')],
    ['linux/ip-j-route-v6.txt', parseIpRouteJson, gw('2001:db8:1bb0:de5::1', 'ens3')], // default is the last route
    ['linux-captured/ip-j-route-show-default-netns.txt', parseIpRouteJson, gw('10.99.0.1', 'gdx-a')],
    ['linux-captured/ip-j-6-route-show-default-netns.txt', parseIpRouteJson, gw('fd00:99::1', 'gdx-a')],
    ['linux-captured/ip-j-route-netns.txt', parseIpRouteJson, gw('10.99.0.1', 'gdx-a')],
    ['linux-captured/ip-j-route-show-default-none.txt', parseIpRouteJson, null],
    ['linux-captured/proc-net-route-build-host.txt', parseProcNetRoute, gw('192.0.2.1', 'eth0')],
    // a capture holding "route get 1" (VPN split route) before "route get 0": the first answer counts
    ['macos/route-get-default-and-vpn.txt', parseRouteGet, gw('192.168.12.1', 'utun3')],
    ['macos/netstat-nr-with-refs-use.txt', parseNetstatRn, gw('192.168.1.1', 'en0')],
    ['macos/netstat-rn-modern.txt', parseNetstatRn, gw('192.168.88.1', 'en0')],
    ['macos/netstat-rnl.txt', parseNetstatRn, gw('192.168.1.254', 'en0')],
    ['macos/netstat-nr-inet-vpn-fragment.txt', parseNetstatRn, null], // default via link#25: no IP gateway
    ['windows/get-netroute-ipv4.txt', parseNetRouteTable, gw('192.168.1.1', '24')],
    ['windows/get-netroute-not-found-error.txt', parseNetRouteTable, null],
    ['windows/route-print-win10.txt', parseRoutePrint, gw('10.211.55.1', '10.211.55.3')],
    ['windows/route-print-win7.txt', parseRoutePrint, gw('192.168.22.1', '192.168.22.33')],
    ['windows/route-print-active-routes-fragment.txt', parseRoutePrint, gw('192.168.1.1', '192.168.1.104')],
  ];
  it.each(cases)('%s', (file, parse, expected) => {
    expect(parse(fixture(file))).toEqual(expected);
  });

  it('route get of the second block alone gives the real default (en0)', () => {
    const text = fixture('macos/route-get-default-and-vpn.txt');
    expect(parseRouteGet(text.slice(text.indexOf('route get 0')))).toEqual(gw('10.62.96.1', 'en0'));
  });
});

describe('ip -j route details', () => {
  it('prefers the lowest metric and reads multipath nexthops', () => {
    const j = JSON.stringify([
      { dst: 'default', gateway: '192.0.2.1', dev: 'wlan0', metric: 600 },
      { dst: 'default', gateway: '198.51.100.1', dev: 'eth0', metric: 100 },
    ]);
    expect(parseIpRouteJson(j)).toEqual(gw('198.51.100.1', 'eth0'));
    const mp = JSON.stringify([
      {
        dst: 'default',
        nexthops: [
          { gateway: '203.0.113.1', dev: 'eth1', weight: 1 },
          { gateway: '203.0.113.2', dev: 'eth2' },
        ],
      },
    ]);
    expect(parseIpRouteJson(mp)).toEqual(gw('203.0.113.1', 'eth1'));
  });
  it('a link-local IPv6 gateway carries its interface as zone so ping can use it', () => {
    const j =
      '[{"dst":"default","gateway":"fe80::1","dev":"wlp4s0","protocol":"ra","metric":600,"flags":[],"pref":"medium"}]';
    expect(parseIpRouteJson(j)).toEqual(gw('fe80::1%wlp4s0', 'wlp4s0'));
    expect(
      parseNetRouteJson(
        '{"DestinationPrefix":"::/0","NextHop":"fe80::1","InterfaceAlias":"Wi-Fi","ifIndex":24}',
      ),
    ).toEqual(gw('fe80::1%24', 'Wi-Fi'));
    expect(withZone('2001:db8::1', 'eth0')).toBe('2001:db8::1');
    expect(withZone('fe80::1%en0', 'en1')).toBe('fe80::1%en0');
    expect(withZone('fe80::1', 'bad zone')).toBe('fe80::1');
  });
  it('a default route without a gateway (point-to-point, VPN) is no gateway', () => {
    expect(parseIpRouteJson('[{"dst":"default","dev":"wg0","scope":"link"}]')).toBeNull();
  });
  it('not JSON → undefined (fall back to /proc/net/route)', () => {
    expect(parseIpRouteJson('Object "route" is unknown, try "ip help".')).toBeUndefined();
    expect(parseProcNetRoute('garbage')).toBeUndefined();
  });
});

// Shapes produced by `ConvertTo-Json -Compress` (one object for one result, an array otherwise); constructed,
// since no capture of this exact pipeline is available (see SAMPLES-README.md "Not found as real output").
describe('Get-NetRoute | ConvertTo-Json', () => {
  it('reads a single object', () => {
    const one =
      '{"DestinationPrefix":"0.0.0.0/0","NextHop":"192.168.1.1","InterfaceAlias":"Wi-Fi","ifIndex":24,"RouteMetric":0,"InterfaceMetric":50}';
    expect(parseNetRouteJson(one)).toEqual(gw('192.168.1.1', 'Wi-Fi'));
  });
  it('reads an array: IPv4 first, then the lowest route+interface metric', () => {
    const many = JSON.stringify([
      {
        DestinationPrefix: '::/0',
        NextHop: 'fe80::1',
        InterfaceAlias: 'Ethernet',
        ifIndex: 4,
        RouteMetric: 0,
        InterfaceMetric: 5,
      },
      {
        DestinationPrefix: '0.0.0.0/0',
        NextHop: '10.0.0.1',
        InterfaceAlias: 'Wi-Fi',
        ifIndex: 24,
        RouteMetric: 0,
        InterfaceMetric: 50,
      },
      {
        DestinationPrefix: '0.0.0.0/0',
        NextHop: '192.168.1.1',
        InterfaceAlias: 'Ethernet',
        ifIndex: 4,
        RouteMetric: 0,
        InterfaceMetric: 25,
      },
    ]);
    expect(parseNetRouteJson(many)).toEqual(gw('192.168.1.1', 'Ethernet'));
  });
  it('empty output means no default route; garbage is undefined', () => {
    expect(parseNetRouteJson('')).toBeNull();
    expect(parseNetRouteJson('[]')).toBeNull();
    expect(parseNetRouteJson('Get-NetRoute : Access denied')).toBeUndefined();
  });
});

describe('gateway argv builders', () => {
  it('are fixed argv arrays', () => {
    expect(ipRouteArgv(4)).toEqual(['-j', 'route', 'show', 'default']);
    expect(ipRouteArgv(6)).toEqual(['-j', '-6', 'route', 'show', 'default']);
    expect(routeGetArgv()).toEqual(['-n', 'get', 'default']);
    expect(netstatArgv()).toEqual(['-rn']);
    expect(powershellArgv(GET_NETROUTE_SCRIPT)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
      GET_NETROUTE_SCRIPT,
    ]);
    expect(GET_NETROUTE_SCRIPT).toContain("-DestinationPrefix '0.0.0.0/0','::/0'");
    expect(GET_NETROUTE_SCRIPT).toContain('ConvertTo-Json');
  });
});
