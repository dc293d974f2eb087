import { ipVersion } from './host';

/** Longest line the parsers look at: real tool lines are short, and a cap keeps every regex linear enough. */
const MAX_LINE = 4096;

/** Cuts an overlong line (garbage or a runaway tool) to MAX_LINE characters. */
export function clipLine(line: string): string {
  return line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
}

/** Splits tool output into lines (each clipped to MAX_LINE); tolerates CRLF, lone CR and non-string input. */
export function toLines(text: unknown): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return text.split(/\r\n|\n|\r/).map(clipLine);
}

/** Parses a finite non-negative decimal number (accepts a decimal comma), else null. */
export function parseNum(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s.trim().replace(',', '.'));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Clamps a percentage to 0..100 (NaN → 100: nothing is known to have arrived). */
export function clampPct(n: number): number {
  if (!Number.isFinite(n)) return 100;
  return Math.min(100, Math.max(0, n));
}

/** Rounds to 3 decimals so computed values compare exactly in tests and reports. */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Strips brackets, "(Preferred)"-style suffixes and trailing punctuation; returns the IP literal or null. */
export function cleanIp(token: string | undefined): string | null {
  if (token === undefined) return null;
  // an address as is ("2001:db8::") must not lose its trailing ':' to the punctuation rule
  if (ipVersion(token.trim()) !== 0) return token.trim();
  let t = token.trim().replace(/[,;:.]+$/, '');
  // "(192.0.2.1)" / "[2001:db8::1]" wrappers, then "(Preferred)"-style suffixes
  t = t.replace(/^[[(]+/, '').replace(/[\])]+$/, '');
  t = t.replace(/\(.*$/, '');
  return t.length > 0 && ipVersion(t) !== 0 ? t : null;
}

/** Adds `v` to `list` unless already present (keeps first-seen order). */
export function pushUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

/** Parses JSON without throwing; returns undefined on failure. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Narrows an unknown to a plain record. */
export function asRecord(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** A string field of an unknown record, or null. */
export function strField(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  return typeof v === 'string' ? v : null;
}

/** A numeric field given as number or numeric string, or null. */
export function numField(o: Record<string, unknown>, key: string): number | null {
  const v = o[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseNum(v);
  return null;
}

/** PowerShell's ConvertTo-Json gives a bare object for one result and an array for several. */
export function jsonList(v: unknown): Record<string, unknown>[] {
  const items = Array.isArray(v) ? v : [v];
  return items.map(asRecord).filter((o): o is Record<string, unknown> => o !== null);
}

/** Locates the first JSON value ('{' or '[') in text that may carry a prompt or banner first. */
export function extractJson(text: string): unknown {
  if (typeof text !== 'string') return undefined;
  const whole = tryJson(text.trim());
  if (whole !== undefined) return whole;
  const start = text.search(/^\s*[[{]/m);
  if (start < 0) return undefined;
  return tryJson(text.slice(start).trim());
}
