import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { lazy } from './lazy';
import { dataFile } from './paths';
import { allWordsPrefixMatch, clampLimit, normalizeSearchText, words } from './text';

export type NafLevel = 'section' | 'division' | 'group' | 'class' | 'subclass';

/** One entry of NAF rév. 2 (INSEE), any of its 5 levels. */
export interface NafCode {
  /** INSEE form: "A", "88", "88.9", "88.99", "88.99B". */
  code: string;
  /** Without the dot, as SIRENE writes it: "8899B" (sections: "A"). */
  compactCode: string;
  level: NafLevel;
  labelFr: string;
  /** 65-character label. */
  labelFr65: string;
  /** 40-character label. */
  labelFr40: string;
  /** Section letter A–U. */
  section: string;
  division: string | null;
  group: string | null;
  classCode: string | null;
  /** Code of the parent entry; null for sections. */
  parentCode: string | null;
}

interface NafRow {
  code: string;
  level: string;
  label_fr: string;
  label_fr_65: string;
  label_fr_40: string;
  section: string;
  division: string;
  group: string;
  class: string;
  parent: string;
}

interface NafIndexEntry {
  naf: NafCode;
  label: string;
  labelWords: string[];
}

interface NafData {
  list: NafCode[];
  byCompact: Map<string, NafCode>;
  index: NafIndexEntry[];
}

const LEVELS: readonly NafLevel[] = ['section', 'division', 'group', 'class', 'subclass'];

const loadNaf = lazy('naf', (): NafData => {
  const rows = parse(readFileSync(dataFile('naf_rev2.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as NafRow[];
  const list: NafCode[] = [];
  const byCompact = new Map<string, NafCode>();
  const index: NafIndexEntry[] = [];
  for (const r of rows) {
    if (!LEVELS.includes(r.level as NafLevel)) throw new Error(`naf_rev2.csv: bad level ${r.level} for ${r.code}`);
    const naf: NafCode = {
      code: r.code,
      compactCode: r.code.replace('.', ''),
      level: r.level as NafLevel,
      labelFr: r.label_fr,
      labelFr65: r.label_fr_65,
      labelFr40: r.label_fr_40,
      section: r.section,
      division: r.division || null,
      group: r.group || null,
      classCode: r.class || null,
      parentCode: r.parent || null,
    };
    list.push(naf);
    byCompact.set(naf.compactCode, naf);
    const label = normalizeSearchText(naf.labelFr);
    index.push({ naf, label, labelWords: words(label) });
  }
  return { list, byCompact, index };
});

/** "88.99b", "8899B", " 88 99 B " -> "8899B"; "a" -> "A". */
function compact(code: string): string {
  return code.replace(/[\s.]/g, '').toUpperCase();
}

/** All 1,728 entries (21 sections … 732 sub-classes) in INSEE order. */
export function listNaf(level?: NafLevel): readonly NafCode[] {
  const { list } = loadNaf();
  return level === undefined ? list : list.filter((n) => n.level === level);
}

/** Lookup by code in either form: "8899B" or "88.99B" (case-insensitive), "88", "A". */
export function nafByCode(code: string): NafCode | undefined {
  return loadNaf().byCompact.get(compact(code));
}

/**
 * The section (A–U) of any NAF code: "8899B", "88.99B", "88" -> section Q
 * "SANTÉ HUMAINE ET ACTION SOCIALE". Works from the division even when the
 * full code is unknown (e.g. a NAF 2008 code retired since). Undefined if the
 * division is unknown.
 */
export function nafSectionOf(code: string): NafCode | undefined {
  const { byCompact } = loadNaf();
  const c = compact(code);
  if (/^[A-U]$/.test(c)) return byCompact.get(c);
  const division = byCompact.get(c.slice(0, 2));
  return division ? byCompact.get(division.section) : undefined;
}

/**
 * Search NAF by code (prefix, dotted or not: "8899", "88.9", "88.99B") or by
 * French label (accent/case-insensitive). Ranking: exact code, codes under the
 * prefix (tree order), labels equal to the query, starting with it, then labels
 * where every query word starts a word; broader levels first within a tier.
 */
export function searchNaf(q: string, limit = 20): NafCode[] {
  const max = clampLimit(limit, 20);
  const raw = q.trim();
  if (!raw || max === 0) return [];
  const { list, byCompact, index } = loadNaf();
  const c = compact(raw);

  if (/^[A-U]$/.test(c)) {
    const section = byCompact.get(c);
    return section ? [section] : [];
  }
  if (/^\d{1,4}[A-Z]?$/.test(c)) {
    const exact = byCompact.get(c);
    const out: NafCode[] = exact ? [exact] : [];
    for (const naf of list) {
      if (out.length >= max) break;
      if (naf !== exact && naf.level !== 'section' && naf.compactCode.startsWith(c)) out.push(naf);
    }
    return out;
  }

  const query = normalizeSearchText(raw);
  if (!query) return [];
  const qw = words(query);
  const hits: Array<{ naf: NafCode; rank: number }> = [];
  for (const e of index) {
    let rank: number;
    if (e.label === query) rank = 0;
    else if (e.label.startsWith(query)) rank = 1;
    else if (allWordsPrefixMatch(qw, e.labelWords)) rank = 2;
    else continue;
    hits.push({ naf: e.naf, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      LEVELS.indexOf(a.naf.level) - LEVELS.indexOf(b.naf.level) ||
      (a.naf.compactCode < b.naf.compactCode ? -1 : 1),
  );
  return hits.slice(0, max).map((h) => h.naf);
}
