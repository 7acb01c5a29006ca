import { facetOptions, facetValueLabel, type LabelContext } from './labels';
import { catalogueT } from '../suppliers/testing-t';
import { pageWindow } from './components/Pagination';

const sectors = [
  {
    slug: 'environnement',
    nameFr: 'Environnement et déchets',
    nameEn: 'Environment and waste',
    sectors: [{ slug: 'recyclage', nameFr: 'Recyclage', nameEn: 'Recycling', groupSlug: 'environnement' }],
  },
];
const fr: LabelContext = { lang: 'fr', t: catalogueT('fr'), sectors };
const en: LabelContext = { lang: 'en', t: catalogueT('en'), sectors };

describe('facet labels', () => {
  it('names kinds through @essor/domain', () => {
    expect(facetValueLabel('kinds', 'EI', fr)).toBe("Entreprise d'insertion (EI)");
    expect(facetValueLabel('kinds', 'ESAT', en)).toMatch(/\(ESAT\)$/);
    expect(facetValueLabel('kinds', 'UNKNOWN', fr)).toBe('UNKNOWN');
  });

  it('labels reservations like the supplier page badges', () => {
    expect(facetValueLabel('eligibleFor', 'RES_INSERTION', fr)).toBe('Éligible marchés réservés L2113-13');
    expect(facetValueLabel('eligibleFor', 'RES_PENITENTIARY', fr)).toBe('Éligible marchés réservés L2113-13-1');
    expect(facetValueLabel('eligibleFor', 'RES_HANDICAP', en)).toBe('Eligible for reserved contracts L2113-12');
  });

  it('names families, sectors, départements and flags', () => {
    expect(facetValueLabel('kindFamilies', 'INSERTION', fr)).toBe('Insertion par l’activité économique');
    expect(facetValueLabel('sectorGroupSlugs', 'environnement', fr)).toBe('Environnement et déchets');
    expect(facetValueLabel('sectorSlugs', 'recyclage', en)).toBe('Recycling');
    expect(facetValueLabel('sectorGroupSlugs', 'inconnu', fr)).toBe('inconnu');
    expect(facetValueLabel('departementCode', '59', fr)).toBe('Nord (59)');
    expect(facetValueLabel('departementCode', '2A', fr)).toBe('Corse-du-Sud (2A)');
    expect(facetValueLabel('regionCode', '32', fr)).toBe('Hauts-de-France');
    expect(facetValueLabel('verified', 'true', fr)).toBe('Statut vérifié uniquement');
  });

  it('sorts facet values by count and keeps selected values listed', () => {
    const facets = [{ name: 'kinds', values: [{ value: 'EA', count: 2 }, { value: 'EI', count: 9 }] }];
    expect(facetOptions(facets, 'kinds', ['ESAT'])).toEqual([
      { value: 'EI', count: 9 },
      { value: 'EA', count: 2 },
      { value: 'ESAT', count: 0 },
    ]);
    expect(facetOptions(facets, 'missing')).toEqual([]);
  });
});

describe('pagination window', () => {
  it('shows the first, the last and two pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
