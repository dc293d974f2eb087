import type { Hop } from '../../contract';

export interface TraceAnalysis {
  /** TTL of the home router (the gateway's hop, else hop 1). */
  routerTtl: number;
  routerAnswered: boolean;
  /** First hop beyond the router where loss starts and carries through, or null. */
  lossStartsAt: number | null;
  carriesThrough: boolean;
  /** Hops that drop probes although later hops do not: ICMP rate limiting, never a fault. */
  rateLimitedHops: number[];
  /** Loss at the destination itself (null when it was not reached). */
  destinationLossPct: number | null;
}

/**
 * Share of hops from the loss start onwards that must show loss to count as carrying through
 * (with three probes per hop, a lossy stretch can show a clean hop by chance).
 */
const CARRY_SHARE = 0.6;

/**
 * Where does loss start, and does it carry through to the destination? `measuredDestinationLossPct`
 * (from ping) replaces the last hop's loss when the destination was reached. Loss at an
 * intermediate hop that later hops do not show is rate limiting (routers answer traceroute
 * probes at low priority) and is never blamed. Pure: hops in, analysis out.
 */
export function analyseTrace(
  hops: readonly Hop[],
  reached: boolean,
  gatewayAddress: string | null,
  measuredDestinationLossPct: number | null = null,
): TraceAnalysis {
  const sorted = [...hops].sort((a, b) => a.ttl - b.ttl);
  // Echo replies (ping) are a better measure of loss at the destination than traceroute's last
  // hop, whose port-unreachable answers are rate limited by the host itself.
  const lastHop = sorted[sorted.length - 1];
  if (reached && lastHop && measuredDestinationLossPct !== null) {
    sorted[sorted.length - 1] = { ...lastHop, lossPct: measuredDestinationLossPct };
  }
  const gwHop = gatewayAddress
    ? sorted.find((h) => h.probes.some((p) => p.address === gatewayAddress))
    : undefined;
  const routerTtl = gwHop?.ttl ?? 1;
  const router = sorted.find((h) => h.ttl === routerTtl);
  const routerAnswered = router !== undefined && router.lossPct < 100;
  const beyond = sorted.filter((h) => h.ttl > routerTtl);
  const last = sorted[sorted.length - 1];
  const destinationLossPct = reached && last ? last.lossPct : null;

  let lossStartsAt: number | null = null;
  let carriesThrough = false;
  if (reached && last && last.ttl > routerTtl && last.lossPct > 0) {
    // Earliest lossy hop from which (most) hops up to and including the destination are lossy.
    for (let i = 0; i < beyond.length; i++) {
      const h = beyond[i];
      if (!h || h.lossPct === 0) continue;
      const tail = beyond.slice(i);
      const lossy = tail.filter((t) => t.lossPct > 0).length;
      // Two clean hops in a row mean the loss stopped there: it did not carry through.
      const gap = tail.some((t, j) => t.lossPct === 0 && (tail[j + 1]?.lossPct ?? 1) === 0);
      if (!gap && lossy / tail.length >= CARRY_SHARE) {
        lossStartsAt = h.ttl;
        carriesThrough = true;
        break;
      }
    }
  } else if (!reached && beyond.length > 0) {
    // Not reached: the trailing run of silent hops is where the path stops.
    let i = beyond.length;
    while (i > 0 && (beyond[i - 1]?.lossPct ?? 0) >= 100) i--;
    if (i < beyond.length) {
      lossStartsAt = beyond[i]?.ttl ?? null;
      carriesThrough = true;
    }
  } else if (!reached && beyond.length === 0 && routerAnswered) {
    lossStartsAt = routerTtl + 1;
    carriesThrough = true;
  }
  const rateLimitedHops = beyond
    .filter((h) => h.lossPct > 0 && (lossStartsAt === null || h.ttl < lossStartsAt))
    .map((h) => h.ttl);
  return { routerTtl, routerAnswered, lossStartsAt, carriesThrough, rateLimitedHops, destinationLossPct };
}
