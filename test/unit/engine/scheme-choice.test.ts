import { describe, expect, it } from 'vitest';
import type { ProbeAttempt } from '../../../electron/contract';
import { chooseScheme, looksLikePlainHttp, mayFallBackToHttp } from '../../../electron/engine/scheme-choice';
import { hasExplicitScheme, parseTarget } from '../../../electron/engine/target';

function attempt(url: string, status: number | null, error: string | null): ProbeAttempt {
  return {
    url,
    address: null,
    via: 'direct',
    status,
    error,
    timings: { dnsMs: null, connectMs: 1, tlsMs: null, firstByteMs: null, totalMs: 2 },
    headers: {},
    bodyBytes: 0,
    bodyTruncated: false,
    recognition: null,
  };
}

/** A scripted probe: answers by scheme and records every URL asked. */
function probe(https: [number | null, string | null], http: [number | null, string | null]) {
  const asked: string[] = [];
  return {
    asked,
    fn: async (url: string) => {
      asked.push(url);
      const [status, error] = url.startsWith('https:') ? https : http;
      return attempt(url, status, error);
    },
  };
}

describe('scheme choice', () => {
  it('knows when the scheme was typed', () => {
    expect(hasExplicitScheme('https://a.test:8443')).toBe(true);
    expect(hasExplicitScheme('  HTTP://a.test')).toBe(true);
    expect(hasExplicitScheme('a.test:8080')).toBe(false);
    expect(hasExplicitScheme('//a.test:8080')).toBe(false);
  });

  it('only an assumed https on a port other than 443 may fall back', () => {
    expect(mayFallBackToHttp(parseTarget('router.lan:8080'))).toBe(true);
    expect(mayFallBackToHttp(parseTarget('10.0.0.5:80'))).toBe(true);
    expect(mayFallBackToHttp(parseTarget('shop.test'))).toBe(false);
    expect(mayFallBackToHttp(parseTarget('shop.test:443'))).toBe(false);
    expect(mayFallBackToHttp(parseTarget('https://shop.test:8443'))).toBe(false);
    expect(mayFallBackToHttp(parseTarget('http://shop.test:8080'))).toBe(false);
  });

  it.each([
    'EPROTO',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_PACKET_LENGTH_TOO_LONG',
    'HPE_INVALID_CONSTANT',
  ])('%s means "not TLS here"', (code) => {
    expect(looksLikePlainHttp(code)).toBe(true);
  });

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ECONNRESET',
  ])('%s keeps https', (code) => {
    expect(looksLikePlainHttp(code)).toBe(false);
  });

  it('https protocol error, http answers → http, same port, with the reason', async () => {
    const p = probe([null, 'EPROTO'], [200, null]);
    const t = await chooseScheme(parseTarget('127.0.0.1:8080'), p.fn);
    expect(t).toMatchObject({
      scheme: 'http',
      url: 'http://127.0.0.1:8080/',
      port: 8080,
      httpFallback: { httpsError: 'EPROTO' },
    });
    expect(p.asked).toEqual(['https://127.0.0.1:8080/', 'http://127.0.0.1:8080/']);
  });

  it('port 80 typed without a scheme: http on 80', async () => {
    const t = await chooseScheme(parseTarget('10.0.0.5:80/admin'), probe([null, 'EPROTO'], [401, null]).fn);
    expect(t).toMatchObject({ scheme: 'http', url: 'http://10.0.0.5/admin', port: 80 });
  });

  it('keeps https when http does not answer either, or https failed otherwise', async () => {
    const target = parseTarget('127.0.0.1:8080');
    expect(await chooseScheme(target, probe([null, 'EPROTO'], [null, 'HPE_INVALID_CONSTANT']).fn)).toBe(
      target,
    );
    const refused = probe([null, 'ECONNREFUSED'], [200, null]);
    expect(await chooseScheme(target, refused.fn)).toBe(target);
    expect(refused.asked).toEqual(['https://127.0.0.1:8080/']);
    expect(await chooseScheme(target, probe([502, null], [200, null]).fn)).toBe(target);
  });

  it('asks nothing when the scheme was typed or the port is 443', async () => {
    const p = probe([null, 'EPROTO'], [200, null]);
    await chooseScheme(parseTarget('https://127.0.0.1:8080'), p.fn);
    await chooseScheme(parseTarget('shop.test'), p.fn);
    expect(p.asked).toEqual([]);
  });
});
