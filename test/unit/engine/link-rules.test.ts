// The rules for a degraded link to the router, path-MTU black holes and broken IPv6, against
// the evidence shapes that look like them but are something else.
import { describe, expect, it } from 'vitest';
import { VerdictSchema } from '../../../electron/contract';
import type { CheckId, CheckResult, EvidenceValue, VerdictId } from '../../../electron/contract';
import { decideVerdict } from '../../../electron/engine/verdict';
import { parseTarget } from '../../../electron/engine/target';

const target = parseTarget('http://big.example.test/');

function chk(
  id: CheckId,
  status: CheckResult['status'],
  problems: string[] = [],
  evidence: Record<string, EvidenceValue> = {},
): CheckResult {
  return { id, status, problems, evidence, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1 };
}
/** Site attempts: a status, or an error code for no answer. */
function site(results: (number | string)[]): CheckResult {
  const statuses = results.map((x) => (typeof x === 'number' ? x : null));
  const errors = results.map((x) => (typeof x === 'string' ? x : null));
  const ok = statuses.filter((s) => s !== null && s < 500).length;
  const serverErrors = statuses.filter((s) => s !== null && s >= 500).length;
  const noAnswer = statuses.filter((s) => s === null).length;
  const problems: string[] = [];
  if (serverErrors)
    problems.push('http-5xx', ...statuses.flatMap((s) => (s && s >= 500 ? [`http-${s}`] : [])));
  if (errors.includes('ERESPONSETIMEOUT')) problems.push('response-timeout');
  if (errors.includes('ETIMEDOUT')) problems.push('connect-timeout');
  if (noAnswer === results.length) problems.push('no-http-answer');
  if (ok > 0 && ok < results.length) problems.push('intermittent');
  return chk('site-probe', ok === results.length ? 'ok' : 'problem', problems, {
    attempts: results.length,
    ok,
    serverErrors,
    noAnswer,
    statuses,
    errors,
  });
}
const controlsOk = chk('control-sites', 'ok', [], { answered: 2, total: 2 });
const gwOk = chk('gateway', 'ok', [], { address: '192.168.1.1', lossPct: 0, pingSent: 6 });
const gwLossy = chk('gateway', 'problem', ['gateway-loss'], {
  address: '192.168.1.1',
  lossPct: 33.333,
  pingSent: 6,
});
const gwJitter = chk('gateway', 'problem', ['gateway-jitter'], {
  address: '192.168.1.1',
  lossPct: 0,
  pingSent: 6,
  jitterMs: 48.2,
  rttMinMs: 2.1,
  rttMaxMs: 151.7,
});
const fw = (lossPct: number, problems: string[] = []): CheckResult =>
  chk('firewall', problems.length ? 'problem' : 'ok', problems, {
    address: '203.0.113.23',
    pingLossPct: lossPct,
  });
const noProxy = chk('proxy', 'ok', [], { configured: false });
const base = [controlsOk, gwOk, noProxy, fw(0), chk('dns-swap', 'ok')];
const swap = (list: CheckResult[], ...rs: CheckResult[]): CheckResult[] => [
  ...list.filter((c) => !rs.some((r) => r.id === c.id)),
  ...rs,
];
const mtu = (problems: string[], ev: Record<string, EvidenceValue> = {}): CheckResult =>
  chk('path-mtu', problems.includes('mtu-blackhole') ? 'problem' : 'ok', problems, {
    address: '203.0.113.23',
    stalledIn: 'response',
    router: '192.168.1.1',
    pathMtu: 1400,
    lostFrom: 1404,
    routerPasses: 1500,
    where: 'beyond-router',
    smallAnswerStatus: 200,
    smallAnswerError: null,
    ...ev,
  });
const stalled = site(['ERESPONSETIMEOUT', 'ERESPONSETIMEOUT', 'ERESPONSETIMEOUT']);
const v6 = (problems: string[], ev: Record<string, EvidenceValue> = {}): CheckResult =>
  chk('ipv6', problems.length ? 'problem' : 'ok', problems, {
    sourceAddress: '2001:db8:77::10',
    results: [
      { address: '2001:db8:113::24', family: 6, status: null, error: 'ETIMEDOUT', connectMs: null },
      { address: '203.0.113.24', family: 4, status: 200, error: null, connectMs: 1.2 },
    ],
    works4: true,
    works6: false,
    ...ev,
  });

interface Case {
  name: string;
  checks: CheckResult[];
  id: VerdictId;
  confidence?: 'high' | 'medium' | 'low';
  /** Values the reasons must carry. */
  says?: string[];
  /** Words no reason may say. */
  never?: string[];
}

