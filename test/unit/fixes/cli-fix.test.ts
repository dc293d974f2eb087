import { describe, expect, it } from 'vitest';
import { displayArgv, runFixCommand } from '../../../electron/cli/commands/fix';
import type { Ask } from '../../../electron/cli/commands/fix';
import type { CliIo } from '../../../electron/cli/io';
import { FixDescriptorSchema } from '../../../electron/contract';
import type { FixDeps } from '../../../electron/engine/fixes/types';
import { fakeLinuxDeps } from './fake-deps';

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';

function io(): CliIo & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    errIsTty: false,
    env: {},
    readStdin: () => Promise.resolve(''),
    out(t: string) {
      o.stdout += t;
    },
    err(t: string) {
      o.stderr += t;
    },
  };
  return o;
}

async function cli(
  args: string[],
  deps: FixDeps,
  ask: Ask | null = null,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const i = io();
  const code = await runFixCommand(args, i, { createDeps: () => Promise.resolve(deps), ask });
  return { code, stdout: i.stdout, stderr: i.stderr };
}

describe('gateway-doctor fix (in-process)', () => {
  it('list --json prints contract descriptors', async () => {
    const r = await cli(['list', '--json'], fakeLinuxDeps());
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as unknown[];
    expect(list).toHaveLength(8);
    for (const d of list) FixDescriptorSchema.parse(d);
  });

  it('bad input exits 2 with a clear message and leaves resolv.conf byte for byte', async () => {
    const deps = fakeLinuxDeps();
    const cases: [string[], RegExp][] = [
      [['reboot-internet'], /unknown fix "reboot-internet"/],
      [['switch-dns', '--to', 'dns.google', '--yes'], /"dns.google" is not an IP address/],
      [['switch-dns', '--to', '1.1.1.1;reboot', '--yes'], /is not an IP address/],
      [['switch-dns', '--yes'], /run "gateway-doctor diagnose <site>" first .* --to/i],
      [['switch-dns', '--to', '0.0.0.0', '--yes'], /"0\.0\.0\.0" means "no address"/],
      [['switch-dns', '--to', '255.255.255.255', '--yes'], /broadcast address/],
      [['switch-dns', '--to', '127.0.0.1', '--yes'], /this computer itself \(loopback\)/],
      [['switch-dns', '--to', 'fe80::1%eth0', '--yes'], /"fe80::1%eth0" names a network interface/],
      [
        ['flush-dns', '--yes'],
        /"flush-dns" is not available on this computer: Nothing on this computer keeps a DNS cache/,
      ],
      [['switch-dns', '--to'], /--to needs a value/],
      [['switch-dns', '--bogus'], /unknown option --bogus/],
      [['undo', 'nope'], /unknown fix "nope"/],
      [['flush-dns', '--to', '1.1.1.1', '--yes'], /^gateway-doctor: flush-dns does not take --to\./],
      [
        ['renew-dhcp', '--url', 'https://a.example/', '--browser', 'firefox'],
        /renew-dhcp does not take --url, --browser/,
      ],
      [
        ['guide-clear-site-cache', '--url', 'https://a.example/'],
        /guide-clear-site-cache does not take --url/,
      ],
      [
        ['open-private-window', '--to', '1.1.1.1', '--url', 'https://a.example/'],
        /open-private-window does not take --to/,
      ],
      [['switch-dns', '--to', '192.0.2.53', '--browser', 'firefox'], /switch-dns does not take --browser/],
      [['switch-dns', '--to', '192.0.2.53', '--json'], /switch-dns does not take --json/],
      [['list', '--to', '1.1.1.1'], /fix list does not take --to/],
      [['undo', 'switch-dns', '--dry-run'], /fix undo does not take --dry-run/],
      [['undo', 'switch-dns'], /Nothing to undo/],
    ];
    for (const [args, msg] of cases) {
      const r = await cli(args, deps);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(deps.fs.writes).toEqual([]);
  });

  it('without --yes and without a terminal it refuses (exit 2) and changes nothing', async () => {
    const deps = fakeLinuxDeps();
    const r = await cli(['switch-dns', '--to', '192.0.2.53'], deps, null);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs your consent\. Re-run with --yes/);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('--dry-run prints the new file and changes nothing', async () => {
    const deps = fakeLinuxDeps();
    const r = await cli(['switch-dns', '--to', '192.0.2.53,2001:db8::53', '--dry-run'], deps);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/etc/resolv.conf: 192.168.1.1 → 192.0.2.53, 2001:db8::53');
    expect(r.stdout).toContain('    | nameserver 2001:db8::53\n');
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(deps.fs.writes).toEqual([]);
  });

  it('asks on a terminal: consent, then "Keep these settings?"', async () => {
    const deps = fakeLinuxDeps();
    const questions: string[] = [];
    const ask: Ask = (q) => (questions.push(q), Promise.resolve('y'));
    const r = await cli(['switch-dns', '--to', '192.0.2.53'], deps, ask);
    expect(r.code).toBe(0);
    expect(questions).toEqual([
      'Run this fix now? [y/N] ',
      'Keep these settings? [y/N] (they are undone in 20 s without an answer) ',
    ]);
    expect(r.stdout).toContain('kept: Now using 192.0.2.53');
    const no = await cli(['switch-dns', '--to', '192.0.2.54'], deps, (q) =>
      Promise.resolve(q.startsWith('Run') ? 'n' : 'y'),
    );
    expect(no.code).toBe(2);
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53');
    const undo = await cli(['undo', 'switch-dns'], deps);
    expect(undo.code).toBe(0);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('a rolled-back switch exits 1', async () => {
    const deps = fakeLinuxDeps({ verifyDns: () => Promise.resolve({ ok: false, detail: 'ECONNREFUSED' }) });
    const r = await cli(['switch-dns', '--to', '192.0.2.99', '--yes'], deps);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^rolled-back: The new DNS servers did not answer \(ECONNREFUSED\)/m);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('--help documents usage, exit codes and the test/advanced env knobs; no args is a usage error', async () => {
    const h = await cli(['--help'], fakeLinuxDeps());
    expect(h.code).toBe(0);
    for (const s of [
      'fix undo <id>',
      '--dry-run',
      'Exit codes: 0',
      'GATEWAY_DOCTOR_STATE_DIR',
      'GATEWAY_DOCTOR_RESOLV_CONF',
      'GATEWAY_DOCTOR_TEST_PAUSE_AFTER_SNAPSHOT_MS',
    ]) {
      expect(h.stdout).toContain(s);
    }
    expect((await cli([], fakeLinuxDeps())).code).toBe(2);
  });

  it('refuses the test knobs under sudo/pkexec (exit 2) before anything is read or written', async () => {
    for (const env of [{ SUDO_UID: '1000' }, { PKEXEC_UID: '1000' }]) {
      const i = io();
      i.env = { ...env, GATEWAY_DOCTOR_RESOLV_CONF: '/etc/shadow' };
      const code = await runFixCommand(['list'], i, { ask: null });
      expect(code).toBe(2);
      expect(i.stderr).toMatch(
        /^gateway-doctor: GATEWAY_DOCTOR_RESOLV_CONF is for tests only and refused when Gateway Doctor runs with sudo or pkexec\. Unset it/,
      );
    }
  });

  it('shows argv the way a person would type it', () => {
    expect(displayArgv(['networksetup', '-setdnsservers', 'USB 10/100/1000 LAN', '1.1.1.1'])).toBe(
      "networksetup -setdnsservers 'USB 10/100/1000 LAN' 1.1.1.1",
    );
    expect(displayArgv(['a', "it's"])).toBe("a 'it'\\''s'");
  });
});
