import { describe, expect, it } from 'vitest';
import { hopChartGeometry, textsDe } from '../../../electron/contract/values';
import type { ChartHop } from '../../../electron/contract/values';
import { renderHopChart } from '../../../electron/engine/report/chart';

const hop = (
  ttl: number,
  avgRttMs: number | null,
  lossPct: number,
  mark: Partial<ChartHop> = {},
): ChartHop => ({
  ttl,
  avgRttMs,
  lossPct,
  lossStart: false,
  lossCarried: false,
  ...mark,
});

describe('hop chart geometry (one layout for the window and the report)', () => {
  it('draws a bar per answered hop, a star per silent one and the loss line over all', () => {
    const g = hopChartGeometry([hop(1, 1.2, 0), hop(2, null, 100), hop(3, 38, 33, { lossStart: true })]);
    expect(g.bars.map((b) => b.ttl)).toEqual([1, 3]);
    expect(g.silent.map((s) => s.ttl)).toEqual([2]);
    expect(g.loss.map((p) => p.pct)).toEqual([0, 100, 33]);
    expect(g.maxRttMs).toBe(50);
    // Higher values sit higher: smaller y. 100 % loss is at the top of the plot.
    expect(g.loss[1]?.y).toBe(g.plot.top);
    expect(g.loss[0]?.y).toBe(g.plot.bottom);
    expect(g.bars[1]?.fault).toBe(true);
    expect(g.marker?.x).toBeLessThan(g.bars[1]?.x ?? 0);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(g.plot.bottom, 5);
  });

  it('labels a sub-millisecond axis with its real values', () => {
    const g = hopChartGeometry([hop(1, 0.07, 0), hop(2, 0.1, 0)]);
    expect(g.ticks.map((t) => t.rttMs)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
  });

  it('keeps every point inside the plot, whatever the values', () => {
    const g = hopChartGeometry([hop(1, 0, 0), hop(2, 1e6, 250), hop(3, -5, -1)]);
    for (const p of g.loss) {
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(hopChartGeometry([]).bars).toEqual([]);
  });

  it('labels the report chart in the report language', () => {
    const svg = renderHopChart(
      {
        hops: [
          { ttl: 1, address: null, avgRttMs: 1, lossPct: 0, mark: 'router' },
          { ttl: 2, address: null, avgRttMs: 20, lossPct: 40, mark: 'loss-start' },
        ],
      } as unknown as Parameters<typeof renderHopChart>[0],
      textsDe.hopChart,
    );
    expect(svg).toContain('Verlust ab hier');
    expect(svg).toContain('Station 2: 40 % verloren');
    expect(svg).not.toContain('loss starts');
  });
});
