// Key evidence for the round-two site-fault scenarios (captive portal, hosts file, certificates,
// the site's own DNS): what the checks must have seen, beyond the verdict id. lab.test.ts runs
// these with its own EVIDENCE table.
import { expect } from 'vitest';
import type { DiagnosisResult } from '../../electron/contract';
import { LAB } from './lab';

const check = (r: DiagnosisResult, id: string) => r.checks.find((c) => c.id === id);
const allResolvers = [LAB.resolvers.isp, ...LAB.resolvers.alternatives];
const reasons = (r: DiagnosisResult): string => r.verdict.reasons.map((x) => x.detail).join('\n');

function portal(intercepted: number, siteAnswered: 'portal' | 'failed'): (r: DiagnosisResult) => void {
  return (r) => {
    expect(r.verdict.whoActs).toBe('you');
    expect(check(r, 'captive-portal')).toMatchObject({
      problems: ['web-intercepted'],
      evidence: {
        portalHost: 'portal.gd.test',
        how: 'redirect',
        intercepted,
        asked: intercepted,
        loginForm: true,
        siteAnswered,
        portalUrl: 'http://portal.gd.test/login',
      },
    });
    expect(reasons(r)).toContain('portal.gd.test');
    expect(r.durationMs).toBeLessThanOrEqual(3000);
  };
}

function certificate(
  errorCode: string,
  errorClass: string,
  cert: { subject: string; names: string[]; issuer: string; selfSigned: boolean },
): (r: DiagnosisResult) => void {
  return (r) => {
    expect(r.verdict.whoActs).toBe('site-owner');
    expect(check(r, 'tls-certificate')).toMatchObject({
      status: 'problem',
      problems: [`cert-${errorClass}`],
      evidence: { authorized: false, errorCode, errorClass, interceptor: null, ...cert },
    });
    // The lab's clock is the known-good sites' clock: the clock is not the cause.
    expect(Math.abs(Number(check(r, 'control-sites')?.evidence.clockSkewSec))).toBeLessThan(5);
    expect(reasons(r)).toContain(cert.issuer);
    expect(r.durationMs).toBeLessThanOrEqual(3000);
  };
}

function siteDns(failure: (a: { rcode: string | null; error: string | null }) => boolean) {
  return (r: DiagnosisResult): void => {
    expect(r.verdict.whoActs).toBe('site-owner');
    const swap = check(r, 'dns-swap');
    expect(swap?.problems).toContain('site-name-fails-everywhere');
    for (const resolver of allResolvers) {
      const a = r.dns?.answers.find((x) => x.resolver === resolver);
      expect(a && failure(a), resolver).toBe(true);
    }
    expect(swap?.evidence.controlName).toBe('control.gd.test');
    expect(swap?.evidence.controlAnswers).toEqual(
      allResolvers.map((resolver) => expect.objectContaining({ resolver, rcode: 'NOERROR', addresses: 1 })),
    );
    expect(r.durationMs).toBeLessThanOrEqual(3000);
  };
}

/** Evidence per round-two site-fault scenario name. */
export const SITE_FAULT_EVIDENCE: Record<string, (r: DiagnosisResult) => void> = {
  'captive-portal': portal(5, 'portal'),
  'captive-portal-https': (r) => {
    portal(3, 'portal')(r);
    // HTTPS to the site went nowhere; its plain-HTTP twin was answered by the portal.
    expect((r.probe?.attempts ?? []).every((a) => a.status === null)).toBe(true);
  },
  'hosts-file-override': (r) => {
    expect(r.verdict).toMatchObject({ whoActs: 'you', confidence: 'high' });
    expect(check(r, 'hosts-file')).toMatchObject({
      problems: ['site-pinned'],
      evidence: {
        path: '/etc/hosts',
        host: 'pinned.gd.test',
        addresses: [LAB.addresses.pinnedDead],
        entries: [expect.objectContaining({ address: LAB.addresses.pinnedDead })],
        lookupAddresses: [LAB.addresses.pinnedDead],
      },
    });
    for (const resolver of allResolvers)
      expect(r.dns?.answers.find((a) => a.resolver === resolver)?.addresses).toEqual([LAB.addresses.pinned]);
    expect(r.dns?.addressProbes.find((p) => p.address === LAB.addresses.pinned)?.status).toBe(200);
    expect(reasons(r)).toContain(`${LAB.addresses.pinnedDead} pinned.gd.test`);
  },
  'healthy-https': (r) => {
    expect(check(r, 'tls-certificate')).toMatchObject({
      status: 'ok',
      evidence: { authorized: true, subject: 'secure.gd.test', issuer: 'Gateway Doctor Lab CA' },
    });
  },
  'tls-expired': certificate('CERT_HAS_EXPIRED', 'expired', {
    subject: 'expired.gd.test',
    names: ['expired.gd.test'],
    issuer: 'Gateway Doctor Lab CA',
    selfSigned: false,
  }),
  'tls-wrong-name': certificate('ERR_TLS_CERT_ALTNAME_INVALID', 'wrong-name', {
    subject: 'other.gd.test',
    names: ['other.gd.test'],
    issuer: 'Gateway Doctor Lab CA',
    selfSigned: false,
  }),
  'tls-unknown-issuer': certificate('DEPTH_ZERO_SELF_SIGNED_CERT', 'unknown-issuer', {
    subject: 'selfsigned.gd.test',
    names: ['selfsigned.gd.test'],
    issuer: 'selfsigned.gd.test',
    selfSigned: true,
  }),
  'backend-hangs': (r) => {
    // Every request reached nginx; the hanging backend's share came back as 504 after its 2 s wait,
    // from the site probe or from the DNS check's request to the same address.
    const answered = [
      ...(r.probe?.attempts ?? []).map((a) => ({ status: a.status, ms: a.timings.totalMs })),
      ...(r.dns?.addressProbes ?? []).map((p) => ({ status: p.status, ms: null })),
    ];
    expect(answered.some((a) => a.status === 200)).toBe(true);
    expect(answered.some((a) => a.status === 504 || a.status === null)).toBe(true);
    const slow = (r.probe?.attempts ?? []).find((a) => a.status === 504);
    if (slow) expect(slow.timings.totalMs ?? 0).toBeGreaterThanOrEqual(1900);
    expect(r.verdict.whoActs).toBe('site-owner');
  },
  'site-dns-failing': siteDns((a) => a.rcode === 'SERVFAIL'),
  'site-dns-timeout': siteDns((a) => a.error === 'timeout'),
};
