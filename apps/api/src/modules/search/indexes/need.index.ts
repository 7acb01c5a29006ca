import type { Settings } from 'meilisearch';
import { COMMON_INDEX_SETTINGS, typoToleranceExceptOn } from './common.settings';

/**
 * Settings of the public needs index: one document per PUBLISHED, PUBLIC need (nothing else is
 * ever in it). Searchable attributes in ranking order: what is bought (title, lots, sectors, CPV
 * labels), then the description, who buys and where.
 */
export const NEED_INDEX = 'needs';

export const NEED_INDEX_SETTINGS: Settings = {
  ...COMMON_INDEX_SETTINGS,
  // The last tie-breaker is the newest need (suppliers and offers use their completion).
  rankingRules: [...(COMMON_INDEX_SETTINGS.rankingRules ?? []).filter((r) => r !== 'completion:desc'), 'publishedAt:desc'],
  searchableAttributes: [
    'title', 'lotTitles', 'sectorNames', 'cpvLabels', 'description', 'buyerName', 'placeNames', 'cpvCodes',
  ],
  filterableAttributes: [
    'id', 'kind', 'sectorSlugs', 'sectorGroupSlugs', 'cpvDivisions', 'cpvClasses', 'cpvPrefixes', 'reservations', 'reserved',
    'national', 'departementCodes', 'regionCodes', 'deadlineAt', 'publishedAt', 'consortiaAllowed', 'socialClause', 'buyerRegime',
    'amountMaxEur', '_geo',
  ],
  sortableAttributes: ['deadlineAt', 'publishedAt', 'amountMaxEur', '_geo'],
  typoTolerance: typoToleranceExceptOn(['cpvCodes']),
};
