import type { RedactionKind } from '../../contract';
import { isWordChar, replaceRuns, RUNS } from './text-scan';
import type { Emit } from './text-scan';

/**
 * Known values (a host name, a user name or token learnt elsewhere) hunted in free text as whole
 * words, case-insensitively, in one pass: each word of the text is looked up by its first word
 * part, instead of one regular expression per value (which would be values × text).
 */

export interface Literal {
  kind: RedactionKind;
  /** Normalised value: what equal occurrences compare as (lower case, host names with - for _). */
  value: string;
  /** The key passed to emit (same key, same placeholder). */
  key: string;
}

const MAX_PER_HEAD = 16;

function normaliser(kind: RedactionKind): (s: string) => string {
  return kind === 'hostname' ? (s) => s.toLowerCase().replace(/_/g, '-') : (s) => s.toLowerCase();
}

interface Entry extends Literal {
  /** Offset of the first word part inside the value. */
  offset: number;
  norm: (s: string) => string;
}

/** A set of literals indexed by their first word part (see the module comment). */
export class LiteralIndex {
  private readonly byHead = new Map<string, Entry[]>();
  size = 0;

  /** Adds a value; values without a letter or digit, or shorter than `min`, are ignored. */
  add(kind: RedactionKind, raw: string, key: string = raw, min = 3): void {
    const norm = normaliser(kind);
    const value = norm(raw);
    if (value.length < min) return;
    let s = 0;
    while (s < value.length && !isWordChar(value.charCodeAt(s))) s += 1;
    let e = s;
    while (e < value.length && isWordChar(value.charCodeAt(e))) e += 1;
    if (e === s) return;
    const head = value.slice(s, e);
    const list = this.byHead.get(head) ?? [];
    if (list.some((x) => x.value === value && x.kind === kind) || list.length >= MAX_PER_HEAD) return;
    list.push({ kind, value, key, offset: s, norm });
    // Longest first, so "ann-laptop.local" wins over "ann-laptop".
    list.sort((a, b) => b.value.length - a.value.length);
    this.byHead.set(head, list);
    this.size += 1;
  }

  private match(text: string, run: string, start: number): { entry: Entry; from: number; to: number } | null {
    const list = this.byHead.get(run.toLowerCase()) ?? this.byHead.get(run.toLowerCase().replace(/_/g, '-'));
    if (!list) return null;
    for (const entry of list) {
      const from = start - entry.offset;
      const to = from + entry.value.length;
      if (from < 0 || to > text.length) continue;
      if (from > 0 && isWordChar(text.charCodeAt(from - 1))) continue;
      if (to < text.length && isWordChar(text.charCodeAt(to))) continue;
      if (entry.norm(text.slice(from, to)) === entry.value) return { entry, from, to };
    }
    return null;
  }

  /** Replaces every whole-word occurrence of a known value with what `emit` returns. */
  replace(text: string, emit: Emit, only?: ReadonlySet<RedactionKind>): string {
    if (this.size === 0) return text;
    let out = '';
    let last = 0;
    replaceRuns(text, RUNS.word, (run, start) => {
      if (start < last) return null;
      const m = this.match(text, run, start);
      if (!m || (only && !only.has(m.entry.kind))) return null;
      out += text.slice(last, m.from) + emit(m.entry.kind, m.entry.key, text.slice(m.from, m.to));
      last = m.to;
      return null;
    });
    return last === 0 ? text : out + text.slice(last);
  }

  /** Every occurrence as `kind:key`, for the post-check. */
  find(text: string): string[] {
    const found: string[] = [];
    this.replace(text, (kind, key, original) => {
      found.push(`${kind}:${key}`);
      return original;
    });
    return found;
  }
}
