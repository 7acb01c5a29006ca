// Seeded random suppliers and lots for property tests of the matching predicate (needs/matching.ts).
// Not exported from index.ts. The API's SQL-vs-TS property test imports it with a universe built
// from real reference data; the domain spec uses SAMPLE_MATCH_UNIVERSE. Same seed + same universe =
// same data, so a failing seed can be replayed.
//
// Keep the universe small (a few régions, their départements, a dozen communes, a handful of
// sectors and CPV codes): drawn independently, supplier and lot then meet often enough for matches
// and non-matches to be frequent. Sites are jittered off commune centroids with a continuous offset,
// so a distance falls exactly on a radius with negligible probability (see matching.ts on floats).

import type {
  MatchActivity,
  MatchGeo,
  MatchLot,
  MatchPlace,
  MatchSite,
  MatchSupplier,
  PlaceKind,
  ServiceAreaKind,
  ServiceType,
} from '../needs/matching';
import { SERVICE_TYPES } from '../needs/matching';

export interface UniverseRegion {
  readonly code: string;
  readonly lat: number | null;
  readonly lon: number | null;
}
export interface UniverseDepartement extends UniverseRegion {
  readonly regionCode: string;
}
export interface UniverseCommune extends UniverseDepartement {
  readonly departementCode: string;
}

