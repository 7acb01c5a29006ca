import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { lazy } from './lazy';
import { dataFile, decoupageAdministratifDir } from './paths';
import { allWordsPrefixMatch, clampLimit, normalizeSearchText, words } from './text';

export type PlaceKind = 'REGION' | 'DEPARTEMENT' | 'COMMUNE';
export type PlaceZone = 'metro' | 'drom' | 'com';
/**
 * Where lat/lon come from: the commune's own centroid, or a chef-lieu (régions and
 * départements always; communes missing from the La Poste file fall back to their
 * département's chef-lieu).
 */
export type CoordPrecision = 'COMMUNE' | 'CHEF_LIEU';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Place {
  kind: PlaceKind;
  /** INSEE code: region "32", département "59" / "2A" / "971", commune "59350". */
  code: string;
  name: string;
  /** Own code for a département; parent département for a commune. */
  departementCode?: string;
  /** Own code for a region; parent region otherwise. */
  regionCode?: string;
  /** Communes only. */
  postcodes?: string[];
  /** WGS84. Communes: centroid (La Poste 2020); régions/départements: their chef-lieu. */
  lat?: number;
  lon?: number;
  /** Communes only (INSEE, as shipped by @etalab/decoupage-administratif). */
  population?: number;
  zone?: PlaceZone;
  /** INSEE code of the chef-lieu commune (régions and départements). */
  chefLieuCode?: string;
  coordPrecision?: CoordPrecision;
}

interface RawRegion {
  code: string;
  nom: string;
  chefLieu?: string;
  zone: PlaceZone;
}
interface RawDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu?: string;
  zone: PlaceZone;
}
interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  zone?: PlaceZone;
  codesPostaux?: string[];
  population?: number;
}

interface IndexedPlace {
  place: Place;
  name: string;
  nameWords: string[];
  kindOrder: number;
}

interface AdminData {
  regions: Place[];
  departements: Place[];
  regionByCode: Map<string, Place>;
  departementByCode: Map<string, Place>;
}

interface CommuneData {
  communes: Place[];
  byCode: Map<string, Place>;
  byPostcode: Map<string, Place[]>;
  byDepartement: Map<string, Place[]>;
}

const KIND_ORDER: Record<PlaceKind, number> = { REGION: 0, DEPARTEMENT: 1, COMMUNE: 2 };

function readPackageJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(decoupageAdministratifDir(), file), 'utf8')) as T;
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

