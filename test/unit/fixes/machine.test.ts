import { describe, expect, it } from 'vitest';
import {
  browserCandidates,
  installedBrowsers,
  isOpenableUrl,
  openUrlArgv,
  openUrlProblem,
  URL_PROBLEM_TEXT,
} from '../../../electron/engine/fixes/browsers';
import { detectLinuxDnsManager } from '../../../electron/engine/fixes/dns-capture';
import {
  ROUTER_WAIT,
  waitForGateway,
  waitForRouterRestart,
} from '../../../electron/engine/fixes/gateway-wait';
import { textsDe } from '../../../electron/contract';
import { clearSiteCacheSteps, disableProxySteps, guideWords } from '../../../electron/engine/fixes/guides';
import { detectFlushMethod } from '../../../electron/engine/fixes/machine';
import { fakeClock, fakeLinuxDeps, MemFs, ScriptedRunner } from './fake-deps';

describe('browsers', () => {
  it('Windows candidates come from ProgramFiles / LOCALAPPDATA', () => {
    const c = browserCandidates('win32', {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
    });
    expect(c.find((x) => x.id === 'edge')?.candidates[0]).toBe(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
    expect(c.find((x) => x.id === 'safari')?.candidates).toEqual([]);
  });

  it('private-window argv per OS', () => {
    const [chrome, safari] = installedBrowsers(
      'darwin',
      new Map([
        ['chrome', '/Applications/Google Chrome.app'],
        ['safari', '/Applications/Safari.app'],
      ]),
    );
    if (!chrome || !safari) throw new Error('both browsers expected');
    expect(openUrlArgv('darwin', chrome, 'https://a.example/', true)).toEqual([
      'open',
      '-na',
      'Google Chrome',
      '--args',
      '--incognito',
      'https://a.example/',
    ]);
    expect(openUrlArgv('darwin', safari, 'https://a.example/', false)).toEqual([
      'open',
      '-a',
      'Safari',
      'https://a.example/',
    ]);
    const [edge] = installedBrowsers('win32', new Map([['edge', 'C:\\E\\msedge.exe']]));
    if (!edge) throw new Error('edge expected');
    expect(openUrlArgv('win32', edge, 'https://a.example/', true)).toEqual([
      'C:\\E\\msedge.exe',
      '--inprivate',
      'https://a.example/',
    ]);
  });

  it('only plain http(s) URLs reach a browser argv', () => {
    expect(isOpenableUrl('https://a.example/x?y=1')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://a.example/ --disable-web-security',
      '--incognito',
      'https://a.example/\n',
    ]) {
      expect(isOpenableUrl(bad), bad).toBe(false);
    }
  });

  it('refuses a user name or password in the URL, with its own sentence', () => {
    for (const bad of [
      'https://user:pw@shop.example/',
      'http://admin@10.0.0.5/',
      'https://:pw@shop.example/',
      'https://@shop.example/',
    ]) {
      expect(openUrlProblem(bad), bad).toBe(URL_PROBLEM_TEXT.credentials);
    }
    expect(openUrlProblem('https://shop.example/a@b')).toBeNull();
    expect(openUrlProblem('ftp://shop.example/')).toBe(URL_PROBLEM_TEXT.notHttp);
  });
});

describe('guides', () => {
  it('has exact menu paths for the four browsers and proxy steps per OS', () => {
    const words = (ids: Parameters<typeof guideWords>[0]) => guideWords(ids);
    expect(words(clearSiteCacheSteps()).join('\n')).toMatch(
      /Google Chrome[\s\S]*Microsoft Edge[\s\S]*Mozilla Firefox[\s\S]*Safari/,
    );
    expect(words(clearSiteCacheSteps('firefox'))[1]).toBe('Choose "Clear cookies and site data…".');
    expect(words(disableProxySteps('win32'))[0]).toContain('Settings → Network & internet → Proxy');
    expect(words(disableProxySteps('darwin'))[2]).toContain('Proxies');
    expect(words(disableProxySteps('linux')).join(' ')).toContain('HTTPS_PROXY');
    // home users get no commands or file names; the window words the same ids in German
    expect(words(disableProxySteps('linux')).join(' ')).not.toMatch(/grep|~\/|\.bashrc|\.profile/);
    expect(
      disableProxySteps('linux')
        .map((id) => textsDe.guideSteps[id])
        .join(' '),
    ).toContain('Erneut prüfen');
  });
});

