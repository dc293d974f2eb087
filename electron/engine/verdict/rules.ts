import { isPageCodeId } from '../../contract';
import type { CheckResult, Phrase, Target, Verdict, VerdictId, WhoActs } from '../../contract';
import { verdictText } from '../text/verdicts';
import { Evidence, factsOf } from './facts';
import type { Facts } from './facts';
import { ipv6Rule, localLinkRule, pathMtuRule } from './link-rules';
import { hostsRule, portalRule, siteDnsRule } from './site-rules';
import { optional, part, say } from './say';
import type { Reason } from './say';
import { tlsDecision } from './tls-rules';
import { VERDICT_PLANS, withRetryAfter } from './steps';

export interface VerdictInput {
  target: Target;
  checks: readonly CheckResult[];
}

type Confidence = Verdict['confidence'];

interface Decision {
  id: VerdictId;
  confidence: Confidence;
  reasons: Reason[];
  /** Who acts when it is not the verdict's usual party (a wrong clock: you, not the site's owner). */
  whoActs?: WhoActs;
}

function lower(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}

/** The distinct network error codes the site probe saw, as an optional "(…)" value. */
function probeErrors(e: Evidence): Phrase | '' {
  const errors = [
    ...new Set(e.list('site-probe', 'errors').filter((x): x is string => typeof x === 'string')),
  ];
  return optional(errors.length > 0, () => part('in-parens', { value: errors.join(', ') }));
}

/** Builds evidence lines with the values the verdict rests on. */
function explainers(e: Evidence, f: Facts) {
  const statuses = f.statuses.join(', ');
  const counts = {
    ok: f.siteOk,
    serverErrors: f.siteServerErrors,
    noAnswer: f.siteNoAnswer,
    attempts: f.attempts,
  };
  const source = e.str('site-probe', 'source');
  // The exact meaning of the code the error page printed (Cloudflare 1xxx/52x, Heroku H-codes...).
  const pageCode = e.str('site-probe', 'meaning');
  const meaning = isPageCodeId(pageCode) ? part('page-meaning', { meaning: { pageCode } }) : '';
  const traceId = e.str('site-probe', 'traceId');
  const router = e.str('gateway', 'address') ?? '';
  const rtt = e.value('gateway', 'rttAvgMs');
  const proxy = e.str('proxy', 'proxy') ?? '';
  const machine = e.str('firewall', 'address') ?? '';
  return {
    site5xx: () =>
      say('site-probe', 'http-5xx', 'http-5xx', {
        statuses,
        serverErrors: f.siteServerErrors,
        attempts: f.attempts,
        page: optional(source, () => part('page-made-by', { source: source ?? '' })),
        meaning,
      }),
    siteOk: () =>
      say('site-probe', 'site-answers', 'site-answers', { ok: f.siteOk, attempts: f.attempts, statuses }),
    siteMixed: () => say('site-probe', 'intermittent', 'intermittent', counts),
    siteNoAnswer: () =>
      say('site-probe', 'no-http-answer', 'no-http-answer', { attempts: f.attempts, errors: probeErrors(e) }),
    cdn: () =>
      say('site-probe', 'cdn-edge-error', 'cdn-edge-error', {
        source: source ?? 'CDN',
        trace: optional(traceId, () => part('trace-id', { traceId: traceId ?? '' })),
        meaning,
      }),
    controlsOk: () =>
      say('control-sites', 'controls-answer', 'controls-answer', {
        answered: e.num('control-sites', 'answered'),
        total: e.num('control-sites', 'total'),
      }),
    controlsFailed: () =>
      say('control-sites', 'controls-all-failed', 'controls-all-failed', {
        total: e.num('control-sites', 'total'),
      }),
    gatewayUp: () =>
      say('gateway', 'gateway-answers', 'gateway-answers', {
        address: router,
        rtt: optional(typeof rtt === 'number', () => part('in-ms', { ms: e.num('gateway', 'rttAvgMs') })),
      }),
    gatewayDown: () =>
      e.has('gateway', 'no-default-route')
        ? say('gateway', 'no-default-route', 'no-default-route', {})
        : say(
            'gateway',
            'gateway-silent',
            e.value('gateway', 'tcp') ? 'gateway-silent-tcp' : 'gateway-silent',
            {
              address: router,
            },
          ),
    proxy: () => say('proxy', 'proxy-fails-direct-works', 'proxy-fails-direct-works', { proxy }),
    proxyUnreachable: () => say('proxy', 'proxy-unreachable', 'proxy-unreachable', { proxy }),
    firewall: () =>
      say(
        'firewall',
        'web-ports-blocked',
        e.has('firewall', 'web-port-refused') ? 'web-port-refused' : 'web-port-silent',
        { address: machine },
      ),
    hostSilent: () => say('firewall', 'host-silent', 'host-silent', { address: machine }),
    pathLoss: () =>
      say('traceroute', 'path-loss-carries-through', 'path-loss-carries-through', {
        hop: e.num('traceroute', 'lossStartsAt'),
        lossPct: e.num('traceroute', 'destinationLossPct'),
      }),
    pathStops: () =>
      say('traceroute', 'path-stops', 'path-stops', { hop: e.num('traceroute', 'lossStartsAt') }),
    downForEveryone: () => say('external-vantage', 'down-for-everyone', 'down-for-everyone', {}),
    evidence: () => say('site-probe', 'evidence', 'evidence', counts),
  };
}

