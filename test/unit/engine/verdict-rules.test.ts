import { describe, expect, it } from 'vitest';
import { phraseText, textsDe, textsEn, VerdictSchema, VERDICT_IDS } from '../../../electron/contract';
import type { CheckId, CheckResult, EvidenceValue, VerdictId } from '../../../electron/contract';
import { decideVerdict, VERDICT_PLANS } from '../../../electron/engine/verdict';
import { parseTarget } from '../../../electron/engine/target';

const target = parseTarget('https://shop.example.test/');

function chk(
  id: CheckId,
  status: CheckResult['status'],
  problems: string[] = [],
  evidence: Record<string, EvidenceValue> = {},
): CheckResult {
  return { id, status, problems, evidence, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1 };
}
function site(
  statuses: (number | null)[],
  extra: string[] = [],
  ev: Record<string, EvidenceValue> = {},
): CheckResult {
  const ok = statuses.filter((s) => s !== null && s < 500).length;
  const serverErrors = statuses.filter((s) => s !== null && s >= 500).length;
  const noAnswer = statuses.filter((s) => s === null).length;
  const problems = [...extra];
  if (serverErrors)
    problems.push('http-5xx', ...statuses.filter((s) => s !== null && s >= 500).map((s) => `http-${s}`));
  if (noAnswer === statuses.length) problems.push('no-http-answer');
  if (ok > 0 && ok < statuses.length) problems.push('intermittent');
  return chk('site-probe', ok === statuses.length ? 'ok' : 'problem', problems, {
    attempts: statuses.length,
    ok,
    serverErrors,
    noAnswer,
    statuses,
    errors: statuses.map((s) => (s === null ? 'ETIMEDOUT' : null)),
    ...ev,
  });
}
const controlsOk = chk('control-sites', 'ok', [], { answered: 2, total: 2 });
const controlsFail = chk('control-sites', 'problem', ['controls-all-failed', 'connect-timeout'], {
  answered: 0,
  total: 2,
});
const gwOk = chk('gateway', 'ok', [], { address: '192.168.1.1', rttAvgMs: 1.2 });
const gwSilent = chk('gateway', 'problem', ['gateway-silent'], { address: '192.168.1.1' });
const noProxy = chk('proxy', 'ok', [], { configured: false });
const fwOk = chk('firewall', 'ok', [], { address: '192.0.2.10' });
const dnsOk = chk('dns-swap', 'ok');
const base = [controlsOk, gwOk, noProxy, fwOk, dnsOk];
const swap = (list: CheckResult[], r: CheckResult): CheckResult[] => [
  ...list.filter((c) => c.id !== r.id),
  r,
];

interface Case {
  name: string;
  checks: CheckResult[];
  id: VerdictId;
  confidence?: 'high' | 'medium' | 'low';
}

