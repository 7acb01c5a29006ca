import { readFileSync } from 'node:fs';
import { lazy } from './lazy';
import { dataFile } from './paths';
import { INDUSTRIAL_GROUP, INDUSTRIAL_SECTORS } from './sectors-industrial';
import { SECTOR_GROUP_NAMES_EN, SECTOR_NAMES_EN } from './sectors-en';
import { allWordsPrefixMatch, clampLimit, normalizeSearchText, slugify, words } from './text';

export type SectorSource = 'LEMARCHE' | 'ESSOR';

export interface SectorGroup {
  /** Stable Essor slug: slugify(nameFr) for Le Marché groups. */
  slug: string;
  nameFr: string;
  nameEn: string;
  source: SectorSource;
  /** The slug Le Marché de l'inclusion itself uses (fixture), for API interop. */
  lemarcheSlug?: string;
}

export interface Sector {
  /** Stable Essor slug: slugify(nameFr) for Le Marché sectors; never changes once published. */
  slug: string;
  nameFr: string;
  nameEn?: string;
  groupSlug: string;
  source: SectorSource;
  /** The slug Le Marché de l'inclusion itself uses (fixture), for API interop. */
  lemarcheSlug?: string;
  /** For Essor's industrial sectors: where the ESS/industry study mentions the activity. */
  note?: string;
  /** True for the "Autre (…)" catch-all sector of a group (listed last in forms). */
  isOther: boolean;
}

interface SectorData {
  groups: SectorGroup[];
  sectors: Sector[];
  groupBySlug: Map<string, SectorGroup>;
  sectorBySlug: Map<string, Sector>;
  sectorByLemarcheSlug: Map<string, Sector>;
}

interface LeMarcheGroupJson {
  group: string;
  sectors: string[];
}

interface LeMarcheSlugsJson {
  groups: Record<string, string>;
  sectors: Record<string, string>;
}

const loadSectors = lazy('sectors', (): SectorData => {
  const source = JSON.parse(readFileSync(dataFile('lemarche-sectors.json'), 'utf8')) as LeMarcheGroupJson[];
  const upstream = JSON.parse(readFileSync(dataFile('lemarche-sector-slugs.json'), 'utf8')) as LeMarcheSlugsJson;

  const groups: SectorGroup[] = [];
  const sectors: Sector[] = [];
  for (const g of source) {
    const group: SectorGroup = {
      slug: slugify(g.group),
      nameFr: g.group,
      nameEn: SECTOR_GROUP_NAMES_EN[g.group] ?? g.group,
      source: 'LEMARCHE',
    };
    const lemarcheGroupSlug = upstream.groups[g.group];
    if (lemarcheGroupSlug) group.lemarcheSlug = lemarcheGroupSlug;
    groups.push(group);
    for (const name of g.sectors) {
      const sector: Sector = {
        slug: slugify(name),
        nameFr: name,
        groupSlug: group.slug,
        source: 'LEMARCHE',
        isOther: name.startsWith('Autre ('),
      };
      const en = SECTOR_NAMES_EN[name];
      if (en) sector.nameEn = en;
      const lemarcheSlug = upstream.sectors[name];
      if (lemarcheSlug) sector.lemarcheSlug = lemarcheSlug;
      sectors.push(sector);
    }
  }

  groups.push({ ...INDUSTRIAL_GROUP, source: 'ESSOR' });
  for (const s of INDUSTRIAL_SECTORS) {
    sectors.push({ ...s, groupSlug: INDUSTRIAL_GROUP.slug, source: 'ESSOR', isOther: false });
  }

  const groupBySlug = new Map<string, SectorGroup>();
  for (const g of groups) {
    if (groupBySlug.has(g.slug)) throw new Error(`Duplicate sector group slug ${g.slug}`);
    groupBySlug.set(g.slug, g);
  }
  const sectorBySlug = new Map<string, Sector>();
  const sectorByLemarcheSlug = new Map<string, Sector>();
  for (const s of sectors) {
    if (sectorBySlug.has(s.slug)) throw new Error(`Duplicate sector slug ${s.slug}`);
    sectorBySlug.set(s.slug, s);
    if (s.lemarcheSlug) sectorByLemarcheSlug.set(s.lemarcheSlug, s);
  }
  return { groups, sectors, groupBySlug, sectorBySlug, sectorByLemarcheSlug };
});

/** All sector groups: Le Marché's 20 (alphabetical) then "Capacités industrielles". */
export function listSectorGroups(): readonly SectorGroup[] {
  return loadSectors().groups;
}

/** All sectors (Le Marché's 154 then Essor's industrial ones), optionally of one group. */
export function listSectors(groupSlug?: string): readonly Sector[] {
  const { sectors } = loadSectors();
  return groupSlug === undefined ? sectors : sectors.filter((s) => s.groupSlug === groupSlug);
}

export function sectorGroupBySlug(slug: string): SectorGroup | undefined {
  return loadSectors().groupBySlug.get(slug);
}

/** Sector by Essor slug, or else by Le Marché's own slug (e.g. "nettoyage-de-locaux-16"). */
export function sectorBySlug(slug: string): Sector | undefined {
  const data = loadSectors();
  return data.sectorBySlug.get(slug) ?? data.sectorByLemarcheSlug.get(slug);
}

/** Sectors whose French or English name matches the query (accent/case-insensitive word prefixes). */
export function searchSectors(q: string, limit = 20): Sector[] {
  const query = normalizeSearchText(q);
  const max = clampLimit(limit, 20);
  if (!query || max === 0) return [];
  const qw = words(query);
  const scored: Array<{ s: Sector; rank: number }> = [];
  for (const s of loadSectors().sectors) {
    const fr = normalizeSearchText(s.nameFr);
    const en = s.nameEn ? normalizeSearchText(s.nameEn) : '';
    let rank = -1;
    if (fr === query || en === query || s.slug === q) rank = 0;
    else if (fr.startsWith(query) || en.startsWith(query)) rank = 1;
    else if (allWordsPrefixMatch(qw, words(fr)) || allWordsPrefixMatch(qw, words(en))) rank = 2;
    if (rank >= 0) scored.push({ s, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || Number(a.s.isOther) - Number(b.s.isOther) || a.s.nameFr.localeCompare(b.s.nameFr, 'fr'));
  return scored.slice(0, max).map((x) => x.s);
}
