import { describe, expect, it } from 'vitest';
import { VerdictSchema, phraseText, spanText, textsDe, textsEn } from '../../../electron/contract';
import type { CheckId, CheckResult, EvidenceValue } from '../../../electron/contract';
import { decideVerdict } from '../../../electron/engine/verdict';
import { validAtTheirTime } from '../../../electron/engine/verdict/tls-rules';
import { parseTarget } from '../../../electron/engine/target';

const https = parseTarget('https://shop.example.test/');
const http = parseTarget('http://shop.example.test/');

function chk(
  id: CheckId,
  status: CheckResult['status'],
  problems: string[] = [],
  evidence: Record<string, EvidenceValue> = {},
): CheckResult {
  return { id, status, problems, evidence, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1 };
}
function failedSite(errors: string[], problems: string[]): CheckResult {
  return chk('site-probe', 'problem', ['no-http-answer', ...problems], {
    attempts: errors.length,
    ok: 0,
    serverErrors: 0,
    noAnswer: errors.length,
    statuses: errors.map(() => null),
    errors,
  });
}
const controlsOk = (extra: Record<string, EvidenceValue> = {}) =>
  chk('control-sites', 'ok', [], { answered: 2, total: 2, ...extra });
const controlsFail = chk('control-sites', 'problem', ['controls-all-failed', 'tls-error'], {
  answered: 0,
  total: 2,
});
const gwOk = chk('gateway', 'ok', [], { address: '192.168.1.1', rttAvgMs: 1.2 });
const noProxy = chk('proxy', 'ok', [], { configured: false });
const base = [controlsOk(), gwOk, noProxy, chk('firewall', 'ok'), chk('dns-swap', 'ok')];
const swap = (list: CheckResult[], r: CheckResult): CheckResult[] => [
  ...list.filter((c) => c.id !== r.id),
  r,
];
const decide = (checks: CheckResult[], target = https) => {
  const v = decideVerdict({ target, checks });
  expect(VerdictSchema.safeParse(v).success).toBe(true);
  return { ...v, text: v.reasons.map((r) => r.detail).join('\n') };
};

const expired = failedSite(
  ['CERT_HAS_EXPIRED', 'CERT_HAS_EXPIRED', 'CERT_HAS_EXPIRED'],
  ['tls-error', 'tls-expired'],
);
const expiredCert = chk('tls-certificate', 'problem', ['cert-expired'], {
  address: '192.0.2.10',
  authorized: false,
  errorCode: 'CERT_HAS_EXPIRED',
  errorClass: 'expired',
  subject: 'shop.example.test',
  names: ['shop.example.test', 'www.shop.example.test'],
  issuer: 'Example CA',
  selfSigned: false,
  validFrom: '2026-09-01T00:00:00.000Z',
  validTo: '2026-11-22T00:00:00.000Z',
  checkedAt: '2026-12-02T00:00:00.000Z',
});

