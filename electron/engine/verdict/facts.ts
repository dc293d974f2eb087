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
  /** Plain web requests to the known-good sites (and the site) were answered by one sign-in portal. */
  captivePortal: boolean;
  /** The certificate problem every failed request hit, or null. */
  tlsProblem: 'expired' | 'not-yet-valid' | 'wrong-name' | 'unknown-issuer' | 'other' | null;
  /** How far this computer's clock is ahead of the known-good sites' clocks (s), or null. */
  clockSkewSec: number | null;
  /** The hosts file pins the site to addresses no DNS server gives. */
  hostsOverride: boolean;
  /** An address the DNS servers gave answered the site over HTTP. */
  dnsAddressWorks: boolean;
  /** The router's own answers spread widely (weak Wi-Fi). */
  gatewayJittery: boolean;
  /** Loss measured beyond the router (pings to the site, the route's destination), or null. */
  beyondLossPct: number | null;
  /** Requests that connected and then got no complete answer (response or body timed out). */
  stalls: number;
  /** Large don't-fragment packets vanish silently while small ones pass. */
  mtuBlackhole: boolean;
  /** A tiny answer (HEAD) from the site: true arrived, false did not, null not asked. */
  smallAnswer: boolean | null;
  /** The site's IPv6 addresses fail while its IPv4 addresses answer, from this computer's IPv6. */
  ipv6Broken: boolean;
}

const strings = (v: readonly unknown[]): string[] => v.filter((x): x is string => typeof x === 'string');

/** Addresses the DNS servers gave for the site (any resolver). */
function dnsAddresses(e: Evidence): Set<string> {
  const out = new Set<string>();
  for (const a of e.list('dns-swap', 'answers')) {
    if (a && typeof a === 'object' && !Array.isArray(a) && Array.isArray(a.addresses)) {
      for (const x of strings(a.addresses)) out.add(x);
    }
  }
  return out;
}

function hostsOverrideOf(e: Evidence): boolean {
  if (!e.has('hosts-file', 'site-pinned')) return false;
  const pinned = strings(e.list('hosts-file', 'addresses'));
  const dns = dnsAddresses(e);
  return pinned.length > 0 && dns.size > 0 && pinned.every((p) => !dns.has(p));
}

function dnsAddressWorksOf(e: Evidence): boolean {
  return e.list('dns-swap', 'addressProbes').some((p) => {
    if (!p || typeof p !== 'object' || Array.isArray(p)) return false;
    const s = p.status;
    return typeof s === 'number' && s < 500;
  });
}

const TLS_PROBLEMS = ['expired', 'not-yet-valid', 'wrong-name', 'unknown-issuer'] as const;

function tlsProblemOf(e: Evidence): Facts['tlsProblem'] {
  const known = TLS_PROBLEMS.find((t) => e.has('site-probe', `tls-${t}`));
  if (known) return known;
  // A verification error of no known class: the certificate check names it.
  return e.has('site-probe', 'tls-error') && e.has('tls-certificate', 'cert-other-error') ? 'other' : null;
}

/**
 * 5xx statuses the DNS check's address probes got from an address the system resolver gives, once
 * the site probe had a normal answer, and requests there that connected and got no answer: the same
 * servers failing other requests. A backend that fails
 * one request in three then shows even when the site probe's few requests happened to miss it.
 */
function sideServerErrorsOf(e: Evidence): { statuses: number[]; hung: number } {
  const out = { statuses: [] as number[], hung: 0 };
  if (e.num('site-probe', 'ok') === 0) return out;
  for (const p of e.list('dns-swap', 'addressProbes')) {
    if (!p || typeof p !== 'object' || Array.isArray(p)) continue;
    const roles = Array.isArray(p.roles) ? strings(p.roles) : [];
    if (!roles.includes('system')) continue;
    if (typeof p.status === 'number' && p.status >= 500) out.statuses.push(p.status);
    // connected and then no answer at all, while the same servers answered the site probe
    else if (p.status === null && p.error === 'ERESPONSETIMEOUT') out.hung += 1;
  }
  return out;
}

/** Derives the rule facts from the check results. */
export function factsOf(e: Evidence): Facts {
  const side = sideServerErrorsOf(e);
  const statuses = [
    ...e.list('site-probe', 'statuses').filter((s): s is number => typeof s === 'number'),
    ...side.statuses,
  ];
  const sideFailed = side.statuses.length + side.hung;
  return {
    siteRan: e.ran('site-probe'),
    attempts: e.num('site-probe', 'attempts') + sideFailed,
    siteOk: e.num('site-probe', 'ok'),
    siteServerErrors: e.num('site-probe', 'serverErrors') + sideFailed,
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
    captivePortal: e.has('captive-portal', 'web-intercepted') || e.has('captive-portal', 'os-reports-portal'),
    tlsProblem: tlsProblemOf(e),
    clockSkewSec:
      typeof e.value('control-sites', 'clockSkewSec') === 'number'
        ? e.num('control-sites', 'clockSkewSec')
        : null,
    hostsOverride: hostsOverrideOf(e),
    dnsAddressWorks: dnsAddressWorksOf(e),
    gatewayJittery: e.has('gateway', 'gateway-jitter'),
    beyondLossPct: beyondLossOf(e),
    stalls: e.list('site-probe', 'errors').filter((x) => x === 'ERESPONSETIMEOUT' || x === 'EBODYTIMEOUT')
      .length,
    mtuBlackhole: e.has('path-mtu', 'mtu-blackhole'),
    smallAnswer: smallAnswerOf(e),
    ipv6Broken: e.has('ipv6', 'ipv6-fails-ipv4-works'),
  };
}

/** The larger of the loss to the site by ping and at the route's destination (null: neither measured). */
function beyondLossOf(e: Evidence): number | null {
  const seen = [e.value('firewall', 'pingLossPct'), e.value('traceroute', 'destinationLossPct')].filter(
    (v): v is number => typeof v === 'number',
  );
  return seen.length === 0 ? null : Math.max(...seen);
}

function smallAnswerOf(e: Evidence): boolean | null {
  if (!e.ran('path-mtu')) return null;
  const status = e.value('path-mtu', 'smallAnswerStatus');
  if (typeof status === 'number') return true;
  return e.str('path-mtu', 'smallAnswerError') !== null ? false : null;
}
