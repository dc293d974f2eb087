import { describe, expect, it } from 'vitest';
import {
  HostInputError,
  ipVersion,
  isSafeHostname,
  validateHost,
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
