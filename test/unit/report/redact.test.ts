import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REDACTION_KINDS } from '../../../electron/contract';
import type { RedactionKind, RedactionOptions } from '../../../electron/contract';
import {
  DEFAULT_REDACTION,
  isPublicIpv4,
  isPublicIpv6,
  redactDeep,
  RedactionError,
} from '../../../electron/engine/report';
import { assertRedacted } from '../../../electron/engine/report/redact';

const HOST = { hostname: 'zephyr-ws42' };
// The user's own public addresses, as the report learns them from the diagnosis (see roles.ts).
const USER_V4 = '81.2.69.160';
const USER_V6 = '2a02:8108:1234:5600::1bad';
const ROLES = {
  userPublic: new Set([USER_V4, USER_V6]),
  userPrefixes: new Set<string>(),
  kept: new Set(['192.168.1.1']),
};
const WITH_ROLES = { ...HOST, roles: ROLES };
const only = (...kinds: RedactionKind[]): RedactionOptions => ({ enabled: true, kinds });

describe('address classification', () => {
  it.each([
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.1', false],
    ['192.168.1.1', false],
    ['127.0.0.1', false],
    ['169.254.10.1', false],
    ['100.64.0.1', false],
    ['224.0.0.251', false],
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['172.32.0.1', true],
    ['100.128.0.1', true],
    ['81.2.69.160', true],
    ['203.0.113.5', true],
    ['198.51.100.1', true],
  ])('IPv4 %s public=%s', (ip, pub) => expect(isPublicIpv4(ip)).toBe(pub));

  it.each([
    ['::1', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['::ffff:192.168.1.2', false],
    ['2a02:8108:1234:5600::1bad', true],
    ['2001:db8::1', true],
    ['::ffff:81.2.69.160', true],
  ])('IPv6 %s public=%s', (ip, pub) => expect(isPublicIpv6(ip)).toBe(pub));
});

describe('redactDeep', () => {
  // Policy changed (issue 12): only the user's own public address is hidden; third-party public
  // addresses (ISP hops, the site, resolvers) are evidence and stay. Private addresses other than
  // the router are the home network and are hidden.
  it("replaces the user's public addresses consistently, keeps third-party ones and the router", () => {
    const input = {
      a: 'hop 81.2.69.160 then 192.168.1.1 and 192.168.1.23',
      b: ['81.2.69.160', '203.0.113.9', '[2a02:8108:1234:5600:0:0:0:1bad]:443', '2a02:8108:1234:5600::1bad'],
      c: 'name 81-2-69-160.dyn.isp.example.net, resolver 1.1.1.1 and 8.8.8.8',
    };
    const out = redactDeep(input, DEFAULT_REDACTION, WITH_ROLES);
    expect(out.value.a).toBe('hop [public-ip-1] then 192.168.1.1 and [lan-ip-1]');
    expect(out.value.b).toEqual(['[public-ip-1]', '203.0.113.9', '[[public-ip-2]]:443', '[public-ip-2]']);
    expect(out.value.c).toBe('name [public-ip-1].dyn.isp.example.net, resolver 1.1.1.1 and 8.8.8.8');
    expect(out.counts['public-ip']).toBe(2);
    expect(out.counts['lan-ip']).toBe(1);
  });

  it("hides every address in the user's IPv6 home prefix (/56) and addresses a site echoed back", () => {
    const out = redactDeep(
      {
        a: '2a02:8108:1234:56ff::2 and 2a02:8108:1234:5700::2',
        headers: [{ name: 'X-Real-IP', value: '198.51.100.200' }],
        b: 'seen 198.51.100.200',
      },
      DEFAULT_REDACTION,
      WITH_ROLES,
    );
    expect(out.value.a).toBe('[public-ip-1] and 2a02:8108:1234:5700::2');
    expect(out.value.b).toBe('seen [public-ip-2]');
  });

  it('replaces MAC addresses in colon, dash and dotted forms as one value', () => {
    const out = redactDeep(
      { m: ['3c:22:fb:9a:10:7e', '3C-22-FB-9A-10-7E', '3c22.fb9a.107e', 'at 05:58:49 GMT'] },
      DEFAULT_REDACTION,
      HOST,
    );
    expect(out.value.m).toEqual(['[mac-1]', '[mac-1]', '[mac-1]', 'at 05:58:49 GMT']);
    expect(out.counts.mac).toBe(1);
  });

  it('replaces the host name (any case, full and short form) but not inside other words', () => {
    const out = redactDeep(
      { h: ['zephyr-ws42', 'ZEPHYR-WS42.local', 'from zephyr-ws42:', 'zephyr-ws420', 'x-zephyr-ws42'] },
      DEFAULT_REDACTION,
      HOST,
    );
    expect(out.value.h).toEqual([
      '[hostname-1]',
      '[hostname-1].local',
      'from [hostname-1]:',
      'zephyr-ws420',
      'x-zephyr-ws42',
    ]);
  });

  it('never turns a closed-vocabulary id into a placeholder, even when the host name equals it', () => {
    const out = redactDeep(
      { id: 'gateway', checkId: 'gateway', detail: 'the gateway answers' },
      DEFAULT_REDACTION,
      { hostname: 'gateway' },
    );
    expect(out.value).toEqual({ id: 'gateway', checkId: 'gateway', detail: 'the [hostname-1] answers' });
  });

  it('replaces user names in POSIX and Windows paths and where they stand alone', () => {
    const out = redactDeep(
      {
        p: [
          '/home/jdoe42/.config/x.json',
          '/Users/jdoe42/Library',
          'C:\\Users\\jdoe42\\AppData',
          'C:/Users/Ann Lee/Desktop',
          'owner jdoe42',
        ],
      },
      DEFAULT_REDACTION,
      HOST,
    );
    expect(out.value.p).toEqual([
      '/home/[user-1]/.config/x.json',
      '/Users/[user-1]/Library',
      'C:\\Users\\[user-1]\\AppData',
      'C:/Users/[user-2]/Desktop',
      'owner [user-1]',
    ]);
    expect(out.counts.username).toBe(2);
  });

  it('replaces every query value and the fragment, keeping parameter names, and catches echoed tokens', () => {
    const out = redactDeep(
      {
        url: 'https://shop.example.com/checkout?token=Zx81SecretTok42&step=2&flag#frag-7Hq9Ww',
        echo: 'GET /checkout?token=Zx81SecretTok42 HTTP/1.1',
        header: 'Bearer Zx81SecretTok42',
        plain: 'https://shop.example.com/no-query',
      },
      DEFAULT_REDACTION,
      HOST,
    );
    // token= names a credential: its value is a credential (hidden whatever the query toggle says).
    expect(out.value.url).toBe(
      'https://shop.example.com/checkout?token=[credential-1]&step=[query-1]&[query-2]#[query-3]',
    );
    expect(out.value.echo).toBe('GET /checkout?token=[credential-1] HTTP/1.1');
    expect(out.value.header).toBe('Bearer [credential-1]');
    expect(out.value.plain).toBe('https://shop.example.com/no-query');
  });

  it('keeps sentence punctuation after a URL out of the redacted value', () => {
    const out = redactDeep(
      { s: 'The page (https://x.example/p?a=tok123456). Then https://x.example/q?b=1, done.' },
      DEFAULT_REDACTION,
      HOST,
    );
    expect(out.value.s).toBe(
      'The page (https://x.example/p?a=[query-1]). Then https://x.example/q?b=[query-2], done.',
    );
  });

  it('redacts object keys too', () => {
    const out = redactDeep({ evidence: { '81.2.69.160': { ok: true } } }, DEFAULT_REDACTION, WITH_ROLES);
    expect(Object.keys(out.value.evidence)).toEqual(['[public-ip-1]']);
  });

  it('honours per-kind toggles and the master switch', () => {
    const input = {
      s: 'zephyr-ws42 81.2.69.160 3c:22:fb:9a:10:7e /home/jdoe42 https://x.example/?t=abcdef&api_key=k3y0000',
    };
    // Credentials are hidden whenever redaction is on.
    expect(redactDeep(input, only('mac'), WITH_ROLES).value.s).toBe(
      'zephyr-ws42 81.2.69.160 [mac-1] /home/jdoe42 https://x.example/?t=abcdef&api_key=[credential-1]',
    );
    expect(redactDeep(input, only('hostname', 'query'), WITH_ROLES).value.s).toBe(
      '[hostname-1] 81.2.69.160 3c:22:fb:9a:10:7e /home/jdoe42 https://x.example/?t=[query-1]&api_key=[credential-1]',
    );
    const off = redactDeep(input, { enabled: false, kinds: [...REDACTION_KINDS] }, WITH_ROLES);
    expect(off.value).toBe(input);
    expect(Object.values(off.counts).every((n) => n === 0)).toBe(true);
  });

  it("never lets the user's public IPv4 through, wherever it sits in a string", () => {
    const publicIp = fc
      .tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.nat(255))
      .map((p) => p.join('.'))
      .filter(
        (ip) => isPublicIpv4(ip) && !['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9'].includes(ip),
      );
    const filler = fc.string({ maxLength: 12 }).map((s) => s.replace(/[0-9.:]/g, ' '));
    fc.assert(
      fc.property(publicIp, filler, filler, (ip, before, after) => {
        const roles = { userPublic: new Set([ip]), userPrefixes: new Set<string>(), kept: new Set<string>() };
        const out = redactDeep({ s: `${before} ${ip} ${after}` }, DEFAULT_REDACTION, {
          hostname: 'h0st-x',
          roles,
        });
        expect(out.value.s).not.toContain(ip);
        // Any other public address is third-party evidence and stays.
        expect(
          redactDeep({ s: `${before} ${ip} ${after}` }, DEFAULT_REDACTION, { hostname: 'h0st-x' }).value.s,
        ).toContain(ip);
      }),
      { numRuns: 300 },
    );
  });
});

