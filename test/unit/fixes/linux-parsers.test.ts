import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseNmcliActiveConnections,
  parseNmcliConnectionDns,
  parseNmcliDeviceShow,
  parseResolvConf,
  parseResolvectlDns,
  parseResolvectlStatus,
  splitNmcliTerse,
} from '../../../electron/engine/platform/dns-linux';
import { parseIpRouteDefaultDev } from '../../../electron/engine/platform/gateway';
import { rewriteResolvConf, RESOLV_CONF_MARK } from '../../../electron/engine/fixes/resolv-conf-write';
import { fixture } from './fixture';

describe('resolv.conf', () => {
  const conf =
    '# from DHCP\nnameserver 192.168.1.1\nnameserver fe80::1%eth0\n; old\nsearch lan home.arpa\noptions edns0 trust-ad\nnameserver not-an-ip\n';

  it('parses nameservers, search and options (comments and junk ignored)', () => {
    expect(parseResolvConf(conf)).toEqual({
      nameservers: ['192.168.1.1', 'fe80::1%eth0'],
      search: ['lan', 'home.arpa'],
      options: ['edns0', 'trust-ad'],
    });
  });

  it('rewrites only the nameserver lines, in place of the first one, keeping every other line', () => {
    const out = rewriteResolvConf(conf, ['192.0.2.53', '2001:db8::53']);
    expect(out).toBe(
      `# from DHCP\n${RESOLV_CONF_MARK}\nnameserver 192.0.2.53\nnameserver 2001:db8::53\n; old\nsearch lan home.arpa\noptions edns0 trust-ad\n`,
    );
    expect(parseResolvConf(out).nameservers).toEqual(['192.0.2.53', '2001:db8::53']);
  });

  it('appends when there was no nameserver, keeps CRLF, and does not stack marks on a second switch', () => {
    expect(rewriteResolvConf('search x', ['192.0.2.1'])).toBe(
      `search x\n${RESOLV_CONF_MARK}\nnameserver 192.0.2.1\n`,
    );
    expect(rewriteResolvConf('', ['192.0.2.1'])).toBe(`${RESOLV_CONF_MARK}\nnameserver 192.0.2.1\n`);
    expect(rewriteResolvConf('nameserver 10.0.0.1\r\nsearch a\r\n', ['192.0.2.1'])).toBe(
      `${RESOLV_CONF_MARK}\r\nnameserver 192.0.2.1\r\nsearch a\r\n`,
    );
    const twice = rewriteResolvConf(rewriteResolvConf(conf, ['192.0.2.1']), ['192.0.2.2']);
    expect(twice.split(RESOLV_CONF_MARK).length).toBe(2);
    expect(parseResolvConf(twice).nameservers).toEqual(['192.0.2.2']);
  });

  it('property: any non-nameserver line survives a rewrite, and the servers are exactly the new ones', () => {
    const line = fc
      .stringMatching(/^[a-z#; ][a-z0-9 .:#;-]{0,30}$/)
      .filter((l) => !/^\s*nameserver\s/.test(l) && l !== RESOLV_CONF_MARK);
    const ip = fc.ipV4();
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.array(ip, { maxLength: 3 }),
        fc.array(ip, { minLength: 1, maxLength: 4 }),
        (others, old, fresh) => {
          const text = [...old.map((s) => `nameserver ${s}`), ...others].join('\n') + '\n';
          const out = rewriteResolvConf(text, fresh);
          expect(parseResolvConf(out).nameservers).toEqual(fresh);
          const kept = out
            .split('\n')
            .filter((l) => !l.startsWith('nameserver ') && l !== RESOLV_CONF_MARK && l !== '');
          expect(kept).toEqual(others.filter((l) => l !== ''));
        },
      ),
    );
  });
});

