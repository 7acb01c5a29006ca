import { localeFromHeader, messages, translate } from './messages';

describe('messages', () => {
  it('has every key in both languages, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
    for (const key of Object.keys(messages.fr) as (keyof typeof messages.fr)[]) {
      expect({ key, en: placeholders(messages.en[key]) }).toEqual({ key, en: placeholders(messages.fr[key]) });
    }
  });

  it('fills placeholders and picks French unless English is preferred', () => {
    expect(translate('fr', 'rateLimited', { seconds: 30 })).toBe('Trop de tentatives. Réessayez dans 30 secondes.');
    expect(localeFromHeader('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(localeFromHeader('de-DE,en;q=0.5')).toBe('fr');
    expect(localeFromHeader(undefined)).toBe('fr');
  });
});
