import type { Settings } from 'meilisearch';
import { COMMON_INDEX_SETTINGS, typoToleranceExceptOn } from './common.settings';

/**
 * Settings of the offers (catalogue) index: one document per offer, carrying the public facts of its
 * supplier so a search filters on both without a join. Searchable attributes in ranking order: what
 * the offer is (name, CPV labels, description), then who sells it, what it does and where.
 */
export const OFFER_INDEX = 'offers';

export const OFFER_INDEX_SETTINGS: Settings = {
  ...COMMON_INDEX_SETTINGS,
  searchableAttributes: [
    'name', 'cpvLabels', 'description', 'supplierName', 'supplierBrand', 'sectorNames', 'kindLabels', 'city', 'cpvCodes',
  ],
  filterableAttributes: [
    'id', 'supplierId', 'cpvCodes', 'cpvDivisions', 'cpvGroups', 'cpvClasses', 'cpvPrefixes', 'kinds', 'kindFamilies', 'verified',
    'eligibleFor', 'toConfirmFor', 'sectorSlugs', 'sectorGroupSlugs', 'departementCode', 'regionCode', 'servesNationally',
    'servedDepartements', 'hasCapacity', 'leadTimeDays', 'priceMinEur', '_geo',
  ],
  sortableAttributes: ['priceMinEur', 'leadTimeDays', '_geo', 'completion'],
  typoTolerance: typoToleranceExceptOn(['cpvCodes']),
};