const loadAdmin = lazy('regions+departements', (): AdminData => {
  // Reference point of each département: its chef-lieu commune (copied CSV).
  const chefLieuRows = parse(readFileSync(dataFile('departements_chefs_lieux.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Array<Record<string, string>>;
  const chefLieuPoint = new Map<string, GeoPoint>();
  for (const r of chefLieuRows) {
    const lat = toNumber(r['chef_lieu_latitude']);
    const lon = toNumber(r['chef_lieu_longitude']);
    const code = r['chef_lieu_code'];
    if (code && lat !== undefined && lon !== undefined) chefLieuPoint.set(code, { lat, lon });
  }

  const withPoint = (place: Place, chefLieu: string | undefined): Place => {
    if (chefLieu) {
      place.chefLieuCode = chefLieu;
      const p = chefLieuPoint.get(chefLieu);
      if (p) {
        place.lat = p.lat;
        place.lon = p.lon;
        place.coordPrecision = 'CHEF_LIEU';
      }
    }
    return place;
  };

  const regions = readPackageJson<RawRegion[]>('regions.json').map((r) =>
    withPoint({ kind: 'REGION', code: r.code, name: r.nom, regionCode: r.code, zone: r.zone }, r.chefLieu),
  );
  const departements = readPackageJson<RawDepartement[]>('departements.json').map((d) =>
    withPoint(
      { kind: 'DEPARTEMENT', code: d.code, name: d.nom, departementCode: d.code, regionCode: d.region, zone: d.zone },
      d.chefLieu,
    ),
  );
  return {
    regions,
    departements,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    departementByCode: new Map(departements.map((d) => [d.code, d])),
  };
});

const loadCommunes = lazy('communes', (): CommuneData => {
  const admin = loadAdmin();

  // code_insee -> point, from the copied La Poste 2020 centroids (ODbL).
  const centroid = readCentroids(readFileSync(dataFile('communes_centroids_laposte2020.csv'), 'utf8'));

  const communes: Place[] = [];
  for (const c of readPackageJson<RawCommune[]>('communes.json')) {
    if (c.type !== 'commune-actuelle') continue;
    const place: Place = { kind: 'COMMUNE', code: c.code, name: c.nom, postcodes: c.codesPostaux ?? [] };
    if (c.departement) place.departementCode = c.departement;
    if (c.region) place.regionCode = c.region;
    if (c.population !== undefined) place.population = c.population;
    if (c.zone) place.zone = c.zone;
    const own = centroid.get(c.code);
    const fallback = c.departement ? admin.departementByCode.get(c.departement) : undefined;
    if (own) {
      place.lat = own.lat;
      place.lon = own.lon;
      place.coordPrecision = 'COMMUNE';
    } else if (fallback?.lat !== undefined && fallback.lon !== undefined) {
      place.lat = fallback.lat;
      place.lon = fallback.lon;
      place.coordPrecision = 'CHEF_LIEU';
    }
    communes.push(place);
  }

  const byCode = new Map<string, Place>();
  const byPostcode = new Map<string, Place[]>();
  const byDepartement = new Map<string, Place[]>();
  for (const c of communes) {
    byCode.set(c.code, c);
    for (const pc of c.postcodes ?? []) {
      const list = byPostcode.get(pc);
      if (list) list.push(c);
      else byPostcode.set(pc, [c]);
    }
    if (c.departementCode) {
      const list = byDepartement.get(c.departementCode);
      if (list) list.push(c);
      else byDepartement.set(c.departementCode, [c]);
    }
  }
  for (const list of byPostcode.values()) list.sort(byPopulationDesc);

  return { communes, byCode, byPostcode, byDepartement };
});

/** Régions, départements and communes with their normalized names, for text search only. */
const loadPlaceIndex = lazy('places-search-index', (): IndexedPlace[] => {
  const admin = loadAdmin();
  const { communes } = loadCommunes();
  return [...admin.regions, ...admin.departements, ...communes].map((place) => {
    const name = normalizeSearchText(place.name);
    return { place, name, nameWords: words(name), kindOrder: KIND_ORDER[place.kind] };
  });
});

/**
 * code_insee -> point. Columns: code_insee,nom,nom_laposte,type_cog_2026,
 * departement,region,codes_postaux,latitude,longitude,… The file has no quoted
 * field, so a plain line scan is used (5x faster than csv-parse on 35k rows);
 * if a quote ever appears, csv-parse handles it.
 */
function readCentroids(text: string): Map<string, GeoPoint> {
  const out = new Map<string, GeoPoint>();
  const add = (code: string | undefined, latText: string | undefined, lonText: string | undefined): void => {
    const lat = toNumber(latText);
    const lon = toNumber(lonText);
    if (code && lat !== undefined && lon !== undefined) out.set(code, { lat, lon });
  };
  if (text.includes('"')) {
    for (const row of parse(text, { columns: false, from_line: 2, skip_empty_lines: true }) as string[][]) {
      add(row[0], row[7], row[8]);
    }
    return out;
  }
  let pos = text.indexOf('\n') + 1; // skip the header
  while (pos > 0 && pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    // fields 0 (code_insee), 7 (latitude) and 8 (longitude): c ends on the 7th comma, c8 on the 8th
    const c1 = text.indexOf(',', pos);
    if (c1 < 0 || c1 > end) break;
    let c = c1;
    for (let i = 1; i < 7 && c >= 0 && c < end; i++) c = text.indexOf(',', c + 1);
    const c8 = text.indexOf(',', c + 1);
    if (c > 0 && c8 > c && c8 < end) {
      const c9 = text.indexOf(',', c8 + 1);
      add(text.slice(pos, c1), text.slice(c + 1, c8), text.slice(c8 + 1, c9 > 0 && c9 < end ? c9 : end).trim());
    }
    pos = end + 1;
  }
  return out;
}

function byPopulationDesc(a: Place, b: Place): number {
  return (b.population ?? 0) - (a.population ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** "2a" -> "2A", " 59 " -> "59". */
function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The 26 regions of the package (18 regions + 8 overseas collectivities, zone "com"). */
export function listRegions(): readonly Place[] {
  return loadAdmin().regions;
}

/** The 109 départements of the package (101 + 8 overseas collectivities, zone "com"). */
export function listDepartements(): readonly Place[] {
  return loadAdmin().departements;
}

/** The ~34,969 current communes (type "commune-actuelle"; no arrondissements or communes déléguées). */
export function listCommunes(): readonly Place[] {
  return loadCommunes().communes;
}

export function departementsOfRegion(regionCode: string): Place[] {
  const code = normalizeCode(regionCode);
  return loadAdmin().departements.filter((d) => d.regionCode === code);
}

export function communesOfDepartement(departementCode: string): Place[] {
  return [...(loadCommunes().byDepartement.get(normalizeCode(departementCode)) ?? [])];
}

/** Communes served by a postcode, most populated first ("59000" -> [Lille]). */
export function communesByPostcode(postcode: string): Place[] {
  return [...(loadCommunes().byPostcode.get(postcode.trim()) ?? [])];
}

/** Lookup by INSEE code. Région/département lookups do not load the communes. */
export function placeByCode(kind: PlaceKind, code: string): Place | undefined {
  const c = normalizeCode(code);
  switch (kind) {
    case 'REGION':
      return loadAdmin().regionByCode.get(c);
    case 'DEPARTEMENT':
      return loadAdmin().departementByCode.get(c);
    case 'COMMUNE':
      return loadCommunes().byCode.get(c);
  }
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number;
/** Great-circle distance in km, or null when a point lacks coordinates. */
export function distanceKm(a: Partial<GeoPoint>, b: Partial<GeoPoint>): number | null;
export function distanceKm(a: Partial<GeoPoint>, b: Partial<GeoPoint>): number | null {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "st martin" -> "saint martin" (only when followed by another word, so "st" alone still prefixes "Strasbourg"). */
function expandAbbreviations(queryWords: string[]): string[] {
  return queryWords.map((w, i) => {
    if (i === queryWords.length - 1) return w;
    if (w === 'st') return 'saint';
    if (w === 'ste') return 'sainte';
    return w;
  });
}

/**
 * Search régions, départements and communes.
 * - 5 characters like an INSEE code ("59350", "2A004"): that commune, then the
 *   communes using it as a postcode ("59000" -> Lille).
 * - 2–3 characters like a département/region code ("59", "2A", "971"): the
 *   département, the region with that code, then communes whose postcode starts
 *   with it (most populated first). Any other 1–4 digits: postcode prefix.
 * - Text (accent- and case-insensitive, hyphens = spaces, "st"/"ste" expanded):
 *   name equal to the query, then starting with it, then every query word
 *   starting a word of the name; within each tier régions, départements, then
 *   communes by population.
 */
export function searchPlaces(q: string, limit = 10): Place[] {
  const max = clampLimit(limit, 10);
  const raw = q.trim();
  if (!raw || max === 0) return [];
  const code = normalizeCode(raw).replace(/\s+/g, '');

  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) {
    const { byCode, byPostcode } = loadCommunes();
    const out: Place[] = [];
    const insee = byCode.get(code);
    if (insee) out.push(insee);
    for (const c of byPostcode.get(code) ?? []) if (c !== insee) out.push(c);
    return out.slice(0, max);
  }

  if (/^(\d{1,4}|2[AB])$/.test(code)) {
    const admin = loadAdmin();
    const out: Place[] = [];
    const dep = admin.departementByCode.get(code);
    if (dep) out.push(dep);
    const region = admin.regionByCode.get(code);
    if (region) out.push(region);
    if (/^\d+$/.test(code) && out.length < max) {
      const byPrefix = loadCommunes().communes.filter((c) => (c.postcodes ?? []).some((pc) => pc.startsWith(code)));
      byPrefix.sort(byPopulationDesc);
      out.push(...byPrefix.slice(0, max - out.length));
    }
    return out.slice(0, max);
  }

  const normalized = normalizeSearchText(raw);
  if (!normalized) return [];
  const qw = expandAbbreviations(words(normalized));
  const query = qw.join(' ');
  const hits: Array<{ e: IndexedPlace; rank: number }> = [];
  for (const e of loadPlaceIndex()) {
    let rank: number;
    if (e.name === query) rank = 0;
    else if (e.name.startsWith(query)) rank = 1;
    else if (allWordsPrefixMatch(qw, e.nameWords)) rank = 2;
    else continue;
    hits.push({ e, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.e.kindOrder - b.e.kindOrder ||
      (b.e.place.population ?? 0) - (a.e.place.population ?? 0) ||
      a.e.place.name.localeCompare(b.e.place.name, 'fr'),
  );
  return hits.slice(0, max).map((h) => h.e.place);
}
