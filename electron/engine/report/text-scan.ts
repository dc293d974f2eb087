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
export const isWordChar: CharTest = (c) => isAlnum(c) || c === 45 /* - */ || c === 95; /* _ */

// Where a URL or a free-text token ends: whitespace, quotes, angle brackets, backtick, pipe.
const STOP = new Set([34, 39, 60, 62, 96, 124]);
export const isStop: CharTest = (c) =>
  c <= 32 || c === 0x7f || STOP.has(c) || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029;
export const isTokenChar: CharTest = (c) => !isStop(c);

/** Maximal runs of one character class, for {@link replaceRuns} (global, one class, `+`). */
export const RUNS = {
  alnum: /[A-Za-z0-9]+/g,
  word: /[A-Za-z0-9_-]+/g,
  jwt: /[A-Za-z0-9_.-]+/g,
  hexColonDash: /[0-9A-Fa-f:-]+/g,
  hexDot: /[0-9A-Fa-f.]+/g,
  hexColonDot: /[0-9A-Fa-f:.]+/g,
  digitDotDash: /[0-9.-]+/g,
  // eslint-disable-next-line no-control-regex -- a token ends at any control character
  token: /[^\s"'<>`|\u0000-\u0020\u007f\u0085\u00a0\u2028\u2029]+/g,
} as const;

/**
 * Replaces each maximal run matching `runs` (one of {@link RUNS}) by what `fn` returns for it
 * (null keeps the run). A single character class with `+` cannot backtrack and runs are
 * disjoint, so the call is linear in the text plus the work `fn` does. Runs shorter than `min`
 * or longer than `max` are skipped (detectors know the lengths their values can have).
 */
export function replaceRuns(
  text: string,
  runs: RegExp,
  fn: (run: string, start: number, end: number) => string | null,
  min = 1,
  max = Number.POSITIVE_INFINITY,
): string {
  let out = '';
  let last = 0;
  const re = new RegExp(runs.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const run = m[0];
    if (run.length < min || run.length > max) continue;
    const start = m.index;
    const replaced = fn(run, start, start + run.length);
    if (replaced !== null) {
      out += text.slice(last, start) + replaced;
      last = start + run.length;
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
