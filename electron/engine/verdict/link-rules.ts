// Rules for faults on the way rather than at either end: a degraded link to the router, a
// path-MTU black hole, broken IPv6. Each returns a decision or null (not this fault); the
// order among the other rules is decide()'s (rules.ts).
import type { EvidenceValue, Verdict, VerdictId } from '../../contract';
import { mtuHopPhrase } from '../../contract';
import type { Evidence, Facts } from './facts';
import { optional, part, say } from './say';
import type { Reason } from './say';

/** One verdict with its confidence and the reasons (with values) it rests on. */
export interface RuleDecision {
  id: VerdictId;
  confidence: Verdict['confidence'];
  reasons: Reason[];
}

type Row = { [key: string]: EvidenceValue };
const rows = (v: readonly EvidenceValue[]): Row[] =>
  v.filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x));
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function gatewayReasons(e: Evidence, f: Facts): Reason[] {
  const router = e.str('gateway', 'address') ?? '';
  const out: Reason[] = [];
  if (f.gatewayLossy)
    out.push(
      say('gateway', 'gateway-loss', 'gateway-loss', {
        router,
        lossPct: fmt(e.num('gateway', 'lossPct')),
        sent: e.num('gateway', 'pingSent'),
      }),
    );
  if (f.gatewayJittery)
    out.push(
      say('gateway', 'gateway-jitter', 'gateway-jitter', {
        jitterMs: fmt(e.num('gateway', 'jitterMs')),
        minMs: fmt(e.num('gateway', 'rttMinMs')),
        maxMs: fmt(e.num('gateway', 'rttMaxMs')),
      }),
    );
  return out;
}

function beyondReason(e: Evidence, f: Facts): Reason[] {
  if (f.pathLoss)
    return [
      say('traceroute', 'path-loss-carries-through', 'path-loss-from-home', {
        hop: e.num('traceroute', 'lossStartsAt'),
        lossPct: fmt(e.num('traceroute', 'destinationLossPct')),
      }),
    ];
  if (f.beyondLossPct !== null && f.beyondLossPct > 0 && f.beyondLossPct < 100)
    return [say('firewall', 'loss-beyond', 'loss-beyond', { lossPct: fmt(f.beyondLossPct ?? 0) })];
  return [];
}

/**
 * local-network-degraded: loss or jitter to the router itself, and the same or more beyond it.
 * Not when 5xx answers show whole requests get through, not when everything through the router
 * arrives and every request worked (a router that only rate-limits pings to itself), and not
 * for a site that never answers while every known-good site does (a lossy link slows pages, it
 * does not pick one).
 */
export function localLinkRule(e: Evidence, f: Facts, siteReason: Reason): RuleDecision | null {
  if (!f.gatewayLossy && !f.gatewayJittery) return null;
  if (f.siteServerErrors > 0 && f.siteNoAnswer === 0) return null;
  // some loss beyond (all of it is a silent site, not a lossy link)
  const partLoss = f.beyondLossPct !== null && f.beyondLossPct > 0 && f.beyondLossPct < 100;
  const beyondLoss = f.pathLoss || partLoss;
  if (f.siteNoAnswer === f.attempts && f.controlsOk && !f.pathLoss) return null;
  const siteTrouble = f.siteOk < f.attempts || f.controlsFailed;
  const enough = f.gatewayLossy
    ? beyondLoss || siteTrouble
    : f.siteNoAnswer > 0 && (beyondLoss || f.controlsFailed);
  if (!enough) return null;
  return {
    id: 'local-network-degraded',
    confidence: beyondLoss && siteTrouble ? 'high' : 'medium',
    reasons: [...gatewayReasons(e, f), ...beyondReason(e, f), siteReason],
  };
}

/**
 * path-mtu-blackhole: requests connect and then stall, large don't-fragment packets vanish
 * silently while small ones pass, and a tiny answer (HEAD) still arrives where one was asked.
 */
export function pathMtuRule(e: Evidence, f: Facts): RuleDecision | null {
  if (!f.mtuBlackhole || f.stalls === 0 || f.smallAnswer === false || f.siteServerErrors > 0) return null;
  const mtu = e.num('path-mtu', 'pathMtu');
  const lostFrom = e.num('path-mtu', 'lostFrom');
  const router = e.str('path-mtu', 'router') ?? '';
  const where = e.str('path-mtu', 'where');
  const inTls = e.str('path-mtu', 'stalledIn') === 'tls';
  const reasons: Reason[] = [
    say('site-probe', 'stalls-after-connect', 'stalls-after-connect', {
      stalls: f.stalls,
      attempts: f.attempts,
      inTls: optional(inTls, () => part('stalled-in-tls', {})),
    }),
    say('path-mtu', 'mtu-blackhole', 'mtu-blackhole', { mtu, lostFrom }),
  ];
  // the hop it starts at, when the TTL-limited round found one; else which side of the router
  const hop = mtuHopPhrase(e.get('path-mtu')?.evidence ?? {});
  if (hop !== null)
    reasons.push(
      say('path-mtu', 'starts-at-hop', 'starts-at-hop', {
        hop: hop.values.hop,
        address: hop.values.address,
        link: part(`mtu-link-${hop.link}`, hop.values),
      }),
    );
  else if (where === 'beyond-router')
    reasons.push(
      say('path-mtu', 'starts-after-router', 'starts-after-router', {
        router,
        routerPasses: e.num('path-mtu', 'routerPasses'),
      }),
    );
  else if (where === 'before-router')
    reasons.push(say('path-mtu', 'starts-before-router', 'starts-before-router', { router, lostFrom }));
  if (f.smallAnswer === true)
    reasons.push(
      say('path-mtu', 'small-answer-arrives', 'small-answer-arrives', {
        status: e.num('path-mtu', 'smallAnswerStatus'),
      }),
    );
  return {
    id: 'path-mtu-blackhole',
    confidence: f.smallAnswer === true || inTls ? 'high' : 'medium',
    reasons,
  };
}

/** ipv6-broken: the site's IPv6 addresses fail from this computer's IPv6 while IPv4 answers. */
export function ipv6Rule(e: Evidence, f: Facts): RuleDecision | null {
  if (!f.ipv6Broken || f.siteServerErrors > 0) return null;
  const results = rows(e.list('ipv6', 'results'));
  const list = (family: number, ok: boolean): string =>
    results
      .filter((x) => x.family === family && (x.status !== null) === ok)
      .map((x) =>
        ok ? `${String(x.address)} → ${String(x.status)}` : `${String(x.address)}: ${String(x.error)}`,
      )
      .join(', ');
  const source = e.str('ipv6', 'sourceAddress');
  return {
    id: 'ipv6-broken',
    confidence: 'high',
    reasons: [
      say('ipv6', 'ipv6-fails', 'ipv6-fails', { failures: list(6, false) }),
      say('ipv6', 'ipv4-works', 'ipv4-works', { answers: list(4, true) }),
      say('ipv6', 'computer-has-ipv6', 'computer-has-ipv6', {
        address: optional(source, () => part('in-parens', { value: source ?? '' })),
      }),
    ],
  };
}
