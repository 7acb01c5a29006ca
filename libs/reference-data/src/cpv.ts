import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { lazy } from './lazy';
import { dataFile } from './paths';
import { allWordsPrefixMatch, clampLimit, normalizeSearchText, words } from './text';

export type CpvLevel = 'division' | 'group' | 'class' | 'category' | 'subcategory';
export type CpvContractNature = 'works' | 'supplies' | 'services';

/** One code of the CPV 2008 main vocabulary (Regulation (EC) 213/2008). */
export interface CpvCode {
  /** Official code with check digit, e.g. "90911200-8". */
  code: string;
  /** The 8 digits, e.g. "90911200" (the form eForms/BOAMP carry; use it as the key). */
  code8: string;
  checkDigit: string;
  labelFr: string;
  labelEn: string;
  level: CpvLevel;
  /** Digits before the trailing zeros (2 = division … 8). */
  significantDigits: number;
  /** First 2 digits. */
  division: string;
  /** Nearest existing ancestor, with check digit; null for divisions. */
  parentCode: string | null;
  contractNature: CpvContractNature;
}

interface CpvRow {
  code: string;
  code8: string;
  check_digit: string;
  label_fr: string;
  label_en: string;
  significant_digits: string;
  level: string;
  division: string;
  parent_code: string;
  contract_nature: string;
}

interface CpvIndexEntry {
  cpv: CpvCode;
  fr: string;
  en: string;
  frWords: string[];
  enWords: string[];
}

/** Fewer words in the matched label = closer to what was typed. */
function labelWordCount(e: CpvIndexEntry, qw: readonly string[]): number {
  const frMatch = allWordsPrefixMatch(qw, e.frWords) || e.fr.startsWith(qw.join(' '));
  return frMatch ? e.frWords.length : e.enWords.length;
}

interface CpvData {
  list: CpvCode[];
  byCode8: Map<string, CpvCode>;
}

const LEVELS: readonly CpvLevel[] = ['division', 'group', 'class', 'category', 'subcategory'];
const NATURES: readonly CpvContractNature[] = ['works', 'supplies', 'services'];

