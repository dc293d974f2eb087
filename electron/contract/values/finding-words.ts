// Putting findings into words: a reason's or a skip's code and values, filled from the catalog of
// the reader's language. The value types derive from the English texts' placeholders, so a text
// and the values the engine passes cannot drift apart.
import type { Language } from './catalogs';
import { fillText, textsFor } from './catalogs';
import type {
  FixUnavailableCode,
  FlatParam,
  HintCode,
  PageCodeRef,
  Phrase,
  ReasonTextId,
  SkipCode,
  Span,
  TextParam,
} from './findings';
import type { CheckId } from './ids';
import type { TextCatalog } from './text-catalog';
import type { textsEn } from './texts-en';

/** The `{{name}}` placeholders of a literal text. */
type Holes<S extends string> = S extends `${string}{{${infer K}}}${infer R}` ? K | Holes<R> : never;
type En = typeof textsEn;

/** Exactly the values a reason text takes (its English placeholders). */
export type ReasonParams<T extends ReasonTextId, V = TextParam> = {
  readonly [K in Holes<En['reasons'][T]>]: V;
};

/** Exactly the values a skip reason and its hint take. */
export type SkipParams<C extends SkipCode, H extends HintCode = never> = {
  readonly [K in Holes<En['skips'][C]> | Holes<En['hints'][H]>]: FlatParam;
};

/** A reason as every surface gets it (older saved results have only `detail`). */
export interface ReasonWords {
  checkId: CheckId;
  detail: string;
  text?: ReasonTextId | undefined;
  params?: Readonly<Record<string, TextParam>> | undefined;
}

/** A check's note as every surface gets it (older saved results have only the English strings). */
export interface CheckNoteWords {
  reason?: string | undefined;
  hint?: string | undefined;
  reasonCode?: SkipCode | undefined;
  hintCode?: HintCode | undefined;
  params?: Readonly<Record<string, FlatParam>> | undefined;
}

const isSpan = (v: object): v is Span => 'seconds' in v;
const isPageCode = (v: object): v is PageCodeRef => 'pageCode' in v;
const isList = (v: TextParam): v is Phrase[] => Array.isArray(v);

/** "3 days", "5 hours", "12 minutes": how long, in the largest unit that fits. */
export function spanText(t: TextCatalog, seconds: number): string {
  const a = Math.abs(seconds);
  const unit = (n: number, u: 'day' | 'hour' | 'minute'): string =>
    fillText(n === 1 ? t.units[u].one : t.units[u].other, { n });
  if (a >= 2 * 86400) return unit(Math.round(a / 86400), 'day');
  if (a >= 2 * 3600) return unit(Math.round(a / 3600), 'hour');
  return unit(Math.max(1, Math.round(a / 60)), 'minute');
}

function flat(t: TextCatalog, v: FlatParam): string {
  if (typeof v !== 'object') return String(v);
  return isPageCode(v) ? (t.pageCodes[v.pageCode] ?? '') : spanText(t, v.seconds);
}

function valueText(t: TextCatalog, v: TextParam): string {
  if (typeof v !== 'object') return String(v);
  if (isList(v)) return v.map((p) => phraseText(t, p.text, p.params)).join(', ');
  if (isSpan(v) || isPageCode(v)) return flat(t, v);
  return phraseText(t, v.text, v.params);
}

/** A reason text (or fragment) filled with its values in the catalog's language. */
export function phraseText(
  t: TextCatalog,
  text: ReasonTextId,
  params: Readonly<Record<string, TextParam>> = {},
): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = valueText(t, v);
  // an empty value (no router address known) must not leave a double space behind
  return fillText(t.reasons[text] ?? '', values).replace(/ {2,}/g, ' ');
}

/** A skip reason or hint filled with its values in the catalog's language. */
export function noteText(
  t: TextCatalog,
  text: string,
  params: Readonly<Record<string, FlatParam>> = {},
): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = flat(t, v);
  return fillText(text, values);
}

/** One reason line in `lang`; a reason saved without its code reads as a neutral line outside English. */
export function reasonLine(lang: Language, r: ReasonWords): string {
  const t = textsFor(lang);
  if (r.text) return phraseText(t, r.text, r.params);
  return lang === 'en' ? r.detail : fillText(t.olderReason, { check: t.checks[r.checkId] });
}

/**
 * Why a check was skipped or failed and what would let it run, in `lang`; null where there is
 * nothing to say (or only the English words of an older version, outside English).
 */
export function checkNote(lang: Language, c: CheckNoteWords): { reason: string | null; hint: string | null } {
  const t = textsFor(lang);
  const english = lang === 'en';
  const reason = c.reasonCode
    ? noteText(t, t.skips[c.reasonCode], c.params)
    : english
      ? (c.reason ?? null)
      : null;
  const hint = c.hintCode
    ? noteText(t, t.hints[c.hintCode], c.params)
    : english && !c.reasonCode
      ? (c.hint ?? null)
      : null;
  return { reason: reason || null, hint: hint || null };
}

/** Why a quick fix cannot run here, in `lang` (a generic sentence when main did not say). */
export function fixUnavailableLine(
  lang: Language,
  u: { code: FixUnavailableCode; params?: Readonly<Record<string, string>> | undefined } | undefined,
): string {
  const t = textsFor(lang);
  return fillText(t.fixUnavailable[u?.code ?? 'no-method'], { browser: '', ...u?.params });
}
