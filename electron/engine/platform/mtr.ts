import type { Hop } from '../../contract';
import {
  asRecord,
  cleanIp,
  clampPct,
  numField,
  parseNum,
  round3,
  strField,
  toLines,
  tryJson,
  jsonList,
} from './parse-util';

type Probe = Hop['probes'][number];

/** Parsed mtr run (mtr prints everything at the end, so there is nothing to stream). */
export interface MtrParse {
  hops: Hop[];
  destination: string | null;
}

const MAX_PROBES = 100;

/** mtr gives per-hop totals; expand them into probes (answered ones at the average RTT). */
function hopFromTotals(ttl: number, host: string, sent: number, lossPct: number, avg: number | null): Hop {
  const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(host.trim());
  const address = cleanIp(paren ? paren[2] : host);
  const hostname = paren
    ? (paren[1] ?? '').trim() || null
    : address === null && host !== '???' && host !== ''
      ? host
      : null;
  const n = Math.max(1, Math.min(MAX_PROBES, Math.round(sent) || 1));
  const loss = clampPct(lossPct);
  const answered = address === null && hostname === null ? 0 : Math.round(n * (1 - loss / 100));
  const probes: Probe[] = [];
  for (let i = 0; i < n; i++) {
    probes.push(
      i < answered
        ? { address, hostname, rttMs: avg, annotation: null }
        : { address: null, hostname: null, rttMs: null, annotation: null },
    );
  }
  return { ttl, probes, lossPct: round3(loss) };
}

/** Salvages hub objects from mtr JSON that old versions print invalid (`"hubs": [  }`). */
function salvageHubs(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const m of text.matchAll(/\{[^{}]*"count"[^{}]*\}/g)) {
    const o = asRecord(tryJson(m[0]));
    if (o) out.push(o);
  }
  return out;
}

/** Parses `mtr --json` (0.9x string counts, 0.95 numbers, invalid JSON without hubs). */
export function parseMtrJson(text: string): MtrParse | null {
  if (typeof text !== 'string') return null;
  const start = text.indexOf('{');
  if (start < 0) return null;
  const body = text.slice(start);
  const report = asRecord(asRecord(tryJson(body))?.report);
  const dstMatch = /"dst"\s*:\s*"([^"]*)"/.exec(body);
  const hubs = report && Array.isArray(report.hubs) ? jsonList(report.hubs) : salvageHubs(body);
  if (!report && !dstMatch && hubs.length === 0) return null;
  const dstRaw = (report ? strField(asRecord(report.mtr) ?? {}, 'dst') : null) ?? dstMatch?.[1] ?? null;
  const hops: Hop[] = [];
  for (const h of hubs) {
    const ttl = numField(h, 'count');
    if (ttl === null || !Number.isInteger(ttl) || ttl < 1 || ttl > 255) continue;
    const loss = numField(h, 'Loss%') ?? 100;
    hops.push(
      hopFromTotals(
        ttl,
        strField(h, 'host') ?? '???',
        numField(h, 'Snt') ?? 1,
        loss,
        loss >= 100 ? null : numField(h, 'Avg'),
      ),
    );
  }
  hops.sort((a, b) => a.ttl - b.ttl);
  return { hops, destination: cleanIp(dstRaw ?? undefined) };
}

/** Parses `mtr -r` / `--report-wide` tables, using the header for column positions. */
export function parseMtrReport(text: string): MtrParse | null {
  let cols: string[] | null = null;
  const hops: Hop[] = [];
  for (const line of toLines(text)) {
    const header = /^HOST:\s+\S+\s+(.*)$/.exec(line);
    if (header) {
      cols = (header[1] ?? '').trim().split(/\s+/);
      continue;
    }
    const m = /^\s*(\d{1,3})\.\s*\|--\s+(\S+)\s+(.*)$/.exec(line);
    if (!m || cols === null) continue;
    const ttl = Number(m[1]);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 255) continue;
    const vals = (m[3] ?? '').trim().split(/\s+/);
    const at = (name: string): number | null => {
      const i = (cols ?? []).indexOf(name);
      return i < 0 ? null : parseNum((vals[i] ?? '').replace(/%$/, '').replace(/\.$/, ''));
    };
    const loss = at('Loss%') ?? 100;
    hops.push(hopFromTotals(ttl, m[2] ?? '???', at('Snt') ?? 1, loss, loss >= 100 ? null : at('Avg')));
  }
  return cols === null ? null : { hops, destination: null };
}
