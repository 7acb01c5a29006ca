/* The query sequence of the load (seeded), and how each target receives a query. */
import { placeByCode } from '@essor/reference-data';
import { SUPPLIER_FACETS, SUPPLIER_HIT_ATTRIBUTES, supplierFilterExpression } from '../../apps/api/src/modules/search/supplier-filter';
import { Rng } from './lib';
import { BIG_COMMUNES, TERMS } from './vocab';

export interface BenchFilters {
  kinds?: string[];
  kindFamilies?: string[];
  sectorGroupSlugs?: string[];
  eligibleFor?: string;
  servingDepartementCode?: string;
  hasOffers?: boolean;
  verifiedOnly?: boolean;
  headcountMin?: number;
}

export interface BenchQuery { term: string; typo: boolean; filters: BenchFilters; placeCode: string; radiusKm: number }

/** A deterministic typo: swap two adjacent letters or drop one (never the first letter). */
export function typo(rng: Rng, term: string): string {
  const words = term.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (!candidates.length) return term;
  const [word, index] = rng.pick(candidates);
  const chars = [...word];
  const at = rng.int(1, chars.length - 2);
  if (rng.chance(0.5)) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else chars.splice(at, 1);
  words[index] = chars.join('');
  return words.join(' ');
}

const FILTERS: ((rng: Rng, term: (typeof TERMS)[number], dep: string) => BenchFilters)[] = [
  (rng) => ({ kinds: rng.sample(['EI', 'ACI', 'EA', 'ESAT', 'AI', 'ETTI', 'ESS_COOP_SCOP', 'ESS_ASSOCIATION'], rng.int(1, 2)) }),
  (rng) => ({ kindFamilies: [rng.pick(['INSERTION', 'HANDICAP', 'ESS'])] }),
  // The group of the searched trade most of the time (a buyer narrowing down), another one sometimes.
  (rng, term) => ({ sectorGroupSlugs: [rng.chance(0.75) ? term.group : rng.pick(TERMS).group] }),
  (rng) => ({ eligibleFor: rng.pick(['RES_INSERTION', 'RES_HANDICAP', 'RES_HANDICAP_OR_INSERTION']) }),
  (_rng, _term, dep) => ({ servingDepartementCode: dep }),
  () => ({ hasOffers: true }),
  () => ({ verifiedOnly: true }),
  (rng) => ({ headcountMin: rng.pick([5, 10, 20]) }),
];

/** `count` queries over ≥ 40 rotating terms, 20 % with a typo, 0–5 filters and a radius around a real commune. */
export function querySequence(seed: number, count: number): BenchQuery[] {
  const rng = new Rng(seed);
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const t = TERMS[i % TERMS.length]!;
    const placeCode = rng.pick(BIG_COMMUNES);
    const dep = placeByCode('COMMUNE', placeCode)!.departementCode!;
    const withTypo = rng.chance(0.2);
    const term = withTypo ? typo(rng, t.term) : t.term;
    const filters: BenchFilters = {};
    for (const make of rng.sample(FILTERS, rng.int(0, 5))) Object.assign(filters, make(rng, t, dep));
    out.push({ term, typo: withTypo, filters, placeCode, radiusKm: rng.pick([10, 25, 50, 100]) });
  }
  return out;
}

/** The body the API sends to Meilisearch for this query (same code path: supplierFilterExpression, same options). */
export function meiliSearchBody(q: BenchQuery): Record<string, unknown> {
  const place = placeByCode('COMMUNE', q.placeCode)!;
  const geo = { lat: place.lat!, lng: place.lon! };
  return {
    q: q.term,
    filter: supplierFilterExpression(q.filters, { geo: { ...geo, radiusKm: q.radiusKm } }),
    sort: [`_geoPoint(${geo.lat}, ${geo.lng}):asc`],
    facets: SUPPLIER_FACETS,
    page: 1,
    hitsPerPage: 20,
    attributesToRetrieve: SUPPLIER_HIT_ATTRIBUTES,
    attributesToHighlight: ['name', 'description'],
    attributesToCrop: ['description'],
    cropLength: 24,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
}

export const SEARCH_SUPPLIERS_QUERY = `query Bench($query: String, $filters: SupplierSearchFilters, $geo: GeoFilter) {
  searchSuppliers(query: $query, filters: $filters, geo: $geo, page: 1, perPage: 20) {
    total page totalPages
    hits { id name brand city departementCode kinds verifiedKinds eligibleFor toConfirmFor sectorNames completion distanceKm nameHighlight snippet }
    facets { name values { value count } }
  }
}`;

export function graphqlBody(q: BenchQuery): Record<string, unknown> {
  return { query: SEARCH_SUPPLIERS_QUERY, variables: { query: q.term, filters: q.filters, geo: { placeCode: q.placeCode, radiusKm: q.radiusKm } } };
}
