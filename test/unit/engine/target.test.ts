import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, parseTarget } from '../../../electron/engine/target';

describe('parseTarget', () => {
  it('assumes https when there is no scheme', () => {
    expect(parseTarget('example.com')).toEqual({
      input: 'example.com',
      url: 'https://example.com/',
      scheme: 'https',
      host: 'example.com',
      port: 443,
      isIp: false,
    });
  });
  it('keeps path and query, drops user-info and fragment', () => {
    const t = parseTarget('http://user:secret@Example.COM:8080/a/b?x=1#frag');
    expect(t.url).toBe('http://example.com:8080/a/b?x=1');
    expect(t).toMatchObject({ scheme: 'http', host: 'example.com', port: 8080, isIp: false });
  });
  it('turns IDN names into punycode', () => {
    expect(parseTarget('bücher.de/straße').host).toBe('xn--bcher-kva.de');
    expect(parseTarget('https://例え.jp').host).toBe('xn--r8jz45g.jp');
  });
  it('accepts IPv4 and IPv6 literals with ports', () => {
    expect(parseTarget('127.0.0.1:8080')).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      isIp: true,
      scheme: 'https',
    });
    expect(parseTarget('http://[::1]:8080/x')).toMatchObject({
      host: '::1',
      port: 8080,
      isIp: true,
      url: 'http://[::1]:8080/x',
    });
    expect(parseTarget('[2001:db8::1]')).toMatchObject({ host: '2001:db8::1', port: 443, isIp: true });
    expect(parseTarget('localhost:3000')).toMatchObject({ host: 'localhost', port: 3000 });
  });
  it('normalises odd IPv4 spellings to dotted quads', () => {
    expect(parseTarget('http://0x7f.1/').host).toBe('127.0.0.1');
  });
  it.each([
    ['', /give the address/],
    ['   ', /give the address/],
    ['ftp://example.com', /not "ftp:"/],
    ['file:///etc/passwd', /not "file:"/],
    ['javascript:alert(1)', /not "javascript:"/],
    ['mailto:someone@example.com', /not "mailto:"/],
    ['https://exa mple.com', /spaces/],
    ['https://-oProxyCommand=x', /not a valid host name/],
    ['https://a..b', /not a valid/],
    ['http://example.com:99999', /not a valid|Port/],
    ['https://ex$ample.com', /not a valid/],
    ['https://' + 'a'.repeat(64) + '.com', /not a valid host name/],
    ['https://[::1%25eth0]/', /not a valid/],
  ])('rejects %j', (input, message) => {
    expect(() => parseTarget(input)).toThrow(InputError);
    expect(() => parseTarget(input)).toThrow(message);
  });
  it('never lets a host that could be an option or shell metacharacter through (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          const t = parseTarget(s);
          expect(t.host.startsWith('-')).toBe(false);
          expect(t.host).toMatch(/^[a-z0-9_.:-]+$/);
          expect(['http', 'https']).toContain(t.scheme);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