describe('tls-certificate-error', () => {
  it('expired, clock right: the site owner acts; the certificate and the clock are in the reasons', () => {
    const v = decide([...swap(base, controlsOk({ clockSkewSec: 1 })), expiredCert, expired]);
    expect(v).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner', confidence: 'high' });
    expect(v.text).toContain('CERT_HAS_EXPIRED');
    expect(v.text).toContain('issued to shop.example.test');
    expect(v.text).toContain('by Example CA');
    expect(v.text).toContain('valid from 2026-09-01 to 2026-11-22');
    expect(v.text).toContain("expired 10 days ago by this computer's clock");
    expect(v.text).toContain('within 1 s');
  });
  it('expired only by this computer’s clock (20 days ahead): you act', () => {
    const v = decide([...swap(base, controlsOk({ clockSkewSec: 20 * 86400 })), expiredCert, expired]);
    expect(v).toMatchObject({ id: 'tls-certificate-error', whoActs: 'you' });
    expect(v.text).toContain('20 days ahead of');
    expect(v.text).toContain('the clock is wrong, not the certificate');
  });
  it('clock off, but the certificate is expired at the sites’ time too: still the site owner', () => {
    const v = decide([...swap(base, controlsOk({ clockSkewSec: 3 * 86400 })), expiredCert, expired]);
    expect(v).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner' });
    expect(v.text).toContain('3 days ahead of');
    expect(v.text).toContain('not valid at their time either');
    const clock = v.reasons.find((r) => r.code === 'clock-off');
    expect(clock).toMatchObject({
      text: 'clock-off',
      params: {
        offset: { text: 'clock-ahead', params: { span: { seconds: 3 * 86400 } } },
        meaning: { text: 'clock-not-explains' },
      },
    });
    expect(clock?.text && phraseText(textsDe, clock.text, clock.params)).toBe(
      'Die Uhr dieses Computers ist den Uhren der bekannt guten Websites mit 3 Tagen Vorsprung voraus, aber das Zertifikat ist auch zu deren Zeit nicht gültig.',
    );
  });
  it('an interceptor: you act, even though the https known-good sites fail the same way', () => {
    const v = decide([
      ...swap(base, controlsFail),
      chk('tls-certificate', 'problem', ['cert-unknown-issuer', 'cert-intercepted'], {
        errorClass: 'unknown-issuer',
        issuer: 'Corp Inspect CA',
        interceptor: 'Corp Inspect CA',
      }),
      failedSite(
        ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
        ['tls-error', 'tls-unknown-issuer'],
      ),
    ]);
    expect(v).toMatchObject({ id: 'tls-certificate-error', whoActs: 'you', confidence: 'high' });
    expect(v.text).toContain('same untrusted issuer (Corp Inspect CA)');
  });
  it('a verification error of no known class, named by the certificate check', () => {
    const v = decide([
      ...base,
      chk('tls-certificate', 'problem', ['cert-other-error'], {
        errorCode: 'CERT_REVOKED',
        errorClass: 'other',
      }),
      failedSite(['CERT_REVOKED', 'CERT_REVOKED'], ['tls-error']),
    ]);
    expect(v).toMatchObject({ id: 'tls-certificate-error', whoActs: 'site-owner' });
    expect(v.text).toContain('CERT_REVOKED');
  });
  it('NOT tls: some requests timed out besides the certificate error', () => {
    const v = decide([
      ...base,
      expiredCert,
      failedSite(['CERT_HAS_EXPIRED', 'ETIMEDOUT'], ['tls-error', 'tls-expired', 'connect-timeout']),
    ]);
    expect(v.id).not.toBe('tls-certificate-error');
  });
  it('validity at the sites’ time and plain spans', () => {
    expect(
      validAtTheirTime('2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', '2026-12-02T00:00:00Z', 20 * 86400),
    ).toBe(true);
    expect(validAtTheirTime('2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', '2026-12-02T00:00:00Z', 0)).toBe(
      false,
    );
    expect(validAtTheirTime(null, '2026-11-20T00:00:00Z', '2026-12-02T00:00:00Z', 0)).toBeNull();
    const spans = (t: typeof textsDe) => [600, -7200, 86400 * 20, 60].map((s) => spanText(t, s));
    expect(spans(textsEn)).toEqual(['10 minutes', '2 hours', '20 days', '1 minute']);
    expect(spans(textsDe)).toEqual(['10 Minuten', '2 Stunden', '20 Tagen', '1 Minute']);
  });
});

