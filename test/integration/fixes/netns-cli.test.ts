import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleResult } from '../../unit/main/helpers';

// Real execution of the CLI inside a throwaway network namespace whose /etc/resolv.conf is
// /etc/netns/<ns>/resolv.conf (bind-mounted by `ip netns exec`). The "new" DNS server is a
// dnsmasq on the namespace's loopback (192.0.2.53); nothing links to the host network.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const NS = `gd-fix-${process.pid}`;
const NETNS_DIR = `/etc/netns/${NS}`;
const RESOLV = `${NETNS_DIR}/resolv.conf`;
const WORK = join(root, 'node_modules', '.cache', `gd-fix-it-${process.pid}`);
const STATE = join(WORK, 'state');
const CLI = join(WORK, 'cli', 'index.mjs');
const LAUNCH = join(WORK, 'launch.mjs');
const GOOD = '192.0.2.53';
const SILENT = '192.0.2.54';
const ORIGINAL = Buffer.from(
  '# lab PC resolver (namespace copy)\nnameserver 192.0.2.1\nsearch lab.test\noptions timeout:1 attempts:1\n',
);
const TRANSCRIPT = process.env.GATEWAY_DOCTOR_FIX_LAB_TRANSCRIPT;

function labCheck(): { ok: boolean; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root (ip netns needs root)' };
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    execFileSync('which', ['dnsmasq'], { stdio: 'ignore' });
  } catch {
    return { ok: false, reason: 'ip netns or dnsmasq is not available' };
  }
  return { ok: true, reason: '' };
}

const lab = labCheck();
const hostHasDnsCache = ['resolvectl', 'nscd'].some((t) =>
  ['/usr/bin', '/usr/sbin', '/bin', '/sbin'].some((d) => existsSync(join(d, t))),
);
if (!lab.ok) console.warn(`[fixes netns tests] skipped: ${lab.reason}`);

let dnsmasq: ChildProcess | null = null;
const transcript: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// the test knobs are refused under sudo/pkexec: the CLI runs as plain root here, as in CI
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !['SUDO_UID', 'SUDO_USER', 'SUDO_GID', 'SUDO_COMMAND', 'PKEXEC_UID', 'DOAS_USER'].includes(k),
  ),
);

function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn('ip', ['netns', 'exec', NS, process.execPath, LAUNCH, CLI, ...args], {
    env: {
      ...baseEnv,
      GATEWAY_DOCTOR_STATE_DIR: STATE,
      GATEWAY_DOCTOR_VERIFY_NAME: 'verify.lab.test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      transcript.push(
        `$ gateway-doctor ${args.join(' ')}\n${stdout}${stderr ? `[stderr]\n${stderr}` : ''}[exit ${code}]\n`,
      );
      resolve({ code, stdout, stderr });
    });
  });
}

function inNs(argv: string[]): string {
  try {
    return execFileSync('ip', ['netns', 'exec', NS, ...argv], { encoding: 'utf8', timeout: 10_000 });
  } catch (e) {
    return `failed: ${(e as { status?: number }).status ?? '?'}`;
  }
}

