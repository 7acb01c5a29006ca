import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './locales/fr.json';
import en from './locales/en.json';
import { DEFAULT_LANGUAGE, STORAGE_KEY, detectLanguage, isLanguage, type Language } from './languages';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function syncDocument(lang: string): void {
  document.documentElement.lang = lang;
}

export const i18n = i18next.createInstance();

export function initI18n(): typeof i18n {
  const lng = detectLanguage(readStored(), navigator.languages ?? [navigator.language]);
  i18n.use(initReactI18next);
  void i18n.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    showSupportNotice: false,
  });
  syncDocument(lng);
  i18n.on('languageChanged', syncDocument);
  return i18n;
}

/** Explicit choice by the user: persisted, and wins over the account's locale. */
export function chooseLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  void i18n.changeLanguage(lang);
}

export function hasExplicitLanguage(): boolean {
  return isLanguage(readStored());
}

export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}
