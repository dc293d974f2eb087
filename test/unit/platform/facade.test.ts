import { describe, expect, it } from 'vitest';
import type { Hop } from '../../../electron/contract';
import { createPlatform, HostInputError, isToolSkip } from '../../../electron/engine/platform';
import type { CommandRunner } from '../../../electron/engine/platform/command-runner';
import { compactHop } from './trace-compact';
import { fakeFiles, fakeRunner } from './fake-runner';
import { fixture, fixtureStderr } from './fixture';

const noFiles = fakeFiles({});

describe('defaultGateway', () => {
  it('Linux: ip -j route show default', async () => {
    const r = fakeRunner({
      'ip -j route show default': { stdout: fixture('linux-captured/ip-j-route-show-default-netns.txt') },
    });
    expect(await createPlatform('linux', r, { readFile: noFiles }).defaultGateway()).toEqual({
      address: '10.99.0.1',
      interface: 'gdx-a',
    });
    expect(r.calls.map((c) => [c.file, ...c.args].join(' '))).toEqual(['ip -j route show default']);
  });

  it('Linux: no IPv4 default → IPv6 default', async () => {
    const r = fakeRunner({
      'ip -j route show default': { stdout: '[]\n' },
      'ip -j -6 route show default': {
        stdout: fixture('linux-captured/ip-j-6-route-show-default-netns.txt'),
      },
    });
    expect(await createPlatform('linux', r, { readFile: noFiles }).defaultGateway()).toEqual({
      address: 'fd00:99::1',
      interface: 'gdx-a',
    });
  });

  it('Linux: no default route at all → null', async () => {
    const r = fakeRunner({
      'ip -j route show default': { stdout: '[]' },
      'ip -j -6 route show default': { stdout: '[]' },
    });
    expect(await createPlatform('linux', r, { readFile: noFiles }).defaultGateway()).toBeNull();
  });

  it('Linux: ip missing → /proc/net/route through the injected readFile', async () => {
    const files = fakeFiles({ '/proc/net/route': fixture('linux-captured/proc-net-route-build-host.txt') });
    expect(await createPlatform('linux', fakeRunner({}), { readFile: files }).defaultGateway()).toEqual({
      address: '192.0.2.1',
      interface: 'eth0',
    });
  });

  it('Linux: nothing readable → skipped with reason and hint', async () => {
    const g = await createPlatform('linux', fakeRunner({}), { readFile: noFiles }).defaultGateway();
    expect(isToolSkip(g)).toBe(true);
    expect(g).toMatchObject({ kind: 'skipped', reason: 'ip is not installed' });
    expect((g as { hint: string }).hint).toContain('iproute2');
  });

  it('macOS: route -n get default, netstat -rn when route is missing', async () => {
    const routeText = fixture('macos/route-get-default-and-vpn.txt');
    const r1 = fakeRunner({
      'route -n get default': { stdout: routeText.slice(routeText.indexOf('route get 0')) },
    });
    expect(await createPlatform('darwin', r1).defaultGateway()).toEqual({
      address: '10.62.96.1',
      interface: 'en0',
    });
    const r2 = fakeRunner({ 'netstat -rn': { stdout: fixture('macos/netstat-rn-modern.txt') } });
    expect(await createPlatform('darwin', r2).defaultGateway()).toEqual({
      address: '192.168.88.1',
      interface: 'en0',
    });
    const r3 = fakeRunner({
      'route -n get default': { stdout: 'route: writing to routing socket: not in table\n', code: 1 },
    });
    expect(await createPlatform('darwin', r3).defaultGateway()).toBeNull();
    // the error on stderr only: netstat decides (its table has no default row here)
    const noDefault = fixture('macos/netstat-rn-modern.txt')
      .split('\n')
      .filter((l) => !l.startsWith('default'))
      .join('\n');
    const r4 = fakeRunner({
      'route -n get default': { stderr: 'route: writing to routing socket: not in table\n', code: 1 },
      'netstat -rn': { stdout: noDefault },
    });
    expect(await createPlatform('darwin', r4).defaultGateway()).toBeNull();
    expect(r4.calls.map((c) => c.file)).toEqual(['route', 'netstat']);
  });

  it('Windows: Get-NetRoute JSON through powershell.exe, route print as fallback', async () => {
    const r1 = fakeRunner({
      'powershell.exe': {
        stdout:
          '{"DestinationPrefix":"0.0.0.0/0","NextHop":"192.168.1.1","InterfaceAlias":"Wi-Fi","ifIndex":24,"RouteMetric":0,"InterfaceMetric":50}\r\n',
      },
    });
    expect(await createPlatform('win32', r1).defaultGateway()).toEqual({
      address: '192.168.1.1',
      interface: 'Wi-Fi',
    });
    expect(r1.calls[0]?.args.slice(0, 5)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
    ]);
    const r2 = fakeRunner({
      'powershell.exe': { stderr: 'Get-NetRoute : Access denied', code: 1 },
      'route print -4': { stdout: fixture('windows/route-print-win10.txt') },
    });
    expect(await createPlatform('win32', r2).defaultGateway()).toEqual({
      address: '10.211.55.1',
      interface: '10.211.55.3',
    });
  });
});

