import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { httpProbe, BODY_CAP_BYTES } from '../../../electron/engine/http/probe';
import { parseProxyUrl } from '../../../electron/engine/http/proxy';
import {
  NGINX_502,
  NGINX_504,
  fixed,
  garbage,
  hugeBody,
  okPage,
  silent,
  slowDrip,
  startHttp,
  startProxy,
  startRaw,
} from './helpers/http-servers';
import type { Running } from './helpers/http-servers';

const cert = readFileSync(new URL('./helpers/test-cert.pem', import.meta.url), 'utf8');
const key = readFileSync(new URL('./helpers/test-key.pem', import.meta.url), 'utf8');
const closers: Running[] = [];
async function keep<T extends Running>(p: Promise<T>): Promise<T> {
  const r = await p;
  closers.push(r);
  return r;
}
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

describe('httpProbe against real loopback servers', () => {
  let tlsPort = 0;
  let tlsSeen: { host?: string; sni?: string }[] = [];
  beforeAll(async () => {
    const server = createHttpsServer({ cert, key }, (req, res) => {
      tlsSeen.push({ host: req.headers.host, sni: (req.socket as { servername?: string }).servername });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('secure hello');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    tlsPort = (server.address() as AddressInfo).port;
    closers.push({
      port: tlsPort,
      url: '',
      hits: 0,
      close: () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    });
  });

  it('records status, headers, timings and recognises an nginx 502 page', async () => {
    const s = await keep(startHttp(fixed(502, NGINX_502)));
    const a = await httpProbe({ url: s.url, timeoutMs: 2000 });
    expect(a).toMatchObject({
      status: 502,
      error: null,
      via: 'direct',
      address: '127.0.0.1',
      bodyTruncated: false,
    });
    expect(a.headers.server).toBe('nginx/1.22.1');
    expect(a.bodyBytes).toBe(Buffer.byteLength(NGINX_502));
    expect(a.timings.connectMs).not.toBeNull();
    expect(a.timings.firstByteMs).not.toBeNull();
    expect(a.timings.tlsMs).toBeNull();
    expect(a.recognition).toMatchObject({ status: 502, source: 'nginx' });
  });
  it('sees a 504', async () => {
    const s = await keep(startHttp(fixed(504, NGINX_504)));
    const a = await httpProbe({ url: s.url, timeoutMs: 2000 });
    expect(a.status).toBe(504);
    expect(a.recognition?.status).toBe(504);
  });
  it('turns a garbage (non-HTTP) answer into a parser error code', async () => {
    const s = await keep(startRaw(garbage));
    const a = await httpProbe({ url: s.url, timeoutMs: 2000 });
    expect(a.status).toBeNull();
    expect(a.error).toMatch(/^HPE_|ECONNRESET/);
    expect(a.recognition).toBeNull();
  });
  it('reports ECONNREFUSED for a closed port', async () => {
    const s = await startHttp(okPage);
    await s.close();
    const a = await httpProbe({ url: s.url, timeoutMs: 2000 });
    expect(a).toMatchObject({ status: null, error: 'ECONNREFUSED' });
  });
  it('gives up on a server that accepts but never answers, within the deadline', async () => {
    const s = await keep(startRaw(silent));
    const t0 = performance.now();
    const a = await httpProbe({ url: s.url, timeoutMs: 400 });
    expect(performance.now() - t0).toBeLessThan(900);
    expect(a).toMatchObject({ status: null, error: 'ERESPONSETIMEOUT' });
  });
  it('cannot be held open by a slow-drip body', async () => {
    const s = await keep(startHttp(slowDrip));
    const t0 = performance.now();
    const a = await httpProbe({ url: s.url, timeoutMs: 500 });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(a).toMatchObject({ status: 200, error: 'EBODYTIMEOUT', bodyTruncated: true });
    expect(a.bodyBytes).toBeGreaterThan(0);
  });
  it('caps an endless body at 256 KiB and stops reading', async () => {
    const s = await keep(startHttp(hugeBody));
    const a = await httpProbe({ url: s.url, timeoutMs: 5000 });
    expect(a).toMatchObject({ status: 200, error: null, bodyTruncated: true, bodyBytes: BODY_CAP_BYTES });
  });
  it('honours cancellation', async () => {
    const s = await keep(startRaw(silent));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const a = await httpProbe({ url: s.url, timeoutMs: 5000, signal: ac.signal });
    expect(a.error).toBe('aborted');
  });
  it('pins an address while keeping the site name in Host and TLS SNI', async () => {
    tlsSeen = [];
    const a = await httpProbe({
      url: `https://site.test:${tlsPort}/x`,
      address: '127.0.0.1',
      timeoutMs: 2000,
      tlsCa: cert,
    });
    expect(a).toMatchObject({ status: 200, error: null, address: '127.0.0.1' });
    expect(a.timings.tlsMs).not.toBeNull();
    expect(tlsSeen).toEqual([{ host: `site.test:${tlsPort}`, sni: 'site.test' }]);
  });
  it('reports a certificate problem as the error (no silent acceptance)', async () => {
    const a = await httpProbe({
      url: `https://wrong.test:${tlsPort}/`,
      address: '127.0.0.1',
      timeoutMs: 2000,
      tlsCa: cert,
    });
    expect(a.status).toBeNull();
    expect(a.error).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID|CERT/);
  });
  it('pins a Host header for plain http', async () => {
    let host = '';
    const s = await keep(
      startHttp((req, res) => {
        host = req.headers.host ?? '';
        res.end('ok');
      }),
    );
    const a = await httpProbe({ url: `http://site.test:${s.port}/`, address: '127.0.0.1', timeoutMs: 2000 });
    expect(a.status).toBe(200);
    expect(host).toBe(`site.test:${s.port}`);
  });
  it('goes through an HTTP proxy in absolute form for http', async () => {
    const site = await keep(startHttp(okPage));
    const proxy = await keep(startProxy());
    const a = await httpProbe({ url: site.url, proxy: parseProxyUrl(proxy.url, 'env'), timeoutMs: 2000 });
    expect(a).toMatchObject({ status: 200, via: 'proxy' });
    expect(proxy.seen).toEqual([`GET ${site.url}`]);
  });
  it('tunnels https through CONNECT with the right SNI', async () => {
    tlsSeen = [];
    const proxy = await keep(startProxy());
    const a = await httpProbe({
      url: `https://localhost:${tlsPort}/`,
      proxy: parseProxyUrl(proxy.url, 'env'),
      timeoutMs: 2000,
      tlsCa: cert,
    });
    expect(a).toMatchObject({ status: 200, via: 'proxy', error: null });
    expect(proxy.seen).toEqual([`CONNECT localhost:${tlsPort}`]);
    expect(tlsSeen[0]?.sni).toBe('localhost');
  });
  it('records the failing proxy answer for http and for CONNECT', async () => {
    const proxy = await keep(startProxy(true));
    const a = await httpProbe({
      url: 'http://site.test/',
      proxy: parseProxyUrl(proxy.url, 'env'),
      timeoutMs: 2000,
    });
    expect(a).toMatchObject({ status: 502, via: 'proxy' });
    expect(a.recognition?.source).toBe('squid');
    const b = await httpProbe({
      url: 'https://site.test/',
      proxy: parseProxyUrl(proxy.url, 'env'),
      timeoutMs: 2000,
    });
    expect(b).toMatchObject({ status: 502, via: 'proxy', error: 'EPROXYCONNECT' });
  });
});
