// Rules for faults on the way rather than at either end: a degraded link to the router, a
// path-MTU black hole, broken IPv6. Each returns a decision or null (not this fault); the
// order among the other rules is decide()'s (rules.ts).
import type { CheckId, EvidenceValue, Verdict, VerdictId } from '../../contract';
import { mtuHopSentence } from '../text/mtu-hop';
import type { Evidence, Facts } from './facts';

type Reason = Verdict['reasons'][number];

/** One verdict with its confidence and the reasons (with values) it rests on. */
export interface RuleDecision {
  id: VerdictId;
  confidence: Verdict['confidence'];
  reasons: Reason[];
}

const r = (checkId: CheckId, code: string, detail: string): Reason => ({ checkId, code, detail });

type Row = { [key: string]: EvidenceValue };
const rows = (v: readonly EvidenceValue[]): Row[] =>
  v.filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x));
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function gatewayReasons(e: Evidence, f: Facts): Reason[] {
  const router = e.str('gateway', 'address') ?? 'the router';
  const out: Reason[] = [];
  if (f.gatewayLossy)
    out.push(
      r(
        'gateway',
        'gateway-loss',
        `The router ${router} itself lost ${fmt(e.num('gateway', 'lossPct'))}% of ${e.num('gateway', 'pingSent')} pings: the link between this computer and the router (Wi-Fi or cable) drops data.`,
      ),
    );
  if (f.gatewayJittery)
    out.push(
      r(
        'gateway',
        'gateway-jitter',
        `The router's answers vary by ±${fmt(e.num('gateway', 'jitterMs'))} ms (from ${fmt(e.num('gateway', 'rttMinMs'))} to ${fmt(e.num('gateway', 'rttMaxMs'))} ms): a healthy link answers in a few ms every time.`,
      ),
    );
  return out;
}

function beyondReason(e: Evidence, f: Facts): Reason[] {
  if (f.pathLoss)
    return [
      r(
        'traceroute',
        'path-loss-carries-through',
        `Beyond the router the loss goes on to the site (hop ${e.num('traceroute', 'lossStartsAt')} on, ${fmt(e.num('traceroute', 'destinationLossPct'))}% lost at the destination): it starts at home.`,
      ),
    ];
  if (f.beyondLossPct !== null && f.beyondLossPct > 0 && f.beyondLossPct < 100)
    return [
      r(
        'firewall',
        'loss-beyond',
        `Pings through the router to the site lost ${fmt(f.beyondLossPct ?? 0)}%: the same or more, as expected when the first link loses data.`,
      ),
    ];
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
  const router = e.str('path-mtu', 'router');
  const where = e.str('path-mtu', 'where');
  const inTls = e.str('path-mtu', 'stalledIn') === 'tls';
  const reasons: Reason[] = [
    r(
      'site-probe',
      'stalls-after-connect',
      `${f.stalls} of ${f.attempts} requests connected to the site, then the answer stalled${inTls ? ' (already in the secure handshake)' : ''}.`,
    ),
    r(
      'path-mtu',
      'mtu-blackhole',
      `Packets up to ${mtu} bytes reach the site; from ${lostFrom} bytes on they vanish without the "too big" message that should come back (path MTU ${mtu}).`,
    ),
  ];
  // the hop it starts at, when the TTL-limited round found one; else which side of the router
  const hop = mtuHopSentence(e.get('path-mtu')?.evidence ?? {});
  if (hop !== null) reasons.push(r('path-mtu', 'starts-at-hop', hop));
  else if (where === 'beyond-router')
    reasons.push(
      r(
        'path-mtu',
        'starts-after-router',
        `The router ${router ?? ''} passes ${e.num('path-mtu', 'routerPasses')}-byte packets, so the limit starts after it (hop 2 on): its internet link (PPPoE, VPN, tunnel) or further along.`,
      ),
    );
  else if (where === 'before-router')
    reasons.push(
      r(
        'path-mtu',
        'starts-before-router',
        `Even the router ${router ?? ''} does not get ${lostFrom}-byte packets: the limit is on this computer's own link (a VPN or tunnel here).`,
      ),
    );
  if (f.smallAnswer === true)
    reasons.push(
      r(
        'path-mtu',
        'small-answer-arrives',
        `A tiny answer still arrives (HEAD request: status ${e.num('path-mtu', 'smallAnswerStatus')}).`,
      ),
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
  return {
    id: 'ipv6-broken',
    confidence: 'high',
    reasons: [
      r('ipv6', 'ipv6-fails', `Over IPv6 the site did not answer (${list(6, false)}).`),
      r('ipv6', 'ipv4-works', `Over IPv4 it answered (${list(4, true)}).`),
      r(
        'ipv6',
        'computer-has-ipv6',
        `This computer has IPv6 (${e.str('ipv6', 'sourceAddress') ?? 'a global address'}), so browsers try IPv6 first and wait before falling back to IPv4.`,
      ),
    ],
  };
}
