import { describe, expect, it } from 'vitest';
import * as linux from '../../../electron/engine/fixes/argv-linux';
import * as darwin from '../../../electron/engine/fixes/argv-darwin';
import * as win from '../../../electron/engine/fixes/argv-windows';
import {
  applySteps,
  describeChange,
  restoreSteps,
  restoreTookEffect,
  switchTookEffect,
} from '../../../electron/engine/fixes/dns-steps';
import { dnsServerProblem, FixInputError, parseServerList } from '../../../electron/engine/fixes/ip';
import { validateFixRequest } from '../../../electron/engine/fixes/service';
import {
  parseNetworksetupDnsServers,
  parseNetworksetupServices,
} from '../../../electron/engine/platform/dns-darwin';
import { parseResolvectlDns } from '../../../electron/engine/platform/dns-linux';
import { parseDnsClientServerAddressTable } from '../../../electron/engine/platform/dns-windows';
import type { WindowsDnsRow } from '../../../electron/engine/fixes/dns-capture';
import type { DnsState, FixStep } from '../../../electron/engine/fixes/types';
import { fixture, sessionOutputs } from './fixture';

const argvs = (steps: FixStep[]): string[][] =>
  steps.map((s) => (s.kind === 'write-file' ? ['write', s.path] : s.argv));

describe('server list validation', () => {
  it('accepts IPv4/IPv6 literals, drops duplicates, refuses anything else', () => {
    expect(parseServerList('1.1.1.1, 1.0.0.1,1.1.1.1')).toEqual(['1.1.1.1', '1.0.0.1']);
    expect(parseServerList('2606:4700:4700::1111')).toEqual(['2606:4700:4700::1111']);
    for (const bad of [
      'dns.google',
      '1.1.1.1;rm -rf /',
      '-x',
      '999.1.1.1',
      '1.1.1.1 8.8.8.8',
      '',
      ',',
      '1.2.3.4,5.6.7.8,9.9.9.9,8.8.8.8,1.1.1.1',
    ]) {
      expect(() => parseServerList(bad), bad).toThrow(FixInputError);
    }
  });
});

