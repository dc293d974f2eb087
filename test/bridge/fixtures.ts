// Sample engine results for the renderer's tests (component tests and the Playwright fake bridge).
// Shapes follow the contract; test/unit/renderer/fixtures.test.ts validates them with the schemas.
import type {
  CheckId,
  CheckResult,
  CheckStatus,
  DiagnosisResult,
  FixDescriptor,
  FixPreview,
  HistoryEntry,
  Hop,
  ProbeAttempt,
  ReportPreview,
  VerdictId,
} from '../../electron/contract';
import { VERDICTS } from '../../electron/contract/values';

const AT = '2026-11-22T06:00:00.000+00:00';

/** A check result with the given status. */
export function check(id: CheckId, status: CheckStatus, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    status,
    problems: status === 'problem' ? [`${id}-failed`] : [],
    evidence: {},
    startedAt: AT,
    durationMs: 42,
    ...extra,
  };
}

export const SAMPLE_HOPS: Hop[] = [
  { ttl: 1, probes: [{ address: '192.0.2.1', hostname: null, rttMs: 1.2, annotation: null }], lossPct: 0 },
  { ttl: 2, probes: [{ address: null, hostname: null, rttMs: null, annotation: null }], lossPct: 100 },
  {
    ttl: 3,
    probes: [{ address: '203.0.113.10', hostname: 'site.example', rttMs: 9.8, annotation: null }],
    lossPct: 0,
  },
];

function attempt(status: number | null, extra: Partial<ProbeAttempt> = {}): ProbeAttempt {
  return {
    url: 'https://site.example/',
    address: '203.0.113.10',
    via: 'direct',
    status,
    error: status === null ? 'ETIMEDOUT' : null,
    timings: { dnsMs: 3, connectMs: 5, tlsMs: 12, firstByteMs: status === null ? null : 40, totalMs: 61 },
    headers: status === null ? {} : { server: 'nginx', 'content-type': 'text/html' },
    bodyBytes: 150,
    bodyTruncated: false,
    recognition:
      status !== null && status >= 500
        ? {
            status,
            source: 'nginx',
            variant: 'nginx-bad-gateway',
            cdn: null,
            traceId: null,
            whoActs: 'site-owner',
            summary: 'nginx 502',
            meaning: null,
          }
        : null,
    ...extra,
  };
}

/** A full, schema-valid diagnosis ending in `verdictId`. */
export function sampleResult(verdictId: VerdictId, extra: Partial<DiagnosisResult> = {}): DiagnosisResult {
  const bad = verdictId !== 'site-ok';
  const status =
    verdictId === 'site-ok'
      ? 200
      : verdictId === 'site-timeout'
        ? 504
        : verdictId === 'site-unreachable'
          ? null
          : 502;
  return {
    schemaVersion: 1,
    runId: `run-${verdictId}`,
    target: {
      input: 'site.example',
      url: 'https://site.example/',
      scheme: 'https',
      host: 'site.example',
      port: 443,
      isIp: false,
    },
    startedAt: AT,
    finishedAt: '2026-11-22T06:00:04.000+00:00',
    timeZone: 'UTC',
    durationMs: 4000,
    environment: { os: 'linux', osRelease: '6.1', arch: 'x64', appVersion: '0.1.0', hostname: 'pc' },
    checks: [
      check('site-probe', bad ? 'problem' : 'ok'),
      check('tls-certificate', verdictId === 'tls-certificate-error' ? 'problem' : 'ok'),
      check(
        'control-sites',
        verdictId === 'isp-outage' || verdictId === 'local-network-down' ? 'problem' : 'ok',
      ),
      check('captive-portal', verdictId === 'captive-portal' ? 'problem' : 'ok'),
      check('gateway', verdictId === 'local-network-down' ? 'problem' : 'ok'),
      check('system-resolvers', verdictId === 'dns-resolver-failing' ? 'problem' : 'ok'),
      check('hosts-file', verdictId === 'hosts-file-override' ? 'problem' : 'ok'),
      check('dns-swap', verdictId === 'dns-stale-answer' ? 'problem' : 'ok'),
      check('ipv6', verdictId === 'ipv6-broken' ? 'problem' : 'ok'),
      check('traceroute', 'skipped', {
        reason: 'traceroute is not installed',
        hint: 'Install the traceroute package.',
      }),
      check('path-mtu', verdictId === 'path-mtu-blackhole' ? 'problem' : 'ok'),
      check('proxy', verdictId === 'proxy-error' ? 'problem' : 'ok'),
      check('firewall', verdictId === 'firewall-blocking' ? 'problem' : 'ok'),
    ],
    probe: { attempts: [attempt(status), attempt(status)] },
    dns: {
      answers: [
        {
          resolver: '192.0.2.53',
          role: 'system',
          name: 'site.example',
          rcode: 'NOERROR',
          addresses: ['203.0.113.10'],
          latencyMs: 4,
          transport: 'udp',
          error: null,
        },
        {
          resolver: '198.51.100.53',
          role: 'alternative',
          name: 'site.example',
          rcode: 'NOERROR',
          addresses: ['203.0.113.10'],
          latencyMs: 9,
          transport: 'udp',
          error: null,
        },
      ],
      addressProbes: [],
    },
    traceroute: {
      tool: 'traceroute',
      target: '203.0.113.10',
      hops: SAMPLE_HOPS,
      reached: true,
      lossStartsAt: null,
      carriesThrough: false,
    },
    gateway: {
      address: '192.0.2.1',
      interface: 'eth0',
      reachable: verdictId !== 'local-network-down',
      method: 'icmp',
      latencyMs: 1,
      lossPct: 0,
    },
    verdict: {
      id: verdictId,
      confidence: verdictId === 'inconclusive' ? 'low' : 'high',
      whoActs: VERDICTS[verdictId].whoActs,
      reasons: [
        { checkId: 'site-probe', code: bad ? 'http-5xx' : 'http-ok', detail: `status ${status ?? 'none'}` },
      ],
      fixIds: [...VERDICTS[verdictId].fixIds],
      visitorSteps: [...VERDICTS[verdictId].visitorSteps],
      ownerSteps: [...VERDICTS[verdictId].ownerSteps],
      summary: `English summary for ${verdictId}`,
      explanation: 'English explanation.',
    },
    ...extra,
  };
}

