import type { Settings } from 'meilisearch';
import { COMMON_INDEX_SETTINGS, typoToleranceExceptOn } from './common.settings';

/**
 * Settings of the suppliers index, versioned with the code and applied at start (worker) and by
 * `cli reindex`. Searchable attributes are in ranking order: names first, then what the supplier
 * does, then where and what it is.
 */
export const SUPPLIER_INDEX = 'suppliers';

export const SUPPLIER_INDEX_SETTINGS: Settings = {
  ...COMMON_INDEX_SETTINGS,
  searchableAttributes: [
    'name', 'brand', 'sectorNames', 'offerNames', 'kindLabels', 'description', 'city', 'networks', 'certifications', 'siret',
  ],
  filterableAttributes: [
    'id', 'kinds', 'kindFamilies', 'verifiedKinds', 'verified', 'sectorSlugs', 'sectorGroupSlugs', 'serviceTypes',
    'servesNationally', 'servedDepartements', 'departementCode', 'regionCode', 'networks', 'certifications', 'cpvCodes',
    'cpvDivisions', 'hasOffers', 'hasCapacity', 'capacityQuantity', 'headcountTotal', 'claimed', 'eligibleFor', 'toConfirmFor', '_geo',
    'createdAt',
  ],
  sortableAttributes: ['completion', 'name', '_geo', 'updatedAt'],
  typoTolerance: typoToleranceExceptOn(['siret', 'cpvCodes']),
};