describe('which addresses can be a DNS server', () => {
  it.each([
    ['0.0.0.0', /means "no address"/],
    ['0.1.2.3', /means "no address"/],
    ['::', /means "no address"/],
    ['255.255.255.255', /broadcast address/],
    ['127.0.0.1', /this computer itself \(loopback\)/],
    ['127.0.0.53', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['224.0.0.251', /multicast/],
    ['ff02::fb', /multicast/],
    ['fe80::1%eth0', /names a network interface after the "%"/],
  ])('%s is refused with a clear sentence, by the CLI parser and by the request check', (ip, why) => {
    expect(() => parseServerList(`1.1.1.1,${ip}`)).toThrow(why);
    expect(dnsServerProblem(ip)).toMatch(why);
    if (!ip.includes('%')) expect(() => validateFixRequest('switch-dns', { servers: [ip] })).toThrow(why);
  });

  it('real servers pass, including link-local and private ones without a zone', () => {
    for (const ip of [
      '1.1.1.1',
      '192.168.1.1',
      '10.0.0.53',
      '2606:4700:4700::1111',
      'fe80::1',
      '223.255.255.255',
      '240.0.0.1',
    ]) {
      expect(dnsServerProblem(ip), ip).toBeNull();
    }
    expect(validateFixRequest('switch-dns', { servers: ['9.9.9.9'] }).params.servers).toEqual(['9.9.9.9']);
  });
});

describe('Linux argv', () => {
  it('builds nmcli, resolvectl, DHCP and flush commands as argv arrays', () => {
    expect(
      linux.nmcliSetDnsArgv(
        'u-1',
        { servers: ['192.0.2.1'], ignoreAuto: true },
        { servers: [], ignoreAuto: true },
      ),
    ).toEqual([
      'nmcli',
      'connection',
      'modify',
      'uuid',
      'u-1',
      'ipv4.dns',
      '192.0.2.1',
      'ipv4.ignore-auto-dns',
      'yes',
      'ipv6.dns',
      '',
      'ipv6.ignore-auto-dns',
      'yes',
    ]);
    expect(linux.nmcliUpArgv('u-1')).toEqual(['nmcli', 'connection', 'up', 'uuid', 'u-1']);
    expect(linux.resolvectlDnsSetArgv('wlp4s0', ['192.0.2.1', '2001:db8::1'])).toEqual([
      'resolvectl',
      'dns',
      'wlp4s0',
      '192.0.2.1',
      '2001:db8::1',
    ]);
    expect(linux.resolvectlRevertArgv('wlp4s0')).toEqual(['resolvectl', 'revert', 'wlp4s0']);
    expect(linux.resolvectlFlushArgv()).toEqual(['resolvectl', 'flush-caches']);
    expect(linux.dnsmasqFlushArgv(4242)).toEqual(['kill', '-HUP', '4242']);
    expect(linux.dhclientReleaseArgv('eth0')).toEqual(['dhclient', '-r', 'eth0']);
    expect(linux.networkctlRenewArgv('eth0')).toEqual(['networkctl', 'renew', 'eth0']);
    const sha = 'a'.repeat(64);
    expect(linux.elevatedWriteArgv('/state/w.tmp', '/etc/resolv.conf', sha)).toEqual([
      [
        '/bin/sh',
        '-c',
        linux.ELEVATED_WRITE_SCRIPT,
        'gateway-doctor-write',
        sha,
        '/state/w.tmp',
        '/etc/resolv.conf',
      ],
    ]);
    expect(() => linux.elevatedWriteArgv('/state/w.tmp', '/etc/resolv.conf', 'x')).toThrow(FixInputError);
    expect(() => linux.elevatedWriteArgv('/state/w.tmp', 'etc/resolv.conf', sha)).toThrow(FixInputError);
  });

  it('refuses option-looking or multi-line machine values and non-IP servers', () => {
    expect(() => linux.resolvectlDnsSetArgv('--help', ['192.0.2.1'])).toThrow(FixInputError);
    expect(() => linux.nmcliUpArgv('a\nb')).toThrow(FixInputError);
    expect(() => linux.resolvectlDnsSetArgv('eth0', ['example.com'])).toThrow(FixInputError);
    expect(() => linux.dnsmasqFlushArgv(1)).toThrow(FixInputError);
  });
});

describe('macOS argv', () => {
  it('sets, empties and flushes', () => {
    expect(darwin.setDnsServersArgv('USB 10/100/1000 LAN', ['1.1.1.1', '1.0.0.1'])).toEqual([
      'networksetup',
      '-setdnsservers',
      'USB 10/100/1000 LAN',
      '1.1.1.1',
      '1.0.0.1',
    ]);
    expect(darwin.setDnsServersArgv('Wi-Fi', [])).toEqual([
      'networksetup',
      '-setdnsservers',
      'Wi-Fi',
      'Empty',
    ]);
    expect(darwin.flushDnsArgv()).toEqual([
      ['dscacheutil', '-flushcache'],
      ['killall', '-HUP', 'mDNSResponder'],
    ]);
    expect(darwin.renewDhcpArgv('en0')).toEqual(['ipconfig', 'set', 'en0', 'DHCP']);
    expect(() => darwin.setDnsServersArgv('Wi-Fi', ['Empty'])).toThrow(FixInputError);
  });
});

describe('Windows argv', () => {
  it('builds PowerShell from integers and IP literals only', () => {
    const set = win.setDnsArgv(24, ['1.1.1.1', '2606:4700:4700::1111']);
    expect(set.slice(0, 6)).toEqual([
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
    ]);
    expect(set[6]).toBe(
      "Set-DnsClientServerAddress -InterfaceIndex 24 -ServerAddresses ('1.1.1.1','2606:4700:4700::1111')",
    );
    expect(win.resetDnsArgv(24)[6]).toBe(
      'Set-DnsClientServerAddress -InterfaceIndex 24 -ResetServerAddresses',
    );
    expect(win.flushDnsArgv()).toEqual(['ipconfig', '/flushdns']);
    expect(win.renewDhcpArgv()).toEqual([
      ['ipconfig', '/release'],
      ['ipconfig', '/renew'],
    ]);
    expect(() => win.setDnsArgv(0, ['1.1.1.1'])).toThrow(FixInputError);
    expect(() => win.setDnsArgv(3, ["1.1.1.1'); Remove-Item C:\\ -Recurse; ('"])).toThrow(FixInputError);
  });

  it('encodes the script as UTF-16LE base64 for the elevated launch', () => {
    const enc = win.encodePowerShell(win.resetDnsArgv(7));
    expect(enc[enc.length - 2]).toBe('-EncodedCommand');
    expect(enc[enc.length - 1]).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(enc[enc.length - 1] ?? '', 'base64').toString('utf16le')).toBe(
      'Set-DnsClientServerAddress -InterfaceIndex 7 -ResetServerAddresses',
    );
    expect(win.encodePowerShell(['ipconfig', '/flushdns'])).toEqual(['ipconfig', '/flushdns']);
  });
});

