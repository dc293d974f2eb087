import { describe, expect, it } from 'vitest';
import {
  HostInputError,
  ipVersion,
  isIpLiteral,
  isIpLiteralOrZoned,
  isSafeHostname,
  validateHost,
  withoutZone,
} from '../../../electron/engine/platform/host';

describe('validateHost', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['2001:db8::1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
    ['Example.TEST', 'example.test'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['router.lan.', 'router.lan.'],
    ['_dmarc.example.test', '_dmarc.example.test'],
    [' localhost ', 'localhost'],
  ])('accepts %j', (input, out) => {
    expect(validateHost(input)).toBe(out);
  });

  it.each([
    '',
    '-c',
    '--help',
    '-1.2.3.4',
    'a b',
    'host;rm -rf /',
    '$(id)',
    '`id`',
    'a|b',
    'host\nname',
    'ho\0st',
    '999.1.1.1',
    '1.2.3',
    'exa mple.com',
    '-example.com',
    'example-.com',
    'a..b',
    '.',
    'http://example.com',
    'fe80::1%eth0;id',
    'a'.repeat(64) + '.com',
    `${'a.'.repeat(127)}aa`,
  ])('rejects %j', (input) => {
    expect(() => validateHost(input)).toThrow(HostInputError);
  });

  it('ipVersion and isSafeHostname', () => {
    expect(ipVersion('192.0.2.1')).toBe(4);
    expect(ipVersion('::1')).toBe(6);
    expect(ipVersion('::1%')).toBe(0);
    expect(ipVersion('example.test')).toBe(0);
    expect(isSafeHostname('a-b.c')).toBe(true);
    expect(isSafeHostname('-a.c')).toBe(false);
  });
});

// The one hostname rule and the one IP-literal rule (every layer imports these).
describe('isSafeHostname / isIpLiteral / isIpLiteralOrZoned', () => {
  // [input, isSafeHostname, isIpLiteral, isIpLiteralOrZoned]
  it.each<[string, boolean, boolean, boolean]>([
    ['example.test', true, false, false],
    ['Example.TEST', true, false, false],
    ['example.test.', true, false, false], // one trailing dot (the root) is fine
    ['example.test..', false, false, false], // twice is not
    ['.', false, false, false],
    ['', false, false, false],
    ['localhost', true, false, false],
    ['_dmarc.example.test', true, false, false],
    ['xn--bcher-kva.example', true, false, false],
    ['1a.example', true, false, false],
    ['123', false, false, false], // all-numeric names are IP attempts, never hostnames
    ['999.1.1.1', false, false, false],
    ['1.2.3', false, false, false],
    ['1.2.3.4', false, true, true],
    ['1.2.3.4.', false, false, false],
    ['-a.example', false, false, false],
    ['a-.example', false, false, false],
    ['a..b', false, false, false],
    ['a b', false, false, false],
    ['a'.repeat(63) + '.test', true, false, false],
    ['a'.repeat(64) + '.test', false, false, false],
    [`${'a.'.repeat(126)}a`, true, false, false], // 253 characters
    [`${'a.'.repeat(127)}a`, false, false, false],
    ['2001:db8::1', false, true, true],
    ['2001:db8::', false, true, true],
    ['[2001:db8::1]', false, false, false], // brackets belong to URLs, not literals
    ['fe80::1%eth0', false, false, true], // a zone only where stated
    ['fe80::1%12', false, false, true],
    ['fe80::1%', false, false, false],
    ['fe80::1%eth0;id', false, false, false],
    ['192.0.2.1%eth0', false, false, false], // IPv4 never has a zone
    ['::ffff:192.0.2.1', false, true, true],
  ])('%j → hostname %s, ip %s, ip-or-zoned %s', (s, host, ip, zoned) => {
    expect(isSafeHostname(s)).toBe(host);
    expect(isIpLiteral(s)).toBe(ip);
    expect(isIpLiteralOrZoned(s)).toBe(zoned);
  });

  it('withoutZone keeps the address part', () => {
    expect(withoutZone('fe80::1%eth0')).toBe('fe80::1');
    expect(withoutZone('192.0.2.1')).toBe('192.0.2.1');
  });
});
