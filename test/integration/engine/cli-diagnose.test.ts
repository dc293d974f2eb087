import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosisResultSchema, textsDe } from '../../../electron/contract';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const harness = fileURLToPath(new URL('./helpers/netns-harness.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../../../electron/cli/bin.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../../out/cli/index.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../../../electron/', import.meta.url));

/** The newest modification time of the sources the CLI bundles (engine, contract, cli). */
function newestSource(): number {
  let newest = 0;
  for (const part of ['engine', 'contract', 'cli'])
    for (const entry of readdirSync(join(sources, part), { recursive: true, withFileTypes: true }))
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/** A private network namespace (unshare) is how these tests guarantee no packet leaves the machine. */
const netns = spawnSync('unshare', ['--net', '--mount', '--', 'true']).status === 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

interface Scenario {
  web?: { host: string; port: number; kind: 'ok' | '502' | 'squid502' }[];
  systemDns?: Record<string, string[] | 'silent'>;
  altDns?: Record<string, string[] | 'silent'>;
  argv: string[];
  env?: Record<string, string>;
}

function inNetns(s: Scenario): Run {
  const out = execFileSync(
    'unshare',
    ['--net', '--mount', '--', process.execPath, harness, JSON.stringify(s)],
    { encoding: 'utf8', timeout: 30000 },
  );
  return JSON.parse(out) as Run;
}

const CONTROL = { host: '127.0.0.1', port: 8081, kind: 'ok' as const };
const common = ['--resolvers', '127.0.0.2', '--control', 'http://127.0.0.1:8081/'];

beforeAll(() => {
  // Build the CLI when it is missing or older than the engine it bundles.
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
    execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'pipe' });
  }
}, 120000);

describe('gateway-doctor diagnose (real CLI process)', () => {
  it.each([
    [['diagnose'], /give the address/],
    [['diagnose', 'ftp://example.test/'], /only web addresses/i],
    [['diagnose', 'https://ok.test/', '--repeat', '0'], /--repeat must be a whole number from 1 to 20/],
    [['diagnose', 'https://ok.test/', '--resolvers', 'not-an-ip'], /not one/],
    [['diagnose', 'https://ok.test/', '--timeout'], /--timeout must be/],
    [['diagnose', 'https://ok.test/', '--bogus'], /unknown option/],
    [['diagnose', 'https://ok.test/', '--lang', 'fr'], /--lang takes one of en, de \(got "fr"\)/],
  ])('bad input %j → exit 2 with a clear message', (argv, message) => {
    const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.skipIf(!netns)(
    'a 502 from the site → exit 0, --json is a valid DiagnosisResult with verdict site-server-error',
    () => {
      const r = inNetns({
        web: [{ host: '127.0.0.1', port: 80, kind: '502' }, CONTROL],
        systemDns: { 'shop.test': ['127.0.0.1'] },
        altDns: { 'shop.test': ['127.0.0.1'] },
        argv: ['diagnose', 'http://shop.test/', '--json', ...common],
      });
      expect(r.code).toBe(0);
      const result = DiagnosisResultSchema.parse(JSON.parse(r.stdout));
      expect(result.verdict.id).toBe('site-server-error');
      expect(result.gateway).toMatchObject({ address: '192.0.2.2', reachable: true });
      expect(result.dns?.answers.map((a) => a.resolver)).toEqual(['127.0.0.1', '127.0.0.2']);
      expect(r.stderr).toBe(''); // not a TTY: no progress lines
      expect(r.ms).toBeLessThan(5000);
    },
  );

  it.skipIf(!netns)('human output leads with the plain verdict', () => {
    const r = inNetns({
      web: [{ host: '127.0.0.1', port: 80, kind: '502' }, CONTROL],
      systemDns: { 'shop.test': ['127.0.0.1'] },
      altDns: { 'shop.test': ['127.0.0.1'] },
      argv: ['diagnose', 'http://shop.test', ...common],
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/not from your computer/);
    expect(r.stdout).toContain('Verdict: site-server-error');
    expect(r.stdout).toContain('Why we think so:');
  });

  it.skipIf(!netns)('--lang de: German output and a German report; a German LANG alone does the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-cli-de-'));
    try {
      const report = join(dir, 'bericht.md');
      const scenario = {
        web: [{ host: '127.0.0.1', port: 80, kind: '502' as const }, CONTROL],
        systemDns: { 'shop.test': ['127.0.0.1'] },
        altDns: { 'shop.test': ['127.0.0.1'] },
      };
      const r = inNetns({
        ...scenario,
        argv: ['diagnose', 'http://shop.test/', '--lang', 'de', '--report', report, ...common],
      });
      expect(r.code).toBe(0);
      const v = textsDe.verdicts['site-server-error'];
      expect(r.stdout.split('\n')[0]).toBe(v.summary.replace('{{host}}', 'shop.test'));
      expect(r.stdout).toContain('Ergebnis: site-server-error');
      expect(r.stdout).toContain('Warum wir das denken:');
      expect(r.stdout).toContain(textsDe.checks['site-probe']);
      expect(r.stdout).not.toContain('Why we think so:');
      const text = readFileSync(report, 'utf8');
      expect(text.startsWith(`# ${v.title}`)).toBe(true);
      expect(text).toContain(`**Für: ${textsDe.recipients['site-owner'].label}**`);
      expect(text).toContain(`## ${textsDe.report.checks.title}`);
      const byEnv = inNetns({
        ...scenario,
        argv: ['diagnose', 'http://shop.test/', ...common],
        env: { LANG: 'de_DE.UTF-8' },
      });
      expect(byEnv.stdout).toContain('Warum wir das denken:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!netns)('the system DNS gives an old address → dns-stale-answer', () => {
    const r = inNetns({
      web: [{ host: '127.0.0.1', port: 80, kind: 'ok' }, CONTROL],
      systemDns: { 'moved.test': ['127.0.0.3'] },
      altDns: { 'moved.test': ['127.0.0.1'] },
      argv: ['diagnose', 'http://moved.test/', '--json', ...common],
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict.id).toBe('dns-stale-answer');
  });

  it.skipIf(!netns)('the system DNS is silent → dns-resolver-failing, well under 3 s of diagnosis', () => {
    const r = inNetns({
      web: [{ host: '127.0.0.1', port: 80, kind: 'ok' }, CONTROL],
      systemDns: { 'shop.test': 'silent' },
      altDns: { 'shop.test': ['127.0.0.1'] },
      argv: ['diagnose', 'http://shop.test/', '--json', ...common],
    });
    expect(r.code).toBe(0);
    const result = DiagnosisResultSchema.parse(JSON.parse(r.stdout));
    expect(result.verdict.id).toBe('dns-resolver-failing');
    expect(result.durationMs).toBeLessThan(3000);
  });

  it.skipIf(!netns)('HTTP_PROXY points at a failing proxy, the direct path works → proxy-error', () => {
    const r = inNetns({
      web: [
        { host: '127.0.0.1', port: 80, kind: 'ok' },
        { host: '127.0.0.1', port: 3128, kind: 'squid502' },
        CONTROL,
      ],
      systemDns: { 'shop.test': ['127.0.0.1'] },
      altDns: { 'shop.test': ['127.0.0.1'] },
      argv: ['diagnose', 'http://shop.test/', '--json', ...common],
      env: { HTTP_PROXY: 'http://127.0.0.1:3128', NO_PROXY: '127.0.0.1' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict.id).toBe('proxy-error');
  });
});
