import type { CheckId, CheckResult, EvidenceKeyOf, EvidenceValue, ProblemOf } from '../../contract';

/** Read-only view over the check results that the verdict rules ask questions of. */
export class Evidence {
  constructor(private readonly checks: readonly CheckResult[]) {}

  get(id: CheckId): CheckResult | undefined {
    return this.checks.find((c) => c.id === id);
  }

  /** True when the check ran and reported `code` (a code the check declares in the contract). */
  has<C extends CheckId>(id: C, code: ProblemOf<C>): boolean {
    return this.get(id)?.problems.includes(code) ?? false;
  }

  /** True when the check ran to a result (ok or problem). */
  ran(id: CheckId): boolean {
    const s = this.get(id)?.status;
    return s === 'ok' || s === 'problem';
  }

  ok(id: CheckId): boolean {
    return this.get(id)?.status === 'ok';
  }

  value<C extends CheckId>(id: C, key: EvidenceKeyOf<C>): EvidenceValue | undefined {
    return this.get(id)?.evidence[key];
  }

  num<C extends CheckId>(id: C, key: EvidenceKeyOf<C>): number {
    const v = this.value(id, key);
    return typeof v === 'number' ? v : 0;
  }

  str<C extends CheckId>(id: C, key: EvidenceKeyOf<C>): string | null {
    const v = this.value(id, key);
    return typeof v === 'string' ? v : null;
  }

  list<C extends CheckId>(id: C, key: EvidenceKeyOf<C>): EvidenceValue[] {
    const v = this.value(id, key);
    return Array.isArray(v) ? v : [];
  }
}

/** The facts the rules use, computed once from the evidence. */
export interface Facts {
  siteRan: boolean;
  attempts: number;
  siteOk: number;
  siteServerErrors: number;
  siteNoAnswer: number;
  statuses: number[];
  cdnEdge: boolean;
  proxyFailsDirectWorks: boolean;
  proxyUnreachable: boolean;
  proxyPathFails: boolean;
  controlsOk: boolean;
  controlsFailed: boolean;
  controlsKnown: boolean;
  gatewayDown: boolean;
  gatewayUp: boolean;
  /** The router itself drops some pings: loss further on may start at home. */
  gatewayLossy: boolean;
  dnsSystemFailing: boolean;
  dnsStale: boolean;
  dnsAllNx: boolean;
  dnsAllFailed: boolean;
  namesNotResolved: boolean;
  webPortsBlocked: boolean;
  hostSilent: boolean;
  pathLoss: boolean;
  pathStops: boolean;
  downForEveryone: boolean;
  /** The known-good sites were all sent to one other host, and the site too (or it failed). */
  captivePortal: string | null;
  /** The certificate problem every failed request hit, or null. */
  tlsProblem: 'expired' | 'not-yet-valid' | 'wrong-name' | 'unknown-issuer' | null;
}

const TLS_PROBLEMS = ['expired', 'not-yet-valid', 'wrong-name', 'unknown-issuer'] as const;

function portalOf(e: Evidence): string | null {
  const host = e.str('control-sites', 'redirectHost');
  if (!host || !e.has('control-sites', 'controls-redirected')) return null;
  const site = e.str('site-probe', 'redirectHost');
  const siteFailed = e.num('site-probe', 'noAnswer') === e.num('site-probe', 'attempts');
  return site === host || siteFailed ? host : null;
}

/** Derives the rule facts from the check results. */
export function factsOf(e: Evidence): Facts {
  const statuses = e.list('site-probe', 'statuses').filter((s): s is number => typeof s === 'number');
  return {
    siteRan: e.ran('site-probe'),
    attempts: e.num('site-probe', 'attempts'),
    siteOk: e.num('site-probe', 'ok'),
    siteServerErrors: e.num('site-probe', 'serverErrors'),
    siteNoAnswer: e.num('site-probe', 'noAnswer'),
    statuses,
    cdnEdge: e.has('site-probe', 'cdn-edge-error'),
    proxyFailsDirectWorks: e.has('proxy', 'proxy-fails-direct-works'),
    proxyUnreachable: e.has('proxy', 'proxy-unreachable'),
    proxyPathFails: e.has('proxy', 'proxy-path-fails'),
    controlsOk: e.ran('control-sites') && !e.has('control-sites', 'controls-all-failed'),
    controlsFailed: e.has('control-sites', 'controls-all-failed'),
    controlsKnown: e.ran('control-sites'),
    gatewayDown: e.has('gateway', 'gateway-silent') || e.has('gateway', 'no-default-route'),
    gatewayUp: e.ok('gateway') || e.has('gateway', 'gateway-loss'),
    gatewayLossy: e.has('gateway', 'gateway-loss'),
    dnsSystemFailing: e.has('dns-swap', 'system-dns-failing'),
    dnsStale: e.has('dns-swap', 'system-address-fails-alternative-works'),
    dnsAllNx: e.has('dns-swap', 'all-dns-nxdomain'),
    dnsAllFailed: e.has('dns-swap', 'all-dns-failed'),
    namesNotResolved: e.has('site-probe', 'name-not-resolved'),
    webPortsBlocked: e.has('firewall', 'web-ports-blocked'),
    hostSilent: e.has('firewall', 'host-silent'),
    pathLoss: e.has('traceroute', 'path-loss-carries-through'),
    pathStops: e.has('traceroute', 'path-stops'),
    downForEveryone: e.has('external-vantage', 'down-for-everyone'),
    captivePortal: portalOf(e),
    tlsProblem: TLS_PROBLEMS.find((t) => e.has('site-probe', `tls-${t}`)) ?? null,
  };
}
