import type { Settings } from 'meilisearch';

/**
 * Settings every index shares: the French vocabulary (so the same words give the same answers
 * whether buyers search suppliers or their catalogue), the ranking and the result limits.
 */
export const COMMON_INDEX_SETTINGS: Settings = {
  // `sort` right after words/typo: among documents matching the words equally, the nearest (or the
  // chosen order) comes first; attribute and proximity then break ties.
  rankingRules: ['words', 'typo', 'sort', 'proximity', 'attribute', 'exactness', 'completion:desc'],
  displayedAttributes: ['*'],
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

/** Typo tolerance with exact matching on code attributes: a typo in a SIRET or CPV code is another code. */
export function typoToleranceExceptOn(codeAttributes: string[]): Settings['typoTolerance'] {
  return { enabled: true, disableOnAttributes: codeAttributes, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };
}
