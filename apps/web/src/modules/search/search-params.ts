// URL ↔ search state (pure, no React): what is searched (suppliers or their catalogue of offers),
// every filter, the text, the place, the radius, the sort and the page live in the query string, so
// a search can be bookmarked, shared and walked with back/forward.
// Tested in search-params.spec.ts (round trip, unknown values dropped).

/** Suppliers (`searchSuppliers`) or catalogue offers (`searchOffers`). */
export const MODES = ['suppliers', 'offers'] as const;
export type SearchMode = (typeof MODES)[number];

/** The sorts of each mode, in the order of the select. */
export const SORTS_BY_MODE = {
  suppliers: ['RELEVANCE', 'DISTANCE', 'COMPLETENESS', 'NAME'],
  offers: ['RELEVANCE', 'DISTANCE', 'PRICE', 'LEAD_TIME'],
} as const;
export const SORTS = SORTS_BY_MODE.suppliers;
export type SearchSort = (typeof SORTS_BY_MODE)[SearchMode][number];

export const RADII_KM = [10, 25, 50, 100, 200] as const;
export const DEFAULT_RADIUS_KM = 50;
export const MAX_PAGE = 250;

export interface SearchState {
  mode: SearchMode;
  q: string;
  kinds: string[];
  families: string[];
  sectorGroups: string[];
  departements: string[];
  /** One reservation type (RES_INSERTION…) or null. */
  eligibleFor: string | null;
  includeToConfirm: boolean;
  verifiedOnly: boolean;
  hasOffers: boolean;
  /** INSEE code of a commune or a département, with the label shown in the place picker. */
  placeCode: string | null;
  placeName: string | null;
  /** "Autour de moi": a point instead of a place. */
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  sort: SearchSort;
  page: number;
}

export const EMPTY_SEARCH: SearchState = {
  mode: 'suppliers',
  q: '',
  kinds: [],
  families: [],
  sectorGroups: [],
  departements: [],
  eligibleFor: null,
  includeToConfirm: false,
  verifiedOnly: false,
  hasOffers: false,
  placeCode: null,
  placeName: null,
  latitude: null,
  longitude: null,
  radiusKm: null,
  sort: 'RELEVANCE',
  page: 1,
};

/** Names of the query-string parameters (short and readable: /recherche?q=recyclage&type=EI&rayon=50). */
const P = {
  mode: 'vue',
  q: 'q',
  kinds: 'type',
  families: 'famille',
  sectorGroups: 'secteur',
  departements: 'dep',
  eligibleFor: 'eligible',
  includeToConfirm: 'aConfirmer',
  verifiedOnly: 'verifie',
  hasOffers: 'offres',
  placeCode: 'lieu',
  placeName: 'lieuNom',
  latitude: 'lat',
  longitude: 'lon',
  radiusKm: 'rayon',
  sort: 'tri',
  page: 'page',
} as const;

/** `vue=catalogue` selects the offers; the suppliers are the default (no parameter). */
const OFFERS_VIEW = 'catalogue';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

function list(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).filter((v) => CODE.test(v));
  return [...new Set(values)];
}

function number(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

const flag = (params: URLSearchParams, name: string) => params.get(name) === '1';

/** Query string → state; anything malformed falls back to the default (never throws). */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const placeCode = params.get(P.placeCode);
  const validPlace = placeCode !== null && /^[0-9AB]{2,5}$/.test(placeCode) ? placeCode : null;
  const latitude = validPlace ? null : number(params, P.latitude, -90, 90);
  const longitude = latitude === null ? null : number(params, P.longitude, -180, 180);
  const hasGeo = validPlace !== null || (latitude !== null && longitude !== null);
  const radius = number(params, P.radiusKm, 1, 1000);
  const mode: SearchMode = params.get(P.mode) === OFFERS_VIEW ? 'offers' : 'suppliers';
  const sortRaw = params.get(P.sort)?.toUpperCase() ?? '';
  let sort: SearchSort = (SORTS_BY_MODE[mode] as readonly string[]).includes(sortRaw) ? (sortRaw as SearchSort) : 'RELEVANCE';
  if (sort === 'DISTANCE' && !hasGeo) sort = 'RELEVANCE';
  const page = number(params, P.page, 1, MAX_PAGE);
  const eligibleFor = params.get(P.eligibleFor);
  const validEligible = eligibleFor && /^RES_[A-Z_]{1,40}$/.test(eligibleFor) ? eligibleFor : null;
  return {
    mode,
    q: (params.get(P.q) ?? '').slice(0, 200),
    kinds: list(params, P.kinds),
    families: list(params, P.families),
    sectorGroups: list(params, P.sectorGroups),
    departements: list(params, P.departements),
    eligibleFor: validEligible,
    includeToConfirm: validEligible !== null && flag(params, P.includeToConfirm),
    verifiedOnly: flag(params, P.verifiedOnly),
    // Every offer belongs to a supplier with offers: the filter only means something for suppliers.
    hasOffers: mode === 'suppliers' && flag(params, P.hasOffers),
    placeCode: validPlace,
    placeName: validPlace ? (params.get(P.placeName) ?? '').slice(0, 120) || null : null,
    latitude: hasGeo && !validPlace ? latitude : null,
    longitude: hasGeo && !validPlace ? longitude : null,
    radiusKm: hasGeo ? (radius !== null ? Math.round(radius) : DEFAULT_RADIUS_KM) : null,
    sort,
    page: page !== null ? Math.trunc(page) : 1,
  };
}