describe('post-check (fail closed)', () => {
  it('throws when a text still shows a private value of an enabled kind', () => {
    const out = redactDeep({ s: 'hop 81.2.69.160' }, DEFAULT_REDACTION, WITH_ROLES);
    expect(() => assertRedacted(['all clean: [public-ip-1]'], DEFAULT_REDACTION, out, HOST)).not.toThrow();
    expect(() => assertRedacted(['leaked 81.2.69.160'], DEFAULT_REDACTION, out, HOST)).toThrow(
      RedactionError,
    );
    expect(() => assertRedacted(['mac 3c:22:fb:9a:10:7e'], DEFAULT_REDACTION, out, HOST)).toThrow(/mac/);
    expect(() => assertRedacted(['on ZEPHYR-WS42'], DEFAULT_REDACTION, out, HOST)).toThrow(/hostname/);
    expect(() => assertRedacted(['https://a.example/?k=secret'], DEFAULT_REDACTION, out, HOST)).toThrow(
      /query/,
    );
  });

  it('accepts what a disabled kind leaves visible', () => {
    expect(() => assertRedacted(['leaked 81.2.69.160'], only('mac'), null, HOST)).not.toThrow();
  });

  it('turns an internal failure into a RedactionError', () => {
    const hostile = {
      get boom(): string {
        throw new Error('getter exploded');
      },
    };
    expect(() => redactDeep(hostile, DEFAULT_REDACTION, HOST)).toThrow(RedactionError);
  });
});
