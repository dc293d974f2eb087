import { describe, expect, it } from 'vitest';
import type { DnsAnswer, ProbeAttempt } from '../../../electron/contract';
import { detectPortal, plainHttpUrl, sentTo } from '../../../electron/engine/checks/captive-portal';
import { clockSkewSec } from '../../../electron/engine/checks/clock';
import {
  certificateClass,
  controlTlsEndpoints,
  interceptorOf,
} from '../../../electron/engine/checks/tls-certificate';
import type { ControlCertificate } from '../../../electron/engine/checks/tls-certificate';
import { controlNameOf, siteNameFailsEverywhere } from '../../../electron/engine/dns/control-names';
import { hostsEntriesOf } from '../../../electron/engine/dns/hosts-file';
import { PAGE_SCAN_CHARS, pageHints, visibleText } from '../../../electron/engine/http/page-hints';
import { altNames, seenCertificate } from '../../../electron/engine/http/tls-inspect';
import type { SeenCertificate } from '../../../electron/engine/http/tls-inspect';
import { osConnectivity, parseNmcliConnectivity } from '../../../electron/engine/platform/connectivity';
import type { CommandResult, CommandRunner } from '../../../electron/engine/platform/command-runner';

function attempt(url: string, status: number | null, extra: Partial<ProbeAttempt> = {}): ProbeAttempt {
  return {
    url,
    address: '192.0.2.1',
    via: 'direct',
    status,
    error: status === null ? 'ETIMEDOUT' : null,
    timings: { dnsMs: 1, connectMs: 1, tlsMs: null, firstByteMs: 2, totalMs: 3 },
    headers: {},
    bodyBytes: status === null ? 0 : 100,
    bodyTruncated: false,
    recognition: null,
    ...extra,
  };
}
const redirect = (url: string, to: string): ProbeAttempt =>
  attempt(url, 302, { headers: { location: to }, page: pageHints('<title>302 Found</title>', url) });
const page = (url: string, html: string): ProbeAttempt => attempt(url, 200, { page: pageHints(html, url) });
const LOGIN = '<html><head><title>Hotel Wi-Fi – Sign in</title></head><form><input type="password"></form>';

describe('page hints', () => {
  it('reads the title, a meta refresh (made absolute) and a password field', () => {
    const h = pageHints(
      '<HTML><head><title>\n  Welcome &amp; sign in </title><meta http-equiv="Refresh" content="0; URL=/login?x=1"></head>' +
        '<body><form action=/go><input name=u><input type=password name=p></form></body>',
      'http://control.test/',
    );
    expect(h).toMatchObject({
      title: 'Welcome & sign in',
      refreshTo: 'http://control.test/login?x=1',
      loginForm: true,
    });
    expect(h.digest).toMatch(/^[0-9a-f]{16}$/);
  });
  it('finds a script redirect and ignores non-web targets', () => {
    expect(
      pageHints('<script>window.location.href="http://portal.test/x"</script>', 'http://a.test/').refreshTo,
    ).toBe('http://portal.test/x');
    expect(pageHints('<script>location.replace("/p")</script>', 'http://a.test/').refreshTo).toBe(
      'http://a.test/p',
    );
    expect(
      pageHints('<meta http-equiv=refresh content="0;url=javascript:alert(1)">', 'http://a.test/').refreshTo,
    ).toBe(null);
  });
  it('a form alone is not a sign-in page unless its title says so', () => {
    expect(pageHints('<title>Search</title><form><input name=q></form>', 'http://a.test/').loginForm).toBe(
      false,
    );
    expect(pageHints('<title>Log in to continue</title><form></form>', 'http://a.test/').loginForm).toBe(
      true,
    );
  });
  it('equal bodies share a digest, different ones do not', () => {
    expect(pageHints('a', 'http://x/').digest).toBe(pageHints('a', 'http://y/').digest);
    expect(pageHints('a', 'http://x/').digest).not.toBe(pageHints('b', 'http://x/').digest);
  });
  it('keeps the page’s own words as its snippet, without markup, scripts or styles', () => {
    const nginx =
      '<html>\r\n<head><title>502 Bad Gateway</title><style>h1{color:red}</style></head>\r\n' +
      '<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<!-- a comment --><hr><center>nginx/1.24.0</center>' +
      '<script>var x = "<b>not text</b>";</script>\r\n</body>\r\n</html>';
    expect(pageHints(nginx, 'http://a.test/').snippet).toBe('502 Bad Gateway nginx/1.24.0');
    expect(pageHints('Error &lt;1033&gt; &amp; more', 'http://a.test/').snippet).toBe('Error <1033> & more');
    expect(pageHints('<p>   </p>', 'http://a.test/').snippet).toBeNull();
    expect(visibleText(`<p>${'word '.repeat(1000)}</p>`)?.length).toBe(600);
    // an unclosed script hides the rest rather than leaking code
    expect(visibleText('<p>shown</p><script>if (a < b) leak()')).toBe('shown');
  });
  it('stays linear on hostile input and reads only the start', () => {
    const hostile = '<meta http-equiv=refresh content="'.repeat(20000) + '<'.repeat(200000);
    const t0 = performance.now();
    pageHints(hostile, 'http://a.test/');
    visibleText('<b>x</b><script>a</script><!-- c -->'.repeat(20000) + '<style '.repeat(30000));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(pageHints(`${' '.repeat(PAGE_SCAN_CHARS)}<title>late</title>`, 'http://a.test/').title).toBeNull();
  });
});