/**
 * An owner's result: Cloudflare in front of nginx with PHP-FPM behind it answered 502, with a
 * Ray ID and the error page's words (the owner checklist's richest case).
 */
export function sampleOwnerResult(): DiagnosisResult {
  const base = sampleResult('cdn-origin-error');
  const ray = '8c1f2e3d4a5b6c7d-FRA';
  const attempts = (base.probe?.attempts ?? []).map((a) => ({
    ...a,
    address: '198.51.100.20',
    headers: { ...a.headers, server: 'cloudflare', 'cf-ray': ray, 'x-powered-by': 'PHP/8.2.12' },
    page: {
      title: 'site.example | 502: Bad gateway',
      refreshTo: null,
      loginForm: false,
      digest: '0123456789abcdef',
      snippet: `Bad gateway Error code 502 Visit cloudflare.com for more information. ${AT} UTC Cloudflare Ray ID: ${ray}`,
    },
    recognition: a.recognition
      ? { ...a.recognition, source: 'nginx' as const, cdn: 'cloudflare' as const, traceId: ray }
      : null,
  }));
  return { ...base, runId: 'run-owner', probe: { attempts } };
}

export const SAMPLE_HISTORY: HistoryEntry[] = [
  {
    runId: 'run-site-server-error',
    url: 'https://site.example/',
    verdictId: 'site-server-error',
    finishedAt: '2026-11-22T05:00:00.000+00:00',
  },
  {
    runId: 'run-dns-resolver-failing',
    url: 'https://other.example/',
    verdictId: 'dns-resolver-failing',
    finishedAt: '2026-11-21T18:30:00.000+00:00',
  },
];

export const SAMPLE_FIXES: FixDescriptor[] = [
  {
    id: 'switch-dns',
    kind: 'command',
    title: 'Switch DNS servers',
    description: 'Use other DNS servers for this connection.',
    available: true,
    unavailableReason: null,
    needsAdmin: true,
    risk: 'medium',
    expectedSeconds: 5,
    verify: 'The site name resolves on the new servers.',
    undo: 'Your previous servers are restored.',
  },
  {
    id: 'flush-dns',
    kind: 'command',
    title: 'Flush the DNS cache',
    description: 'Forget cached names.',
    available: false,
    unavailableReason: 'No DNS cache service runs on this computer.',
    unavailable: { code: 'no-dns-cache' },
    needsAdmin: true,
    risk: 'none',
    expectedSeconds: 2,
    verify: 'Nothing to verify.',
    undo: 'Nothing to undo.',
  },
  {
    id: 'guide-clear-site-cache',
    kind: 'guided',
    title: 'Clear this site’s data',
    description: 'Steps for your browser.',
    available: true,
    unavailableReason: null,
    needsAdmin: false,
    risk: 'none',
    expectedSeconds: 60,
    verify: 'The site loads again.',
    undo: 'Nothing to undo.',
  },
  {
    id: 'guide-restart-router',
    kind: 'guided',
    title: 'Restart the router',
    description: 'We wait until it answers again.',
    available: true,
    unavailableReason: null,
    needsAdmin: false,
    risk: 'none',
    expectedSeconds: 120,
    verify: 'The router answers again.',
    undo: 'Nothing to undo.',
  },
];

/** The preview main returns for a fix. */
export function samplePreview(id: FixDescriptor['id']): FixPreview {
  const base = SAMPLE_FIXES.find((f) => f.id === id) ?? { ...(SAMPLE_FIXES[0] as FixDescriptor), id };
  return base.kind === 'guided'
    ? {
        ...base,
        commands: [],
        steps:
          id === 'guide-clear-site-cache'
            ? [
                'Open the browser’s settings.',
                'Find the saved data for this site.',
                'Delete it and reload the page.',
              ]
            : ['Unplug the router.', 'Wait 30 seconds.', 'Plug it back in.'],
        changes: [],
      }
    : {
        ...base,
        commands: [['resolvectl', 'dns', 'eth0', '198.51.100.53']],
        steps: [],
        changes: ['DNS servers of eth0'],
        // The proposal main makes for switch-dns: your servers → the ones that answered best.
        ...(id === 'switch-dns' ? { dnsChange: { from: ['192.0.2.53'], to: ['198.51.100.53'] } } : {}),
      };
}

export const SAMPLE_REPORT: ReportPreview = {
  html: '<!DOCTYPE html><html lang="en"><head><title>Gateway Doctor report</title></head><body><main><h1>The website itself has a problem</h1><p>Public IP: [public-ip-1]</p></main></body></html>\n',
  markdown: '# Gateway Doctor report\n\nVerdict: site-server-error\nPublic IP: [public-ip-1]\n',
  summary: 'The site https://site.example/ answered 502 from its own server at 06:00 UTC.',
  redacted: { 'public-ip': 1, hostname: 1 },
};
