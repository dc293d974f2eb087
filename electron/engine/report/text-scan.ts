import type { RedactionKind } from '../../contract';

/**
 * Building blocks for the detectors. Every detector walks the text once over maximal runs of
 * one character class (runs never overlap), so its cost is linear in the text: no backtracking
 * regular expression ever sees unbounded input.
 */

/**
 * Called for every value a detector finds: returns the text to splice in (a placeholder, or
 * `original` when that kind is not redacted). `key` is the normalised value (same value, same key).
 */
export type Emit = (kind: RedactionKind, key: string, original: string) => string;

export type CharTest = (c: number) => boolean;

export const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isUpper: CharTest = (c) => c >= 65 && c <= 90;
const isLower: CharTest = (c) => c >= 97 && c <= 122;
export const isAlpha: CharTest = (c) => isUpper(c) || isLower(c);
export const isAlnum: CharTest = (c) => isDigit(c) || isAlpha(c);
export const isHex: CharTest = (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Characters of a "word" for literal matching: a value must not stand inside a longer one. */
export const isWordChar: CharTest = (c) => isAlnum(c) || c === 45 /* - */ || c === 95 /* _ */;

// Where a URL or a free-text token ends: whitespace, quotes, angle brackets, backtick, pipe.
const STOP = new Set([34, 39, 60, 62, 96, 124]);
export const isStop: CharTest = (c) => c <= 32 || c === 0x7f || STOP.has(c) || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029;
export const isTokenChar: CharTest = (c) => !isStop(c);

/**
 * Replaces each maximal run of characters passing `test` by what `fn` returns for it (null keeps
 * the run). Runs are disjoint, so the whole call is linear in the text plus the work `fn` does.
 */
export function replaceRuns(text: string, test: CharTest, fn: (run: string, start: number, end: number) => string | null): string {
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!test(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && test(text.charCodeAt(i))) i += 1;
    const replaced = fn(text.slice(start, i), start, i);
    if (replaced !== null) {
      out += text.slice(last, start) + replaced;
      last = i;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Counts the characters of `s` for which `test` holds. */
export function countChars(s: string, test: CharTest): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) if (test(s.charCodeAt(i))) n += 1;
  return n;
}

/** True when every character of `s` passes `test` (and `s` is not empty). */
export function allChars(s: string, test: CharTest): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** Placeholders look like `[public-ip-1]`; detectors never treat them as values. */
export const PLACEHOLDER_RE = /^\[(?:public-ip|lan-ip|mac|hostname|user|email|query|credential)-\d{1,9}\]$/;

// A placeholder as it may stand in rendered text (Markdown escapes the character after it).
const PLACEHOLDER_IN_TEXT = /^\[(?:public-ip|lan-ip|mac|hostname|user|email|query|credential)-\d{1,9}\]\\*$/;

/** True for a placeholder or the capture-time `[omitted]` marker: nothing left to hide. */
export function isPlaceholder(s: string): boolean {
  return s.length <= 32 && (PLACEHOLDER_IN_TEXT.test(s) || s === '[omitted]');
}

/** Mixed-character heuristics for tokens: which character classes a string uses. */
export function charMix(s: string): { digits: number; upper: number; lower: number } {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits += 1;
    else if (isUpper(c)) upper += 1;
    else if (isLower(c)) lower += 1;
  }
  return { digits, upper, lower };
}
