// This computer's clock against the known-good sites' clocks (their `Date` headers): a clock that
// is days off makes every valid certificate look expired or not yet valid.
import { median } from './classify';

/** One answer's `Date` header and this computer's clock when the answer arrived. */
export interface ClockSample {
  date: string | undefined;
  localMs: number;
}

/** A `Date` header older than this is a cached page, not the server's clock; beyond it we do not judge. */
const MAX_PLAUSIBLE_SKEW_SEC = 20 * 365 * 24 * 3600;

/**
 * How many seconds this computer's clock is ahead of the sites' clocks (negative: behind),
 * the median over the answers that carried a readable `Date` header; null when none did.
 * The header has one-second resolution and is written before the answer travels, so only a
 * skew of minutes means anything.
 */
export function clockSkewSec(samples: readonly ClockSample[]): number | null {
  const skews: number[] = [];
  for (const s of samples) {
    if (!s.date) continue;
    const server = Date.parse(s.date.slice(0, 64));
    if (Number.isNaN(server)) continue;
    const skew = (s.localMs - server) / 1000;
    if (Math.abs(skew) <= MAX_PLAUSIBLE_SKEW_SEC) skews.push(skew);
  }
  const m = median(skews);
  return m === null ? null : Math.round(m);
}
