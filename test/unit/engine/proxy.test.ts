import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFromEnv, proxyFromPac } from '../../../electron/engine/http/proxy';

describe('proxy selection', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, lower-case first', () => {
    const env = {
      HTTPS_PROXY: 'http://u:p%40ss@proxy.lan:3128',
      http_proxy: 'proxy2.lan:8080',
      HTTP_PROXY: 'ignored:1',
    };
    expect(proxyFromEnv('https://site.test/', env)).toEqual({
      kind: 'http',
      host: 'proxy.lan',
      port: 3128,
      auth: 'u:p@ss',
      source: 'env',
      display: 'proxy.lan:3128',
    });
    expect(proxyFromEnv('http://site.test/', env)).toMatchObject({
      kind: 'http',
      host: 'proxy2.lan',
      port: 8080,
    });
  });
  it('falls back to ALL_PROXY and reports SOCKS as unsupported', () => {
    expect(proxyFromEnv('https://site.test/', { ALL_PROXY: 'socks5://127.0.0.1:1080' })).toMatchObject({
      kind: 'unsupported',
    });
    expect(proxyFromEnv('https://site.test/', {})).toEqual({ kind: 'direct', source: 'none' });
  });
  it.each([
    ['site.test', 443, 'site.test', true],
    ['www.site.test', 443, 'site.test', true],
    ['www.site.test', 443, '.site.test', true],
    ['notsite.test', 443, 'site.test', false],
    ['site.test', 443, 'site.test:8443', false],
    ['site.test', 8443, 'site.test:8443', true],
    ['10.0.0.5', 80, '10.0.0.5', true],
    ['10.0.0.5', 80, '0.0.5', false],
    ['::1', 80, '::1', true],
    ['::1', 80, '[::1]:80', true],
    ['anything.test', 80, 'a, b , *', true],
    ['x.test', 80, '', false],
  ])('NO_PROXY: %s:%d with %j → %s', (host, port, np, expected) => {
    expect(bypassesProxy(host, port, np)).toBe(expected);
  });
  it('honours NO_PROXY from the environment', () => {
    expect(proxyFromEnv('https://intranet.corp/', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '.corp' })).toEqual({
      kind: 'direct',
      source: 'env',
    });
  });
  it('reads PAC answers', () => {
    expect(proxyFromPac('DIRECT')).toEqual({ kind: 'direct', source: 'system' });
    expect(proxyFromPac('PROXY 10.1.1.1:8080; DIRECT')).toMatchObject({
      kind: 'http',
      host: '10.1.1.1',
      port: 8080,
      source: 'system',
    });
    expect(proxyFromPac('SOCKS5 10.1.1.1:1080')).toMatchObject({ kind: 'unsupported' });
    expect(proxyFromPac('')).toEqual({ kind: 'direct', source: 'system' });
  });
});