describe('captive portal detection', () => {
  const controls = [
    redirect('http://c1.test/', 'http://portal.test/login'),
    redirect('http://c2.test/', 'http://portal.test/login?from=c2'),
  ];
  it('every plain request sent to one foreign host, the site too → portal (redirect)', () => {
    const site = [redirect('http://shop.test/', 'http://portal.test/login')];
    expect(detectPortal(site, false, controls)).toMatchObject({
      host: 'portal.test',
      how: 'redirect',
      intercepted: 3,
      asked: 3,
      siteAnswered: 'portal',
      title: null,
    });
  });
  it('the https site failed and the controls are redirected → portal, site failed', () => {
    expect(detectPortal([], true, controls)).toMatchObject({ host: 'portal.test', siteAnswered: 'failed' });
  });
  it('the site answers on its own → no portal', () => {
    expect(detectPortal([page('http://shop.test/', '<title>Shop</title>')], false, controls)).toBeNull();
  });
  it('controls sent to different hosts, to themselves, or only one control → no portal', () => {
    const mixed = [controls[0] as ProbeAttempt, redirect('http://c2.test/', 'http://other.test/')];
    expect(detectPortal([], true, mixed)).toBeNull();
    const own = [
      redirect('http://c1.test/', 'http://www.c1.test/'),
      redirect('http://c2.test/', 'https://c2.test/'),
    ];
    expect(detectPortal([], true, own)).toBeNull();
    expect(detectPortal([], true, [controls[0] as ProbeAttempt])).toBeNull();
  });
  it('one and the same sign-in page in place of every site → portal (page)', () => {
    const c = [page('http://c1.test/', LOGIN), page('http://c2.test/', LOGIN)];
    expect(detectPortal([page('http://shop.test/', LOGIN)], false, c)).toMatchObject({
      host: null,
      how: 'page',
      intercepted: 3,
      title: 'Hotel Wi-Fi – Sign in',
      loginForm: true,
    });
    expect(detectPortal([], true, c)).toMatchObject({ how: 'page', siteAnswered: 'failed' });
  });
  it('one host serving the same ordinary page under every name is no portal', () => {
    const same = '<title>Welcome to nginx!</title>';
    const c = [page('http://c1.test/', same), page('http://c2.test/', same)];
    expect(detectPortal([page('http://shop.test/', same)], false, c)).toBeNull();
  });
  it('two known-good sites that really serve the same page are no portal when the site just fails', () => {
    const same = '<title>Example Domain</title><p>This domain is for use in examples.</p>';
    expect(
      detectPortal([], true, [page('http://example.test/', same), page('http://example.test2/', same)]),
    ).toBeNull();
  });
  it('a page that refreshes to another host counts as sent there', () => {
    const a = page('http://c1.test/', '<meta http-equiv="refresh" content="0;url=http://portal.test/">');
    expect(sentTo(a)).toBe('portal.test');
    expect(sentTo(page('http://c1.test/', '<meta http-equiv="refresh" content="0;url=/next">'))).toBeNull();
  });
  it('plain-HTTP twins of https URLs, only on the default port', () => {
    expect(plainHttpUrl('https://www.example.com/a?b')).toBe('http://www.example.com/a?b');
    expect(plainHttpUrl('http://x.test:8080/')).toBe('http://x.test:8080/');
    expect(plainHttpUrl('https://x.test:8443/')).toBeNull();
    expect(plainHttpUrl('not a url')).toBeNull();
  });
});

