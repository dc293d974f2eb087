import { describe, expect, it } from 'vitest';
import {
  parseNetworksetupDnsServers,
  parseNetworksetupServices,
} from '../../../electron/engine/platform/dns-darwin';
import { parseRouteGetInterface } from '../../../electron/engine/platform/gateway';
import {
  parseDnsClientServerAddressTable as parseWindowsDnsTable,
  parseNetshDnsConfig,
} from '../../../electron/engine/platform/dns-windows';
// what the fixes read from their own query script (the platform parser, rows a fix can change)
import { readWindowsDnsRows as parseWindowsDnsJson } from '../../../electron/engine/fixes/dns-capture';
import { fixture, sessionOutputs } from './fixture';

describe('macOS networksetup', () => {
  it('lists services from a session fixture and marks none disabled', () => {
    const [list] = sessionOutputs(fixture('macos/networksetup-listall-and-getdnsservers.txt'));
    expect(list?.command).toBe('networksetup -listallnetworkservices');
    expect(parseNetworksetupServices(list?.output ?? '')).toEqual([
      { name: 'USB 10/100/1000 LAN', enabled: true },
      { name: 'Wi-Fi', enabled: true },
      { name: 'Thunderbolt Bridge', enabled: true },
    ]);
  });

  it('keeps names with spaces and parentheses (VPN fixture) and reads a leading * as disabled', () => {
    const names = parseNetworksetupServices(fixture('macos/networksetup-listallnetworkservices-vpn.txt')).map(
      (s) => s.name,
    );
    expect(names).toEqual([
      'Thunderbolt Ethernet',
      'Wi-Fi',
      'Thunderbolt Bridge',
      'VPN (PPTP)',
      'Witopia KC IPsec',
      'Bluetooth DUN',
      'Bluetooth PAN',
    ]);
    expect(
      parseNetworksetupServices(
        'An asterisk (*) denotes that a network service is disabled.\n*Wi-Fi\nEthernet\n',
      ),
    ).toEqual([
      { name: 'Wi-Fi', enabled: false },
      { name: 'Ethernet', enabled: true },
    ]);
  });

  it('reads -getdnsservers: empty (DHCP) with or without a trailing space, a list, and an error', () => {
    const outs = sessionOutputs(fixture('macos/networksetup-listall-and-getdnsservers.txt')).slice(1);
    expect(outs.map((o) => parseNetworksetupDnsServers(o.output))).toEqual([[], ['192.0.2.8', '192.0.2.4']]);
    expect(parseNetworksetupDnsServers(fixture('macos/networksetup-getdnsservers-none.txt'))).toEqual([]);
    expect(parseNetworksetupDnsServers(fixture('macos/networksetup-disabled-service-error.txt'))).toBeNull();
  });

  it('finds the default route interface in `route get` output (last block wins)', () => {
    expect(parseRouteGetInterface(fixture('macos/route-get-default-and-vpn.txt'))).toBe('en0');
    expect(parseRouteGetInterface('route: writing to routing socket: not in table\n')).toBeNull();
  });
});

describe('Windows DNS client', () => {
  it('parses the default table view (fixture), dropping the loopback pseudo-interface', () => {
    expect(parseWindowsDnsTable(fixture('windows/get-dnsclientserveraddress-all.txt'))).toEqual([
      {
        alias: 'Firezone',
        index: 27,
        family: 'IPv4',
        servers: ['100.100.111.4', '100.100.111.1', '100.100.111.3', '100.100.111.2'],
        static: null,
      },
      { alias: 'Firezone', index: 27, family: 'IPv6', servers: [], static: null },
      { alias: 'Ethernet', index: 4, family: 'IPv4', servers: ['10.255.252.2'], static: null },
      { alias: 'Ethernet', index: 4, family: 'IPv6', servers: [], static: null },
    ]);
    expect(parseWindowsDnsTable(fixture('windows/get-dnsclientserveraddress-single.txt'))).toEqual([
      { alias: 'Wi-Fi', index: 24, family: 'IPv4', servers: ['192.168.1.1'], static: null },
      { alias: 'Wi-Fi', index: 24, family: 'IPv6', servers: [], static: null },
    ]);
  });

  // Constructed from ConvertTo-Json's documented shape: numbers for the AddressFamily enum in
  // Windows PowerShell 5.1, one bare object when there is a single row.
  it("parses our query script's JSON: arrays and single objects, enum numbers or names, static flag", () => {
    const json = JSON.stringify([
      {
        InterfaceAlias: 'Wi-Fi',
        InterfaceIndex: 24,
        AddressFamily: 2,
        ServerAddresses: ['192.168.1.1'],
        StaticServers: null,
      },
      {
        InterfaceAlias: 'Wi-Fi',
        InterfaceIndex: 24,
        AddressFamily: 23,
        ServerAddresses: [],
        StaticServers: '',
      },
      {
        InterfaceAlias: 'Ethernet',
        InterfaceIndex: 4,
        AddressFamily: 'IPv4',
        ServerAddresses: ['192.0.2.8', '192.0.2.9'],
        StaticServers: '192.0.2.8,192.0.2.9',
      },
      {
        InterfaceAlias: 'Loopback Pseudo-Interface 1',
        InterfaceIndex: 1,
        AddressFamily: 2,
        ServerAddresses: [],
      },
    ]);
    expect(parseWindowsDnsJson(json)).toEqual([
      { alias: 'Wi-Fi', index: 24, family: 'IPv4', servers: ['192.168.1.1'], static: false },
      { alias: 'Wi-Fi', index: 24, family: 'IPv6', servers: [], static: false },
      { alias: 'Ethernet', index: 4, family: 'IPv4', servers: ['192.0.2.8', '192.0.2.9'], static: true },
    ]);
    expect(
      parseWindowsDnsJson(
        '{"InterfaceAlias":"Wi-Fi","InterfaceIndex":24,"AddressFamily":2,"ServerAddresses":["192.168.1.1"]}',
      ),
    ).toEqual([{ alias: 'Wi-Fi', index: 24, family: 'IPv4', servers: ['192.168.1.1'], static: null }]);
    expect(parseWindowsDnsJson('')).toEqual([]);
    expect(() => parseWindowsDnsJson('not json')).toThrow();
  });

  it('reads netsh show config: DHCP vs static DNS servers (fixtures, Cyrillic interface names)', () => {
    const dhcp = parseNetshDnsConfig(fixture('windows/netsh-ip-show-config-dhcp.txt'));
    expect(dhcp).toHaveLength(1);
    expect(dhcp[0]).toMatchObject({ static: false, servers: ['192.168.1.1'] });
    const mixed = parseNetshDnsConfig(fixture('windows/netsh-ip-show-config-static-and-dhcp-none.txt'));
    expect(mixed.map((m) => ({ static: m.static, servers: m.servers }))).toEqual([
      { static: true, servers: ['192.0.2.8'] },
      { static: false, servers: [] },
    ]);
  });
});
