import { RESERVATION_RULES } from '@essor/domain';
import { catalogueT } from '../suppliers/testing-t';
import type { SectorGroup } from '../suppliers/types';
import { RESERVATION_ARTICLE, formatBytes, groupNameOfSectors, placeText, placeWithRadius, reservationArticle, reservationBadge, reservationOption, sectorNames } from './labels';

const fr = catalogueT('fr');
const en = catalogueT('en');

const groups: SectorGroup[] = [
  {
    slug: 'dechets',
    nameFr: 'Déchets',
    nameEn: 'Waste',
    sectors: [{ slug: 'collecte', nameFr: 'Collecte des déchets', nameEn: 'Waste collection', groupSlug: 'dechets' }],
  },
  {
    slug: 'proprete',
    nameFr: 'Propreté',
    nameEn: 'Cleaning',
    sectors: [{ slug: 'nettoyage', nameFr: 'Nettoyage de locaux', nameEn: 'Office cleaning', groupSlug: 'proprete' }],
  },
];

describe('reservation texts', () => {
  it('names the article of each reservation', () => {
    expect(reservationArticle('RES_HANDICAP')).toBe('L2113-12');
    expect(reservationArticle('RES_INSERTION')).toBe('L2113-13');
    expect(reservationArticle('RES_HANDICAP_OR_INSERTION')).toBe('L2113-14');
    expect(reservationArticle('RES_ESS_SERVICES')).toBe('L2113-15');
    expect(reservationArticle('NONE')).toBe('');
  });
  it('agrees with the reservation rules of the domain', () => {
    for (const [reservation, article] of Object.entries(RESERVATION_ARTICLE))
      expect(RESERVATION_RULES[reservation as keyof typeof RESERVATION_RULES].article).toMatch(new RegExp(`^CCP ${article}( |$)`));
    expect(Object.keys(RESERVATION_ARTICLE).sort()).toEqual(Object.keys(RESERVATION_RULES).sort());
  });
  it('builds the badge and the select option in both languages', () => {
    expect(reservationBadge('RES_INSERTION', fr)).toBe('Lot réservé · insertion (L2113-13)');
    expect(reservationBadge('RES_INSERTION', en)).toBe('Reserved lot · work integration (L2113-13)');
    expect(reservationBadge('NONE', fr)).toBe('');
    expect(reservationOption('RES_PENITENTIARY', fr)).toContain('(L2113-13-1)');
    expect(reservationOption('NONE', en)).toBe(en('needs.reservation.NONE'));
  });
});

describe('places', () => {
  it('describes each kind of place, with the radius when there is one', () => {
    expect(placeText({ kind: 'NATIONAL' }, fr)).toBe('France entière');
    expect(placeText({ kind: 'DEPARTEMENT', code: '59', name: 'Nord', departementCode: '59' }, fr)).toBe('Nord (59)');
    expect(placeText({ kind: 'REGION', code: '32', name: 'Hauts-de-France', departementCode: null, regionCode: '32' }, fr)).toBe('Hauts-de-France (région)');
    expect(placeText({ kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59' }, en)).toBe('Lille (59)');
    expect(placeText(null, fr)).toBe('');
    expect(placeWithRadius({ kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59' }, 30, fr)).toBe('Lille (59) · rayon de 30 km');
    expect(placeWithRadius({ kind: 'NATIONAL' }, 30, fr)).toBe('France entière');
  });
});

describe('sectors and sizes', () => {
  it('names sectors and the groups of a suggested lot', () => {
    expect(sectorNames(['nettoyage', 'inconnu'], groups, 'fr')).toEqual(['Nettoyage de locaux', 'inconnu']);
    expect(sectorNames(['collecte'], groups, 'en')).toEqual(['Waste collection']);
    expect(groupNameOfSectors(['collecte', 'nettoyage'], groups, 'fr')).toBe('Déchets, Propreté');
  });
  it('formats file sizes', () => {
    expect(formatBytes(512, 'fr')).toBe('512 o');
    expect(formatBytes(1536, 'fr')).toBe('1,5 Ko');
    expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3 MB');
  });
});
