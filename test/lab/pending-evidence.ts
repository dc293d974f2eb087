// Key evidence for the pending lab scenarios (scenarios.json "pending": true): facts about the fault
// that today's result already shows, whatever the verdict. lab.test.ts asserts them when the
// scenario runs (GD_LAB_PENDING=1, or once the scenario is no longer pending).
import { expect } from 'vitest';
import type { DiagnosisResult, DnsAnswer, ProbeAttempt } from '../../electron/contract';
import { LAB } from './lab';

const attempts = (r: DiagnosisResult): ProbeAttempt[] => r.probe?.attempts ?? [];
const statuses = (r: DiagnosisResult): (number | null)[] => attempts(r).map((a) => a.status);
const errors = (r: DiagnosisResult): (string | null)[] => attempts(r).map((a) => a.error);
const answers = (r: DiagnosisResult): DnsAnswer[] => r.dns?.answers ?? [];
const check = (r: DiagnosisResult, id: string) => r.checks.find((c) => c.id === id);
const allResolvers = [LAB.resolvers.isp, ...LAB.resolvers.alternatives];

function everyResolverSays(r: DiagnosisResult, addresses: string[]): void {
  for (const resolver of allResolvers) {
    expect(answers(r).find((a) => a.resolver === resolver)?.addresses, resolver).toEqual(addresses);
  }
}

function tlsError(code: string): (r: DiagnosisResult) => void {
  return (r) => {
    expect(errors(r).length).toBeGreaterThan(0);
    expect(errors(r).every((e) => e === code)).toBe(true);
    // The connection opened: the certificate, not the path, is the problem.
    expect(attempts(r).every((a) => a.timings.connectMs !== null)).toBe(true);
  };
}

function cdnCode(code: number): (r: DiagnosisResult) => void {
  return (r) => {
    expect(statuses(r).length).toBeGreaterThan(0);
    expect(statuses(r).every((s) => s === code)).toBe(true);
    const a = attempts(r)[0];
    expect(a?.recognition?.cdn).toBe('cloudflare');
    expect(a?.recognition?.traceId ?? '').toMatch(/^[0-9a-f]{16}-LAB$/);
  };
}

/** Evidence per pending scenario name. */
export const PENDING_EVIDENCE: Record<string, (r: DiagnosisResult) => void> = {
  'captive-portal': (r) => {
    // The site and every control site answer with the same foreign redirect.
    for (const a of attempts(r))
      expect(a.headers.location ?? '').toMatch(/^http:\/\/portal\.gd\.test\/login/);
    const controls = check(r, 'control-sites')?.evidence.controls;
    expect(JSON.stringify(controls)).toContain('"status":302');
  },
  'captive-portal-https': (r) => {
    expect(statuses(r).every((s) => s === null)).toBe(true);
    expect(JSON.stringify(check(r, 'control-sites')?.evidence.controls)).toContain('"status":302');
  },
  'hosts-file-override': (r) => {
    // The probes (hosts file: the dead address) all fail; today's result names no address for them.
    expect(statuses(r).every((s) => s === null)).toBe(true);
    everyResolverSays(r, [LAB.addresses.pinned]);
    expect(r.dns?.addressProbes.find((p) => p.address === LAB.addresses.pinned)?.status).toBe(200);
  },
  'path-mtu-blackhole': (r) => {
    // TCP connects, then nothing: no status, a response timeout.
    expect(attempts(r).every((a) => a.timings.connectMs !== null && a.status === null)).toBe(true);
    expect(r.gateway?.reachable).toBe(true);
  },
  'local-network-degraded': (r) => {
    expect(r.gateway?.address).toBe(LAB.router);
    expect(r.gateway?.lossPct ?? 0).toBeGreaterThan(0);
  },
  'healthy-https': (r) => {
    expect(statuses(r).every((s) => s === 200)).toBe(true);
  },
  'tls-expired': tlsError('CERT_HAS_EXPIRED'),
  'tls-wrong-name': tlsError('ERR_TLS_CERT_ALTNAME_INVALID'),
  'tls-unknown-issuer': tlsError('DEPTH_ZERO_SELF_SIGNED_CERT'),
  'site-dns-failing': (r) => {
    for (const resolver of allResolvers)
      expect(answers(r).find((a) => a.resolver === resolver)?.rcode).toBe('SERVFAIL');
  },
  'site-dns-timeout': (r) => {
    for (const resolver of allResolvers)
      expect(answers(r).find((a) => a.resolver === resolver)?.error).not.toBeNull();
  },
  'ipv6-broken': (r) => {
    everyResolverSays(r, [LAB.addresses.dual, LAB.addresses.dual6]);
  },
  'router-dns-hung': (r) => {
    const system = answers(r).find((a) => a.role === 'system');
    expect(system?.resolver).toBe(LAB.router);
    expect(system?.addresses).toEqual([]);
    expect(r.gateway?.reachable).toBe(true);
    for (const alt of LAB.resolvers.alternatives) {
      expect(answers(r).find((a) => a.resolver === alt)?.addresses).toEqual([LAB.addresses.www]);
    }
  },
  'dhcp-failed': (r) => {
    expect(r.gateway?.address).toBeNull();
    expect(check(r, 'gateway')?.problems).toContain('no-default-route');
  },
  'https-blocked': (r) => {
    expect(statuses(r).every((s) => s === null)).toBe(true);
    expect(check(r, 'firewall')?.status).toBe('problem');
  },
  'proxy-refused': (r) => {
    expect(attempts(r).every((a) => a.via === 'proxy' && a.error === 'ECONNREFUSED')).toBe(true);
    expect(check(r, 'proxy')?.status).toBe('problem');
  },
  'site-503-retry-after': (r) => {
    expect(statuses(r).every((s) => s === 503)).toBe(true);
    expect(attempts(r)[0]?.headers['retry-after']).toBe('120');
    expect(check(r, 'site-probe')?.evidence.retryAfterSec).toBe(120);
    expect(r.verdict.visitorSteps[0]).toBe('retry-after');
  },
  'origin-resets': (r) => {
    expect(errors(r).every((e) => e === 'ECONNRESET')).toBe(true);
  },
  'cdn-520': cdnCode(520),
  'cdn-521': cdnCode(521),
  'cdn-522': cdnCode(522),
  'cdn-523': cdnCode(523),
  'cdn-524': cdnCode(524),
  'cdn-525': cdnCode(525),
  'cdn-526': cdnCode(526),
  'dns-all-dead': (r) => {
    expect(answers(r).length).toBe(allResolvers.length);
    expect(answers(r).every((a) => a.addresses.length === 0 && a.error !== null)).toBe(true);
    expect(r.gateway?.reachable).toBe(true);
    expect(r.verdict.id).not.toBe('site-unreachable');
  },
};
