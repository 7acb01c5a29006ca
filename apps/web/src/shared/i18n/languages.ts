import type { Locale } from '../graphql/types';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const STORAGE_KEY = 'essor.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** French first: English only when explicitly stored or when the browser prefers it over French. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function toLocale(lang: Language): Locale {
  return lang === 'en' ? 'EN' : 'FR';
}

export function fromLocale(locale: Locale): Language {
  return locale === 'EN' ? 'en' : 'fr';
}