const resolvBytes = (): Buffer => readFileSync(RESOLV);
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const show = (title: string): void => {
  const b = resolvBytes();
  transcript.push(`# ${title}: ${RESOLV} (${b.length} bytes, sha256 ${sha(b)})\n${b.toString()}`);
};
// snapshots only: a write in flight is a dot-named temp file next to them
const pending = (): string[] =>
  existsSync(join(STATE, 'pending'))
    ? readdirSync(join(STATE, 'pending')).filter((n) => /^[^.].*\.json$/.test(n))
    : [];

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!lab.ok)('fix CLI in a network namespace (resolv.conf-managed DNS)', () => {
  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'electron/cli/vite.config.ts',
        '--outDir',
        join(WORK, 'cli'),
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: root, stdio: 'inherit' },
    );
    writeFileSync(
      LAUNCH,
      'const [, , entry, ...args] = process.argv;\nconst { main } = await import(entry);\nprocess.exitCode = await main(args);\n',
    );
    execFileSync('ip', ['netns', 'add', NS]);
    mkdirSync(NETNS_DIR, { recursive: true });
    writeFileSync(RESOLV, ORIGINAL);
    execFileSync('ip', ['netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up']);
    for (const a of [GOOD, SILENT])
      execFileSync('ip', ['netns', 'exec', NS, 'ip', 'addr', 'add', `${a}/32`, 'dev', 'lo']);
    dnsmasq = spawn(
      'ip',
      [
        'netns',
        'exec',
        NS,
        'dnsmasq',
        '--keep-in-foreground',
        '--conf-file=/dev/null',
        '--no-resolv',
        '--no-hosts',
        `--listen-address=${GOOD}`,
        '--bind-interfaces',
        '--address=/verify.lab.test/192.0.2.80',
        '--address=/site.lab.test/192.0.2.81',
        '--pid-file=',
      ],
      { stdio: 'ignore' },
    );
    // ready when it answers
    await waitFor(
      () =>
        inNs(['dig', '+short', '+time=1', '+tries=1', `@${GOOD}`, 'verify.lab.test']).trim() === '192.0.2.80',
      10_000,
    );
  });

  afterAll(() => {
    if (dnsmasq?.pid) {
      try {
        process.kill(dnsmasq.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    try {
      execFileSync('ip', ['netns', 'del', NS], { stdio: 'ignore' });
    } catch {
      // not created
    }
    rmSync(NETNS_DIR, { recursive: true, force: true });
    if (TRANSCRIPT) writeFileSync(TRANSCRIPT, transcript.join('\n'));
    rmSync(WORK, { recursive: true, force: true });
  });

  it('switch → verify → undo restores the exact previous file, byte for byte', async () => {
    show('before');
    const lookupBefore = inNs(['getent', 'hosts', 'verify.lab.test']);
    transcript.push(`# inside the namespace: getent hosts verify.lab.test → ${lookupBefore.trim()}\n`);
    expect(lookupBefore).toMatch(/^failed/);
    const dry = await runCli(['fix', 'switch-dns', '--to', GOOD, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);

    const r = await runCli(['fix', 'switch-dns', '--to', GOOD, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /kept: Now using 192\.0\.2\.53 \(192\.0\.2\.53 answered verify\.lab\.test → 192\.0\.2\.80/,
    );
    const during = resolvBytes().toString();
    show('after switch');
    expect(during).toContain(`nameserver ${GOOD}\nsearch lab.test\noptions timeout:1 attempts:1\n`);
    expect(during).not.toContain('nameserver 192.0.2.1\n');
    // the system resolver of the namespace now really goes through the new server
    const lookupAfter = inNs(['getent', 'hosts', 'verify.lab.test']);
    transcript.push(`# inside the namespace: getent hosts verify.lab.test → ${lookupAfter.trim()}\n`);
    expect(lookupAfter).toMatch(/^192\.0\.2\.80\s+verify\.lab\.test/);

    const u = await runCli(['fix', 'undo', 'switch-dns']);
    expect(u.code, u.stderr).toBe(0);
    show('after undo');
    transcript.push(
      `# byte-for-byte equal to the file before the switch: ${resolvBytes().equals(ORIGINAL)}\n`,
    );
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
    const again = await runCli(['fix', 'undo', 'switch-dns']);
    expect(again.code).toBe(2);
  });

  it('without --to: proposes from the stored last diagnosis, applies it, verifies the site, undo restores the bytes', async () => {
    const none = await runCli(['fix', 'switch-dns', '--dry-run'], {
      GATEWAY_DOCTOR_STATE_DIR: join(WORK, 'empty-state'),
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Run "gateway-doctor diagnose <site>" first/);
    // what `gateway-doctor diagnose` keeps (the diagnose itself needs a network to run)
    const a = {
      role: 'alternative' as const,
      name: 'site.lab.test',
      rcode: 'NOERROR',
      transport: 'udp' as const,
    };
    const base = sampleResult('run-lab', 'https://site.lab.test/');
    const result = {
      ...base,
      target: { ...base.target, host: 'site.lab.test' },
      dns: {
        answers: [
          { ...a, resolver: SILENT, addresses: [], latencyMs: null, rcode: null, error: 'ETIMEDOUT' },
          { ...a, resolver: GOOD, addresses: ['192.0.2.81'], latencyMs: 4, error: null },
        ],
        addressProbes: [],
      },
    };
    mkdirSync(STATE, { recursive: true, mode: 0o700 });
    writeFileSync(join(STATE, 'last-diagnosis.json'), JSON.stringify(result), { mode: 0o600 });
    // the control name is unknown to the lab server: only the site's own name can verify
    const env = { GATEWAY_DOCTOR_VERIFY_NAME: 'unknown.lab.test' };
    const dry = await runCli(['fix', 'switch-dns', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Proposed from the diagnosis of site.lab.test');
    expect(dry.stdout).toContain(`192.0.2.1 → ${GOOD}`);
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
    const r = await runCli(['fix', 'switch-dns', '--yes'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /kept: Now using 192\.0\.2\.53 \(192\.0\.2\.53 answered site\.lab\.test → 192\.0\.2\.81/,
    );
    expect(resolvBytes().toString()).toContain(`nameserver ${GOOD}\n`);
    const u = await runCli(['fix', 'undo', 'switch-dns']);
    expect(u.code, u.stderr).toBe(0);
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
  });

  it('a switch whose verification fails (server does not answer) rolls back by itself', async () => {
    const r = await runCli(['fix', 'switch-dns', '--to', SILENT, '--yes']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^rolled-back: The new DNS servers did not answer \(192\.0\.2\.54: (ECONNREFUSED|timeout)\)\. Your previous DNS settings are back\./m,
    );
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
    expect(pending()).toEqual([]);
    expect(existsSync(join(STATE, 'applied', 'switch-dns.json'))).toBe(false);
  });

  it.each([
    ['after the change', 'GATEWAY_DOCTOR_TEST_PAUSE_AFTER_CHANGE_MS'],
    ['after the snapshot', 'GATEWAY_DOCTOR_TEST_PAUSE_AFTER_SNAPSHOT_MS'],
  ])('a run killed with SIGKILL %s is restored by the next start', async (when, knob) => {
    const child = spawnCli(['fix', 'switch-dns', '--to', GOOD, '--yes'], { [knob]: '60000' });
    const exited = new Promise((r) => child.on('exit', r));
    await waitFor(() => pending().length === 1, 15_000);
    if (knob.includes('CHANGE')) {
      await waitFor(() => resolvBytes().toString().includes(`nameserver ${GOOD}`), 15_000);
    }
    child.kill('SIGKILL');
    await exited;
    transcript.push(
      `$ ${knob}=60000 gateway-doctor fix switch-dns --to ${GOOD} --yes\n[killed with SIGKILL ${when}; pending snapshots: ${pending().join(', ')}]\n`,
    );
    show(`after the kill (${when})`);
    expect(pending()).toHaveLength(1);
    if (knob.includes('CHANGE')) expect(resolvBytes().equals(ORIGINAL)).toBe(false);
    const next = await runCli(['fix', 'list']);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/Restored the DNS settings from before an interrupted switch-dns run/);
    show('after the next start');
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
    expect(pending()).toEqual([]);
    const history = readFileSync(join(STATE, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string });
    expect(history.at(-1)?.action).toBe('recover');
  });

  it.each([
    [
      'a file outside DNS',
      (victim: string) => ({
        path: victim,
        contentB64: Buffer.from('nameserver 203.0.113.66\n').toString('base64'),
      }),
    ],
    [
      'resolv.conf, with content that is not a resolv.conf',
      () => ({ path: '/etc/resolv.conf', contentB64: Buffer.from('* * * * * root id\n').toString('base64') }),
    ],
    [
      'a path through ..',
      () => ({
        path: '/etc/netns/../resolv.conf',
        contentB64: Buffer.from('nameserver 203.0.113.66\n').toString('base64'),
      }),
    ],
  ])(
    'a planted snapshot for %s is refused by `fix list`: nothing written, refusal logged',
    async (_what, state) => {
      const victim = join(WORK, 'victim.txt');
      writeFileSync(victim, 'precious\n');
      mkdirSync(join(STATE, 'pending'), { recursive: true, mode: 0o700 });
      const rec = {
        schemaVersion: 1,
        fixId: 'switch-dns',
        fixRunId: 'planted',
        pid: 999_999_999,
        createdAt: '2026-11-22T06:00:00Z',
        servers: [GOOD],
        state: { manager: 'resolv-conf', servers: ['203.0.113.66'], ...state(victim) },
      };
      writeFileSync(join(STATE, 'pending', 'planted.json'), JSON.stringify(rec), { mode: 0o600 });
      const r = await runCli(['fix', 'list']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('A saved DNS change was refused and set aside');
      expect(r.stderr).not.toMatch(/Restored/);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
      expect(resolvBytes().equals(ORIGINAL)).toBe(true);
      expect(pending()).toEqual([]);
      const history = readFileSync(join(STATE, 'history.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { outcome: string });
      expect(history.at(-1)?.outcome).toBe('refused');
      expect(readFileSync(join(STATE, 'fixes.log'), 'utf8')).toMatch(
        /refused the saved snapshot "planted\.json"/,
      );
    },
  );

  it('under sudo the test knobs are refused (exit 2) and the file they name is not touched', async () => {
    const victim = join(WORK, 'victim.txt');
    writeFileSync(victim, 'nameserver 192.0.2.1\n');
    const r = await runCli(['fix', 'switch-dns', '--to', GOOD, '--yes'], {
      SUDO_UID: '1000',
      GATEWAY_DOCTOR_RESOLV_CONF: victim,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /GATEWAY_DOCTOR_STATE_DIR, GATEWAY_DOCTOR_RESOLV_CONF, GATEWAY_DOCTOR_VERIFY_NAME are for tests only and refused when Gateway Doctor runs with sudo or pkexec/,
    );
    expect(readFileSync(victim, 'utf8')).toBe('nameserver 192.0.2.1\n');
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
  });

  it.each([
    [['fix', 'reboot-internet', '--yes'], /unknown fix "reboot-internet"/],
    [['fix', 'switch-dns', '--to', 'dns.google', '--yes'], /"dns\.google" is not an IP address/],
    [['fix', 'switch-dns', '--to', `${GOOD};id`, '--yes'], /is not an IP address/],
    // (only where the host has no DNS cache tool: the namespace shares the host's /proc and PATH)
    ...(hostHasDnsCache
      ? []
      : [
          [['fix', 'flush-dns', '--yes'], /"flush-dns" is not available on this computer/] as [
            string[],
            RegExp,
          ],
        ]),
    [
      ['fix', 'renew-dhcp', '--yes'],
      /"renew-dhcp" is not available on this computer: No network interface carries the default route/,
    ],
    [
      ['fix', 'open-private-window', '--browser', 'safari', '--url', 'https://shop.lab.test/', '--yes'],
      /safari is not installed here/,
    ],
    [['fix', 'switch-dns', '--to', GOOD], /needs your consent/],
  ])('bad input %j: exit 2, clear error, nothing changed', async (args, message) => {
    const historyBefore = existsSync(join(STATE, 'history.jsonl'))
      ? readFileSync(join(STATE, 'history.jsonl'))
      : Buffer.alloc(0);
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(resolvBytes().equals(ORIGINAL)).toBe(true);
    expect(pending()).toEqual([]);
    const historyAfter = existsSync(join(STATE, 'history.jsonl'))
      ? readFileSync(join(STATE, 'history.jsonl'))
      : Buffer.alloc(0);
    expect(historyAfter.equals(historyBefore)).toBe(true);
  });
});
