import type { DiagnosisResult, RedactionKind } from '../../../electron/contract';
import { loadResult } from './fixtures';

/**
 * A diagnosis seeded with one private value per form the report must hide (well over 30 kinds),
 * placed where real ones turn up: response headers in any case, evidence, free text. Each seed
 * is distinctive, so finding it in an export means it leaked.
 */
export interface Seed {
  /** Which redaction kind hides it. */
  kind: RedactionKind;
  /** What it is, for test names. */
  form: string;
  /** The text that must not appear in any export (compared case-insensitively). */
  value: string;
}

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5sZWUifQ.c2lnbmF0dXJlMTIzNDU2';
const GITHUB = 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const GOOGLE = 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q';

export const SEEDS: readonly Seed[] = [
  { kind: 'public-ip', form: 'IPv4 the site echoed (X-Forwarded-For)', value: '81.2.69.160' },
  { kind: 'public-ip', form: 'IPv6 the site echoed', value: '2a02:8108:1234:5600::1bad' },
  { kind: 'public-ip', form: 'IPv6 in the home prefix', value: '2a02:8108:1234:5601::77' },
  { kind: 'public-ip', form: 'public IPv4 as a decimal number', value: '1359103392' },
  { kind: 'public-ip', form: 'public IPv4 as hex', value: '0x510245A0' },
  { kind: 'public-ip', form: 'public IPv4 dashed in a reverse name', value: '81-2-69-160' },
  { kind: 'public-ip', form: 'address a page calls "your IP"', value: '198.51.100.201' },
  { kind: 'lan-ip', form: 'home-network IPv4', value: '192.168.1.23' },
  { kind: 'lan-ip', form: 'home-network IPv4 as a decimal number', value: '3232235786' },
  { kind: 'lan-ip', form: 'home-network IPv4 as hex', value: '0xC0A8000A' },
  { kind: 'lan-ip', form: 'home-network IPv6 (ULA)', value: 'fd12:3456:789a::42' },
  { kind: 'lan-ip', form: 'LAN address behind user:password@', value: '10.0.0.5' },
  { kind: 'mac', form: 'MAC with colons', value: '3c:22:fb:9a:10:7e' },
  { kind: 'mac', form: 'MAC with dashes, upper case', value: 'A4-5E-60-E2-11-B3' },
  { kind: 'mac', form: 'MAC with dots', value: '0a1b.2c3d.4e5f' },
  { kind: 'mac', form: 'MAC without separators', value: 'aabbccddeeff' },
  { kind: 'hostname', form: 'computer name', value: 'zephyr-ws42' },
  { kind: 'hostname', form: 'computer name with _ and upper case', value: 'ZEPHYR_WS42' },
  { kind: 'username', form: 'user in a /home path', value: 'jdoe42' },
  { kind: 'username', form: 'user in C:\\Users', value: 'bjornsen7' },
  { kind: 'username', form: 'DOMAIN\\user logon', value: 'annlee' },
  { kind: 'email', form: 'e-mail address', value: 'ann.lee+isp@example.org' },
  { kind: 'query', form: 'query value', value: 'frag-7Hq9Ww' },
  { kind: 'query', form: 'key-like path segment', value: 'Q7vX2mK9pL4nR8sT1wY6zA3b' },
  { kind: 'credential', form: 'token= query value', value: 'Zx81SecretTok42' },
  { kind: 'credential', form: 'password in user:password@', value: 'S3cr3tPw' },
  { kind: 'credential', form: 'JWT in a path', value: JWT },
  { kind: 'credential', form: 'Authorization header', value: 'tok_9f8e7d6c5b4a' },
  { kind: 'credential', form: 'Cookie header', value: 'Ck1eS3ss10n' },
  { kind: 'credential', form: 'Set-Cookie header (mixed case)', value: 'SetC00kieVal' },
  { kind: 'credential', form: 'WWW-Authenticate header', value: 'n0nc3V4lu3x' },
  { kind: 'credential', form: 'Proxy-Authenticate header', value: 'pr0xyRealm7' },
  { kind: 'credential', form: 'X-Api-Key header', value: 'ak_live_55aa66bb77cc' },
  { kind: 'credential', form: 'X-Auth-Token header', value: 'xat-0f1e2d3c4b5a' },
  { kind: 'credential', form: '*-secret header', value: 'cs-9z8y7x6w5v' },
  { kind: 'credential', form: 'AWS access key', value: 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'credential', form: 'GitHub token', value: GITHUB },
  { kind: 'credential', form: 'Google API key', value: GOOGLE },
  { kind: 'credential', form: 'Slack token', value: 'xoxb-123456789012-abcdefABCDEF' },
  { kind: 'credential', form: 'bearer token in text', value: '7fGh2Jk9Lm3Np0q' },
  { kind: 'credential', form: 'password= in text', value: 'hunter2Xy' },
];

/** Evidence the support desk needs, which must stay visible with redaction on. */
export const KEPT = [
  '192.168.1.1',
  '198.51.100.1',
  '203.0.113.10',
  '1.1.1.1',
  '8e4f2c1a9b3d7f60-FRA',
  'isp.example.net',
];

/** The leak-seeded fixture with every seed placed in it. */
export function seededResult(): DiagnosisResult {
  const r = loadResult('leak-seeded');
  const url = `https://shop.example.com/reset/Q7vX2mK9pL4nR8sT1wY6zA3b/${JWT}?token=Zx81SecretTok42&step=2#frag-7Hq9Ww`;
  r.target.url = url;
  for (const a of r.probe?.attempts ?? []) {
    a.url = url;
    Object.assign(a.headers, {
      Authorization: 'Bearer tok_9f8e7d6c5b4a',
      Cookie: 'sid=Ck1eS3ss10n; theme=dark',
      'Set-Cookie': 'session=SetC00kieVal; Path=/; HttpOnly',
      'WWW-Authenticate': 'Digest realm="corp", nonce="n0nc3V4lu3x"',
      'Proxy-Authenticate': 'Basic realm="pr0xyRealm7"',
      'X-Api-Key': 'ak_live_55aa66bb77cc',
      'X-Auth-Token': 'xat-0f1e2d3c4b5a',
      'X-Client-Secret': 'cs-9z8y7x6w5v',
      'X-Debug-Host': 'ZEPHYR_WS42 on zephyr-ws42.fritz.box',
    });
  }
  const proxy = r.checks.find((c) => c.id === 'proxy');
  if (!proxy) throw new Error('fixture has no proxy check');
  Object.assign(proxy.evidence, {
    homeDir: 'C:\\Users\\bjornsen7\\AppData\\Local\\gd',
    logon: 'CORP\\annlee',
    contact: 'write to ann.lee+isp@example.org',
    lan: 'NAS at 192.168.1.23 (3232235786, also 0xC0A8000A), printer fd12:3456:789a::42',
    devices: ['A4-5E-60-E2-11-B3', '0a1b.2c3d.4e5f', 'wifi aabbccddeeff'],
    router: 'admin page http://admin:S3cr3tPw@10.0.0.5/setup',
    localV6: 'temporary address 2a02:8108:1234:5601::77',
    wan: 'wan as number 1359103392 or 0x510245A0',
    notes: `aws AKIAIOSFODNN7EXAMPLE github ${GITHUB} google ${GOOGLE} slack xoxb-123456789012-abcdefABCDEF`,
    trace: 'sent Bearer 7fGh2Jk9Lm3Np0q with password=hunter2Xy',
    page: 'Cloudflare page: Your IP: 198.51.100.201',
  });
  return r;
}
