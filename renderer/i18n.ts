import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageOf } from '../electron/contract/values';
import { de } from './locales/de';
import { en } from './locales/en';

/**
 * Creates an i18next instance with every catalog bundled (no network loading).
 * @param language BCP-47 tag, e.g. `navigator.language`; falls back to English.
 */
export function initI18n(language: string): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    // the one language rule, shared with the engine's text catalogs
    lng: languageOf(language),
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