const cases: Case[] = [
  // local-network-degraded
  {
    name: 'router loses a third of its pings, loss beyond too, some requests time out',
    checks: [...swap(base, gwLossy, fw(40)), site([200, 'ETIMEDOUT', 200])],
    id: 'local-network-degraded',
    confidence: 'high',
    says: ['192.168.1.1', '33.3%', '6 pings', '40%'],
  },
  {
    name: 'router loses pings and loss beyond, every request still worked (slowly)',
    checks: [...swap(base, gwLossy, fw(20)), site([200, 200, 200])],
    id: 'local-network-degraded',
    confidence: 'medium',
  },
  {
    name: 'weak Wi-Fi: the router jitters, loss beyond, requests time out',
    checks: [...swap(base, gwJitter, fw(20)), site([200, 'ETIMEDOUT', 'ETIMEDOUT'])],
    id: 'local-network-degraded',
    says: ['±48.2 ms', '2.1', '151.7'],
  },
  {
    name: 'NOT local: jitter to the router, yet every request worked',
    checks: [...swap(base, gwJitter, fw(0)), site([200, 200, 200])],
    id: 'site-ok',
  },
  {
    name: 'NOT local: the router only rate-limits pings to itself (no loss beyond, all fine)',
    checks: [...swap(base, gwLossy, fw(0)), site([200, 200, 200])],
    id: 'site-ok',
  },
  {
    name: 'NOT local: lossy router, but the site answers 502 every time',
    checks: [...swap(base, gwLossy, fw(20)), site([502, 502, 502])],
    id: 'site-server-error',
  },
  {
    name: 'NOT local: lossy router, the site is off (host silent) while the controls answer',
    checks: [
      ...swap(base, gwLossy, fw(100, ['web-port-silent', 'host-silent'])),
      site(['ETIMEDOUT', 'ETIMEDOUT', 'ETIMEDOUT']),
    ],
    id: 'site-unreachable',
  },
  {
    name: 'NOT local: loss starts at the ISP, the router is clean',
    checks: [
      ...swap(base, gwOk, fw(30)),
      chk('traceroute', 'problem', ['path-loss-carries-through'], {
        lossStartsAt: 3,
        destinationLossPct: 30,
      }),
      site([200, 'ETIMEDOUT', 200]),
    ],
    id: 'isp-path-degraded',
  },
  // path-mtu-blackhole
  {
    name: 'stalled after connect, big packets vanish beyond the router, HEAD answers',
    checks: [...base, mtu(['mtu-blackhole']), stalled],
    id: 'path-mtu-blackhole',
    confidence: 'high',
    says: ['3 of 3', 'up to 1400 bytes', 'from 1404 bytes', '192.168.1.1 passes 1500', 'status 200'],
  },
  {
    name: 'HTTPS stalled in the handshake (no HEAD asked), big packets vanish',
    checks: [
      ...base,
      mtu(['mtu-blackhole'], { stalledIn: 'tls', smallAnswerStatus: null, smallAnswerError: null }),
      stalled,
    ],
    id: 'path-mtu-blackhole',
    confidence: 'high',
    says: ['secure handshake'],
  },
  {
    name: 'the limit is already on the way to the router (a VPN here)',
    checks: [...base, mtu(['mtu-blackhole'], { where: 'before-router', routerPasses: 576 }), stalled],
    id: 'path-mtu-blackhole',
    says: ["this computer's own link"],
  },
  {
    name: 'the hop it starts at, when the TTL-limited round found it: the link after the router',
    checks: [
      ...base,
      mtu(['mtu-blackhole'], {
        startsAtHop: 2,
        startsAtAddress: '198.51.100.1',
        previousHop: 1,
        previousAddress: '192.168.1.1',
      }),
      stalled,
    ],
    id: 'path-mtu-blackhole',
    confidence: 'high',
    says: [
      'Large packets are lost from hop 2 (198.51.100.1), on the link from your router to your internet provider.',
    ],
    never: ['hop 2 on'],
  },
  {
    name: 'the hop it starts at, further out',
    checks: [
      ...base,
      mtu(['mtu-blackhole'], {
        startsAtHop: 4,
        startsAtAddress: '198.51.100.9',
        previousHop: 2,
        previousAddress: '198.51.100.1',
      }),
      stalled,
    ],
    id: 'path-mtu-blackhole',
    says: ['from hop 4 (198.51.100.9), on the link between hop 2 (198.51.100.1) and hop 4.'],
  },
  {
    name: 'NOT a black hole: the HEAD request hangs too (the server hangs)',
    checks: [
      ...base,
      mtu(['mtu-blackhole'], { smallAnswerStatus: null, smallAnswerError: 'ERESPONSETIMEOUT' }),
      stalled,
    ],
    id: 'site-timeout',
  },
  {
    name: 'NOT a black hole: every size got through (a slow server)',
    checks: [...base, mtu([], { lostFrom: null, pathMtu: 1500 }), stalled],
    id: 'site-timeout',
  },
  {
    name: 'NOT a black hole: the site answered (MTU evidence without a stall)',
    checks: [...base, mtu(['mtu-blackhole']), site([200, 200, 200])],
    id: 'site-ok',
  },
  // ipv6-broken
  {
    name: 'IPv6 fails, IPv4 answers, the page loads after the fallback',
    checks: [...base, v6(['ipv6-fails-ipv4-works']), site([200, 200, 200])],
    id: 'ipv6-broken',
    confidence: 'high',
    says: ['2001:db8:113::24: ETIMEDOUT', '203.0.113.24 → 200', '2001:db8:77::10'],
  },
  {
    name: 'IPv6 fails, IPv4 answers, one request waited too long',
    checks: [...base, v6(['ipv6-fails-ipv4-works']), site([200, 'ETIMEDOUT', 200])],
    id: 'ipv6-broken',
  },
  {
    name: "NOT ipv6-broken: other sites work over IPv6 (the site's own IPv6 is broken)",
    checks: [
      ...base,
      v6(['site-ipv6-fails-elsewhere-works'], { controlWorks6: true }),
      site([200, 200, 200]),
    ],
    id: 'site-ok',
  },
  {
    name: 'NOT ipv6-broken: the site answers 502 over IPv4 as well',
    checks: [...base, v6(['ipv6-fails-ipv4-works']), site([502, 502, 502])],
    id: 'site-server-error',
  },
];

describe('link rules (table)', () => {
  it.each(cases)('$name → $id', ({ checks, id, confidence, says, never }) => {
    const v = decideVerdict({ target, checks });
    expect(v.id).toBe(id);
    if (confidence) expect(v.confidence).toBe(confidence);
    expect(VerdictSchema.safeParse(v).success).toBe(true);
    const text = v.reasons.map((x) => x.detail).join('\n');
    for (const s of says ?? []) expect(text).toContain(s);
    for (const s of never ?? []) expect(text).not.toContain(s);
  });
});
