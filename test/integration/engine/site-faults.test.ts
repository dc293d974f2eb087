// The round-two site faults on loopback, with real sockets: TLS servers with certificates made by
// openssl at test time, a sign-in portal answering for every host, DNS servers failing one name,
// and a hosts file pinning a dead address.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo, LookupFunction, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../electron/contract';
import type { CheckResult, DiagnosisResult } from '../../../electron/contract';
import { runDiagnosis } from '../../../electron/engine';
import { inspectTls } from '../../../electron/engine/http/tls-inspect';
import { loopbackDeps } from './helpers/deps';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';
import { okPage, startHttp, startProxy, startRaw, silent } from './helpers/http-servers';
import type { Running } from './helpers/http-servers';
import { makeTestCa, selfSigned } from './helpers/test-certs';
import type { TestCa, TestCert } from './helpers/test-certs';

const LOGIN_PAGE =
  '<html><head><title>Hotel Wi-Fi: sign in</title></head><body><form method=post>' +
  '<input name=room><input type=password name=code></form></body></html>';

interface TlsRunning {
  port: number;
  close(): Promise<void>;
}

async function startTls(c: TestCert): Promise<TlsRunning> {
  const server: Server = createHttpsServer({ key: c.key, cert: c.cert }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>secure</html>');
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let ca: TestCa;
let dir: string;
const closers: (() => Promise<void>)[] = [];
let good: TlsRunning;
let expired: TlsRunning;
let wrongName: TlsRunning;
let selfSignedSite: TlsRunning;
let interceptedSite: TlsRunning;
let interceptedControl: TlsRunning;
let ok: Running;
let portal: Running;
let samePage: Running;
let sysDns: TestDnsServer;
let altDns: TestDnsServer;

const ZONES = {
  'site.test': { a: ['127.0.0.1'] },
  'control.test': { a: ['127.0.0.1'] },
  'c1.test': { a: ['127.0.0.1'] },
  'c2.test': { a: ['127.0.0.1'] },
  'shop.test': { a: ['127.0.0.1'] },
  'portal.test': { a: ['127.0.0.1'] },
  'pinned.test': { a: ['127.0.0.1'] },
  'broken.test': { rcode: 'SERVFAIL' as const },
  'silent.test': { silent: true },
  'silent2.test': { silent: true },
};

beforeAll(async () => {
  ca = await makeTestCa();
  dir = mkdtempSync(join(tmpdir(), 'gd-site-faults-'));
  good = await startTls(await ca.leaf('good', 'localhost', -1, 30));
  expired = await startTls(await ca.leaf('expired', 'localhost', -100, -10));
  wrongName = await startTls(await ca.leaf('wrong', 'other.test', -1, 30));
  selfSignedSite = await startTls(await selfSigned(dir, 'self', 'site.test'));
  interceptedSite = await startTls(await ca.leaf('isite', 'site.test', -1, 30));
  interceptedControl = await startTls(await ca.leaf('icontrol', 'control.test', -1, 30));
  ok = await startHttp(okPage);
  // A sign-in portal: every host but its own is sent to its login page.
  portal = await startHttp((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    if (host === 'portal.test') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(LOGIN_PAGE);
      return;
    }
    res.writeHead(302, { location: `http://portal.test:${portal.port}/login?mac=00:11:22:33:44:55` });
    res.end('<html><head><title>302 Found</title></head></html>');
  });
  // A portal that answers every host with its sign-in page in place.
  samePage = await startHttp((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(LOGIN_PAGE);
  });
  for (const s of [
    good,
    expired,
    wrongName,
    selfSignedSite,
    interceptedSite,
    interceptedControl,
    ok,
    portal,
    samePage,
  ])
    closers.push(() => s.close());
  sysDns = await startDnsServer(ZONES, '127.0.0.1');
  altDns = await startDnsServer(ZONES, '127.0.0.2', sysDns.port);
  closers.push(
    () => sysDns.close(),
    () => altDns.close(),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  ca?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const check = (r: DiagnosisResult, id: string): CheckResult | undefined => r.checks.find((c) => c.id === id);

async function diagnose(
  url: string,
  controls: string[],
  extra: Parameters<typeof loopbackDeps>[0] extends infer T ? Partial<T> : never = {},
) {
  const t0 = performance.now();
  const result = await runDiagnosis(
    { url, options: { repeat: 2 } },
    loopbackDeps({ controls, dnsPort: sysDns.port, ...extra }),
  );
  expect(DiagnosisResultSchema.safeParse(result).success).toBe(true);
  return { result, ms: performance.now() - t0 };
}

describe('inspectTls: the certificate a server shows (real TLS servers)', () => {
  // Every name is looked up as 127.0.0.1: no query ever leaves the machine.
  const loopback: LookupFunction = ((_h: string, o: unknown, cb: (...a: unknown[]) => void) => {
    const done = typeof o === 'function' ? (o as typeof cb) : cb;
    if (typeof o === 'object' && o !== null && (o as { all?: boolean }).all)
      done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
  }) as LookupFunction;
  const at = (port: number, host = 'localhost') => ({
    host,
    port,
    timeoutMs: 2000,
    ca: ca.cert,
    lookup: loopback,
  });
  it('a good certificate from the trusted CA: authorized, names, issuer and validity read', async () => {
    const r = await inspectTls(at(good.port));
    expect(r).toMatchObject({
      connected: true,
      handshake: true,
      authorized: true,
      verifyError: null,
      error: null,
    });
    expect(r.certificate).toMatchObject({
      subject: 'localhost',
      names: ['localhost'],
      issuer: 'Gateway Doctor Test CA',
      selfSigned: false,
    });
    expect(Date.parse(r.certificate?.validTo ?? '')).toBeGreaterThan(Date.now());
  });
  it('expired: CERT_HAS_EXPIRED, with its end date in the past', async () => {
    const r = await inspectTls(at(expired.port));
    expect(r).toMatchObject({ handshake: true, authorized: false, verifyError: 'CERT_HAS_EXPIRED' });
    const ago = (Date.now() - Date.parse(r.certificate?.validTo ?? '')) / 86400_000;
    expect(ago).toBeGreaterThan(9);
    expect(ago).toBeLessThan(11);
  });
  it('another name: ERR_TLS_CERT_ALTNAME_INVALID, and the name it is for', async () => {
    const r = await inspectTls(at(wrongName.port));
    expect(r.verifyError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(r.certificate?.names).toEqual(['other.test']);
  });
  it('self-signed: DEPTH_ZERO_SELF_SIGNED_CERT and selfSigned', async () => {
    const r = await inspectTls(at(selfSignedSite.port, 'site.test'));
    expect(r.verifyError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(r.certificate).toMatchObject({ selfSigned: true, issuer: 'site.test' });
  });
  it('through an HTTP proxy (CONNECT tunnel)', async () => {
    const proxy = await startProxy();
    closers.push(() => proxy.close());
    const r = await inspectTls({
      ...at(expired.port, '127.0.0.1'),
      proxy: {
        kind: 'http',
        host: '127.0.0.1',
        port: proxy.port,
        auth: null,
        source: 'env',
        display: 'proxy',
      },
    });
    expect(proxy.seen).toContain(`CONNECT 127.0.0.1:${expired.port}`);
    expect(r).toMatchObject({ handshake: true, verifyError: 'CERT_HAS_EXPIRED', address: null });
  });
  it('nothing listening, a server that never handshakes, and cancellation: no certificate, fast', async () => {
    const gone = await startTls(await ca.leaf('gone', 'localhost', -1, 30));
    await gone.close();
    expect(await inspectTls(at(gone.port))).toMatchObject({ connected: false, error: 'ECONNREFUSED' });
    const hang = await startRaw(silent);
    closers.push(() => hang.close());
    const t0 = performance.now();
    const r = await inspectTls({ ...at(hang.port), timeoutMs: 300 });
    expect(r).toMatchObject({ connected: true, handshake: false, error: 'EHANDSHAKETIMEOUT' });
    expect(performance.now() - t0).toBeLessThan(1000);
    const ac = new AbortController();
    const p = inspectTls({ ...at(hang.port), timeoutMs: 5000, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    expect(await p).toMatchObject({ handshake: false, error: 'aborted' });
  });
});

describe('runDiagnosis: round-two site faults on loopback', () => {
  it('a self-signed certificate → tls-certificate-error with the certificate in the evidence', async () => {
    const { result, ms } = await diagnose(`https://site.test:${selfSignedSite.port}/`, [ok.url]);
    expect(result.verdict).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner' });
    expect(check(result, 'tls-certificate')).toMatchObject({
      status: 'problem',
      problems: ['cert-unknown-issuer'],
      evidence: { errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', subject: 'site.test', selfSigned: true },
    });
    expect(result.verdict.reasons.map((r) => r.detail).join(' ')).toContain('signed by itself (site.test)');
    expect(ms).toBeLessThan(3000);
  });
  it('one untrusted issuer on the site and the known-good site → an interceptor: you act', async () => {
    const { result } = await diagnose(`https://site.test:${interceptedSite.port}/`, [
      `https://control.test:${interceptedControl.port}/`,
    ]);
    expect(result.verdict).toMatchObject({ id: 'tls-certificate-error', whoActs: 'you' });
    expect(check(result, 'tls-certificate')?.problems).toEqual(['cert-unknown-issuer', 'cert-intercepted']);
    expect(check(result, 'tls-certificate')?.evidence.interceptor).toBe('Gateway Doctor Test CA');
  });
  it('a portal redirecting every plain request → captive-portal, with its host, page and sign-in URL', async () => {
    const controls = [`http://c1.test:${portal.port}/`, `http://c2.test:${portal.port}/`];
    const { result, ms } = await diagnose(`http://shop.test:${portal.port}/`, controls);
    expect(result.verdict).toMatchObject({ id: 'captive-portal', whoActs: 'you', confidence: 'high' });
    expect(check(result, 'captive-portal')).toMatchObject({
      problems: ['web-intercepted'],
      evidence: {
        portalHost: 'portal.test',
        how: 'redirect',
        intercepted: 4,
        asked: 4,
        title: 'Hotel Wi-Fi: sign in',
        loginForm: true,
        siteAnswered: 'portal',
        portalUrl: `http://portal.test:${portal.port}/login`,
      },
    });
    expect(ms).toBeLessThan(3000);
  });
  it('a portal answering every host with its sign-in page in place → captive-portal (page)', async () => {
    const controls = [`http://c1.test:${samePage.port}/`, `http://c2.test:${samePage.port}/`];
    const { result } = await diagnose(`http://shop.test:${samePage.port}/`, controls);
    expect(result.verdict.id).toBe('captive-portal');
    expect(check(result, 'captive-portal')?.evidence).toMatchObject({ how: 'page', portalHost: null });
  });
  it('NOT a portal: the same known-good sites answer normally, the site is refused', async () => {
    const gone = await startHttp(okPage);
    await gone.close();
    const { result } = await diagnose(`http://shop.test:${gone.port}/`, [
      ok.url,
      `http://c1.test:${ok.port}/`,
    ]);
    expect(result.verdict.id).not.toBe('captive-portal');
    expect(check(result, 'captive-portal')?.problems).toEqual([]);
  });
  it('every resolver SERVFAILs the name, the control name resolves → site-dns-failing', async () => {
    const { result, ms } = await diagnose(`http://broken.test:${ok.port}/`, [
      `http://control.test:${ok.port}/`,
    ]);
    expect(result.verdict).toMatchObject({ id: 'site-dns-failing', whoActs: 'site-owner' });
    const swap = check(result, 'dns-swap');
    expect(swap?.problems).toContain('site-name-fails-everywhere');
    expect(swap?.evidence.controlName).toBe('control.test');
    expect(swap?.evidence.controlAnswers).toEqual([
      expect.objectContaining({ resolver: '127.0.0.1', rcode: 'NOERROR', addresses: 1 }),
      expect.objectContaining({ resolver: '127.0.0.2', rcode: 'NOERROR', addresses: 1 }),
    ]);
    expect(ms).toBeLessThan(3000);
  });
  it('every resolver is silent on the name alone → site-dns-failing; silent on every name → never', async () => {
    const { result } = await diagnose(`http://silent.test:${ok.port}/`, [`http://control.test:${ok.port}/`]);
    expect(result.verdict.id).toBe('site-dns-failing');
    // The servers are silent on the known-good name too, while a known-good site by address loads.
    const dead = await diagnose(`http://silent.test:${ok.port}/`, [
      `http://silent2.test:${ok.port}/`,
      ok.url,
    ]);
    expect(check(dead.result, 'dns-swap')?.problems).not.toContain('site-name-fails-everywhere');
    expect(dead.result.verdict.id).not.toBe('site-dns-failing');
  });
  it('a hosts-file line pins the site to a dead address → hosts-file-override with the line', async () => {
    const hostsPath = join(dir, 'hosts');
    writeFileSync(hostsPath, '127.0.0.1 localhost\n# left over from testing\n127.0.0.9   pinned.test\n');
    const { result } = await diagnose(`http://pinned.test:${ok.port}/`, [ok.url], { hostsPath });
    expect(result.verdict).toMatchObject({ id: 'hosts-file-override', whoActs: 'you', confidence: 'high' });
    expect(check(result, 'hosts-file')?.evidence).toMatchObject({
      host: 'pinned.test',
      line: 3,
      entries: [{ line: 3, address: '127.0.0.9', text: '127.0.0.9 pinned.test' }],
      lookupAddresses: ['127.0.0.9'],
    });
    expect(result.dns?.addressProbes.find((p) => p.address === '127.0.0.1')?.status).toBe(200);
  });
  it('the known-good sites’ Date headers tell how far this computer’s clock is off', async () => {
    const ahead = 20 * 86400_000;
    const { result } = await diagnose(ok.url, [ok.url], { clock: { now: () => Date.now() + ahead } });
    const skew = check(result, 'control-sites')?.evidence.clockSkewSec;
    expect(typeof skew).toBe('number');
    expect(Math.abs((skew as number) - ahead / 1000)).toBeLessThan(5);
  });
});