/** True when every network error code the site probe saw is one of `codes`. */
function onlyErrors(e: Evidence, codes: string[]): boolean {
  const seen = (e.get('site-probe')?.problems ?? []).filter(
    (p) => !['no-http-answer', 'intermittent', 'http-5xx'].includes(p) && !p.startsWith('http-'),
  );
  return seen.length > 0 && seen.every((p) => codes.includes(p));
}

/** Evidence that cannot all be true at once: the rules refuse to pick a side. */
function conflicts(f: Facts, x: ReturnType<typeof explainers>): Reason[] {
  const out: Reason[] = [];
  const allOk = f.siteOk === f.attempts;
  if (allOk && f.gatewayDown && f.controlsFailed)
    out.push(say('site-probe', 'conflict', 'conflict-site', {}));
  if (allOk && f.proxyFailsDirectWorks) out.push(say('proxy', 'conflict', 'conflict-proxy', {}));
  // A sign-in portal explains it: it answers plain web requests and lets nothing else through.
  if (
    f.siteNoAnswer === f.attempts &&
    f.controlsFailed &&
    f.webPortsBlocked &&
    !f.gatewayDown &&
    !f.captivePortal
  ) {
    out.push(say('firewall', 'conflict', 'conflict-firewall', {}));
  }
  if (out.length > 0) out.push(x.evidence());
  return out;
}

