import type { EvidenceValue, ReportSection, ReportTexts, TextCatalog, VerdictId } from '../../contract';
import { fillText, textsEn, textsFor, VERDICTS } from '../../contract';
import { mtuHopSentence } from '../text/mtu-hop';
import type { ReportHop, ReportModel } from './schema';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The report's wording in the model's language (headings, columns, sentences). */
export function wordsOf(m: Pick<ReportModel, 'language'>): ReportTexts {
  return textsFor(m.language).report;
}

/** An evidence value as one line of text; objects as `key value` pairs, lists joined. */
export function valueText(value: EvidenceValue, w: ReportTexts = textsFor('en').report): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value === '' ? w.checks.empty : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return w.checks.none;
    const flat = value.every((v) => v === null || typeof v !== 'object');
    return flat
      ? value.map((v) => valueText(v, w)).join(', ')
      : value.map((v) => `(${valueText(v, w)})`).join('; ');
  }
  const entries = Object.entries(value);
  return entries.length === 0
    ? w.checks.none
    : entries.map(([k, v]) => `${k} ${valueText(v ?? null, w)}`).join(', ');
}

/** Milliseconds for people: `12 ms`, `1.4 s`, `—` for unknown. */
export function ms(value: number | null): string {
  if (value === null) return '—';
  if (value >= 10000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value * 10) / 10} ms`;
}

/** A check's status in the report's words. */
export function statusLabel(status: ReportModel['checks'][number]['status'], w: ReportTexts): string {
  return w.checks[status];
}

/** What a hop's mark means, in the report's words ('' for no mark). */
export function markLabel(mark: ReportHop['mark'], w: ReportTexts): string {
  const key = {
    router: 'router',
    'loss-start': 'lossStart',
    'loss-carried': 'lossCarried',
    'rate-limited': 'rateLimited',
    destination: 'destination',
  } as const;
  return mark === 'none' ? '' : w.marks[key[mark]];
}

/** One sentence saying what was hidden (with counts), for the report's header and footer. */
export function redactionSentence(m: Pick<ReportModel, 'language' | 'redaction'>): string {
  const texts = textsFor(m.language);
  const r = m.redaction;
  if (!r.enabled) return texts.report.privacy.notRedacted;
  const list = r.kinds.map((k) => `${texts.redaction[k]} (${r.counts[k] ?? 0})`).join('; ');
  return `${fillText(texts.report.privacy.hidden, { list })} ${texts.report.privacy.keeps}`;
}

/** The probe times of a hop: `12.1 / * / 13.0`. */
export function rttsText(rtts: (number | null)[]): string {
  return rtts.length === 0 ? '—' : rtts.map((r) => (r === null ? '*' : String(r))).join(' / ');
}

/** The response line: `HTTP 502 from nginx (nginx-bad-gateway)` or the network error. */
export function responseLine(
  f: NonNullable<ReportModel['failingResponse']>,
  w: ReportTexts,
  names: TextCatalog['sources'] = textsEn.sources,
): string {
  const r = w.response;
  const what =
    f.status !== null
      ? fillText(r.status, { status: f.status })
      : fillText(r.noAnswer, { error: f.error ?? r.unknownError });
  const from = f.source && f.source !== 'unknown' ? ` ${fillText(r.from, { source: names[f.source] })}` : '';
  return `${what}${from}${f.variant ? ` (${f.variant})` : ''}`;
}

/** The operating system line: `linux 6.1.0 (x64)`. */
export function osLine(e: ReportModel['environment']): string {
  return `${e.os} ${e.osRelease} (${e.arch})`;
}

/** The router line of the checks section: address, state, latency and loss. */
export function gatewayLine(g: NonNullable<ReportModel['gateway']>, w: ReportTexts): string {
  const c = w.checks;
  return fillText(c.router, {
    address: g.address ?? c.routerNotFound,
    on: g.interface ? fillText(c.routerOn, { interface: g.interface }) : '',
    state: g.reachable === null ? c.routerNotTested : g.reachable ? c.routerAnswers : c.routerSilent,
    method: g.method,
    latency: ms(g.latencyMs),
    loss: g.lossPct === null ? '—' : `${g.lossPct}%`,
  });
}

/** Evidence sections, most telling first for the verdict (the path for ISP cases, DNS for DNS cases). */
export type EvidenceSection = ReportSection;

/** The order the evidence sections are shown in for a verdict (from the verdict catalog). */
export function sectionOrder(verdict: VerdictId): readonly EvidenceSection[] {
  return VERDICTS[verdict].sections;
}

/** The one measurement that best backs the verdict, for the verdict box; null when none stands out. */
export function keyEvidence(m: ReportModel): string | null {
  // a path-MTU black hole: the hop it starts at says more than the route or the stalled request
  const mtu = m.verdict.id === 'path-mtu-blackhole' ? m.checks.find((c) => c.id === 'path-mtu') : undefined;
  const hop = mtu
    ? mtuHopSentence(Object.fromEntries(mtu.values.map((v) => [v.name, v.value])), m.language)
    : null;
  if (hop !== null) return hop;
  const first = sectionOrder(m.verdict.id)[0];
  if (first === 'traceroute' && m.traceroute) return m.traceroute.reading;
  if (first === 'dns' && m.dns) return m.dns.reading;
  if (!m.failingResponse) return null;
  const w = wordsOf(m);
  const ct = m.cdnTrace;
  const behind =
    ct?.cdn && ct.cdn !== m.failingResponse.source
      ? `, ${fillText(w.response.behind, { cdn: textsFor(m.language).sources[ct.cdn] })}`
      : '';
  const trace = ct ? `; ${w.response.traceId} ${ct.traceId}` : '';
  const failed = m.attempts.filter((a) => a.error !== null || a.status === null || a.status >= 500).length;
  const count =
    m.attempts.length > 1 ? ` (${fillText(w.response.failedOf, { failed, total: m.attempts.length })})` : '';
  return `${responseLine(m.failingResponse, w, textsFor(m.language).sources)}${behind}${count}${trace}`;
}

/** The confidence level in the report's language ("high", "mittel"). */
export function confidenceWord(h: ReportTexts['head'], level: 'high' | 'medium' | 'low'): string {
  return { high: h.confidenceHigh, medium: h.confidenceMedium, low: h.confidenceLow }[level];
}
