// The contract's zod-free value layer: ids, codes, the verdict catalog and the text catalogs.
// The renderer may import values from here (and only types from the rest of the contract).
import type { TextCatalog } from './text-catalog';
import { textsDe } from './texts-de';
import { textsEn } from './texts-en';

export * from './ids';
export * from './evidence';
export * from './verdicts';
export type { RecipientText, TextCatalog, VerdictText } from './text-catalog';
export type { ReportTexts } from './report-texts-en';
export { textsEn } from './texts-en';
export { textsDe } from './texts-de';

/** Languages with a complete text catalog; English is the reference. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Readonly<Record<Language, TextCatalog>> = { en: textsEn, de: textsDe };

/** The language for a BCP-47 tag (`de-AT` → `de`), English when we have no catalog for it. */
export function languageOf(tag: string | undefined): Language {
  const short = (tag ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (LANGUAGES as readonly string[]).includes(short) ? (short as Language) : 'en';
}

/** The text catalog of a language. */
export function textsFor(lang: Language): TextCatalog {
  return CATALOGS[lang];
}

/** Fills `{{name}}` placeholders. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
