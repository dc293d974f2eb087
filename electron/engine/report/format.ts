import type { EvidenceValue, RedactionKind, ReportSection, VerdictId } from '../../contract';
import { textsEn, VERDICTS } from '../../contract';
import { mtuHopSentence } from '../text/mtu-hop';
import { REDACTION_KEEPS, REDACTION_KIND_LABEL } from './redaction-kinds';
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

/** An evidence value as one line of text; objects as `key value` pairs, lists joined. */
export function valueText(value: EvidenceValue): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    const flat = value.every((v) => v === null || typeof v !== 'object');
    return flat
      ? value.map((v) => valueText(v)).join(', ')
      : value.map((v) => `(${valueText(v)})`).join('; ');
  }
  const entries = Object.entries(value);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k} ${valueText(v ?? null)}`).join(', ');
}

/** Milliseconds for people: `12 ms`, `1.4 s`, `—` for unknown. */
export function ms(value: number | null): string {
  if (value === null) return '—';
  if (value >= 10000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value * 10) / 10} ms`;
}

export const STATUS_LABEL: Record<ReportModel['checks'][number]['status'], string> = {
  ok: 'OK',
  problem: 'Problem',
  skipped: 'Skipped',
  error: 'Could not run',
};

export const MARK_LABEL: Record<ReportHop['mark'], string> = {
  router: 'your router',
  'loss-start': 'loss starts here',
  'loss-carried': 'loss carries on',
  'rate-limited': 'rate limiting only (not a fault)',
  destination: 'destination',
  none: '',
};

/** What each redaction kind hides (one wording for the report, the CLI and the window). */
const REDACTION_LABEL: Record<RedactionKind, string> = REDACTION_KIND_LABEL;

/** One sentence saying what was hidden, for the report's header and footer. */
export function redactionSentence(r: ReportModel['redaction']): string {
  if (!r.enabled) return 'Not redacted: this report shows every value as measured.';
  const parts = r.kinds.map((k) => `${REDACTION_LABEL[k]} (${r.counts[k] ?? 0})`);
  return `Hidden: ${parts.join('; ')}. Each hidden value is shown as a placeholder such as [public-ip-1]; the same value always gets the same placeholder. ${REDACTION_KEEPS}`;
}

/** The probe times of a hop: `12.1 / * / 13.0`. */
export function rttsText(rtts: (number | null)[]): string {
  return rtts.length === 0 ? '—' : rtts.map((r) => (r === null ? '*' : String(r))).join(' / ');
}

/** The response line: `HTTP 502 from Cloudflare (cloudflare-522)` or the network error (the report's chrome is English). */
export function responseLine(f: NonNullable<ReportModel['failingResponse']>): string {
  const what = f.status !== null ? `HTTP ${f.status}` : `No HTTP answer (${f.error ?? 'unknown error'})`;
  const from = f.source && f.source !== 'unknown' ? ` from ${textsEn.sources[f.source]}` : '';
  return `${what}${from}${f.variant ? ` (${f.variant})` : ''}`;
}

/** The operating system line: `linux 6.1.0 (x64)`. */
export function osLine(e: ReportModel['environment']): string {
  return `${e.os} ${e.osRelease} (${e.arch})`;
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
  const hop = mtu ? mtuHopSentence(Object.fromEntries(mtu.values.map((v) => [v.name, v.value]))) : null;
  if (hop !== null) return hop;
  const first = sectionOrder(m.verdict.id)[0];
  if (first === 'traceroute' && m.traceroute) return m.traceroute.reading;
  if (first === 'dns' && m.dns) return m.dns.reading;
  if (!m.failingResponse) return null;
  const ct = m.cdnTrace;
  const behind = ct?.cdn && ct.cdn !== m.failingResponse.source ? `, behind ${textsEn.sources[ct.cdn]}` : '';
  const trace = ct ? `; CDN trace id ${ct.traceId}` : '';
  const failed = m.attempts.filter((a) => a.error !== null || a.status === null || a.status >= 500).length;
  const count = m.attempts.length > 1 ? ` (${failed} of ${m.attempts.length} requests failed)` : '';
  return `${responseLine(m.failingResponse)}${behind}${count}${trace}`;
}
