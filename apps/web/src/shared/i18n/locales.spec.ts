import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fr from './locales/fr.json';
import en from './locales/en.json';
import { detectLanguage } from './languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const FR = flatten(fr as Tree);
const EN = flatten(en as Tree);

describe('i18n catalogues', () => {
  it('EN has every FR key', () => {
    const missing = [...FR.keys()].filter((key) => !EN.has(key));
    expect(missing).toEqual([]);
  });

  it('FR has every EN key (no orphan translations)', () => {
    const extra = [...EN.keys()].filter((key) => !FR.has(key));
    expect(extra).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = [...FR, ...EN].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('FR and EN use the same interpolation placeholders', () => {
    const diff = [...FR.keys()]
      .filter((key) => EN.has(key))
      .filter((key) => placeholders(FR.get(key) ?? '').join() !== placeholders(EN.get(key) ?? '').join());
    expect(diff).toEqual([]);
  });

  it('every literal key used in the source exists in FR', () => {
    const root = join(__dirname, '..', '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1] as string);
      for (const m of source.matchAll(/(?:messageKey|key):\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    // A plural key (t('offers.leadTime', { count })) exists as key_one + key_other (i18next v4 format).
    const exists = (key: string) => FR.has(key) || (FR.has(`${key}_one`) && FR.has(`${key}_other`));
    const missing = [...used].filter((key) => !exists(key)).sort();
    expect(missing).toEqual([]);
  });

  it('has a message for every error code and dynamic role/type key', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR', 'NETWORK'])
      expect(FR.has(`errors.code.${code}`)).toBe(true);
    for (const key of ['roles.ADMIN', 'roles.MEMBER', 'organization.kind.BUYER_CCP', 'organization.kind.BUYER_PRIVATE', 'errors.reason.EMAIL_NOT_VERIFIED'])
      expect(FR.has(key)).toBe(true);
  });
});

describe('detectLanguage', () => {
  it('is French first', () => {
    expect(detectLanguage(null, [])).toBe('fr');
    expect(detectLanguage(null, ['de-DE'])).toBe('fr');
    expect(detectLanguage(null, ['fr-FR', 'en'])).toBe('fr');
  });
  it('follows the browser when it prefers English, and a stored choice wins', () => {
    expect(detectLanguage(null, ['en-GB', 'fr'])).toBe('en');
    expect(detectLanguage('fr', ['en-GB'])).toBe('fr');
    expect(detectLanguage('xx', ['en-US'])).toBe('en');
  });
});
