import type { Settings } from 'meilisearch';

/**
 * Settings of the suppliers index, versioned with the code and applied at start (worker) and by
 * `cli reindex`. Searchable attributes are in ranking order: names first, then what the supplier
 * does, then where and what it is.
 */
export const SUPPLIER_INDEX = 'suppliers';

export const SUPPLIER_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'name', 'brand', 'sectorNames', 'offerNames', 'kindLabels', 'description', 'city', 'networks', 'certifications', 'siret',
  ],
  filterableAttributes: [
    'id', 'kinds', 'kindFamilies', 'verifiedKinds', 'verified', 'sectorSlugs', 'sectorGroupSlugs', 'serviceTypes',
    'servesNationally', 'servedDepartements', 'departementCode', 'regionCode', 'networks', 'certifications', 'cpvCodes',
    'cpvDivisions', 'hasOffers', 'hasCapacity', 'capacityQuantity', 'headcountTotal', 'claimed', 'eligibleFor', 'toConfirmFor', '_geo',
  ],
  sortableAttributes: ['completion', 'name', '_geo', 'updatedAt'],
  // `sort` right after words/typo: among suppliers matching the words equally, the nearest (or the
  // chosen order) comes first; attribute and proximity then break ties.
  rankingRules: ['words', 'typo', 'sort', 'proximity', 'attribute', 'exactness', 'completion:desc'],
  displayedAttributes: ['*'],
  // Codes are matched exactly: a typo in a SIRET or CPV code is another code.
  typoTolerance: { enabled: true, disableOnAttributes: ['siret', 'cpvCodes'], minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 5000 },
  // Abbreviations buyers type, and the words they stand for.
  synonyms: {
    deee: ['déchets d\'équipements électriques et électroniques', 'électronique', 'recyclage électronique'],
    ea: ['entreprise adaptée'],
    esat: ['établissement et service d\'aide par le travail'],
    siae: ['structure d\'insertion', 'insertion'],
    iae: ['insertion par l\'activité économique', 'insertion'],
    ei: ['entreprise d\'insertion'],
    aci: ['atelier chantier d\'insertion', 'chantier d\'insertion'],
    etti: ['entreprise de travail temporaire d\'insertion', 'intérim d\'insertion'],
    gme: ['groupement momentané d\'entreprises', 'cotraitance'],
    btp: ['bâtiment', 'travaux publics'],
    cms: ['composants montés en surface', 'assemblage électronique'],
    scop: ['coopérative', 'société coopérative'],
    scic: ['coopérative', 'société coopérative d\'intérêt collectif'],
    recyclage: ['valorisation', 'réemploi'],
  },
  stopWords: ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'à', 'au', 'aux', 'pour', 'par', 'sur', 'dans', 'd', 'l'],
};
