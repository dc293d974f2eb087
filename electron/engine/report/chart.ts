import { fillText, textsFor } from '../../contract';
import type { ReportTexts } from '../../contract';
import { escapeHtml } from './format';
import type { ReportModel } from './schema';

const W = 680;
const H = 220;
const PAD = { left: 48, right: 44, top: 22, bottom: 34 };

function niceMax(value: number): number {
  if (value <= 0) return 10;
  const steps = [1, 2, 5, 10];
  const mag = 10 ** Math.floor(Math.log10(value));
  for (const s of steps) if (value <= s * mag) return s * mag;
  return 10 * mag;
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/**
 * Per-hop chart as inline SVG: bars for the average round-trip time (left axis, ms) and a
 * red line for packet loss (right axis, %). The hop where loss starts gets a dashed marker.
 * Returns an empty string when there are no hops.
 */
export function renderHopChart(
  trace: NonNullable<ReportModel['traceroute']>,
  w: ReportTexts = textsFor('en').report,
): string {
  const t = w.trace;
  const hops = trace.hops;
  if (hops.length === 0) return '';
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const maxRtt = niceMax(Math.max(0, ...hops.map((h) => h.avgRttMs ?? 0)));
  const slot = plotW / hops.length;
  const barW = Math.max(4, Math.min(36, slot * 0.6));
  const x = (i: number): number => PAD.left + slot * i + slot / 2;
  const yRtt = (v: number): number => PAD.top + plotH - (v / maxRtt) * plotH;
  const yLoss = (v: number): number => PAD.top + plotH - (v / 100) * plotH;
  const out: string[] = [];
  out.push(
    `<svg class="hop-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="hop-chart-title">`,
    `<title id="hop-chart-title">${escapeHtml(t.chartTitle)}</title>`,
  );
  // Grid and axes.
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const y = PAD.top + plotH - f * plotH;
    out.push(
      `<line x1="${PAD.left}" y1="${round(y)}" x2="${W - PAD.right}" y2="${round(y)}" stroke="#d9dde3" stroke-width="1"/>`,
    );
    out.push(
      `<text x="${PAD.left - 6}" y="${round(y + 4)}" text-anchor="end" font-size="10" fill="#4a5160">${round(maxRtt * f)}</text>`,
    );
    out.push(
      `<text x="${W - PAD.right + 6}" y="${round(y + 4)}" font-size="10" fill="#b3261e">${Math.round(100 * f)}%</text>`,
    );
  }
  out.push(`<text x="${PAD.left - 6}" y="12" text-anchor="end" font-size="10" fill="#4a5160">ms</text>`);
  out.push(
    `<text x="${W - PAD.right + 6}" y="12" font-size="10" fill="#b3261e">${escapeHtml(t.chartLoss)}</text>`,
  );
  // Loss-start marker behind the bars.
  const startIdx = hops.findIndex((h) => h.mark === 'loss-start');
  if (startIdx >= 0) {
    const mx = round(x(startIdx) - slot / 2);
    out.push(
      `<line x1="${mx}" y1="${PAD.top}" x2="${mx}" y2="${PAD.top + plotH}" stroke="#b3261e" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
    out.push(
      `<text x="${round(x(startIdx) - slot / 2 + 4)}" y="${PAD.top + 10}" font-size="10" fill="#b3261e">${escapeHtml(t.chartLossStarts)}</text>`,
    );
  }
  hops.forEach((h, i) => {
    const cx = x(i);
    if (h.avgRttMs !== null) {
      const y = yRtt(h.avgRttMs);
      const fill = h.mark === 'loss-start' || h.mark === 'loss-carried' ? '#e8a39d' : '#8fa8c8';
      out.push(
        `<rect x="${round(cx - barW / 2)}" y="${round(y)}" width="${round(barW)}" height="${round(PAD.top + plotH - y)}" fill="${fill}"><title>${escapeHtml(fillText(t.chartHopTime, { ttl: h.ttl, ms: String(h.avgRttMs) }))}</title></rect>`,
      );
    } else {
      out.push(
        `<text x="${round(cx)}" y="${PAD.top + plotH - 4}" text-anchor="middle" font-size="11" fill="#4a5160">*</text>`,
      );
    }
    out.push(
      `<text x="${round(cx)}" y="${H - PAD.bottom + 14}" text-anchor="middle" font-size="10" fill="#1f2430">${h.ttl}</text>`,
    );
  });
  const points = hops.map((h, i) => `${round(x(i))},${round(yLoss(h.lossPct))}`).join(' ');
  out.push(`<polyline points="${points}" fill="none" stroke="#b3261e" stroke-width="2"/>`);
  hops.forEach((h, i) => {
    out.push(
      `<circle cx="${round(x(i))}" cy="${round(yLoss(h.lossPct))}" r="3" fill="#b3261e"><title>${escapeHtml(fillText(t.chartHopLoss, { ttl: h.ttl, loss: h.lossPct }))}</title></circle>`,
    );
  });
  out.push(
    `<text x="${PAD.left + plotW / 2}" y="${H - 4}" text-anchor="middle" font-size="10" fill="#4a5160">${escapeHtml(t.chartHop)}</text>`,
  );
  out.push('</svg>');
  return out.join('');
}