/** State → query string; defaults are left out so URLs stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'offers') params.set(P.mode, OFFERS_VIEW);
  if (state.q.trim()) params.set(P.q, state.q.trim());
  for (const v of state.kinds) params.append(P.kinds, v);
  for (const v of state.families) params.append(P.families, v);
  for (const v of state.sectorGroups) params.append(P.sectorGroups, v);
  for (const v of state.departements) params.append(P.departements, v);
  if (state.eligibleFor) {
    params.set(P.eligibleFor, state.eligibleFor);
    if (state.includeToConfirm) params.set(P.includeToConfirm, '1');
  }
  if (state.verifiedOnly) params.set(P.verifiedOnly, '1');
  if (state.hasOffers) params.set(P.hasOffers, '1');
  const hasPoint = state.latitude !== null && state.longitude !== null;
  if (state.placeCode) {
    params.set(P.placeCode, state.placeCode);
    if (state.placeName) params.set(P.placeName, state.placeName);
  } else if (hasPoint) {
    params.set(P.latitude, String(state.latitude));
    params.set(P.longitude, String(state.longitude));
  }
  if ((state.placeCode || hasPoint) && state.radiusKm !== null) params.set(P.radiusKm, String(state.radiusKm));
  if (state.sort !== 'RELEVANCE') params.set(P.sort, state.sort.toLowerCase());
  if (state.page > 1) params.set(P.page, String(state.page));
  return params;
}

export function hasPlace(state: SearchState): boolean {
  return state.placeCode !== null || (state.latitude !== null && state.longitude !== null);
}

/** Number of active filters (text and place excluded): drives the "remove the filters" suggestion. */
export function activeFilterCount(state: SearchState): number {
  return (
    state.kinds.length +
    state.families.length +
    state.sectorGroups.length +
    state.departements.length +
    (state.eligibleFor ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0) +
    (state.hasOffers ? 1 : 0)
  );
}

export function withoutFilters(state: SearchState): SearchState {
  return {
    ...state,
    kinds: [],
    families: [],
    sectorGroups: [],
    departements: [],
    eligibleFor: null,
    includeToConfirm: false,
    verifiedOnly: false,
    hasOffers: false,
    page: 1,
  };
}

export function withoutPlace(state: SearchState): SearchState {
  return {
    ...state,
    placeCode: null,
    placeName: null,
    latitude: null,
    longitude: null,
    radiusKm: null,
    sort: state.sort === 'DISTANCE' ? 'RELEVANCE' : state.sort,
    page: 1,
  };
}

/** The same search in the other mode: what does not apply there is dropped, and the page is reset. */
export function withMode(state: SearchState, mode: SearchMode): SearchState {
  const sortFits = (SORTS_BY_MODE[mode] as readonly SearchSort[]).includes(state.sort);
  return { ...state, mode, hasOffers: mode === 'suppliers' && state.hasOffers, sort: sortFits ? state.sort : 'RELEVANCE', page: 1 };
}

/** The next larger radius of the select, or null at the largest. */
export function widerRadius(radiusKm: number | null): number | null {
  const current = radiusKm ?? DEFAULT_RADIUS_KM;
  return RADII_KM.find((r) => r > current) ?? null;
}

export function toggle(values: readonly string[], value: string, on: boolean): string[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

type Filters = {
  kinds?: string[];
  kindFamilies?: string[];
  sectorGroupSlugs?: string[];
  departementCodes?: string[];
  eligibleFor?: string;
  includeToConfirm?: boolean;
  verifiedOnly?: boolean;
};
type Geo = { placeCode?: string; latitude?: number; longitude?: number; radiusKm?: number } | null;

export interface SearchVariables {
  query: string | null;
  filters: Filters & { hasOffers?: boolean };
  geo: Geo;
  sort: SearchSort;
  page: number;
  perPage: number;
}

/** Variables of `searchOffers`: the supplier filters apply to each offer's supplier. */
export type OfferSearchVariables = Omit<SearchVariables, 'filters'> & { filters: Filters };

/** State → variables of `searchSuppliers` (only the filters that are set). */
export function toVariables(state: SearchState, perPage = 20, page = state.page): SearchVariables {
  const variables = toOfferVariables(state, perPage, page);
  return state.hasOffers ? { ...variables, filters: { ...variables.filters, hasOffers: true } } : variables;
}

/** State → variables of `searchOffers`. */
export function toOfferVariables(state: SearchState, perPage = 20, page = state.page): OfferSearchVariables {
  const filters: Filters = {};
  if (state.kinds.length) filters.kinds = state.kinds;
  if (state.families.length) filters.kindFamilies = state.families;
  if (state.sectorGroups.length) filters.sectorGroupSlugs = state.sectorGroups;
  if (state.departements.length) filters.departementCodes = state.departements;
  if (state.eligibleFor) {
    filters.eligibleFor = state.eligibleFor;
    if (state.includeToConfirm) filters.includeToConfirm = true;
  }
  if (state.verifiedOnly) filters.verifiedOnly = true;
  let geo: Geo = null;
  if (state.placeCode) geo = { placeCode: state.placeCode };
  else if (state.latitude !== null && state.longitude !== null) geo = { latitude: state.latitude, longitude: state.longitude };
  if (geo && state.radiusKm !== null) geo.radiusKm = state.radiusKm;
  return {
    query: state.q.trim() || null,
    filters,
    geo,
    sort: state.sort === 'DISTANCE' && !geo ? 'RELEVANCE' : state.sort,
    page,
    perPage,
  };
}
