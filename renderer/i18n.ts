import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';

/** Languages with a complete catalog. */
export const LANGUAGES = ['en', 'de'] as const;

/**
 * Creates an i18next instance with every catalog bundled (no network loading).
 * @param language BCP-47 tag, e.g. `navigator.language`; falls back to English.
 */
export function initI18n(language: string): I18n {
  const instance = i18next.createInstance();
  const short = language.toLowerCase().split('-')[0] ?? 'en';
  void instance.use(initReactI18next).init({
    lng: (LANGUAGES as readonly string[]).includes(short) ? short : 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en }, de: { translation: de } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

// Typed keys: a typo in a key passed to t is a compile error; the English catalog is the reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
