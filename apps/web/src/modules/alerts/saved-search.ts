// A supplier search of /recherche ↔ what a saved search stores (pure, no React). The alert keeps
// the words and the filters; the place, radius, sort and page are not part of it.
// Tested in saved-search.spec.ts.
import { EMPTY_SEARCH, hasPlace, parseSearchParams, toSearchParams, toVariables } from '../search/search-params';
import { needSearchUrl } from '../needs-search/need-search-params';

export interface SearchToSave {
  query: string;
  filters: Record<string, unknown>;
  /** The search had a place or a point: an alert does not keep it. */
  placeDropped: boolean;
  /** Number of filters kept. */
  filterCount: number;
}

/** The /recherche query string (suppliers; the catalogue view counts as its suppliers) → the saved search. */
export function searchToSave(params: URLSearchParams): SearchToSave {
  const state = parseSearchParams(params);
  const { query, filters } = toVariables({ ...state, mode: 'suppliers' });
  return { query: query ?? '', filters, placeDropped: hasPlace(state), filterCount: Object.keys(filters).length };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The address showing a saved search: /recherche for suppliers, /appels for needs (null for other targets). */
export function searchUrlOf(saved: { target: string; query: string; filters: Record<string, unknown> }): string | null {
  if (saved.target === 'NEEDS') return needSearchUrl(saved.query, saved.filters);
  if (saved.target !== 'SUPPLIERS') return null;
  const f = saved.filters;
  const params = toSearchParams({
    ...EMPTY_SEARCH,
    q: saved.query,
    kinds: strings(f.kinds),
    families: strings(f.kindFamilies),
    sectorGroups: strings(f.sectorGroupSlugs),
    departements: strings(f.departementCodes),
    eligibleFor: typeof f.eligibleFor === 'string' ? f.eligibleFor : null,
    includeToConfirm: f.includeToConfirm === true,
    verifiedOnly: f.verifiedOnly === true,
    hasOffers: f.hasOffers === true,
  }).toString();
  return params ? `/recherche?${params}` : '/recherche';
}