describe('ping', () => {
  const opts = { count: 3, timeoutMs: 3000 };

  it('parses a real Linux capture and passes the validated host as the last argv item', async () => {
    const r = fakeRunner({ ping: { stdout: fixture('linux-captured/ping-gateway-netns-success.txt') } });
    const out = await createPlatform('linux', r).ping('10.99.0.1', opts);
    expect(out).toEqual({
      kind: 'ping',
      sent: 3,
      received: 3,
      lossPct: 0,
      rttAvgMs: 0.175,
      rttMinMs: 0.055,
      rttMaxMs: 0.412,
      unreachable: false,
      rttStdDevMs: 0.167,
    });
    expect(r.calls[0]?.args).toEqual(['-n', '-c', '3', '-W', '2', '-i', '0.2', '10.99.0.1']);
    expect(r.calls[0]?.opts.timeoutMs).toBe(4000);
  });

  it('a don\'t-fragment ping reports the hop\'s "too big" answer', async () => {
    const r = fakeRunner({ ping: { stdout: fixture('linux-captured/ping-df-1472-frag-needed.txt') } });
    const out = await createPlatform('linux', r).ping('10.99.1.2', {
      count: 1,
      timeoutMs: 1000,
      size: 1472,
      dontFragment: true,
    });
    expect(out).toMatchObject({
      kind: 'ping',
      sent: 1,
      received: 0,
      tooBig: { mtu: 1400, reportedBy: '10.99.0.2' },
    });
    expect(r.calls[0]?.args).toEqual([
      '-n',
      '-c',
      '1',
      '-W',
      '1',
      '-i',
      '0.2',
      '-M',
      'do',
      '-s',
      '1472',
      '10.99.1.2',
    ]);
  });

  it('a TTL-limited ping keeps an answer that came before the cut; other cut pings are cancelled', async () => {
    // macOS ping waits on after a hop's "time exceeded": the round cuts it, the answer stays
    const partial = fixture('macos/ping-m1-time-exceeded-fragment.txt');
    const cut: CommandRunner = {
      run: async () => ({
        code: null,
        stdout: partial,
        stderr: '',
        timedOut: false,
        notFound: false,
        aborted: true,
      }),
    };
    const o = { count: 1, timeoutMs: 1000, size: 548, dontFragment: true };
    const mac = createPlatform('darwin', cut);
    expect(await mac.ping('203.0.113.174', { ...o, ttl: 1 })).toMatchObject({
      kind: 'ping',
      received: 0,
      timeExceededFrom: '192.168.1.1',
    });
    expect(await mac.ping('203.0.113.174', o)).toMatchObject({ kind: 'skipped', reasonCode: 'cancelled' });
    const silent: CommandRunner = { run: async (...a) => ({ ...(await cut.run(...a)), stdout: '' }) };
    expect(await createPlatform('darwin', silent).ping('203.0.113.174', { ...o, ttl: 1 })).toMatchObject({
      kind: 'skipped',
      reasonCode: 'cancelled',
    });
  });

  it('Windows localized output through the facade', async () => {
    const r = fakeRunner({ ping: { stdout: fixture('windows/ping-de-success.txt') } });
    expect(await createPlatform('win32', r).ping('198.51.100.80', opts)).toMatchObject({
      sent: 4,
      received: 4,
      rttAvgMs: 7,
    });
  });

  it('no ICMP permission → skipped with the cause and a hint', async () => {
    const f = 'linux-captured/ping-no-permission.txt';
    const r = fakeRunner({ ping: { stdout: fixture(f), stderr: fixtureStderr(f), code: 2 } });
    const out = await createPlatform('linux', r).ping('127.0.0.1', opts);
    expect(out).toMatchObject({
      kind: 'skipped',
      reason: 'ping is not allowed to send ICMP here (/tmp/gdx-ping-nocap: socket: Operation not permitted)',
    });
    expect((out as { hint: string }).hint).toContain('cap_net_raw');
  });

  it('missing ping → skipped with an install hint', async () => {
    const out = await createPlatform('linux', fakeRunner({})).ping('127.0.0.1', opts);
    expect(out).toMatchObject({
      kind: 'skipped',
      reason: 'ping is not installed',
      hint: expect.stringContaining('iputils-ping') as unknown as string,
      reasonCode: 'tool-missing',
      hintCode: 'install-package',
      params: { tool: 'ping', deb: 'iputils-ping', rpm: 'iputils' },
    });
  });

  it('unresolvable name → skipped', async () => {
    const f = 'linux-captured/ping-unknown-host.txt';
    const r = fakeRunner({ ping: { stderr: fixtureStderr(f), code: 2 } });
    expect(await createPlatform('linux', r).ping('gdx-no-such-host.invalid', opts)).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('could not resolve') as unknown as string,
    });
  });

  it('killed by the timeout before any output → every probe lost', async () => {
    const r = fakeRunner({ ping: { stdout: '', code: null, timedOut: true } });
    expect(await createPlatform('linux', r).ping('192.0.2.1', opts)).toEqual({
      kind: 'ping',
      sent: 3,
      received: 0,
      lossPct: 100,
      rttAvgMs: null,
      rttMinMs: null,
      rttMaxMs: null,
      unreachable: false,
    });
  });

  it('output nobody understands → skipped, not a guess', async () => {
    const r = fakeRunner({ ping: { stdout: 'Segmentation fault\n', code: 139 } });
    expect(await createPlatform('linux', r).ping('192.0.2.1', opts)).toMatchObject({
      kind: 'skipped',
      reason: 'ping output was not understood: Segmentation fault',
    });
  });

  it('rejects unsafe hosts before any process is started', async () => {
    const r = fakeRunner({ ping: { stdout: '' } });
    const p = createPlatform('linux', r);
    for (const bad of ['-f', '--', 'a;b', '$(reboot)', '']) {
      await expect(p.ping(bad, opts)).rejects.toBeInstanceOf(HostInputError);
      await expect(p.traceroute(bad, { maxHops: 5, timeoutMs: 1000 })).rejects.toBeInstanceOf(HostInputError);
    }
    expect(r.calls).toEqual([]);
  });
});

