// Test helper: a tiny i18next-like `t` over the real catalogues (nested keys, {{placeholders}},
// _one/_other plurals), so format tests check the texts users actually read.
import fr from '../../shared/i18n/locales/fr.json';
import en from '../../shared/i18n/locales/en.json';

type Tree = { [key: string]: string | Tree };

export function catalogueT(lang: 'fr' | 'en') {
  const root = (lang === 'en' ? en : fr) as unknown as Tree;
  const lookup = (key: string): string | undefined => {
    let node: string | Tree | undefined = root;
    for (const part of key.split('.')) {
      if (!node || typeof node === 'string') return undefined;
      node = node[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
  return (key: string, params: Record<string, unknown> = {}): string => {
    let text = lookup(key);
    if (text === undefined && typeof params['count'] === 'number') text = lookup(`${key}_${params['count'] === 1 ? 'one' : 'other'}`);
    if (text === undefined) throw new Error(`missing i18n key ${key}`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
