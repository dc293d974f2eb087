// The real CLI inside a private network namespace (unshare) against faults of secure sites: real
// TLS servers with a test CA trusted the way users trust one (NODE_EXTRA_CA_CERTS), certificates
// made by openssl at test time, known-good sites whose Date header says whether this computer's
// clock is right, and a sign-in portal in front of https known-good sites (the default shape).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';
import { makeTestCa } from './helpers/test-certs';
import type { TestCa, TestCert } from './helpers/test-certs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const harness = fileURLToPath(new URL('./helpers/netns-harness.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../../out/cli/index.mjs', import.meta.url));
const engine = fileURLToPath(new URL('../../../electron/engine/orchestrator.ts', import.meta.url));
const netns = spawnSync('unshare', ['--net', '--mount', '--', 'true']).status === 0;
const DAY = 86400;

let ca: TestCa;
const certs: Record<string, TestCert> = {};

beforeAll(async () => {
  if (!netns) return;
  if (!existsSync(built) || statSync(built).mtimeMs < statSync(engine).mtimeMs)
    execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'pipe' });
  ca = await makeTestCa();
  certs.expired = await ca.leaf('expired', 'shop.test', -100, -10);
  certs.pastValid = await ca.leaf('past', 'shop.test', -30, -10);
  certs.wrongName = await ca.leaf('wrong', 'other.test', -1, 30);
}, 120_000);
afterAll(() => ca?.cleanup());

function diagnose(cert: TestCert, controlDateOffsetSec = 0): DiagnosisResult {
  const scenario = {
    web: [
      { host: '127.0.0.1', port: 443, kind: 'ok', tls: { cert: cert.certPath, key: cert.keyPath } },
      { host: '127.0.0.1', port: 8081, kind: 'ok', dateOffsetSec: controlDateOffsetSec },
    ],
    systemDns: { 'shop.test': ['127.0.0.1'] },
    altDns: { 'shop.test': ['127.0.0.1'] },
    argv: [
      'diagnose',
      'https://shop.test/',
      '--json',
      '--resolvers',
      '127.0.0.2',
      '--control',
      'http://127.0.0.1:8081/',
    ],
    env: { NODE_EXTRA_CA_CERTS: ca.certPath },
  };
  const out = execFileSync(
    'unshare',
    ['--net', '--mount', '--', process.execPath, harness, JSON.stringify(scenario)],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  const run = JSON.parse(out) as { code: number; stdout: string; stderr: string };
  expect(run.code, run.stderr).toBe(0);
  return DiagnosisResultSchema.parse(JSON.parse(run.stdout));
}

const tls = (r: DiagnosisResult) => r.checks.find((c) => c.id === 'tls-certificate');
const text = (r: DiagnosisResult) => r.verdict.reasons.map((x) => x.detail).join('\n');

describe.skipIf(!netns)('gateway-doctor diagnose: certificate errors (real CLI, private netns)', () => {
  it('expired, clock right → tls-certificate-error, the site owner acts', () => {
    const r = diagnose(certs.expired as TestCert);
    expect(r.verdict).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner' });
    expect(tls(r)?.evidence).toMatchObject({
      errorCode: 'CERT_HAS_EXPIRED',
      errorClass: 'expired',
      subject: 'shop.test',
      issuer: 'Gateway Doctor Test CA',
    });
    expect(text(r)).toContain('expired 10 days ago');
    expect(r.durationMs).toBeLessThan(3000);
  });
  it('expired only by this clock: the known-good site’s clock is 20 days behind → you act', () => {
    const r = diagnose(certs.pastValid as TestCert, -20 * DAY);
    expect(r.verdict).toMatchObject({ id: 'tls-certificate-error', whoActs: 'you' });
    expect(r.checks.find((c) => c.id === 'control-sites')?.evidence.clockSkewSec).toBeGreaterThan(19 * DAY);
    expect(text(r)).toContain('20 days ahead of');
  });
  it('issued for another name → wrong-name, with the name it is for', () => {
    const r = diagnose(certs.wrongName as TestCert);
    expect(r.verdict).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner' });
    expect(tls(r)?.evidence).toMatchObject({ errorClass: 'wrong-name', names: ['other.test'] });
  });
});

describe.skipIf(!netns)(
  'gateway-doctor diagnose: a portal in front of https sites (real CLI, private netns)',
  () => {
    it('https site and https known-good sites fail; their plain-HTTP twins meet the portal → captive-portal', () => {
      const scenario = {
        // Nothing on 443 (the portal lets no secure connection through); port 80 is the portal's.
        web: [{ host: '127.0.0.1', port: 80, kind: 'portal' }],
        systemDns: {
          'shop.test': ['127.0.0.1'],
          'c1.test': ['127.0.0.1'],
          'c2.test': ['127.0.0.1'],
          'portal.test': ['127.0.0.1'],
        },
        altDns: { 'shop.test': ['127.0.0.1'] },
        argv: [
          'diagnose',
          'https://shop.test/',
          '--json',
          '--resolvers',
          '127.0.0.2',
          '--control',
          'https://c1.test/,https://c2.test/',
        ],
      };
      const out = execFileSync(
        'unshare',
        ['--net', '--mount', '--', process.execPath, harness, JSON.stringify(scenario)],
        {
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      const run = JSON.parse(out) as { code: number; stdout: string; stderr: string };
      expect(run.code, run.stderr).toBe(0);
      const r = DiagnosisResultSchema.parse(JSON.parse(run.stdout));
      expect(r.verdict).toMatchObject({ id: 'captive-portal', whoActs: 'you' });
      expect(r.checks.find((c) => c.id === 'captive-portal')?.evidence).toMatchObject({
        portalHost: 'portal.test',
        how: 'redirect',
        intercepted: 3,
        title: 'Cafe Wi-Fi: sign in',
        loginForm: true,
        portalUrl: 'http://portal.test/login',
      });
      expect(r.durationMs).toBeLessThan(3000);
    });
  },
);
