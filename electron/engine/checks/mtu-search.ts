// Path-MTU search: which packet sizes get through, planned in parallel rounds and judged here
// (pure; the path-mtu check runs the pings). Sizes are whole IP packets in bytes, as MTUs are.

/** What one don't-fragment ping of a size did. */
export type DfOutcome = 'passed' | 'lost' | 'too-big' | 'unknown';

/** One don't-fragment ping. */
export interface DfProbe {
  to: 'site' | 'router';
  /** IP packet size in bytes (payload + 28 on IPv4, + 48 on IPv6). */
  packet: number;
  outcome: DfOutcome;
  /** The MTU a "too big" message named. */
  mtu: number | null;
  /** Who sent "too big" (null: this computer refused to send it). */
  reportedBy: string | null;
}

/** The first round: full Ethernet size, a VPN/PPPoE-like size, the IPv6 minimum, the IPv4 minimum. */
export const FIRST_ROUND: readonly number[] = [1500, 1400, 1280, 576];
/** The router only needs to show it passes full-size packets (and answers small ones). */
export const ROUTER_ROUND: readonly number[] = [1500, 576];
/** Sizes per later round: each round narrows the bracket about five-fold. */
export const ROUND_WIDTH = 4;
/** Stop narrowing when the bracket is this tight. */
export const PRECISION = 4;

/** ICMP payload for an IP packet of `packet` bytes. */
export function payloadOf(packet: number, family: 4 | 6): number {
  return Math.max(0, packet - (family === 6 ? 48 : 28));
}

/** Largest size that passed and smallest silently lost size above it, towards one target. */
function bracket(probes: readonly DfProbe[], to: DfProbe['to']): { ok: number | null; lost: number | null } {
  const mine = probes.filter((p) => p.to === to);
  const passed = mine.filter((p) => p.outcome === 'passed').map((p) => p.packet);
  const ok = passed.length ? Math.max(...passed) : null;
  const lost = mine
    .filter((p) => p.outcome === 'lost' && (ok === null || p.packet > ok))
    .map((p) => p.packet);
  return { ok, lost: lost.length ? Math.min(...lost) : null };
}

/**
 * The next round's sizes towards the site: evenly inside (largest passed, smallest lost), or
 * nothing when the bracket is tight, nothing passed, or nothing was lost.
 */
export function nextRound(probes: readonly DfProbe[], width = ROUND_WIDTH): number[] {
  const { ok, lost } = bracket(probes, 'site');
  if (ok === null || lost === null || lost - ok <= PRECISION) return [];
  const step = (lost - ok) / (width + 1);
  const sizes = new Set<number>();
  for (let i = 1; i <= width; i++) {
    const s = Math.round(ok + step * i);
    if (s > ok && s < lost) sizes.add(s);
  }
  return [...sizes];
}

/** What the search found. */
export interface MtuFinding {
  /** The site answered some don't-fragment ping (without that nothing can be said). */
  siteAnswers: boolean;
  /** Largest packet that reached the site and came back. */
  pathMtu: number | null;
  /** Smallest packet that vanished without a "too big" message (above pathMtu). */
  lostFrom: number | null;
  /** Large packets vanish silently while smaller ones pass, consistently. */
  blackhole: boolean;
  /** Largest packet the router passed (null: it answered none). */
  routerPasses: number | null;
  /** Where the black hole starts: after the router, or already before it (this computer's link). */
  where: 'beyond-router' | 'before-router' | null;
  /** A hop that did say "too big" (the signal works there), with the MTU it named. */
  tooBigFrom: string | null;
  reportedMtu: number | null;
  /** Sizes this computer refused to send: its own link's MTU, when named. */
  localMtu: number | null;
  /** A smaller size was lost while a bigger one passed: random loss, not a size limit. */
  inconsistent: boolean;
}

/**
 * Judges the probes: a black hole is large packets lost silently (at least two sizes, so one
 * lost echo is not enough) while every smaller size passed; "too big" answers mean the signal
 * works, and a smaller size lost while a bigger one passed is plain loss, never a size limit.
 */
export function judgeMtu(probes: readonly DfProbe[]): MtuFinding {
  const site = probes.filter((p) => p.to === 'site');
  const { ok, lost } = bracket(probes, 'site');
  const lostAbove = site.filter((p) => p.outcome === 'lost' && ok !== null && p.packet > ok);
  const inconsistent = site.some(
    (l) => l.outcome === 'lost' && site.some((p) => p.outcome === 'passed' && p.packet > l.packet),
  );
  const tooBig = site.find((p) => p.outcome === 'too-big' && p.reportedBy !== null);
  const local = probes.find((p) => p.outcome === 'too-big' && p.reportedBy === null && p.mtu !== null);
  // a "too big" at or below the lost size means the signal is not lost after all
  const signalled =
    lost !== null && site.some((p) => p.outcome === 'too-big' && p.reportedBy !== null && p.packet <= lost);
  const blackhole = ok !== null && lostAbove.length >= 2 && !inconsistent && !signalled;
  const router = bracket(probes, 'router');
  const routerLostBig =
    router.lost !== null && lost !== null && router.lost <= Math.max(...lostAbove.map((p) => p.packet));
  const where = !blackhole
    ? null
    : router.ok !== null && lost !== null && router.ok >= lost
      ? 'beyond-router'
      : routerLostBig
        ? 'before-router'
        : null;
  return {
    siteAnswers: ok !== null,
    pathMtu: ok,
    lostFrom: blackhole ? lost : null,
    blackhole,
    routerPasses: router.ok,
    where,
    tooBigFrom: tooBig?.reportedBy ?? null,
    reportedMtu: tooBig?.mtu ?? null,
    localMtu: local?.mtu ?? null,
    inconsistent,
  };
}