const loadCpv = lazy('cpv', (): CpvData => {
  const rows = parse(readFileSync(dataFile('cpv_2008.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as CpvRow[];
  const list: CpvCode[] = [];
  const byCode8 = new Map<string, CpvCode>();
  for (const r of rows) {
    if (!LEVELS.includes(r.level as CpvLevel)) throw new Error(`cpv_2008.csv: bad level ${r.level} for ${r.code}`);
    if (!NATURES.includes(r.contract_nature as CpvContractNature)) {
      throw new Error(`cpv_2008.csv: bad contract_nature ${r.contract_nature} for ${r.code}`);
    }
    const cpv: CpvCode = {
      code: r.code,
      code8: r.code8,
      checkDigit: r.check_digit,
      labelFr: r.label_fr,
      labelEn: r.label_en,
      level: r.level as CpvLevel,
      significantDigits: Number(r.significant_digits),
      division: r.division,
      parentCode: r.parent_code || null,
      contractNature: r.contract_nature as CpvContractNature,
    };
    list.push(cpv);
    byCode8.set(cpv.code8, cpv);
  }
  return { list, byCode8 };
});

/** Normalized labels, built on the first text search only. */
const loadCpvIndex = lazy('cpv-search-index', (): CpvIndexEntry[] =>
  loadCpv().list.map((cpv) => {
    const fr = normalizeSearchText(cpv.labelFr);
    const en = normalizeSearchText(cpv.labelEn);
    return { cpv, fr, en, frWords: words(fr), enWords: words(en) };
  }),
);

/**
 * Parses "90911200-8", "90911200", "90911200 8" into the 8-digit key and the
 * optional check digit. Returns null when the input is not 8 digits (+ 1).
 * Does not check that the code exists: use cpvByCode / isValidCpv for that.
 */
export function normalizeCpvCode(input: string): { code8: string; checkDigit?: string } | null {
  const m = /^\s*(\d{8})(?:\s*-?\s*(\d))?\s*$/.exec(input);
  if (!m || m[1] === undefined) return null;
  return m[2] === undefined ? { code8: m[1] } : { code8: m[1], checkDigit: m[2] };
}

/** All 9,454 codes in official order. */
export function listCpv(): readonly CpvCode[] {
  return loadCpv().list;
}

/**
 * Looks a code up in the official list, with or without check digit. A code
 * given with a wrong check digit is not found.
 */
export function cpvByCode(code: string): CpvCode | undefined {
  const n = normalizeCpvCode(code);
  if (!n) return undefined;
  const cpv = loadCpv().byCode8.get(n.code8);
  if (!cpv || (n.checkDigit !== undefined && n.checkDigit !== cpv.checkDigit)) return undefined;
  return cpv;
}

/** CPV-01: a CPV is valid iff it is in the official list. */
export function isValidCpv(code: string): boolean {
  return cpvByCode(code) !== undefined;
}

/**
 * The CPV class a code belongs to (CPV-01: division = 2 digits, group = 3,
 * class = 4, category = 5): e.g. "90911200-8" -> 90910000-9 "Services de
 * nettoyage". A class code returns itself. Divisions and groups have no class
 * (undefined), as do unknown codes.
 */
export function cpvClassOf(code: string): CpvCode | undefined {
  const cpv = cpvByCode(code);
  if (!cpv || cpv.significantDigits < 4) return undefined;
  return loadCpv().byCode8.get(`${cpv.code8.slice(0, 4)}0000`);
}

/** The chain of existing ancestors, nearest first (parent, grand-parent… division). */
export function cpvAncestors(code: string): CpvCode[] {
  const out: CpvCode[] = [];
  let current = cpvByCode(code);
  while (current?.parentCode) {
    current = cpvByCode(current.parentCode);
    if (current) out.push(current);
  }
  return out;
}

/**
 * Search the CPV by code prefix or label (French and English, accent- and
 * case-insensitive). Ranking: exact code, then codes under the given prefix
 * (tree order), then labels equal to the query, labels starting with it, then
 * labels where every query word starts a word; within a tier, shorter labels
 * (closer to the query) then broader codes first.
 */
export function searchCpv(q: string, limit = 20): CpvCode[] {
  const max = clampLimit(limit, 20);
  const raw = q.trim();
  if (!raw || max === 0) return [];
  const { list, byCode8 } = loadCpv();

  if (/^\d[\d\s-]*$/.test(raw)) {
    const digits = raw.replace(/\D/g, '');
    const exact = digits.length >= 8 ? byCode8.get(digits.slice(0, 8)) : undefined;
    // "90910000" also lists its descendants: search under its significant prefix.
    const prefix = exact ? exact.code8.slice(0, exact.significantDigits) : digits.slice(0, 8);
    const out: CpvCode[] = exact ? [exact] : [];
    for (const cpv of list) {
      if (out.length >= max) break;
      if (cpv !== exact && cpv.code8.startsWith(prefix)) out.push(cpv);
    }
    return out.slice(0, max);
  }

  const query = normalizeSearchText(raw);
  if (!query) return [];
  const qw = words(query);
  const hits: Array<{ cpv: CpvCode; rank: number; length: number }> = [];
  for (const e of loadCpvIndex()) {
    let rank: number;
    if (e.fr === query || e.en === query) rank = 0;
    else if (e.fr.startsWith(query) || e.en.startsWith(query)) rank = 1;
    else if (allWordsPrefixMatch(qw, e.frWords) || allWordsPrefixMatch(qw, e.enWords)) rank = 2;
    else continue;
    hits.push({ cpv: e.cpv, rank, length: labelWordCount(e, qw) });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.length - b.length ||
      a.cpv.significantDigits - b.cpv.significantDigits ||
      (a.cpv.code8 < b.cpv.code8 ? -1 : 1),
  );
  return hits.slice(0, max).map((h) => h.cpv);
}