const cases: Case[] = [
  { name: 'all answers normal', checks: [...base, site([200, 200, 200])], id: 'site-ok', confidence: 'high' },
  { name: '404 still means the site answers', checks: [...base, site([404, 404, 404])], id: 'site-ok' },
  {
    name: 'nginx 502 every time',
    checks: [...base, site([502, 502, 502], [], { source: 'nginx' })],
    id: 'site-server-error',
    confidence: 'high',
  },
  { name: '500 and 503', checks: [...base, site([500, 503, 503])], id: 'site-server-error' },
  {
    name: '504 gateway time-out',
    checks: [...base, site([504, 504, 504])],
    id: 'site-timeout',
    confidence: 'high',
  },
  {
    name: 'mix of 200 and 502',
    checks: [...base, site([200, 502, 200])],
    id: 'site-intermittent',
    confidence: 'high',
  },
  {
    // One backend of three fails: the site probe missed it, the DNS check's request to the
    // system's address hit it.
    name: 'site probe all normal, an address probe to the same servers got 504',
    checks: [
      ...swap(
        base,
        chk('dns-swap', 'ok', [], {
          addressProbes: [
            { address: '192.0.2.10', status: 504, error: null, roles: ['system', 'alternative'] },
          ],
        }),
      ),
      site([200, 200, 200]),
    ],
    id: 'site-intermittent',
    confidence: 'high',
  },
  {
    // The hanging backend: the DNS check's request to the same address connected and never got an
    // answer, while the site probe's three got normal ones in milliseconds.
    name: 'site probe all normal, an address probe to the same servers hung after connecting',
    checks: [
      ...swap(
        base,
        chk('dns-swap', 'ok', [], {
          addressProbes: [
            { address: '192.0.2.10', status: null, error: 'ERESPONSETIMEOUT', roles: ['system'] },
          ],
        }),
      ),
      site([200, 200, 200]),
    ],
    id: 'site-intermittent',
  },
  {
    // A 5xx from an address only an alternative resolver gives is another server: not this site's mix.
    name: "an alternative-only address's 5xx does not make a healthy site intermittent",
    checks: [
      ...swap(
        base,
        chk('dns-swap', 'ok', [], {
          addressProbes: [{ address: '192.0.2.99', status: 502, error: null, roles: ['alternative'] }],
        }),
      ),
      site([200, 200, 200]),
    ],
    id: 'site-ok',
  },
  {
    name: 'cloudflare edge page',
    checks: [...base, site([502, 502, 502], ['cdn-edge-error'], { source: 'cloudflare', traceId: 'abc123' })],
    id: 'cdn-origin-error',
  },
  {
    name: 'connected but never answered',
    checks: [...base, site([null, null, null], ['response-timeout'])],
    id: 'site-timeout',
    confidence: 'medium',
  },
  {
    name: 'garbage instead of HTTP',
    checks: [...base, site([null, null, null], ['protocol-error'])],
    id: 'site-server-error',
    confidence: 'medium',
  },
  {
    name: 'site silent, host silent, internet fine',
    checks: [
      ...swap(base, chk('firewall', 'problem', ['web-port-silent', 'host-silent'])),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'site-unreachable',
    confidence: 'high',
  },
  {
    name: 'name does not exist anywhere',
    checks: [
      ...swap(base, chk('dns-swap', 'problem', ['all-dns-nxdomain'])),
      site([null, null, null], ['name-not-resolved']),
    ],
    id: 'site-unreachable',
  },
  {
    name: 'proxy fails, direct works',
    checks: [
      ...swap(
        base,
        chk('proxy', 'problem', ['proxy-path-fails', 'proxy-fails-direct-works'], { proxy: '10.0.0.3:3128' }),
      ),
      site([502, 502, 502], [], { source: 'squid' }),
    ],
    id: 'proxy-error',
    confidence: 'high',
  },
  {
    name: 'proxy unreachable',
    checks: [
      ...swap(base, chk('proxy', 'problem', ['proxy-path-fails', 'proxy-unreachable'])),
      site([null, null, null], ['connect-refused']),
    ],
    id: 'proxy-error',
    confidence: 'medium',
  },
  {
    name: 'system DNS silent, alternatives fine',
    checks: [
      ...swap(base, chk('dns-swap', 'problem', ['system-dns-timeout', 'system-dns-failing'])),
      site([null, null, null], ['name-not-resolved']),
    ],
    id: 'dns-resolver-failing',
    confidence: 'high',
  },
  {
    name: 'system DNS SERVFAIL',
    checks: [
      ...swap(base, chk('dns-swap', 'problem', ['system-dns-servfail', 'system-dns-failing'])),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'dns-resolver-failing',
  },
  {
    name: 'stale DNS answer',
    checks: [
      ...swap(base, chk('dns-swap', 'problem', ['answers-differ', 'system-address-fails-alternative-works'])),
      site([null, null, null], ['connect-refused']),
    ],
    id: 'dns-stale-answer',
    confidence: 'high',
  },
  {
    name: 'stale DNS answer serving an old 502',
    checks: [
      ...swap(base, chk('dns-swap', 'problem', ['answers-differ', 'system-address-fails-alternative-works'])),
      site([502, 502, 502]),
    ],
    id: 'dns-stale-answer',
  },
  {
    name: 'router silent, nothing works',
    checks: [
      controlsFail,
      gwSilent,
      noProxy,
      chk('dns-swap', 'problem', ['all-dns-failed']),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'local-network-down',
    confidence: 'high',
  },
  {
    name: 'no default route',
    checks: [
      controlsFail,
      chk('gateway', 'problem', ['no-default-route']),
      noProxy,
      site([null, null, null], ['network-unreachable']),
    ],
    id: 'local-network-down',
  },
  {
    name: 'router fine, nothing beyond',
    checks: [
      controlsFail,
      gwOk,
      noProxy,
      chk('dns-swap', 'problem', ['all-dns-failed']),
      chk('traceroute', 'problem', ['path-stops'], { lossStartsAt: 2 }),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'isp-outage',
    confidence: 'high',
  },
  {
    name: 'loss carrying through, site flaky',
    checks: [
      ...base,
      chk('traceroute', 'problem', ['path-loss-carries-through'], {
        lossStartsAt: 3,
        destinationLossPct: 33,
      }),
      site([200, null, 200], ['connect-timeout']),
    ],
    id: 'isp-path-degraded',
    confidence: 'high',
  },
  {
    name: 'loss carrying through, site silent',
    checks: [
      ...base,
      chk('traceroute', 'problem', ['path-loss-carries-through'], { lossStartsAt: 3 }),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'isp-path-degraded',
  },
  {
    name: 'route loss also makes the web port look silent: the loss explains both',
    checks: [
      ...swap(base, chk('firewall', 'problem', ['web-port-silent', 'web-ports-blocked'])),
      chk('traceroute', 'problem', ['path-loss-carries-through'], { lossStartsAt: 2 }),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'isp-path-degraded',
  },
  {
    name: 'ping answers, web port dropped',
    checks: [
      ...swap(
        base,
        chk('firewall', 'problem', ['web-port-silent', 'web-ports-blocked'], { address: '192.0.2.10' }),
      ),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'firewall-blocking',
    confidence: 'high',
  },
  {
    name: 'ping answers, web port refused',
    checks: [
      ...swap(base, chk('firewall', 'problem', ['web-port-refused', 'web-ports-blocked'])),
      site([null, null, null], ['connect-refused']),
    ],
    id: 'firewall-blocking',
    confidence: 'medium',
  },
  {
    name: 'rate-limited hops are never blamed',
    checks: [...base, chk('traceroute', 'ok', [], { rateLimitedHops: [3, 4] }), site([502, 502, 502])],
    id: 'site-server-error',
    confidence: 'high',
  },
  // Round two: new verdicts from the evidence the checks already gather
  {
    name: 'captive portal: site and controls redirected to one sign-in host',
    checks: [
      ...swap(
        base,
        chk('control-sites', 'problem', ['controls-redirected'], {
          answered: 2,
          total: 2,
          redirectHost: 'portal.example',
        }),
      ),
      chk('captive-portal', 'problem', ['web-intercepted'], {
        portalHost: 'portal.example',
        how: 'redirect',
        intercepted: 5,
        asked: 5,
        siteAnswered: 'portal',
      }),
      site([302, 302, 302], ['redirect-foreign'], { redirectHost: 'portal.example' }),
    ],
    id: 'captive-portal',
    confidence: 'high',
  },
  {
    name: 'captive portal: https site fails, controls redirected',
    checks: [
      ...swap(
        base,
        chk('control-sites', 'problem', ['controls-redirected'], {
          answered: 2,
          total: 2,
          redirectHost: 'portal.example',
        }),
      ),
      chk('captive-portal', 'problem', ['web-intercepted'], {
        portalHost: 'portal.example',
        how: 'redirect',
        intercepted: 2,
        asked: 3,
        siteAnswered: 'failed',
      }),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'captive-portal',
  },
  {
    name: 'NOT a portal: controls redirect, the site answers normally',
    checks: [
      ...swap(
        base,
        chk('control-sites', 'problem', ['controls-redirected'], {
          answered: 2,
          total: 2,
          redirectHost: 'portal.example',
        }),
      ),
      site([200, 200, 200]),
    ],
    id: 'site-ok',
  },
  {
    name: 'site DNS broken: every resolver fails the name, controls resolve',
    checks: [
      ...swap(
        base,
        chk('dns-swap', 'problem', ['system-dns-servfail', 'all-dns-failed'], {
          name: 'shop.test',
          answers: [{}, {}, {}],
        }),
      ),
      site([null, null, null], ['name-not-resolved']),
    ],
    id: 'site-dns-failing',
    confidence: 'high',
  },
  {
    name: 'NOT site DNS: no name resolves at all (controls fail too)',
    checks: [
      controlsFail,
      gwOk,
      noProxy,
      chk('dns-swap', 'problem', ['system-dns-timeout', 'all-dns-failed']),
      site([null, null, null], ['name-not-resolved']),
    ],
    id: 'isp-outage',
  },
  {
    name: 'expired certificate',
    checks: [
      ...base,
      site([null, null, null], ['tls-error', 'tls-expired'], {
        errors: ['CERT_HAS_EXPIRED', 'CERT_HAS_EXPIRED', 'CERT_HAS_EXPIRED'],
      }),
    ],
    id: 'tls-certificate-error',
    confidence: 'high',
  },
  {
    name: 'certificate for another name',
    checks: [
      ...base,
      site([null, null, null], ['tls-error', 'tls-wrong-name'], {
        errors: [
          'ERR_TLS_CERT_ALTNAME_INVALID',
          'ERR_TLS_CERT_ALTNAME_INVALID',
          'ERR_TLS_CERT_ALTNAME_INVALID',
        ],
      }),
    ],
    id: 'tls-certificate-error',
  },
  {
    name: 'hosts file pins the site elsewhere; the DNS address works',
    checks: [
      ...swap(
        base,
        chk('dns-swap', 'ok', [], {
          answers: [{ addresses: ['203.0.113.10'] }],
          addressProbes: [{ address: '203.0.113.10', status: 200 }],
        }),
      ),
      chk('hosts-file', 'problem', ['site-pinned'], { path: '/etc/hosts', addresses: ['10.9.9.9'], line: 3 }),
      site([null, null, null], ['connect-timeout']),
    ],
    id: 'hosts-file-override',
    confidence: 'high',
  },
  {
    name: 'NOT a hosts override: the hosts line agrees with DNS',
    checks: [
      ...swap(base, chk('dns-swap', 'ok', [], { answers: [{ addresses: ['203.0.113.10'] }] })),
      chk('hosts-file', 'problem', ['site-pinned'], { addresses: ['203.0.113.10'] }),
      site([502, 502, 502]),
    ],
    id: 'site-server-error',
  },
  // Conflicts and gaps
  {
    name: 'CONFLICT: site answers while router and controls are silent',
    checks: [controlsFail, gwSilent, noProxy, site([200, 200, 200])],
    id: 'inconclusive',
  },
  {
    name: 'CONFLICT: proxy both works and fails',
    checks: [
      ...swap(base, chk('proxy', 'problem', ['proxy-path-fails', 'proxy-fails-direct-works'])),
      site([200, 200, 200]),
    ],
    id: 'inconclusive',
  },
  {
    name: 'CONFLICT: site host pings although nothing else answers',
    checks: [
      controlsFail,
      gwOk,
      noProxy,
      chk('firewall', 'problem', ['web-port-silent', 'web-ports-blocked']),
      site([null, null, null]),
    ],
    id: 'inconclusive',
  },
  {
    name: 'route loss while the router itself drops pings: the local link, never the ISP',
    checks: [
      ...swap(
        base,
        chk('gateway', 'problem', ['gateway-loss'], { address: '192.168.1.1', lossPct: 33, pingSent: 6 }),
      ),
      chk('traceroute', 'problem', ['path-loss-carries-through'], { lossStartsAt: 2 }),
      site([200, null, 200], ['connect-timeout']),
    ],
    id: 'local-network-degraded',
    confidence: 'high',
  },
  {
    name: 'router drops pings, the site fails sometimes',
    checks: [
      ...swap(
        base,
        chk('gateway', 'problem', ['gateway-loss'], { address: '192.168.1.1', lossPct: 50, pingSent: 6 }),
      ),
      site([200, null, null], ['connect-timeout']),
    ],
    id: 'local-network-degraded',
  },
  {
    name: 'connected, then stalled; big packets vanish beyond the router',
    checks: [
      ...base,
      chk('path-mtu', 'problem', ['mtu-blackhole'], {
        pathMtu: 1400,
        lostFrom: 1404,
        router: '192.168.1.1',
        routerPasses: 1500,
        where: 'beyond-router',
        stalledIn: 'response',
        smallAnswerStatus: 200,
      }),
      site([null, null, null], ['response-timeout'], {
        errors: ['ERESPONSETIMEOUT', 'ERESPONSETIMEOUT', 'ERESPONSETIMEOUT'],
      }),
    ],
    id: 'path-mtu-blackhole',
    confidence: 'high',
  },
  {
    name: 'IPv6 to the site fails, IPv4 answers',
    checks: [
      ...base,
      chk('ipv6', 'problem', ['ipv6-fails-ipv4-works'], {
        sourceAddress: '2001:db8:77::10',
        results: [
          { address: '2001:db8:113::24', family: 6, status: null, error: 'ETIMEDOUT' },
          { address: '203.0.113.24', family: 4, status: 200, error: null },
        ],
      }),
      site([200, 200, 200]),
    ],
    id: 'ipv6-broken',
    confidence: 'high',
  },
  { name: 'GAP: site probe did not run', checks: [...base, chk('site-probe', 'error')], id: 'inconclusive' },
  {
    name: 'GAP: no answer, nothing to compare with',
    checks: [noProxy, chk('control-sites', 'skipped'), chk('gateway', 'skipped'), site([null, null, null])],
    id: 'inconclusive',
  },
  {
    name: 'GAP: some time-outs without path evidence',
    checks: [...base, site([200, null, 200], ['connect-timeout'])],
    id: 'inconclusive',
  },
];

describe('verdict rules (table)', () => {
  it.each(cases)('$name → $id', ({ checks, id, confidence }) => {
    const v = decideVerdict({ target, checks });
    expect(v.id).toBe(id);
    if (confidence) expect(v.confidence).toBe(confidence);
    expect(VerdictSchema.safeParse(v).success).toBe(true);
    expect(v.reasons.length).toBeGreaterThan(0);
    // every reason says itself through the catalog: the English detail is derived, German has words too
    for (const r of v.reasons) {
      expect(r.text, r.code).toBeDefined();
      if (!r.text) continue;
      expect(r.detail).toBe(phraseText(textsEn, r.text, r.params));
      expect(phraseText(textsDe, r.text, r.params)).not.toMatch(/\{\{|\[object/);
    }
    expect(v.summary).not.toContain('{host}');
    expect(v.visitorSteps).toEqual(VERDICT_PLANS[id].visitorSteps);
  });
  it('covers every verdict id at least once', () => {
    const covered = new Set(cases.map((c) => c.id));
    expect([...VERDICT_IDS].filter((v) => !covered.has(v))).toEqual([]);
  });
  it('is pure: same input, same output, input untouched', () => {
    const checks = [...base, site([502, 502, 502])];
    const snapshot = JSON.stringify(checks);
    expect(decideVerdict({ target, checks })).toEqual(decideVerdict({ target, checks }));
    expect(JSON.stringify(checks)).toBe(snapshot);
  });
  it('puts values into reasons', () => {
    const v = decideVerdict({ target, checks: [...base, site([502, 502, 502], [], { source: 'nginx' })] });
    expect(v.reasons[0]?.detail).toContain('502');
    expect(v.reasons[0]?.detail).toContain('nginx');
    expect(v.reasons[0]?.checkId).toBe('site-probe');
    expect(v.reasons[0]).toMatchObject({
      code: 'http-5xx',
      text: 'http-5xx',
      params: {
        statuses: '502, 502, 502',
        serverErrors: 3,
        attempts: 3,
        page: { params: { source: 'nginx' } },
      },
    });
  });
  it('carries the counts of a mixed run as values, worded per language', () => {
    const v = decideVerdict({ target, checks: [...base, site([200, 502, 200])] });
    expect(v.id).toBe('site-intermittent');
    const r = v.reasons[0];
    expect(r).toMatchObject({
      code: 'intermittent',
      text: 'intermittent',
      params: { attempts: 3, ok: 2, serverErrors: 1, noAnswer: 0 },
    });
    expect(r?.detail).toBe('Of 3 requests, 2 worked, 1 got a server error and 0 got no answer.');
    expect(r?.text && phraseText(textsDe, r.text, r.params)).toBe(
      'Von 3 Anfragen klappten 2, 1 bekamen einen Serverfehler und 0 keine Antwort.',
    );
  });
  it("puts the page code's exact meaning and the trace id into the reasons", () => {
    const v = decideVerdict({
      target,
      checks: [
        ...base,
        site([522, 522, 522], ['cdn-edge-error'], {
          source: 'cloudflare',
          traceId: '8a1b2c3d4e5f6789-FRA',
          meaning: 'cloudflare-522',
        }),
      ],
    });
    expect(v.id).toBe('cdn-origin-error');
    const cdn = v.reasons.find((r) => r.code === 'cdn-edge-error')?.detail ?? '';
    expect(cdn).toContain('8a1b2c3d4e5f6789-FRA');
    expect(cdn).toContain(textsEn.pageCodes['cloudflare-522']);
    const plain = decideVerdict({
      target,
      checks: [...base, site([502, 502, 502], [], { meaning: 'toString' })],
    });
    expect(plain.reasons[0]?.detail).not.toMatch(/function|native code/);
  });
  it('every verdict has at least one action and plain texts without jargon on the visitor path', () => {
    for (const id of VERDICT_IDS) {
      const plan = VERDICT_PLANS[id];
      expect(plan.visitorSteps.length + plan.fixIds.length).toBeGreaterThan(0);
      const v = decideVerdict({ target, checks: cases.find((c) => c.id === id)?.checks ?? [] });
      expect(v.summary).not.toMatch(/\b(ICMP|TTL|NXDOMAIN|SERVFAIL|upstream|TCP|RST)\b/);
    }
  });
});
