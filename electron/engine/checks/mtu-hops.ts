// Where a path-MTU black hole starts: one parallel round of TTL-limited don't-fragment pings, a
// small and a large one per TTL, judged here (pure; the path-mtu check runs the pings). The hop
// whose TTL runs out answers "time exceeded", so the small packet names hop n; a large packet
// that hop n-1 still answered and hop n no longer does was dropped on the link between them.

/** What one TTL-limited ping got back. */
export type HopAnswer = 'expired' | 'echo' | 'too-big' | 'lost' | 'unknown';

/** One TTL-limited don't-fragment ping. */
export interface HopProbe {
  ttl: number;
  size: 'small' | 'large';
  answer: HopAnswer;
  /** Who answered: the hop ("time exceeded", "too big") or the destination (echo). */
  from: string | null;
}

/** Both pings of one TTL, as the evidence lists them. */
export interface HopRow {
  ttl: number;
  /** The hop at this TTL (from either answer), null when it stayed silent. */
  address: string | null;
  small: HopAnswer;
  large: HopAnswer;
}

/** Where the large packets stop. */
export interface HopFinding {
  /** The first hop that answers small packets but never gets the large one (null: not found). */
  startsAtHop: number | null;
  startsAtAddress: string | null;
  /** The last hop before it that the large packet still reached (0: this computer). */
  previousHop: number | null;
  previousAddress: string | null;
  /** Every TTL asked, up to the destination. */
  hops: HopRow[];
}

/** TTLs asked in the one round: enough for a home network, its provider and a few hops more. */
export const MAX_HOP_TTL = 8;

/** The TTLs of the round, 1..max. */
export function hopTtls(max = MAX_HOP_TTL): number[] {
  return Array.from({ length: Math.max(0, Math.floor(max)) }, (_, i) => i + 1);
}

const answered = (a: HopAnswer): boolean => a === 'expired' || a === 'echo';

/** The probes as one row per TTL, cut after the first TTL the destination itself answered. */
export function hopRows(probes: readonly HopProbe[]): HopRow[] {
  const byTtl = new Map<number, { small?: HopProbe; large?: HopProbe }>();
  for (const p of probes) {
    const row = byTtl.get(p.ttl) ?? {};
    row[p.size] = p;
    byTtl.set(p.ttl, row);
  }
  const rows: HopRow[] = [];
  for (const ttl of [...byTtl.keys()].sort((a, b) => a - b)) {
    const { small, large } = byTtl.get(ttl) ?? {};
    rows.push({
      ttl,
      address: small?.from ?? large?.from ?? null,
      small: small?.answer ?? 'unknown',
      large: large?.answer ?? 'unknown',
    });
    if (small?.answer === 'echo') break; // the destination: further TTLs ask the same machine
  }
  return rows;
}

/**
 * Finds the hop the black hole starts at: walking out from this computer, the first TTL whose
 * small packet is answered while the large one vanishes without a word. Silent hops (no answer
 * to either size) are skipped; a "too big" answer means that hop signals, so it is not the black
 * hole there. The link then lies between the last hop the large packet reached and this one.
 */
export function locateBlackhole(probes: readonly HopProbe[]): HopFinding {
  const hops = hopRows(probes);
  let previous: HopRow | null = null;
  for (const h of hops) {
    if (!answered(h.small)) continue;
    if (answered(h.large)) {
      previous = h;
      continue;
    }
    if (h.large !== 'lost') continue;
    return {
      startsAtHop: h.ttl,
      startsAtAddress: h.address,
      previousHop: previous?.ttl ?? 0,
      previousAddress: previous?.address ?? null,
      hops,
    };
  }
  return { startsAtHop: null, startsAtAddress: null, previousHop: null, previousAddress: null, hops };
}
