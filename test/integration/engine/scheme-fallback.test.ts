// `host:port` without a scheme against a plain-http server on loopback: https fails with a
// protocol error, so the run uses http and says so; a typed https:// stays https.
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../electron/contract';
import { runDiagnosis } from '../../../electron/engine';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';
import { garbage, okPage, startHttp, startRaw } from './helpers/http-servers';
import type { Running } from './helpers/http-servers';
import { loopbackDeps } from './helpers/deps';

let control: Running;
let plain: Running;
let sysDns: TestDnsServer;
const hits: string[] = [];

beforeAll(async () => {
  control = await startHttp(okPage);
  plain = await startHttp((req, res) => {
    hits.push(req.url ?? '');
    okPage(req, res);
  });
  sysDns = await startDnsServer({ 'shop.test': { a: ['127.0.0.1'] } }, '127.0.0.1');
});
afterAll(async () => {
  await Promise.all([control.close(), plain.close(), sysDns.close()]);
});

async function diagnose(url: string) {
  const deps = loopbackDeps({ controls: [control.url], dnsPort: sysDns.port });
  return runDiagnosis({ url, options: { repeat: 3 } }, deps, { runId: 'run-1' });
}

describe('no scheme given, plain http on the port', () => {
  it('"127.0.0.1:<port>" → https fails (EPROTO), http answers: site-ok over http', async () => {
    hits.length = 0;
    const result = await diagnose(`127.0.0.1:${plain.port}`);
    expect(DiagnosisResultSchema.safeParse(result).success).toBe(true);
    expect(result.target).toMatchObject({
      input: `127.0.0.1:${plain.port}`,
      scheme: 'http',
      url: `http://127.0.0.1:${plain.port}/`,
      port: plain.port,
      httpFallback: { httpsError: expect.stringMatching(/^(EPROTO|ERR_SSL_)/) as unknown as string },
    });
    const site = result.checks.find((c) => c.id === 'site-probe');
    expect(site?.status).toBe('ok');
    expect(result.probe?.attempts.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(result.probe?.attempts.every((a) => a.url.startsWith('http://'))).toBe(true);
    expect(result.verdict.id).toBe('site-ok');
    // the choice cost one http request; the three probe attempts came over http too
    expect(hits.length).toBeGreaterThanOrEqual(4);
  });

  it('a typed https:// is kept, even on a port that speaks plain http', async () => {
    const result = await diagnose(`https://127.0.0.1:${plain.port}/`);
    expect(result.target.scheme).toBe('https');
    expect(result.target.httpFallback).toBeUndefined();
    expect(result.probe?.attempts.every((a) => a.status === null)).toBe(true);
    expect(result.verdict.id).not.toBe('site-ok');
  });

  it('a port where nothing speaks http either stays https (no fallback claimed)', async () => {
    // neither TLS nor HTTP: https fails with a protocol error, http gets no HTTP answer either
    const asked: string[] = [];
    const junk = await startRaw((s) => {
      s.once('data', (d: Buffer) => {
        asked.push(d[0] === 0x16 ? 'tls' : 'http');
        garbage(s);
        s.emit('data', d);
      });
    });
    try {
      const result = await diagnose(`127.0.0.1:${junk.port}`);
      expect(asked.slice(0, 2)).toEqual(['tls', 'http']);
      expect(result.target).toMatchObject({ scheme: 'https', url: `https://127.0.0.1:${junk.port}/` });
      expect(result.target.httpFallback).toBeUndefined();
    } finally {
      await junk.close();
    }
  });

  it('a real TLS server on a non-443 port keeps https (certificate errors are https evidence)', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('./helpers/', import.meta.url);
    const tls = createTlsServer(
      { key: readFileSync(new URL('test-key.pem', dir)), cert: readFileSync(new URL('test-cert.pem', dir)) },
      (s) => {
        s.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
      },
    );
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', () => r()));
    const port = (tls.address() as { port: number }).port;
    try {
      const result = await diagnose(`127.0.0.1:${port}`);
      expect(result.target).toMatchObject({ scheme: 'https', url: `https://127.0.0.1:${port}/` });
      expect(result.target.httpFallback).toBeUndefined();
    } finally {
      await new Promise<void>((r) => tls.close(() => r()));
    }
  });
});
