import type { CheckResult, EvidenceValue } from '../../contract';
import { inspectTls } from '../http/tls-inspect';
import type { SeenCertificate, TlsInspection } from '../http/tls-inspect';
import { tlsClass } from './redirects';
import type { TlsClass } from './redirects';
import { lookupOf, remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';

/** A certificate class, or `other` for a verification error of no known class. */
type CertificateClass = TlsClass | 'other';

/** The site's handshake gets as long as a request to it; connecting as long as the site probe's. */
const HANDSHAKE_CAP_MS = 2000;
const CONNECT_CAP_MS = 1500;
/** The known-good sites' certificates are only a comparison: a short look. */
const CONTROL_CAP_MS = 1000;
const MAX_CONTROLS = 3;

/** What a verification error says about the certificate (null: verification passed). */
export function certificateClass(verifyError: string | null): CertificateClass | null {
  if (verifyError === null) return null;
  return tlsClass(verifyError) ?? 'other';
}

/** One known-good site's certificate as seen from here. */
export interface ControlCertificate {
  host: string;
  issuer: string | null;
  authorized: boolean;
  verifyError: string | null;
  error: string | null;
}

/**
 * The issuer that intercepts secure connections, or null: the site's certificate comes from an
 * issuer this computer does not trust, and the known-good sites' certificates come from that
 * same untrusted issuer (a public CA would be trusted; one issuer for unrelated sites is a
 * machine in between: security software, a company proxy, malware).
 */
export function interceptorOf(
  site: SeenCertificate | null,
  siteClass: CertificateClass | null,
  controls: readonly ControlCertificate[],
): string | null {
  if (siteClass !== 'unknown-issuer' || !site?.issuer || site.selfSigned) return null;
  const seen = controls.filter((c) => c.error === null);
  if (seen.length === 0) return null;
  return seen.every((c) => !c.authorized && c.issuer === site.issuer) ? site.issuer : null;
}

/** host:port of each known-good site's secure port (443 unless its https URL names one). */
export function controlTlsEndpoints(
  controls: readonly string[],
  siteHost: string,
): { host: string; port: number }[] {
  const out: { host: string; port: number }[] = [];
  for (const raw of controls) {
    try {
      const u = new URL(raw);
      const host = u.hostname.replace(/^\[|\]$/g, '');
      const port = u.protocol === 'https:' && u.port !== '' ? Number(u.port) : 443;
      if (host === siteHost || out.some((e) => e.host === host && e.port === port)) continue;
      out.push({ host, port });
    } catch {
      // not a URL: nothing to compare
    }
  }
  return out.slice(0, MAX_CONTROLS);
}

function certEvidence(c: SeenCertificate | null): Record<string, EvidenceValue> {
  return {
    subject: c?.subject ?? null,
    names: c?.names ?? [],
    issuer: c?.issuer ?? null,
    selfSigned: c?.selfSigned ?? false,
    validFrom: c?.validFrom ?? null,
    validTo: c?.validTo ?? null,
  };
}

async function controlCertificates(ctx: CheckContext): Promise<ControlCertificate[]> {
  const endpoints = controlTlsEndpoints(ctx.settings.controls, ctx.target.host);
  return Promise.all(
    endpoints.map(async ({ host, port }): Promise<ControlCertificate> => {
      const seen: TlsInspection = await inspectTls({
        host,
        port,
        timeoutMs: Math.max(50, Math.min(CONTROL_CAP_MS, remaining(ctx))),
        signal: ctx.signal,
        proxy: await ctx.proxyFor(`https://${host}:${port}/`),
        ...lookupOf(ctx),
      });
      return {
        host,
        issuer: seen.certificate?.issuer ?? null,
        authorized: seen.authorized,
        verifyError: seen.verifyError,
        error: seen.handshake ? null : seen.error,
      };
    }),
  );
}

/**
 * TLS certificate: one handshake to the site that accepts any certificate, to read the
 * certificate it shows (names, issuer, validity) and what verification says about it. When the
 * issuer is unknown, the known-good sites' certificates are read too: the same unknown issuer
 * everywhere means something intercepts secure connections. Runs beside the site probe.
 */
export async function tlsCertificateCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('tls-certificate', ctx, async (): Promise<CheckBody> => {
    if (ctx.target.scheme !== 'https') return skipped('not-https', {});
    const budget = Math.min(HANDSHAKE_CAP_MS, remaining(ctx));
    const seen = await inspectTls({
      host: ctx.target.host,
      port: ctx.target.port,
      timeoutMs: Math.max(50, budget),
      connectTimeoutMs: Math.min(CONNECT_CAP_MS, budget),
      signal: ctx.signal,
      proxy: await ctx.proxyFor(ctx.target.url),
      ...lookupOf(ctx),
    });
    const checkedAt = new Date(ctx.deps.clock.now()).toISOString();
    if (!seen.handshake) {
      if (!seen.connected)
        return skipped(
          'tls-no-connection',
          { error: seen.error ?? 'no answer' },
          { evidence: { errorCode: seen.error, checkedAt } },
        );
      return {
        status: 'problem',
        problems: ['tls-handshake-failed'],
        evidence: { address: seen.address, authorized: false, errorCode: seen.error, checkedAt },
      };
    }
    const cls = certificateClass(seen.verifyError);
    const controls = cls === 'unknown-issuer' ? await controlCertificates(ctx) : [];
    const interceptor = interceptorOf(seen.certificate, cls, controls);
    const problems: string[] = cls ? [`cert-${cls === 'other' ? 'other-error' : cls}`] : [];
    if (interceptor) problems.push('cert-intercepted');
    return {
      status: problems.length === 0 ? 'ok' : 'problem',
      problems,
      evidence: {
        address: seen.address,
        authorized: seen.authorized,
        errorCode: seen.verifyError,
        errorClass: cls,
        ...certEvidence(seen.certificate),
        checkedAt,
        controlCertificates: controls.map((c) => ({ ...c })),
        interceptor,
      },
    };
  });
}
