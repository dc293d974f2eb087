// Geometry of the per-hop chart (round-trip time as bars, loss as a line), computed once for
// every surface: the report draws it as an SVG string, the window as React SVG.

/** One hop as the chart needs it. */
export interface ChartHop {
  ttl: number;
  /** Average round-trip time of the answered probes, or null when none answered. */
  avgRttMs: number | null;
  lossPct: number;
  /** Loss starts here and carries through (the bar is drawn as a fault). */
  lossStart: boolean;
  /** Later hop of a loss that carries through. */
  lossCarried: boolean;
}

export interface HopChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  maxRttMs: number;
  /** Grid lines with the time (left axis) and loss (right axis) they stand for. */
  ticks: { y: number; rttMs: number; lossPct: number }[];
  bars: { ttl: number; x: number; y: number; width: number; height: number; fault: boolean; rttMs: number }[];
  /** Hops without any answer, drawn as a star at the base line. */
  silent: { ttl: number; x: number }[];
  loss: { ttl: number; x: number; y: number; pct: number }[];
  /** Where the dashed "loss starts" marker goes, or null. */
  marker: { x: number } | null;
  labels: { ttl: number; x: number }[];
}

const PAD = { left: 48, right: 44, top: 22, bottom: 34 };

/** A round axis maximum at or above `value` (1, 2, 5 × 10ⁿ). */
function niceMax(value: number): number {
  if (!(value > 0)) return 10;
  const mag = 10 ** Math.floor(Math.log10(value));
  for (const s of [1, 2, 5, 10]) if (value <= s * mag) return s * mag;
  return 10 * mag;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Lays out the chart for `hops` in a `width`×`height` box (empty bars and lines for no hops). */
export function hopChartGeometry(hops: readonly ChartHop[], width = 680, height = 220): HopChartGeometry {
  const plot = { left: PAD.left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom };
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  const maxRttMs = niceMax(Math.max(0, ...hops.map((h) => h.avgRttMs ?? 0)));
  const slot = hops.length > 0 ? plotW / hops.length : plotW;
  const barW = Math.max(4, Math.min(36, slot * 0.6));
  const x = (i: number): number => r1(plot.left + slot * i + slot / 2);
  const yOf = (fraction: number): number => r1(plot.bottom - Math.min(1, Math.max(0, fraction)) * plotH);
  const start = hops.findIndex((h) => h.lossStart);
  return {
    width,
    height,
    plot,
    maxRttMs,
    // two significant digits: a 0.1 ms axis reads 0.025, 0.05 … rather than 0, 0, 0
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({
      y: yOf(f),
      rttMs: Number((maxRttMs * f).toPrecision(2)),
      lossPct: 100 * f,
    })),
    bars: hops.flatMap((h, i) => {
      if (h.avgRttMs === null) return [];
      const y = yOf(h.avgRttMs / maxRttMs);
      return [
        {
          ttl: h.ttl,
          x: r1(x(i) - barW / 2),
          y,
          width: r1(barW),
          height: r1(plot.bottom - y),
          fault: h.lossStart || h.lossCarried,
          rttMs: r1(h.avgRttMs),
        },
      ];
    }),
    silent: hops.flatMap((h, i) => (h.avgRttMs === null ? [{ ttl: h.ttl, x: x(i) }] : [])),
    loss: hops.map((h, i) => ({ ttl: h.ttl, x: x(i), y: yOf(h.lossPct / 100), pct: h.lossPct })),
    marker: start >= 0 ? { x: r1(x(start) - slot / 2) } : null,
    labels: hops.map((h, i) => ({ ttl: h.ttl, x: x(i) })),
  };
}

/** The average of the answered round-trip times, or null (for live hops and the report alike). */
export function averageRtt(rtts: readonly (number | null)[]): number | null {
  const seen = rtts.filter((r): r is number => r !== null && Number.isFinite(r));
  return seen.length === 0 ? null : seen.reduce((a, b) => a + b, 0) / seen.length;
}
