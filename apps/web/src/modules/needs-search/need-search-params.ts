// URL ↔ state ↔ `searchNeeds` filters of the public needs search /appels (pure, no React). Every
// filter, the words, the sort and the page live in the query string so a search can be bookmarked,
// shared, walked with back/forward, and rebuilt from a saved search (an alert of target NEEDS).
// Tested in need-search-params.spec.ts (round trips, unknown values dropped).
import { RESERVATION_TYPES, type ReservationType } from '../suppliers/types';
import { NEED_KINDS, type NeedKind } from '../needs/types';

export const NEED_SORTS = ['RELEVANCE', 'DEADLINE', 'NEWEST'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

/** NONE ("a lot open to all") is a valid reservation filter too. */
export const NEED_RESERVATIONS: readonly ReservationType[] = [...RESERVATION_TYPES, 'NONE'];
export const MAX_PAGE = 250;

export interface NeedSearchState {
  q: string;
  sectorGroups: string[];
  sectors: string[];
  reservations: ReservationType[];
  reservedOnly: boolean;
  departements: string[];
  regions: string[];
  kinds: NeedKind[];
  /** true: open to consortia (GME); false: not; null: either. */
  consortiaAllowed: boolean | null;
  /** YYYY-MM-DD: still taking responses after this day began (UTC). */
  deadlineAfter: string | null;
  sort: NeedSort;
  page: number;
}

export const EMPTY_NEED_SEARCH: NeedSearchState = {
  q: '',
  sectorGroups: [],
  sectors: [],
  reservations: [],
  reservedOnly: false,
  departements: [],
  regions: [],
  kinds: [],
  consortiaAllowed: null,
  deadlineAfter: null,
  sort: 'RELEVANCE',
  page: 1,
};

/** The `NeedSearchFilters` input of apps/api/schema.gql (a type, not an interface: it is also a JSON value). */
export type NeedSearchFilters = {
  sectorGroupSlugs?: string[];
  sectorSlugs?: string[];
  reservations?: ReservationType[];
  reservedOnly?: boolean;
  departementCodes?: string[];
  regionCodes?: string[];
  kinds?: NeedKind[];
  consortiaAllowed?: boolean;
  /** ISO instant. */
  deadlineAfter?: string;
};

export interface NeedSearchVariables {
  query: string | null;
  filters: NeedSearchFilters;
  sort: NeedSort;
  page: number;
  perPage: number;
}

/** Query-string names, short and French like /recherche: /appels?q=nettoyage&reserve=RES_INSERTION&dep=59. */
const P = {
  q: 'q',
  sectorGroups: 'secteur',
  sectors: 'activite',
  reservations: 'reserve',
  reservedOnly: 'reserveSeul',
  departements: 'dep',
  regions: 'region',
  kinds: 'type',
  consortiaAllowed: 'gme',
  deadlineAfter: 'echeance',
  sort: 'tri',
  page: 'page',
} as const;

const SLUG = /^[A-Za-z0-9_-]{1,64}$/;
const DEPARTEMENT = /^(?:\d{2}|2A|2B|\d{3})$/;
const REGION = /^\d{2,3}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Distinct values passing the check, in their order. */
function valid<T extends string>(values: readonly unknown[], ok: (v: string) => boolean): T[] {
  return [...new Set(values.filter((v): v is T => typeof v === 'string' && ok(v)))];
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): boolean =>
    (allowed as readonly string[]).includes(v);

/** A real calendar day (2026-02-30 is not). */
function validDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const day = value.slice(0, 10);
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === day ? day : null;
}

function parsePage(raw: string | null): number {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= 1 && value <= MAX_PAGE ? value : 1;
}

/** Query string → state; anything malformed falls back to the default (never throws). */
export function parseNeedSearchParams(params: URLSearchParams): NeedSearchState {
  const sortRaw = params.get(P.sort)?.toUpperCase() ?? '';
  const gme = params.get(P.consortiaAllowed);
  return {
    q: (params.get(P.q) ?? '').slice(0, 200),
    sectorGroups: valid(params.getAll(P.sectorGroups), (v) => SLUG.test(v)),
    sectors: valid(params.getAll(P.sectors), (v) => SLUG.test(v)),
    reservations: valid(params.getAll(P.reservations), oneOf(NEED_RESERVATIONS)),
    reservedOnly: params.get(P.reservedOnly) === '1',
    departements: valid(params.getAll(P.departements), (v) => DEPARTEMENT.test(v)),
    regions: valid(params.getAll(P.regions), (v) => REGION.test(v)),
    kinds: valid(params.getAll(P.kinds), oneOf(NEED_KINDS)),
    consortiaAllowed: gme === '1' ? true : gme === '0' ? false : null,
    deadlineAfter: validDay(params.get(P.deadlineAfter)),
    sort: (NEED_SORTS as readonly string[]).includes(sortRaw) ? (sortRaw as NeedSort) : 'RELEVANCE',
    page: parsePage(params.get(P.page)),
  };
}