describe('captive-portal', () => {
  const intercepted = (ev: Record<string, EvidenceValue>) =>
    chk('captive-portal', 'problem', ['web-intercepted'], {
      intercepted: 3,
      asked: 3,
      loginForm: true,
      ...ev,
    });
  it('redirect: names the host, its page and where to sign in', () => {
    const v = decide(
      [
        ...base,
        intercepted({
          portalHost: 'portal.hotel.test',
          how: 'redirect',
          title: 'Hotel Wi-Fi',
          siteAnswered: 'portal',
          portalUrl: 'http://portal.hotel.test/login',
        }),
        chk('site-probe', 'problem', ['redirect-foreign'], {
          attempts: 1,
          ok: 1,
          noAnswer: 0,
          statuses: [302],
        }),
      ],
      http,
    );
    expect(v).toMatchObject({ id: 'captive-portal', whoActs: 'you', confidence: 'high' });
    expect(v.text).toContain('3 of 3 plain web requests');
    expect(v.text).toContain('portal.hotel.test (“Hotel Wi-Fi”)');
    expect(v.text).toContain('Its sign-in page: http://portal.hotel.test/login');
  });
  it('same page in place of each site, the https site failing: before site-unreachable and firewall', () => {
    const v = decide([
      ...swap(base, chk('firewall', 'problem', ['web-port-silent', 'web-ports-blocked'])),
      intercepted({ portalHost: null, how: 'page', title: 'Sign in', siteAnswered: 'failed' }),
      failedSite(['ETIMEDOUT', 'ETIMEDOUT'], ['connect-timeout']),
    ]);
    expect(v.id).toBe('captive-portal');
    expect(v.text).toContain('one and the same page (“Sign in”) with a sign-in form');
    expect(v.text).toContain('ETIMEDOUT');
  });
  it('https known-good sites fail and the site answers ping: the portal explains it, no conflict', () => {
    const v = decide([
      ...swap(
        swap(base, chk('control-sites', 'problem', ['controls-all-failed'], { answered: 0, total: 2 })),
        chk('firewall', 'problem', ['web-port-refused', 'web-ports-blocked']),
      ),
      intercepted({ portalHost: 'portal.test', how: 'redirect', siteAnswered: 'portal' }),
      failedSite(['ECONNREFUSED', 'ECONNREFUSED'], ['connect-refused']),
    ]);
    expect(v.id).toBe('captive-portal');
  });
  it('only the OS says portal, nothing gets through: captive-portal with medium confidence', () => {
    const v = decide([
      ...swap(base, chk('control-sites', 'problem', ['controls-all-failed'], { answered: 0, total: 2 })),
      chk('captive-portal', 'problem', ['os-reports-portal'], { os: 'portal' }),
      failedSite(['ETIMEDOUT', 'ETIMEDOUT'], ['connect-timeout']),
    ]);
    expect(v).toMatchObject({ id: 'captive-portal', confidence: 'medium' });
    expect(v.text).toContain('operating system itself reports');
  });
  it('NOT a portal: the OS says portal but the known-good sites load', () => {
    const v = decide([
      ...base,
      chk('captive-portal', 'problem', ['os-reports-portal'], { os: 'portal' }),
      failedSite(['ECONNREFUSED', 'ECONNREFUSED'], ['connect-refused']),
    ]);
    expect(v.id).toBe('site-unreachable');
  });
});