describe('certificates', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'not-yet-valid'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'wrong-name'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'unknown-issuer'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'unknown-issuer'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unknown-issuer'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unknown-issuer'],
    ['CERT_REVOKED', 'other'],
  ])('%s → %s', (code, cls) => {
    expect(certificateClass(code)).toBe(cls);
  });
  it('no verification error → no class', () => {
    expect(certificateClass(null)).toBeNull();
  });
  const cert = (issuer: string, selfSigned = false): SeenCertificate => ({
    subject: 'shop.test',
    names: ['shop.test'],
    issuer,
    selfSigned,
    validFrom: null,
    validTo: null,
  });
  const ctl = (
    issuer: string | null,
    authorized: boolean,
    error: string | null = null,
  ): ControlCertificate => ({
    host: 'c.test',
    issuer,
    authorized,
    verifyError: authorized ? null : 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    error,
  });
  it('the same untrusted issuer on the site and the known-good sites is an interceptor', () => {
    expect(interceptorOf(cert('Corp Inspect CA'), 'unknown-issuer', [ctl('Corp Inspect CA', false)])).toBe(
      'Corp Inspect CA',
    );
  });
  it('not an interceptor: trusted controls, another issuer, no control seen, self-signed site, other class', () => {
    expect(interceptorOf(cert('X'), 'unknown-issuer', [ctl('Public CA', true)])).toBeNull();
    expect(interceptorOf(cert('X'), 'unknown-issuer', [ctl('X', false), ctl('Y', false)])).toBeNull();
    expect(interceptorOf(cert('X'), 'unknown-issuer', [ctl(null, false, 'ETIMEDOUT')])).toBeNull();
    expect(interceptorOf(cert('X', true), 'unknown-issuer', [ctl('X', false)])).toBeNull();
    expect(interceptorOf(cert('X'), 'expired', [ctl('X', false)])).toBeNull();
  });
  it('known-good secure ports: 443 unless an https URL names its own; the site and repeats left out', () => {
    expect(
      controlTlsEndpoints(
        ['http://c1.test/', 'https://c2.test:8443/', 'https://c1.test/', 'https://shop.test/', 'nope'],
        'shop.test',
      ),
    ).toEqual([
      { host: 'c1.test', port: 443 },
      { host: 'c2.test', port: 8443 },
    ]);
  });
  it('reads names, issuer and validity from a peer certificate', () => {
    expect(altNames('DNS:a.test, DNS:b.test, IP Address:192.0.2.1, URI:http://x, email:a@b')).toEqual([
      'a.test',
      'b.test',
      '192.0.2.1',
    ]);
    const c = seenCertificate({
      subject: { CN: 'shop.test', O: 'Shop' },
      issuer: { CN: 'Lab CA', O: 'Lab' },
      subjectaltname: 'DNS:shop.test',
      valid_from: 'Aug 24 12:00:00 2026 GMT',
      valid_to: 'Nov 22 12:00:00 2026 GMT',
    } as unknown as Parameters<typeof seenCertificate>[0]);
    expect(c).toEqual({
      subject: 'shop.test',
      names: ['shop.test'],
      issuer: 'Lab CA',
      selfSigned: false,
      validFrom: '2026-08-24T12:00:00.000Z',
      validTo: '2026-11-22T12:00:00.000Z',
    });
    expect(seenCertificate({} as Parameters<typeof seenCertificate>[0])).toBeNull();
  });
});

describe('clock against the known-good sites', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('median skew in seconds, ahead positive', () => {
    expect(
      clockSkewSec([
        { date: 'Wed, 02 Dec 2026 11:59:58 GMT', localMs: now },
        { date: 'Wed, 12 Nov 2026 12:00:00 GMT', localMs: now },
        { date: 'Wed, 12 Nov 2026 12:00:00 GMT', localMs: now },
      ]),
    ).toBe(20 * 86400);
    expect(clockSkewSec([{ date: 'Wed, 02 Dec 2026 12:10:00 GMT', localMs: now }])).toBe(-600);
  });
  it('no usable Date header → unknown', () => {
    expect(
      clockSkewSec([
        { date: undefined, localMs: now },
        { date: 'yesterday-ish', localMs: now },
      ]),
    ).toBeNull();
  });
});