describe('traceroute', () => {
  const o = { maxHops: 30, timeoutMs: 10000 };

  it('Linux: streams hops through onHop as lines arrive, then returns the same hops', async () => {
    const r = fakeRunner({
      traceroute: { stdout: fixture('linux-captured/traceroute-netns-two-hops-reached.txt') },
    });
    const seen: Hop[] = [];
    const out = await createPlatform('linux', r).traceroute('10.98.0.2', {
      ...o,
      onHop: (h) => seen.push(h),
    });
    expect(out).toMatchObject({ kind: 'trace', tool: 'traceroute', reached: true });
    expect(seen.map(compactHop)).toEqual([
      '1 0% 10.99.0.1@0.052 10.99.0.1@0.008 10.99.0.1@0.009',
      '2 0% 10.98.0.2@0.652 10.98.0.2@0.015 10.98.0.2@0.034',
    ]);
    expect(out.kind === 'trace' ? out.hops : []).toEqual(seen);
    expect(r.calls[0]?.args).toEqual(['-n', '-q', '3', '-w', '1', '-m', '30', '10.98.0.2']);
  });

  it('Linux: traceroute missing → tracepath; both missing → mtr --json', async () => {
    const r1 = fakeRunner({ tracepath: { stdout: fixture('linux-captured/tracepath-netns-reached.txt') } });
    expect(await createPlatform('linux', r1).traceroute('10.98.0.2', o)).toMatchObject({
      tool: 'tracepath',
      reached: true,
    });
    const seen: Hop[] = [];
    const r2 = fakeRunner({ mtr: { stdout: fixture('linux-captured/mtr-json-netns-reached.txt') } });
    const out = await createPlatform('linux', r2).traceroute('10.98.0.2', {
      ...o,
      onHop: (h) => seen.push(h),
    });
    expect(out).toMatchObject({ tool: 'mtr', reached: true });
    expect(seen.map((h) => h.ttl)).toEqual([1, 2]);
    expect(r2.calls.map((c) => c.file)).toEqual(['traceroute', 'tracepath', 'mtr']);
  });

  it('a traceroute with other options (inetutils: no -n) → the next tool is tried', async () => {
    const r = fakeRunner({
      traceroute: {
        stderr:
          "traceroute: invalid option -- 'n'\nTry 'traceroute --help' or 'traceroute --usage' for more information.\n",
        code: 64,
      },
      tracepath: { stdout: fixture('linux-captured/tracepath-netns-reached.txt') },
    });
    expect(await createPlatform('linux', r).traceroute('10.98.0.2', o)).toMatchObject({
      kind: 'trace',
      tool: 'tracepath',
      reached: true,
    });
  });

  it('an old mtr without --json → mtr -r report', async () => {
    const r = fakeRunner({
      'mtr --json -n -c 2 -G 1 -m 30 10.98.0.2': { stderr: "mtr: unrecognized option '--json'\n", code: 1 },
      'mtr -r -n -c 2 -m 30 10.98.0.2': { stdout: fixture('linux-captured/mtr-report-netns-reached.txt') },
    });
    const out = await createPlatform('linux', r).traceroute('10.98.0.2', o);
    expect(out).toMatchObject({ kind: 'trace', tool: 'mtr', reached: true });
    expect(out.kind === 'trace' ? out.hops.map((h) => h.probes[0]?.address) : []).toEqual([
      '10.99.0.1',
      '10.98.0.2',
    ]);
  });

  it('only unusable tools → skipped saying so', async () => {
    const r = fakeRunner({ traceroute: { stderr: 'Usage: traceroute [-46] host\n', code: 1 } });
    expect(await createPlatform('linux', r).traceroute('192.0.2.1', o)).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('no usable traceroute tool') as unknown as string,
    });
  });

  it('no tool at all → skipped naming the tools, with an install hint', async () => {
    const out = await createPlatform('linux', fakeRunner({})).traceroute('192.0.2.1', o);
    expect(out).toMatchObject({
      kind: 'skipped',
      reason: 'no traceroute tool is installed (traceroute, tracepath, mtr)',
      hint: expect.stringContaining('package traceroute') as unknown as string,
      reasonCode: 'trace-missing',
      params: { tools: 'traceroute, tracepath, mtr' },
    });
  });

  it('tool error without hops (unknown host) → skipped with its message', async () => {
    const f = 'linux-captured/traceroute-unknown-host.txt';
    const r = fakeRunner({ traceroute: { stdout: '', stderr: fixtureStderr(f), code: 2 } });
    expect(await createPlatform('linux', r).traceroute('gdx-no-such-host.invalid', o)).toMatchObject({
      kind: 'skipped',
      reason: 'traceroute failed: gdx-no-such-host.invalid: Name or service not known',
    });
  });

  it('timeout: the hops seen so far are returned, not reached', async () => {
    const text = fixture('linux/traceroute-stars-unfinished.txt').split('\n').slice(0, 10).join('\n');
    const r = fakeRunner({ traceroute: { stdout: text, timedOut: true, code: null } });
    const out = await createPlatform('linux', r).traceroute('198.51.100.100', o);
    expect(out).toMatchObject({ kind: 'trace', reached: false });
    expect(out.kind === 'trace' ? out.hops.length : 0).toBe(9);
  });

  it('macOS: header on stderr gives the destination for a name target', async () => {
    const [header, ...rest] = fixture('macos/traceroute-stars.txt').split('\n');
    const r = fakeRunner({ traceroute: { stdout: rest.join('\n'), stderr: `${header ?? ''}\n` } });
    const out = await createPlatform('darwin', r).traceroute('dns.example.test', o);
    expect(out).toMatchObject({ kind: 'trace', tool: 'traceroute', reached: true });
    expect(r.calls[0]?.args).toEqual(['-n', '-q', '2', '-w', '1', '-m', '30', 'dns.example.test']);
  });

  it('Windows: tracert -d, reached by the bracketed destination', async () => {
    const r = fakeRunner({ tracert: { stdout: fixture('windows/tracert-hostnames-success.txt') } });
    const out = await createPlatform('win32', r).traceroute('target.example.edu', o);
    expect(out).toMatchObject({ kind: 'trace', tool: 'tracert', reached: true });
    expect(r.calls[0]?.args).toEqual(['-d', '-h', '30', '-w', '300', 'target.example.edu']);
  });

  it('an aborted signal → cancelled skip, no process', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = fakeRunner({ traceroute: { stdout: '' } });
    expect(
      await createPlatform('linux', r).traceroute('192.0.2.1', { ...o, signal: ac.signal }),
    ).toMatchObject({ kind: 'skipped', reasonCode: 'cancelled' });
    expect(r.calls).toEqual([]);
  });
});