export interface MatchUniverse {
  readonly sectorSlugs: readonly string[];
  /** CPV codes offers and lots draw from; several should share a class (first 4 digits). */
  readonly cpvCodes: readonly string[];
  readonly regions: readonly UniverseRegion[];
  readonly departements: readonly UniverseDepartement[];
  readonly communes: readonly UniverseCommune[];
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, max). */
  int(max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Distinct elements, between min and max of them (fewer if the list is shorter). */
  subset<T>(list: readonly T[], min: number, max: number): T[];
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new RangeError('pick: empty list');
    return list[int(list.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    subset: <T>(list: readonly T[], min: number, max: number): T[] => {
      const count = Math.min(list.length, min + int(max - min + 1));
      const pool = [...list];
      const out: T[] = [];
      while (out.length < count) out.push(pool.splice(int(pool.length), 1)[0] as T);
      return out;
    },
  };
}

const rngOf = (seed: number | Rng): Rng => (typeof seed === 'number' ? seededRng(seed) : seed);

const RADII: readonly (number | null)[] = [null, 5, 20, 50, 100, 300];
const LOT_RADII: readonly number[] = [10, 30, 80, 200];

export function arbitrarySupplier(seed: number | Rng, universe: MatchUniverse): MatchSupplier {
  const rng = rngOf(seed);
  const activities: MatchActivity[] = [];
  const count = rng.chance(0.1) ? 0 : 1 + rng.int(3);
  for (let i = 0; i < count; i++) activities.push(arbitraryActivity(rng, universe));
  return {
    id: `s-${rng.int(2 ** 31).toString(16)}`,
    active: rng.chance(0.9),
    verified: rng.chance(0.6),
    site: rng.chance(0.1) ? null : arbitrarySite(rng, universe),
    activities,
    offerCpvCodes: rng.subset(universe.cpvCodes, 0, 3),
  };
}

function arbitrarySite(rng: Rng, universe: MatchUniverse): MatchSite {
  const commune = rng.pick(universe.communes);
  const located = commune.lat !== null && commune.lon !== null && rng.chance(0.85);
  // Up to ±0.05° (about 5 km) off the centroid: a site is an address, not the centroid.
  const jitter = (): number => (rng.next() - 0.5) * 0.1;
  return {
    communeCode: commune.code,
    departementCode: commune.departementCode,
    regionCode: commune.regionCode,
    lat: located && commune.lat !== null ? commune.lat + jitter() : null,
    lon: located && commune.lon !== null ? commune.lon + jitter() : null,
  };
}

function arbitraryServiceTypes(rng: Rng, min: number): ServiceType[] {
  return rng.subset(SERVICE_TYPES, min, 2);
}

export function arbitraryActivity(seed: number | Rng, universe: MatchUniverse): MatchActivity {
  const rng = rngOf(seed);
  const areaKind: ServiceAreaKind = rng.pick<ServiceAreaKind>(['NATIONAL', 'ZONES', 'ZONES', 'RADIUS', 'RADIUS']);
  const zones = areaKind === 'ZONES';
  return {
    sectorSlug: rng.pick(universe.sectorSlugs),
    // Rarely empty: the store requires one, the predicate must still answer.
    serviceTypes: arbitraryServiceTypes(rng, rng.chance(0.05) ? 0 : 1),
    areaKind,
    regionCodes: zones ? rng.subset(universe.regions, 0, 1).map((r) => r.code) : [],
    departementCodes: zones ? rng.subset(universe.departements, 0, 2).map((d) => d.code) : [],
    communeCodes: zones ? rng.subset(universe.communes, 0, 3).map((c) => c.code) : [],
    radiusKm: areaKind === 'RADIUS' ? rng.pick(RADII) : null,
  };
}

export function arbitraryLot(seed: number | Rng, universe: MatchUniverse): MatchLot {
  const rng = rngOf(seed);
  const kind = rng.pick<PlaceKind>([
    'NATIONAL',
    'REGION',
    'REGION',
    'DEPARTEMENT',
    'DEPARTEMENT',
    'DEPARTEMENT',
    'COMMUNE',
    'COMMUNE',
    'COMMUNE',
    'COMMUNE',
  ]);
  return {
    sectorSlugs: rng.subset(universe.sectorSlugs, rng.chance(0.1) ? 0 : 1, 2),
    cpvCodes: rng.subset(universe.cpvCodes, 0, 2),
    serviceTypes: rng.chance(0.5) ? [] : arbitraryServiceTypes(rng, 1),
    place: arbitraryPlace(rng, universe, kind),
    radiusKm: rng.chance(0.6) ? null : rng.pick(LOT_RADII),
    verifiedOnly: rng.chance(0.3),
  };
}

function arbitraryPlace(rng: Rng, universe: MatchUniverse, kind: PlaceKind): MatchPlace {
  switch (kind) {
    case 'NATIONAL':
      return placeOf(universe, 'NATIONAL', null);
    case 'REGION':
      return placeOf(universe, 'REGION', rng.pick(universe.regions).code);
    case 'DEPARTEMENT':
      return placeOf(universe, 'DEPARTEMENT', rng.pick(universe.departements).code);
    case 'COMMUNE':
      return placeOf(universe, 'COMMUNE', rng.pick(universe.communes).code);
  }
}

/** The MatchPlace of a universe code, filled the way the API fills it from reference data. */
export function placeOf(universe: MatchUniverse, kind: PlaceKind, code: string | null): MatchPlace {
  if (kind === 'NATIONAL' || code === null)
    return { kind: 'NATIONAL', code: null, departementCode: null, regionCode: null, lat: null, lon: null };
  const missing = (): never => {
    throw new RangeError(`placeOf: no ${kind} ${code} in the universe`);
  };
  switch (kind) {
    case 'REGION': {
      const r = universe.regions.find((x) => x.code === code) ?? missing();
      return { kind, code, departementCode: null, regionCode: code, lat: r.lat, lon: r.lon };
    }
    case 'DEPARTEMENT': {
      const d = universe.departements.find((x) => x.code === code) ?? missing();
      return { kind, code, departementCode: code, regionCode: d.regionCode, lat: d.lat, lon: d.lon };
    }
    case 'COMMUNE': {
      const c = universe.communes.find((x) => x.code === code) ?? missing();
      return { kind, code, departementCode: c.departementCode, regionCode: c.regionCode, lat: c.lat, lon: c.lon };
    }
  }
}

export function matchGeoOf(universe: MatchUniverse): MatchGeo {
  const regionOf = new Map(universe.departements.map((d) => [d.code, d.regionCode]));
  return { regionOfDepartement: (code) => regionOf.get(code) };
}

/**
 * Three régions, two départements each, a dozen communes (real INSEE codes, La Poste centroids
 * rounded to 4 decimals; départements and régions at their chef-lieu as in @essor/reference-data).
 * Bourgoin-Jallieu has no coordinates on purpose.
 */
export const SAMPLE_MATCH_UNIVERSE: MatchUniverse = {
  sectorSlugs: [
    'nettoyage-de-locaux',
    'nettoyage-urbain',
    'creation-et-entretien-des-espaces-verts',
    'recyclage-dequipements-electriques-et-electroniques-deee',
    'restauration-collective',
    'autre-btp',
  ],
  cpvCodes: ['90911200', '90910000', '90919200', '77310000', '77311000', '45210000', '45000000', '55520000', '90511000-2', '85311000'],
  regions: [
    { code: '11', lat: 48.8603, lon: 2.3444 },
    { code: '32', lat: 50.6317, lon: 3.0478 },
    { code: '84', lat: 45.7588, lon: 4.8353 },
  ],
  departements: [
    { code: '75', regionCode: '11', lat: 48.8603, lon: 2.3444 },
    { code: '92', regionCode: '11', lat: 48.8961, lon: 2.2067 },
    { code: '59', regionCode: '32', lat: 50.6317, lon: 3.0478 },
    { code: '62', regionCode: '32', lat: 50.2899, lon: 2.7659 },
    { code: '69', regionCode: '84', lat: 45.7588, lon: 4.8353 },
    { code: '38', regionCode: '84', lat: 45.1821, lon: 5.7213 },
  ],
  communes: [
    { code: '75056', departementCode: '75', regionCode: '11', lat: 48.8603, lon: 2.3444 },
    { code: '92050', departementCode: '92', regionCode: '11', lat: 48.8961, lon: 2.2067 },
    { code: '92012', departementCode: '92', regionCode: '11', lat: 48.8366, lon: 2.2391 },
    { code: '59350', departementCode: '59', regionCode: '32', lat: 50.6317, lon: 3.0478 },
    { code: '59512', departementCode: '59', regionCode: '32', lat: 50.688, lon: 3.1826 },
    { code: '59183', departementCode: '59', regionCode: '32', lat: 51.0307, lon: 2.3375 },
    { code: '62041', departementCode: '62', regionCode: '32', lat: 50.2899, lon: 2.7659 },
    { code: '62193', departementCode: '62', regionCode: '32', lat: 50.9502, lon: 1.8758 },
    { code: '69123', departementCode: '69', regionCode: '84', lat: 45.7588, lon: 4.8353 },
    { code: '69266', departementCode: '69', regionCode: '84', lat: 45.7708, lon: 4.8885 },
    { code: '38185', departementCode: '38', regionCode: '84', lat: 45.1821, lon: 5.7213 },
    { code: '38053', departementCode: '38', regionCode: '84', lat: null, lon: null },
  ],
};
