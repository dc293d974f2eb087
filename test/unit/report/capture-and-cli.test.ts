import { describe, expect, it } from 'vitest';
import { parseDiagnoseArgs } from '../../../electron/cli/commands/diagnose';
import { proxyCheck } from '../../../electron/engine/checks/proxy';
import type { CheckContext } from '../../../electron/engine/checks/common';
import { flattenHeaders } from '../../../electron/engine/http/probe';
import { parseProxyUrl, proxyFromEnv } from '../../../electron/engine/http/proxy';
import {
  buildReport,
  DEFAULT_REDACTION,
  renderChecked,
  stripUrlSecrets,
} from '../../../electron/engine/report';
import { loadResult } from './fixtures';

describe('credential headers', () => {
  it('the probe keeps no credential value, whatever the case, and only the schemes of a challenge', () => {
    const out = flattenHeaders({
      'set-cookie': ['a=1', 'b=2'],
      'Set-Cookie': 'c=3',
      'x-session-token': 'abc123',
      'X-Api-Key': 'k',
      'www-authenticate': 'Digest realm="corp", nonce="n0nc3", Basic realm="x"',
      'proxy-authenticate': 'Negotiate',
      'access-control-allow-credentials': 'true',
      server: 'nginx',
    });
    expect(out).toEqual({
      'set-cookie': '[omitted]',
      'Set-Cookie': '[omitted]',
      'x-session-token': '[omitted]',
      'X-Api-Key': '[omitted]',
      'www-authenticate': 'Digest, Basic',
      'proxy-authenticate': 'Negotiate',
      'access-control-allow-credentials': 'true',
      server: 'nginx',
    });
  });

  it('a saved result with Set-Cookie or Authorization in any case exports no value of them', () => {
    const r = loadResult('site-502-cloudflare');
    for (const a of r.probe?.attempts ?? [])
      Object.assign(a.headers, { 'Set-Cookie': 'sess=Kq1LeakMe9', AUTHORIZATION: 'Basic dXNlcjpwYXNz' });
    const m = buildReport(r, { redaction: DEFAULT_REDACTION });
    for (const f of ['html', 'md', 'json'] as const) {
      const text = renderChecked(m, f);
      expect(text).not.toContain('Kq1LeakMe9');
      expect(text).not.toContain('dXNlcjpwYXNz');
    }
  });
});

describe('target.input in --json', () => {
  it.each([
    ['https://admin:pw@site.test/p?token=abc&x=1#frag', 'https://site.test/p?token=&x='],
    ['site.test/p?q', 'site.test/p'],
    ['//u@site.test/', '//site.test/'],
    ['https://site.test/path', 'https://site.test/path'],
    ['http://[2001:db8::1]:8080/?a=b', 'http://[2001:db8::1]:8080/?a='],
  ])('%s → %s', (input, shown) => {
    expect(stripUrlSecrets(input)).toBe(shown);
  });

  it('the CLI still accepts such an address (it is cleaned only where printed)', () => {
    expect(parseDiagnoseArgs(['https://admin:pw@site.test/p?token=abc#frag', '--json'])).toMatchObject({
      json: true,
    });
  });
});

describe('a bad % escape in proxy credentials', () => {
  it('is an unusable proxy setting, not an exception', () => {
    expect(() =>
      proxyFromEnv('https://site.test/', { HTTPS_PROXY: 'http://u:%zz@proxy.lan:3128' }),
    ).not.toThrow();
    expect(parseProxyUrl('http://u:%zz@proxy.lan:3128', 'env')).toEqual({
      kind: 'unsupported',
      source: 'env',
      display: 'proxy.lan:3128',
      invalid: 'credentials',
    });
    expect(parseProxyUrl('http://%E0%A4%A@proxy.lan', 'env')).toMatchObject({
      kind: 'unsupported',
      invalid: 'credentials',
    });
  });

  it('is one clear proxy finding', async () => {
    const ctx = {
      target: { url: 'https://site.test/' },
      deps: { clock: { now: () => Date.parse('2026-11-22T07:58:49Z') } },
      signal: new AbortController().signal,
      proxyFor: async (url: string) => proxyFromEnv(url, { HTTPS_PROXY: 'http://u:%zz@proxy.lan:3128' }),
    } as unknown as CheckContext;
    const { result, attempts } = await proxyCheck(ctx, { attemptTimeoutMs: 100 });
    expect(attempts).toEqual([]);
    expect(result).toMatchObject({
      id: 'proxy',
      status: 'problem',
      problems: ['proxy-setting-invalid'],
      evidence: { proxy: 'proxy.lan:3128', valid: false },
    });
    expect(result.reason).toMatch(/not written correctly: a % must be followed by two hex digits/);
    expect(JSON.stringify(result)).not.toContain('%zz');
  });
});
