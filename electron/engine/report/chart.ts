import { fillText, hopChartGeometry, textsEn } from '../../contract/values';
import type { TextCatalog } from '../../contract/values';
import { escapeHtml } from './format';
import type { ReportModel } from './schema';

const GRID = '#d9dde3';
const AXIS = '#4a5160';
const LOSS = '#b3261e';

/**
 * Per-hop chart as inline SVG: bars for the average round-trip time (left axis, ms) and a
 * red line for packet loss (right axis, %). The hop where loss starts gets a dashed marker.
 * The layout is the value layer's (the window draws the same chart); returns '' for no hops.
 */
export function renderHopChart(
  trace: NonNullable<ReportModel['traceroute']>,
  texts: TextCatalog['hopChart'] = textsEn.hopChart,
): string {
  if (trace.hops.length === 0) return '';
  const g = hopChartGeometry(
    trace.hops.map((h) => ({
      ttl: h.ttl,
      avgRttMs: h.avgRttMs,
      lossPct: h.lossPct,
      lossStart: h.mark === 'loss-start',
      lossCarried: h.mark === 'loss-carried',
    })),
  );
  const e = escapeHtml;
  const { left, top, right, bottom } = g.plot;
  const out: string[] = [
    `<svg class="hop-chart" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-labelledby="hop-chart-title">`,
    `<title id="hop-chart-title">${e(texts.title)}</title>`,
  ];
  for (const t of g.ticks) {
    out.push(
      `<line x1="${left}" y1="${t.y}" x2="${right}" y2="${t.y}" stroke="${GRID}" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${t.y + 4}" text-anchor="end" font-size="10" fill="${AXIS}">${t.rttMs}</text>`,
      `<text x="${right + 6}" y="${t.y + 4}" font-size="10" fill="${LOSS}">${t.lossPct}%</text>`,
    );
  }
  out.push(
    `<text x="${left - 6}" y="12" text-anchor="end" font-size="10" fill="${AXIS}">${e(texts.ms)}</text>`,
    `<text x="${right + 6}" y="12" font-size="10" fill="${LOSS}">${e(texts.loss)}</text>`,
  );
  if (g.marker) {
    out.push(
      `<line x1="${g.marker.x}" y1="${top}" x2="${g.marker.x}" y2="${bottom}" stroke="${LOSS}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${g.marker.x + 4}" y="${top + 10}" font-size="10" fill="${LOSS}">${e(texts.lossStarts)}</text>`,
    );
  }
  for (const b of g.bars) {
    out.push(
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${b.fault ? '#e8a39d' : '#8fa8c8'}"><title>${e(fillText(texts.hopRtt, { ttl: b.ttl, ms: b.rttMs }))}</title></rect>`,
    );
  }
  for (const s of g.silent) {
    out.push(
      `<text x="${s.x}" y="${bottom - 4}" text-anchor="middle" font-size="11" fill="${AXIS}">*</text>`,
    );
  }
  for (const l of g.labels) {
    out.push(
      `<text x="${l.x}" y="${bottom + 14}" text-anchor="middle" font-size="10" fill="#1f2430">${l.ttl}</text>`,
    );
  }
  out.push(
    `<polyline points="${g.loss.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${LOSS}" stroke-width="2"/>`,
  );
  for (const p of g.loss) {
    out.push(
      `<circle cx="${p.x}" cy="${p.y}" r="3" fill="${LOSS}"><title>${e(fillText(texts.hopLoss, { ttl: p.ttl, pct: p.pct }))}</title></circle>`,
    );
  }
  out.push(
    `<text x="${left + (right - left) / 2}" y="${g.height - 4}" text-anchor="middle" font-size="10" fill="${AXIS}">${e(texts.hop)}</text>`,
    '</svg>',
  );
  return out.join('');
}