describe('nmcli', () => {
  it('parses `nmcli dev show ens33` (CentOS 7.7 fixture)', () => {
    expect(parseNmcliDeviceShow(fixture('linux/nmcli-dev-show-ens33.txt'))).toEqual({
      device: 'ens33',
      connection: 'ens33',
      gateway4: '192.168.71.2',
      dns4: ['192.168.71.2'],
      dns6: [],
    });
  });

  it('parses `nmcli -f IP4 device show enp1s0` with a prompt line around it', () => {
    const d = parseNmcliDeviceShow(fixture('linux/nmcli-device-show-ip4.txt'));
    expect(d.dns4).toEqual(['192.168.105.1']);
    expect(d.gateway4).toBe('192.168.0.2');
    expect(d.device).toBeNull();
  });

  // Constructed from nmcli(1) terse mode: ':' separates fields, '\:' escapes a colon in a value.
  it('splits terse lines with escaped colons and lists active connections (loopback skipped)', () => {
    expect(splitNmcliTerse('Wired\\: office:abc:802-3-ethernet:eth0')).toEqual([
      'Wired: office',
      'abc',
      '802-3-ethernet',
      'eth0',
    ]);
    const text =
      'lo:11111111-1111-1111-1111-111111111111:loopback:lo\nHome Wi-Fi:22222222-2222-2222-2222-222222222222:802-11-wireless:wlp3s0\nVPN:333:vpn:\n';
    expect(parseNmcliActiveConnections(text)).toEqual([
      {
        name: 'Home Wi-Fi',
        uuid: '22222222-2222-2222-2222-222222222222',
        type: '802-11-wireless',
        device: 'wlp3s0',
      },
    ]);
  });

  it("parses a profile's DNS fields (terse; IPv6 colons escaped)", () => {
    const text =
      'ipv4.dns:192.0.2.1,192.0.2.2\nipv4.ignore-auto-dns:yes\nipv6.dns:2001\\:db8\\:\\:1\nipv6.ignore-auto-dns:no\n';
    expect(parseNmcliConnectionDns(text)).toEqual({
      ipv4Dns: ['192.0.2.1', '192.0.2.2'],
      ipv4IgnoreAutoDns: true,
      ipv6Dns: ['2001:db8::1'],
      ipv6IgnoreAutoDns: false,
    });
    expect(
      parseNmcliConnectionDns('ipv4.dns:\nipv4.ignore-auto-dns:no\nipv6.dns:\nipv6.ignore-auto-dns:no\n'),
    ).toEqual({
      ipv4Dns: [],
      ipv4IgnoreAutoDns: false,
      ipv6Dns: [],
      ipv6IgnoreAutoDns: false,
    });
  });
});

describe('systemd-resolved', () => {
  it('parses `resolvectl dns enp7s0` with its prompt line', () => {
    expect(parseResolvectlDns(fixture('linux/resolvectl-dns-link.txt'))).toEqual([
      { link: 'enp7s0', servers: ['10.3.0.254'] },
    ]);
    expect(
      parseResolvectlDns('Global: 192.0.2.1#dns.example\nLink 3 (wlan0): fe80::1%3 192.0.2.9\n'),
    ).toEqual([
      { link: 'Global', servers: ['192.0.2.1'] },
      { link: 'wlan0', servers: ['fe80::1', '192.0.2.9'] },
    ]);
  });

  it('parses `resolvectl status` (right-aligned labels, trailing spaces)', () => {
    const s = parseResolvectlStatus(fixture('linux/resolvectl-status.txt'));
    expect(s.mode).toBe('stub');
    const wifi = s.links.find((l) => l.name === 'wlp4s0');
    expect(wifi).toMatchObject({
      index: 5,
      defaultRoute: true,
      currentServer: '192.168.1.1',
      servers: ['192.168.1.1', 'fdb8:7b34:b3d9::1'],
    });
    expect(s.links.filter((l) => l.defaultRoute).map((l) => l.name)).toEqual(['wlp4s0']);
    expect(s.links.map((l) => l.name)).toEqual(['enp0s31f6', 'wwan0', 'wlp4s0', 'virbr0', 'docker0']);
  });

  it('parses a Fedora 40 fragment with an IPv6 link-local current server', () => {
    const s = parseResolvectlStatus(fixture('linux/resolvectl-status-ipv6-linklocal-fragment.txt'));
    expect(s.links).toEqual([
      expect.objectContaining({
        name: 'enp34s0',
        defaultRoute: true,
        currentServer: 'fe80::861e:a3ff:feb1:f8e7',
        servers: [],
      }),
    ]);
  });

  it('reads the old `systemd-resolve --status` format without inventing links or servers', () => {
    const s = parseResolvectlStatus(fixture('linux/systemd-resolve-status-old.txt'));
    expect(s.links.every((l) => l.servers.every((x) => /^[0-9a-f.:]+$/i.test(x)))).toBe(true);
  });
});

describe('ip -j route', () => {
  it('finds the default route interface', () => {
    expect(parseIpRouteDefaultDev(fixture('linux/ip-j-route-default-v4.txt'))).toBe('ens3');
    expect(parseIpRouteDefaultDev('[]')).toBeNull();
    expect(parseIpRouteDefaultDev('garbage')).toBeNull();
  });
});