describe('DNS: a known-good name on the same servers', () => {
  const ans = (
    resolver: string,
    rcode: string | null,
    addresses: string[],
    error: string | null = null,
  ): DnsAnswer => ({
    resolver,
    role: 'alternative',
    name: 'x',
    rcode,
    addresses,
    latencyMs: error ? null : 3,
    transport: 'udp',
    error,
  });
  it('picks the first control host that is a name other than the site', () => {
    expect(
      controlNameOf(['http://127.0.0.1:81/', 'https://shop.test/', 'http://Control.test./'], 'shop.test'),
    ).toBe('control.test');
    expect(controlNameOf(['http://[::1]/'], 'shop.test')).toBeNull();
  });
  it('every server fails the site (SERVFAIL or silence) and resolves the control → the site’s DNS', () => {
    const site = [ans('a', 'SERVFAIL', []), ans('b', null, [], 'timeout')];
    expect(
      siteNameFailsEverywhere(site, [ans('a', 'NOERROR', ['192.0.2.1']), ans('b', null, [], 'timeout')]),
    ).toBe(true);
  });
  it('never when the control name fails too, when one server resolves the site, or on NXDOMAIN', () => {
    const site = [ans('a', 'SERVFAIL', []), ans('b', 'SERVFAIL', [])];
    expect(siteNameFailsEverywhere(site, [ans('a', null, [], 'timeout'), ans('b', 'SERVFAIL', [])])).toBe(
      false,
    );
    expect(
      siteNameFailsEverywhere(
        [...site, ans('c', 'NOERROR', ['192.0.2.9'])],
        [ans('a', 'NOERROR', ['1.2.3.4'])],
      ),
    ).toBe(false);
    expect(siteNameFailsEverywhere([ans('a', 'NXDOMAIN', [])], [ans('a', 'NOERROR', ['1.2.3.4'])])).toBe(
      false,
    );
    expect(siteNameFailsEverywhere([], [])).toBe(false);
  });
});

describe('hosts file lines', () => {
  const text =
    '# comment pinned.test\n127.0.0.1 localhost\n\n10.9.9.9   pinned.test   alias # old test box\nnot-an-ip pinned.test\n::1 pinned.test.\n';
  it('every line that names the host, with number, address and text', () => {
    expect(hostsEntriesOf(text, 'PINNED.test')).toEqual([
      { line: 4, address: '10.9.9.9', text: '10.9.9.9 pinned.test alias' },
      { line: 6, address: '::1', text: '::1 pinned.test.' },
    ]);
    expect(hostsEntriesOf(text, 'other.test')).toEqual([]);
  });
});

describe('the OS’s own portal state', () => {
  const runner = (r: Partial<CommandResult>, seen: string[][] = []): CommandRunner => ({
    run: async (file, args) => {
      seen.push([file, ...args]);
      return { code: 0, stdout: '', stderr: '', timedOut: false, notFound: false, aborted: false, ...r };
    },
  });
  it('parses nmcli', () => {
    expect(parseNmcliConnectivity('portal\n')).toBe('portal');
    expect(parseNmcliConnectivity('FULL')).toBe('full');
    expect(parseNmcliConnectivity('Error: NetworkManager is not running.')).toBeNull();
  });
  it('asks NetworkManager on Linux only, with an argv array', async () => {
    const seen: string[][] = [];
    expect(await osConnectivity('linux', runner({ stdout: 'portal\n' }, seen))).toBe('portal');
    expect(seen).toEqual([['nmcli', '-t', '-f', 'CONNECTIVITY', 'general']]);
    expect(await osConnectivity('linux', runner({ notFound: true, code: null }))).toMatchObject({
      kind: 'skipped',
    });
    expect(await osConnectivity('linux', runner({ code: 8, stdout: '' }))).toMatchObject({ kind: 'skipped' });
    expect(await osConnectivity('darwin', runner({ stdout: 'portal' }))).toMatchObject({ kind: 'skipped' });
  });
});