/** State → query string; defaults are left out so URLs stay short. */
export function toNeedSearchParams(state: NeedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(P.q, state.q.trim());
  for (const v of state.sectorGroups) params.append(P.sectorGroups, v);
  for (const v of state.sectors) params.append(P.sectors, v);
  for (const v of state.reservations) params.append(P.reservations, v);
  if (state.reservedOnly) params.set(P.reservedOnly, '1');
  for (const v of state.departements) params.append(P.departements, v);
  for (const v of state.regions) params.append(P.regions, v);
  for (const v of state.kinds) params.append(P.kinds, v);
  if (state.consortiaAllowed !== null) params.set(P.consortiaAllowed, state.consortiaAllowed ? '1' : '0');
  if (state.deadlineAfter) params.set(P.deadlineAfter, state.deadlineAfter);
  if (state.sort !== 'RELEVANCE') params.set(P.sort, state.sort.toLowerCase());
  if (state.page > 1) params.set(P.page, String(state.page));
  return params;
}

/** State → `NeedSearchFilters` (only what is set): the query's filters and a saved search's JSON. */
export function toNeedFilters(state: NeedSearchState): NeedSearchFilters {
  const filters: NeedSearchFilters = {};
  if (state.sectorGroups.length) filters.sectorGroupSlugs = state.sectorGroups;
  if (state.sectors.length) filters.sectorSlugs = state.sectors;
  if (state.reservations.length) filters.reservations = state.reservations;
  if (state.reservedOnly) filters.reservedOnly = true;
  if (state.departements.length) filters.departementCodes = state.departements;
  if (state.regions.length) filters.regionCodes = state.regions;
  if (state.kinds.length) filters.kinds = state.kinds;
  if (state.consortiaAllowed !== null) filters.consortiaAllowed = state.consortiaAllowed;
  if (state.deadlineAfter) filters.deadlineAfter = `${state.deadlineAfter}T00:00:00.000Z`;
  return filters;
}

export function toNeedSearchVariables(state: NeedSearchState, perPage = 20): NeedSearchVariables {
  return { query: state.q.trim() || null, filters: toNeedFilters(state), sort: state.sort, page: state.page, perPage };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A saved search's words and JSON filters → state (unexpected values dropped, as from a URL). */
export function fromNeedFilters(query: string, filters: Record<string, unknown>): NeedSearchState {
  const f = filters;
  return {
    ...EMPTY_NEED_SEARCH,
    q: query.slice(0, 200),
    sectorGroups: valid(list(f.sectorGroupSlugs), (v) => SLUG.test(v)),
    sectors: valid(list(f.sectorSlugs), (v) => SLUG.test(v)),
    reservations: valid(list(f.reservations), oneOf(NEED_RESERVATIONS)),
    reservedOnly: f.reservedOnly === true,
    departements: valid(list(f.departementCodes), (v) => DEPARTEMENT.test(v)),
    regions: valid(list(f.regionCodes), (v) => REGION.test(v)),
    kinds: valid(list(f.kinds), oneOf(NEED_KINDS)),
    consortiaAllowed: typeof f.consortiaAllowed === 'boolean' ? f.consortiaAllowed : null,
    deadlineAfter: validDay(f.deadlineAfter),
  };
}

/** The /appels address showing a saved search of needs. */
export function needSearchUrl(query: string, filters: Record<string, unknown>): string {
  const params = toNeedSearchParams(fromNeedFilters(query, filters)).toString();
  return params ? `/appels?${params}` : '/appels';
}

/** Number of active filters (words excluded): drives the "remove the filters" suggestion. */
export function activeNeedFilterCount(state: NeedSearchState): number {
  return (
    state.sectorGroups.length +
    state.sectors.length +
    state.reservations.length +
    (state.reservedOnly ? 1 : 0) +
    state.departements.length +
    state.regions.length +
    state.kinds.length +
    (state.consortiaAllowed !== null ? 1 : 0) +
    (state.deadlineAfter ? 1 : 0)
  );
}

/** The same words and sort without any filter, from page 1. */
export function withoutNeedFilters(state: NeedSearchState): NeedSearchState {
  return { ...EMPTY_NEED_SEARCH, q: state.q, sort: state.sort };
}