describe('hosts-file-override', () => {
  const hosts = chk('hosts-file', 'problem', ['site-pinned'], {
    path: '/etc/hosts',
    host: 'shop.example.test',
    addresses: ['10.9.9.9'],
    line: 7,
    entries: [{ line: 7, address: '10.9.9.9', text: '10.9.9.9 shop.example.test' }],
    lookupAddresses: ['10.9.9.9'],
  });
  const dns = chk('dns-swap', 'ok', [], {
    answers: [
      { resolver: '192.168.1.1', role: 'system', addresses: ['203.0.113.10'] },
      { resolver: '9.9.9.9', role: 'alternative', addresses: ['203.0.113.10'] },
    ],
    addressProbes: [{ address: '203.0.113.10', status: 200 }],
  });
  it('the line, the lookup, the DNS servers’ address and that it works are all in the reasons', () => {
    const v = decide([
      ...swap(base, dns),
      hosts,
      failedSite(['ETIMEDOUT', 'ETIMEDOUT'], ['connect-timeout']),
    ]);
    expect(v).toMatchObject({ id: 'hosts-file-override', whoActs: 'you', confidence: 'high' });
    expect(v.text).toContain(
      "Line 7 of this computer's hosts file (/etc/hosts) reads “10.9.9.9 shop.example.test”",
    );
    expect(v.text).toContain('own name lookup (which reads the hosts file first) gives 10.9.9.9');
    expect(v.text).toContain(
      'The DNS servers (192.168.1.1, 9.9.9.9) give 203.0.113.10; there the site answers: 203.0.113.10 (status 200)',
    );
  });
  it('before site-unreachable even when the firewall check saw the pinned address silent', () => {
    const v = decide([
      ...swap(swap(base, dns), chk('firewall', 'problem', ['host-silent'], { address: '10.9.9.9' })),
      hosts,
      failedSite(['ETIMEDOUT', 'ETIMEDOUT'], ['connect-timeout']),
    ]);
    expect(v.id).toBe('hosts-file-override');
  });
  it('NOT an override when the site works through the line', () => {
    const ok = chk('site-probe', 'ok', [], { attempts: 2, ok: 2, noAnswer: 0, statuses: [200, 200] });
    expect(decide([...swap(base, dns), hosts, ok]).id).toBe('site-ok');
  });
});

describe('site-dns-failing', () => {
  const swapDns = (problems: string[], control: Record<string, EvidenceValue>[]) =>
    chk('dns-swap', 'problem', problems, {
      name: 'shop.example.test',
      answers: [
        { resolver: '192.168.1.1', role: 'system', rcode: 'SERVFAIL', addresses: [], error: null },
        { resolver: '9.9.9.9', role: 'alternative', rcode: null, addresses: [], error: 'timeout' },
      ],
      controlName: 'control.test',
      controlAnswers: control,
    });
  const resolvedControl = [
    { resolver: '192.168.1.1', rcode: 'NOERROR', addresses: 1, latencyMs: 4, error: null },
    { resolver: '9.9.9.9', rcode: 'NOERROR', addresses: 1, latencyMs: 12, error: null },
  ];
  const noName = failedSite(['EAI_FAIL', 'EAI_FAIL'], ['name-not-resolved']);
  it('every server fails the name, the same servers resolve the control name: the site owner', () => {
    const v = decide([
      ...swap(
        base,
        swapDns(['system-dns-servfail', 'all-dns-failed', 'site-name-fails-everywhere'], resolvedControl),
      ),
      noName,
    ]);
    expect(v).toMatchObject({ id: 'site-dns-failing', whoActs: 'site-owner', confidence: 'high' });
    expect(v.text).toContain('192.168.1.1 SERVFAIL, 9.9.9.9 no answer');
    expect(v.text).toContain('looked up control.test at once (2 of 2, within 12 ms)');
  });
  it('never when the control name fails on the servers too (DNS itself is down)', () => {
    const dead = [
      { resolver: '192.168.1.1', rcode: null, addresses: 0, latencyMs: null, error: 'timeout' },
      { resolver: '9.9.9.9', rcode: null, addresses: 0, latencyMs: null, error: 'timeout' },
    ];
    const v = decide([...swap(base, swapDns(['system-dns-timeout', 'all-dns-failed'], dead)), noName]);
    expect(v.id).not.toBe('site-dns-failing');
  });
  it('never when the known-good sites fail too: isp-outage, not the site', () => {
    const v = decide([
      ...swap(
        swap(base, chk('control-sites', 'problem', ['controls-all-failed'], { answered: 0, total: 2 })),
        swapDns(['all-dns-failed', 'site-name-fails-everywhere'], resolvedControl),
      ),
      noName,
    ]);
    expect(v.id).toBe('isp-outage');
  });
});
