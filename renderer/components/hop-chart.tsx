import { useTranslation } from 'react-i18next';
import type { Hop, TracerouteSummary } from '../../electron/contract';
import { averageRtt, hopChartGeometry } from '../../electron/contract/values';
import type { ChartHop } from '../../electron/contract/values';

/** Live or final hops as the chart needs them; loss marks come from the finished traceroute. */
export function chartHops(hops: readonly Hop[], trace?: TracerouteSummary | null): ChartHop[] {
  const start = trace?.carriesThrough ? trace.lossStartsAt : null;
  return hops.map((h) => ({
    ttl: h.ttl,
    avgRttMs: averageRtt(h.probes.map((p) => p.rttMs)),
    lossPct: h.lossPct,
    lossStart: start !== null && h.ttl === start,
    lossCarried: start !== null && h.ttl > start && h.lossPct > 0,
  }));
}

/**
 * Round-trip time (bars) and loss (line) per hop, the same layout as the report's chart.
 * The numbers are also in the hop list or table beside it; the chart is their picture.
 */
export function HopChart({ hops }: { hops: readonly ChartHop[] }) {
  const { t } = useTranslation();
  if (hops.length === 0) return null;
  const g = hopChartGeometry(hops);
  const { left, top, right, bottom } = g.plot;
  return (
    <svg
      className="hop-chart"
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={t('hopChart.title')}
      preserveAspectRatio="xMinYMin meet"
    >
      {g.ticks.map((k) => (
        <g key={k.y}>
          <line className="grid" x1={left} y1={k.y} x2={right} y2={k.y} />
          <text className="axis" x={left - 6} y={k.y + 4} textAnchor="end">
            {k.rttMs}
          </text>
          <text className="axis loss" x={right + 6} y={k.y + 4}>
            {k.lossPct}%
          </text>
        </g>
      ))}
      <text className="axis" x={left - 6} y={12} textAnchor="end">
        {t('hopChart.ms')}
      </text>
      <text className="axis loss" x={right + 6} y={12}>
        {t('hopChart.loss')}
      </text>
      {g.marker ? (
        <g>
          <line className="marker" x1={g.marker.x} y1={top} x2={g.marker.x} y2={bottom} />
          <text className="axis loss" x={g.marker.x + 4} y={top + 10}>
            {t('hopChart.lossStarts')}
          </text>
        </g>
      ) : null}
      {g.bars.map((b) => (
        <rect
          key={b.ttl}
          className={b.fault ? 'bar fault' : 'bar'}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
        >
          <title>{t('hopChart.hopRtt', { ttl: b.ttl, ms: b.rttMs })}</title>
        </rect>
      ))}
      {g.silent.map((s) => (
        <text key={s.ttl} className="axis" x={s.x} y={bottom - 4} textAnchor="middle">
          *
        </text>
      ))}
      {g.labels.map((l) => (
        <text key={l.ttl} className="axis" x={l.x} y={bottom + 14} textAnchor="middle">
          {l.ttl}
        </text>
      ))}
      <polyline className="loss-line" points={g.loss.map((p) => `${p.x},${p.y}`).join(' ')} />
      {g.loss.map((p) => (
        <circle key={p.ttl} className="loss-dot" cx={p.x} cy={p.y} r={3}>
          <title>{t('hopChart.hopLoss', { ttl: p.ttl, pct: p.pct })}</title>
        </circle>
      ))}
      <text className="axis" x={left + (right - left) / 2} y={g.height - 4} textAnchor="middle">
        {t('hopChart.hop')}
      </text>
    </svg>
  );
}