describe('systemResolvers', () => {
  it('Linux: resolv.conf nameservers when they are real servers', async () => {
    const files = fakeFiles({ '/etc/resolv.conf': 'nameserver 192.0.2.53\nnameserver 2001:db8::53\n' });
    const r = fakeRunner({});
    expect(await createPlatform('linux', r, { readFile: files }).systemResolvers()).toEqual([
      '192.0.2.53',
      '2001:db8::53',
    ]);
    expect(r.calls).toEqual([]);
  });

  it('Linux: the systemd stub is replaced by the upstreams from resolvectl dns', async () => {
    const files = fakeFiles({ '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0 trust-ad\n' });
    const r = fakeRunner({ 'resolvectl dns': { stdout: fixture('linux/resolvectl-dns-link.txt') } });
    expect(await createPlatform('linux', r, { readFile: files }).systemResolvers()).toEqual(['10.3.0.254']);
  });

  it('Linux: resolvectl missing → /run/systemd/resolve/resolv.conf → old systemd-resolve --status', async () => {
    const stub = { '/etc/resolv.conf': 'nameserver 127.0.0.53\n' };
    const viaRun = fakeFiles({ ...stub, '/run/systemd/resolve/resolv.conf': 'nameserver 198.51.100.53\n' });
    expect(await createPlatform('linux', fakeRunner({}), { readFile: viaRun }).systemResolvers()).toEqual([
      '198.51.100.53',
    ]);
    const r = fakeRunner({
      'systemd-resolve --status': { stdout: fixture('linux/systemd-resolve-status-old.txt') },
    });
    expect(await createPlatform('linux', r, { readFile: fakeFiles(stub) }).systemResolvers()).toEqual([
      '192.0.2.8',
    ]);
  });

  it('Linux: stub with no way to see upstreams → the stub itself', async () => {
    const files = fakeFiles({ '/etc/resolv.conf': 'nameserver 127.0.0.53\n' });
    expect(await createPlatform('linux', fakeRunner({}), { readFile: files }).systemResolvers()).toEqual([
      '127.0.0.53',
    ]);
  });

  it('Linux: no resolv.conf and no tools → skipped', async () => {
    expect(
      await createPlatform('linux', fakeRunner({}), { readFile: noFiles }).systemResolvers(),
    ).toMatchObject({ kind: 'skipped' });
  });

  it('Linux: nmcli as the last source', async () => {
    const r = fakeRunner({
      'nmcli -t -f IP4.DNS,IP6.DNS device show': { stdout: 'IP4.DNS[1]:192.168.71.2\n' },
    });
    expect(await createPlatform('linux', r, { readFile: noFiles }).systemResolvers()).toEqual([
      '192.168.71.2',
    ]);
  });

  it('macOS: scutil --dns; /etc/resolv.conf when scutil is missing', async () => {
    const r = fakeRunner({ 'scutil --dns': { stdout: fixture('macos/scutil-dns-old-format-vpn.txt') } });
    expect(await createPlatform('darwin', r).systemResolvers()).toEqual(['192.0.2.8', '192.0.2.4']);
    const files = fakeFiles({ '/etc/resolv.conf': 'nameserver 192.168.43.1\n' });
    expect(await createPlatform('darwin', fakeRunner({}), { readFile: files }).systemResolvers()).toEqual([
      '192.168.43.1',
    ]);
  });

  it('Windows: Get-DnsClientServerAddress JSON, ipconfig /all when PowerShell is missing', async () => {
    const r1 = fakeRunner({
      'powershell.exe': {
        stdout: '[{"InterfaceAlias":"Wi-Fi","AddressFamily":2,"ServerAddresses":["192.168.1.1"]}]',
      },
    });
    expect(await createPlatform('win32', r1).systemResolvers()).toEqual(['192.168.1.1']);
    const r2 = fakeRunner({ 'ipconfig /all': { stdout: fixture('windows/ipconfig-all-es.txt') } });
    expect(await createPlatform('win32', r2).systemResolvers()).toEqual(['192.0.2.8', '192.0.2.1']);
    expect(await createPlatform('win32', fakeRunner({})).systemResolvers()).toMatchObject({
      kind: 'skipped',
      reason: 'ipconfig is not installed',
    });
  });
});
