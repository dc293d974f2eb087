// The languages we ship, their text catalogs and the one placeholder rule every surface uses.
import type { TextCatalog } from './text-catalog';
import { textsDe } from './texts-de';
import { textsEn } from './texts-en';

import { LANGUAGES } from './languages';
import type { Language } from './languages';

export { LANGUAGES };
export type { Language };

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
