import type { Settings } from 'meilisearch';
import { COMMON_INDEX_SETTINGS, typoToleranceExceptOn } from './common.settings';

/**
 * Settings of the suppliers index, versioned with the code and applied at start (worker) and by
 * `cli reindex`. Searchable attributes are in ranking order: names first, then what the supplier
 * does, then where and what it is.
 * Indexing cost at 200,000 suppliers (BENCHMARKS.md, "Supplier search, tuned"): every filterable
 * attribute only has the filter features its clauses use, no facet search (we never call it),
 * proximity by attribute and the language given rather than detected per field.
 */
export const SUPPLIER_INDEX = 'suppliers';

/** Attributes filtered with `=` / `IN` only (supplier-filter.ts), and the facets shown. */
const EQUALITY_FILTERS = [
  'id', 'kinds', 'kindFamilies', 'verified', 'sectorSlugs', 'sectorGroupSlugs', 'serviceTypes', 'servesNationally',
  'servedDepartements', 'departementCode', 'regionCode', 'networks', 'certifications', 'cpvCodes', 'hasOffers', 'hasCapacity',
  'eligibleFor', 'toConfirmFor',
];
/** Attributes filtered with `>=`, `<=`, `>`. */
const RANGE_FILTERS = ['capacityQuantity', 'headcountTotal', 'createdAt'];

export const SUPPLIER_INDEX_SETTINGS: Settings = {
  ...COMMON_INDEX_SETTINGS,
  searchableAttributes: [
    'name', 'brand', 'sectorNames', 'offerWords', 'kindLabels', 'description', 'city', 'networks', 'certifications', 'siret',
  ],
  filterableAttributes: [
    { attributePatterns: EQUALITY_FILTERS, features: { facetSearch: false, filter: { equality: true, comparison: false } } },
    { attributePatterns: RANGE_FILTERS, features: { facetSearch: false, filter: { equality: true, comparison: true } } },
    '_geo',
  ],
  sortableAttributes: ['completion', 'name', '_geo'],
  facetSearch: false,
  // Words in the same field count as close: the word-pair proximity database is the costliest to build.
  proximityPrecision: 'byAttribute',
  // Every text is French: no language detection per field at indexing time.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  typoTolerance: typoToleranceExceptOn(['siret', 'cpvCodes']),
};