describe('Linux detection', () => {
  it('flush: nscd, then a local dnsmasq the resolver really uses, else "nothing caches"', async () => {
    const nscd = fakeLinuxDeps({
      listProcesses: () => Promise.resolve([{ pid: 50, name: 'nscd' }]),
      which: (n) => Promise.resolve(n === 'nscd' ? '/usr/sbin/nscd' : null),
    });
    expect(await detectFlushMethod(nscd)).toMatchObject({ commands: [['nscd', '--invalidate=hosts']] });
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from('nameserver 127.0.0.1\n'));
    const local = fakeLinuxDeps({ fs, listProcesses: () => Promise.resolve([{ pid: 77, name: 'dnsmasq' }]) });
    expect(await detectFlushMethod(local)).toMatchObject({ commands: [['kill', '-HUP', '77']] });
    // a dnsmasq that serves others (resolv.conf does not point at it) is not our cache
    const remote = fakeLinuxDeps({ listProcesses: () => Promise.resolve([{ pid: 77, name: 'dnsmasq' }]) });
    expect(await detectFlushMethod(remote)).toMatchObject({
      commands: null,
      reason: expect.stringContaining('nothing to flush'),
    });
  });

  it('DNS manager: stub + NetworkManager running → networkmanager; stub alone → systemd-resolved; plain file → resolv-conf', async () => {
    const stubFs = (): MemFs => {
      const fs = new MemFs();
      fs.files.set(
        '/etc/resolv.conf',
        Buffer.from('# This is /run/systemd/resolve/stub-resolv.conf\nnameserver 127.0.0.53\n'),
      );
      return fs;
    };
    const nm = fakeLinuxDeps({
      fs: stubFs(),
      runner: new ScriptedRunner((a) => (a[0] === 'nmcli' ? { stdout: 'running\n' } : { stdout: '' })),
    });
    expect((await detectLinuxDnsManager(nm)).kind).toBe('networkmanager');
    const resolved = fakeLinuxDeps({
      fs: stubFs(),
      runner: new ScriptedRunner((a) => (a[0] === 'resolvectl' ? { stdout: 'Global\n' } : undefined)),
    });
    expect((await detectLinuxDnsManager(resolved)).kind).toBe('systemd-resolved');
    const broken = fakeLinuxDeps({ fs: stubFs() });
    expect(await detectLinuxDnsManager(broken)).toEqual({
      kind: null,
      why: expect.stringContaining('resolvectl does not answer'),
    });
    expect((await detectLinuxDnsManager(fakeLinuxDeps())).kind).toBe('resolv-conf');
    const missing = fakeLinuxDeps({ resolvConfPath: '/nope' });
    expect((await detectLinuxDnsManager(missing)).kind).toBeNull();
  });
});

describe('waiting for the gateway', () => {
  it('backs off 2 s ×1.5 up to 15 s and gives up at the cap', async () => {
    const clock = fakeClock();
    const r = await waitForGateway(
      () => Promise.resolve({ address: '192.168.1.1', answered: false }),
      clock,
      true,
      ROUTER_WAIT,
    );
    expect(r.answered).toBe(false);
    expect(clock.slept.slice(0, 6)).toEqual([2000, 3000, 4500, 6750, 10125, 15000]);
    expect(Math.max(...clock.slept)).toBe(15000);
    expect(r.elapsedMs).toBeLessThanOrEqual(ROUTER_WAIT.capMs);
    expect(r.elapsedMs).toBeGreaterThan(ROUTER_WAIT.capMs - 15000);
  });

  it('router restart: never-down, back, still-down', async () => {
    const seq = (xs: boolean[]) => () =>
      Promise.resolve({ address: '192.168.1.1', answered: xs.shift() ?? xs.length === 0 });
    expect(
      (await waitForRouterRestart(() => Promise.resolve({ address: 'x', answered: true }), fakeClock()))
        .outcome,
    ).toBe('never-down');
    expect((await waitForRouterRestart(seq([true, false, false, true]), fakeClock())).outcome).toBe('back');
    expect(
      (await waitForRouterRestart(() => Promise.resolve({ address: 'x', answered: false }), fakeClock()))
        .outcome,
    ).toBe('still-down');
    // no gateway known (or no ping tool): report at once instead of waiting 7 minutes for nothing
    const clock = fakeClock();
    expect(
      (await waitForRouterRestart(() => Promise.resolve({ address: null, answered: false }), clock)).outcome,
    ).toBe('unknown');
    expect(clock.slept).toEqual([]);
  });
});