function decide(e: Evidence, f: Facts): Decision {
  const x = explainers(e, f);
  const siteFailedSomehow = f.siteOk < f.attempts;

  if (!f.siteRan || f.attempts === 0) {
    return {
      id: 'inconclusive',
      confidence: 'low',
      reasons: [say('site-probe', 'not-run', 'not-run', {})],
    };
  }

  const conflict = conflicts(f, x);
  if (conflict.length > 0) return { id: 'inconclusive', confidence: 'low', reasons: conflict };

  // A proxy that fails while the direct path works is the cleanest signal there is.
  if (f.proxyFailsDirectWorks) return { id: 'proxy-error', confidence: 'high', reasons: [x.proxy()] };
  if (f.proxyUnreachable && f.siteOk === 0)
    return { id: 'proxy-error', confidence: 'medium', reasons: [x.proxyUnreachable()] };

  // A hosts-file line wins over every DNS server: when it points elsewhere and the site fails, it is the cause.
  const hosts = siteFailedSomehow
    ? hostsRule(e, f, f.siteNoAnswer === f.attempts ? x.siteNoAnswer() : x.siteMixed())
    : null;
  if (hosts) return hosts;

  // Loss or jitter already on the link to the router: everything beyond suffers from it, so it is local.
  const local = localLinkRule(
    e,
    f,
    f.siteNoAnswer === f.attempts ? x.siteNoAnswer() : f.siteOk === f.attempts ? x.siteOk() : x.siteMixed(),
  );
  if (local) return local;

  // Connected, then stalled, and large packets vanish on the way: a path-MTU black hole.
  const mtu = pathMtuRule(e, f);
  if (mtu) return mtu;

  // Every known-good site answered by the same other host or page: a sign-in portal answers for the web.
  const portal = f.captivePortal ? portalRule(e, f) : null;
  if (portal) return portal;

  // DNS: the system's answer is wrong (the alternatives' address works) or the system resolver fails.
  if (f.dnsStale && siteFailedSomehow) {
    return {
      id: 'dns-stale-answer',
      confidence: 'high',
      reasons: [
        say(
          'dns-swap',
          'system-address-fails-alternative-works',
          'system-address-fails-alternative-works',
          {},
        ),
        ...(f.siteServerErrors ? [x.site5xx()] : []),
      ],
    };
  }
  if (f.dnsSystemFailing && f.siteNoAnswer > 0) {
    const codes =
      e.get('dns-swap')?.problems.filter((p) => p.startsWith('system-dns-') && p !== 'system-dns-failing') ??
      [];
    return {
      id: 'dns-resolver-failing',
      confidence: f.siteOk > 0 ? 'medium' : 'high',
      reasons: [
        codes.length > 0
          ? say('dns-swap', 'system-dns-failing', 'system-dns-failing', { codes: codes.join(', ') })
          : say('dns-swap', 'system-dns-failing', 'system-dns-silent', {}),
      ],
    };
  }

  // IPv6 to the site fails from here while IPv4 answers: browsers stall before falling back.
  const ipv6 = ipv6Rule(e, f);
  if (ipv6) return ipv6;

  // Every request connected and then failed the certificate check: the path and DNS work.
  if (f.tlsProblem && f.siteNoAnswer === f.attempts && onlyErrors(e, ['tls-error', `tls-${f.tlsProblem}`])) {
    const known: Confidence = f.controlsOk || e.str('tls-certificate', 'interceptor') ? 'high' : 'medium';
    return tlsDecision(e, f, f.tlsProblem, known, f.controlsOk ? [x.controlsOk()] : []);
  }

  // The site answered over HTTP at least once: the network path works.
  if (f.siteNoAnswer < f.attempts) {
    const pathDoubt = f.gatewayDown || f.controlsFailed;
    if (f.siteServerErrors > 0 && f.siteOk > 0)
      return {
        id: 'site-intermittent',
        confidence: f.siteOk + f.siteServerErrors >= 3 ? 'high' : 'medium',
        reasons: [x.siteMixed()],
      };
    if (f.siteServerErrors > 0 && f.siteNoAnswer === 0) {
      const conf: Confidence = pathDoubt ? 'medium' : 'high';
      const ctx = f.controlsOk ? [x.controlsOk()] : [];
      if (f.cdnEdge)
        return { id: 'cdn-origin-error', confidence: conf, reasons: [x.cdn(), x.site5xx(), ...ctx] };
      const timeouts = f.statuses.filter((s) => s === 504).length;
      if (timeouts > 0 && timeouts * 2 >= f.statuses.length)
        return { id: 'site-timeout', confidence: conf, reasons: [x.site5xx(), ...ctx] };
      return { id: 'site-server-error', confidence: conf, reasons: [x.site5xx(), ...ctx] };
    }
    if (f.siteServerErrors > 0) {
      // 5xx mixed with no-answer and no success: the site is failing, the path is shaky too.
      return {
        id: f.pathLoss ? 'isp-path-degraded' : 'site-intermittent',
        confidence: 'low',
        reasons: [x.siteMixed(), ...(f.pathLoss ? [x.pathLoss()] : [])],
      };
    }
    if (f.pathLoss)
      return {
        id: 'isp-path-degraded',
        confidence: f.siteNoAnswer > 0 ? 'high' : 'medium',
        reasons: [x.pathLoss(), f.siteNoAnswer > 0 ? x.siteMixed() : x.siteOk()],
      };
    if (f.siteNoAnswer > 0) return { id: 'inconclusive', confidence: 'low', reasons: [x.siteMixed()] };
    return { id: 'site-ok', confidence: pathDoubt ? 'medium' : 'high', reasons: [x.siteOk()] };
  }

  // No HTTP answer at all from the site.
  if (f.gatewayDown && !f.controlsOk) {
    return {
      id: 'local-network-down',
      confidence: f.controlsFailed ? 'high' : 'medium',
      reasons: [x.gatewayDown(), x.siteNoAnswer(), ...(f.controlsFailed ? [x.controlsFailed()] : [])],
    };
  }
  // Every resolver fails this one name while other names resolve: the site's own DNS is broken.
  const siteDns = siteDnsRule(e, f, x.controlsOk());
  if (siteDns) return siteDns;
  if (f.dnsAllNx) {
    return {
      id: 'site-unreachable',
      confidence: 'high',
      reasons: [say('dns-swap', 'all-dns-nxdomain', 'all-dns-nxdomain', {}), x.siteNoAnswer()],
    };
  }
  if (f.controlsFailed) {
    const gw = f.gatewayUp ? [x.gatewayUp()] : [];
    if (f.pathLoss)
      return {
        id: 'isp-path-degraded',
        confidence: 'medium',
        reasons: [x.pathLoss(), x.controlsFailed(), ...gw],
      };
    const base: Confidence = f.gatewayUp ? 'high' : 'medium';
    const extra = [
      ...(f.pathStops ? [x.pathStops()] : []),
      ...(f.dnsAllFailed ? [say('dns-swap', 'all-dns-failed', 'all-dns-failed', {})] : []),
    ];
    return {
      id: 'isp-outage',
      confidence: f.gatewayUp && extra.length === 0 ? 'medium' : base,
      reasons: [x.controlsFailed(), ...gw, ...extra, x.siteNoAnswer()],
    };
  }
  if (f.controlsOk || (!f.controlsKnown && f.gatewayUp)) {
    const known: Confidence = f.controlsOk ? 'high' : 'medium';
    const ctx = f.controlsOk ? [x.controlsOk()] : [];
    // Loss along the route also makes web ports look silent: it explains both, so it goes first.
    if (f.pathLoss)
      return {
        id: 'isp-path-degraded',
        confidence: lower(known),
        reasons: [x.pathLoss(), x.siteNoAnswer(), ...ctx],
      };
    if (f.webPortsBlocked) {
      return {
        id: 'firewall-blocking',
        confidence: e.has('firewall', 'web-port-silent') ? known : lower(known),
        reasons: [x.firewall(), x.siteNoAnswer(), ...ctx],
      };
    }
    // Connected but never answered: the site's servers hang (like a 504 without the page).
    if (onlyErrors(e, ['response-timeout']))
      return { id: 'site-timeout', confidence: 'medium', reasons: [x.siteNoAnswer(), ...ctx] };
    // Something answered, but not in HTTP: the site's server is broken.
    if (onlyErrors(e, ['protocol-error', 'connection-reset']))
      return { id: 'site-server-error', confidence: 'medium', reasons: [x.siteNoAnswer(), ...ctx] };
    const corroborated =
      f.hostSilent ||
      f.pathStops ||
      f.downForEveryone ||
      f.dnsAllFailed ||
      e.has('site-probe', 'connect-refused');
    const reasons = [
      x.siteNoAnswer(),
      ...ctx,
      ...(f.hostSilent ? [x.hostSilent()] : []),
      ...(f.pathStops ? [x.pathStops()] : []),
      ...(f.downForEveryone ? [x.downForEveryone()] : []),
    ];
    return { id: 'site-unreachable', confidence: corroborated ? known : lower(known), reasons };
  }
  return { id: 'inconclusive', confidence: 'low', reasons: [x.siteNoAnswer()] };
}

/**
 * The verdict rules: a pure function from the check results to exactly one verdict with
 * confidence, who acts, the reasons (with values), quick fixes and next steps.
 * Conflicting or missing evidence yields `inconclusive` rather than a confident guess.
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const e = new Evidence(input.checks);
  const d = decide(e, factsOf(e));
  const plan = VERDICT_PLANS[d.id];
  const text = verdictText(d.id, input.target.host);
  return {
    id: d.id,
    confidence: d.confidence,
    whoActs: d.whoActs ?? plan.whoActs,
    fixIds: [...plan.fixIds],
    ...withRetryAfter(input.checks, plan, d.reasons),
    summary: text.summary,
    explanation: text.explanation,
  };
}