describe('DNS switch and restore plans, per manager', () => {
  it('resolv.conf: writes the rewritten bytes, restores the original bytes', () => {
    const original = '# mine\nnameserver 192.168.1.1\nsearch lan\n';
    const state: DnsState = {
      manager: 'resolv-conf',
      path: '/etc/resolv.conf',
      contentB64: Buffer.from(original).toString('base64'),
      servers: ['192.168.1.1'],
    };
    const [apply] = applySteps(state, ['192.0.2.53'], { fileNeedsAdmin: false });
    expect(apply?.kind).toBe('write-file');
    if (apply?.kind === 'write-file')
      expect(Buffer.from(apply.contentB64, 'base64').toString()).toContain(
        'nameserver 192.0.2.53\nsearch lan\n',
      );
    const [restore] = restoreSteps(state, { fileNeedsAdmin: true });
    expect(restore).toEqual({
      kind: 'write-file',
      path: '/etc/resolv.conf',
      contentB64: state.contentB64,
      admin: true,
    });
    expect(describeChange(state, ['192.0.2.53'])).toEqual(['/etc/resolv.conf: 192.168.1.1 → 192.0.2.53']);
  });

  it('NetworkManager: modify + up per profile; restore puts DHCP behaviour back', () => {
    const state: DnsState = {
      manager: 'networkmanager',
      connections: [
        {
          uuid: 'u-1',
          name: 'Home',
          device: 'wlp3s0',
          ipv4Dns: [],
          ipv4IgnoreAutoDns: false,
          ipv6Dns: [],
          ipv6IgnoreAutoDns: false,
        },
      ],
    };
    expect(argvs(applySteps(state, ['1.1.1.1', '2606:4700:4700::1111'], { fileNeedsAdmin: false }))).toEqual([
      [
        'nmcli',
        'connection',
        'modify',
        'uuid',
        'u-1',
        'ipv4.dns',
        '1.1.1.1',
        'ipv4.ignore-auto-dns',
        'yes',
        'ipv6.dns',
        '2606:4700:4700::1111',
        'ipv6.ignore-auto-dns',
        'yes',
      ],
      ['nmcli', 'connection', 'up', 'uuid', 'u-1'],
    ]);
    expect(argvs(restoreSteps(state, { fileNeedsAdmin: false }))).toEqual([
      [
        'nmcli',
        'connection',
        'modify',
        'uuid',
        'u-1',
        'ipv4.dns',
        '',
        'ipv4.ignore-auto-dns',
        'no',
        'ipv6.dns',
        '',
        'ipv6.ignore-auto-dns',
        'no',
      ],
      ['nmcli', 'connection', 'up', 'uuid', 'u-1'],
    ]);
  });

  it('systemd-resolved: state from the `resolvectl dns` fixture; restore sets the old list back', () => {
    const parsed = parseResolvectlDns(fixture('linux/resolvectl-dns-link.txt'))[0];
    const state: DnsState = {
      manager: 'systemd-resolved',
      links: [{ link: parsed?.link ?? '', servers: parsed?.servers ?? [] }],
    };
    expect(argvs(applySteps(state, ['1.1.1.1'], { fileNeedsAdmin: false }))).toEqual([
      ['resolvectl', 'dns', 'enp7s0', '1.1.1.1'],
    ]);
    expect(argvs(restoreSteps(state, { fileNeedsAdmin: false }))).toEqual([
      ['resolvectl', 'dns', 'enp7s0', '10.3.0.254'],
    ]);
    expect(
      argvs(
        restoreSteps(
          { manager: 'systemd-resolved', links: [{ link: 'eth0', servers: [] }] },
          { fileNeedsAdmin: false },
        ),
      ),
    ).toEqual([['resolvectl', 'revert', 'eth0']]);
  });

  it('macOS: every enabled service from the fixtures; restore writes Empty for DHCP services', () => {
    const outs = sessionOutputs(fixture('macos/networksetup-listall-and-getdnsservers.txt'));
    const services = parseNetworksetupServices(outs[0]?.output ?? '').map((s, i) => ({
      service: s.name,
      servers: i === 1 ? (parseNetworksetupDnsServers(outs[2]?.output ?? '') ?? []) : [],
    }));
    const state: DnsState = { manager: 'networksetup', services };
    expect(argvs(applySteps(state, ['1.1.1.1'], { fileNeedsAdmin: false }))).toEqual([
      ['networksetup', '-setdnsservers', 'USB 10/100/1000 LAN', '1.1.1.1'],
      ['networksetup', '-setdnsservers', 'Wi-Fi', '1.1.1.1'],
      ['networksetup', '-setdnsservers', 'Thunderbolt Bridge', '1.1.1.1'],
    ]);
    expect(argvs(restoreSteps(state, { fileNeedsAdmin: false }))).toEqual([
      ['networksetup', '-setdnsservers', 'USB 10/100/1000 LAN', 'Empty'],
      ['networksetup', '-setdnsservers', 'Wi-Fi', '192.0.2.8', '192.0.2.4'],
      ['networksetup', '-setdnsservers', 'Thunderbolt Bridge', 'Empty'],
    ]);
  });

  it('Windows: one Set per interface; restore resets DHCP interfaces and re-sets static ones', () => {
    const rows = parseDnsClientServerAddressTable(
      fixture('windows/get-dnsclientserveraddress-all.txt'),
    ).filter((r): r is WindowsDnsRow => r.index !== null && r.family !== null);
    const state: DnsState = {
      manager: 'windows',
      interfaces: rows.map((r) => ({
        index: r.index,
        alias: r.alias,
        family: r.family,
        servers: r.servers,
        static: r.alias === 'Firezone',
      })),
    };
    const apply = argvs(applySteps(state, ['1.1.1.1'], { fileNeedsAdmin: false }));
    expect(apply.map((a) => a[6])).toEqual([
      "Set-DnsClientServerAddress -InterfaceIndex 27 -ServerAddresses ('1.1.1.1')",
      "Set-DnsClientServerAddress -InterfaceIndex 4 -ServerAddresses ('1.1.1.1')",
    ]);
    expect(argvs(restoreSteps(state, { fileNeedsAdmin: false })).map((a) => a[6])).toEqual([
      "Set-DnsClientServerAddress -InterfaceIndex 27 -ServerAddresses ('100.100.111.4','100.100.111.1','100.100.111.3','100.100.111.2')",
      'Set-DnsClientServerAddress -InterfaceIndex 4 -ResetServerAddresses',
    ]);
    // an IPv4-only change is checked on the IPv4 lists only
    const after: DnsState = {
      ...state,
      interfaces: state.interfaces.map((i) => (i.family === 'IPv4' ? { ...i, servers: ['1.1.1.1'] } : i)),
    };
    expect(switchTookEffect(after, ['1.1.1.1'])).toBe(true);
    expect(switchTookEffect(state, ['1.1.1.1'])).toBe(false);
    expect(restoreTookEffect(state, state)).toBe(true);
    expect(restoreTookEffect(after, state)).toBe(false);
  });

  it('resolv.conf restore is checked byte for byte', () => {
    const a: DnsState = {
      manager: 'resolv-conf',
      path: '/r',
      contentB64: Buffer.from('nameserver 192.0.2.1\n').toString('base64'),
      servers: ['192.0.2.1'],
    };
    const b: DnsState = { ...a, contentB64: Buffer.from('nameserver 192.0.2.1\n\n').toString('base64') };
    expect(restoreTookEffect(a, a)).toBe(true);
    expect(restoreTookEffect(b, a)).toBe(false);
  });
});
