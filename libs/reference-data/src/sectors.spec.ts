import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  INDUSTRIAL_GROUP,
  listSectorGroups,
  listSectors,
  searchSectors,
  sectorBySlug,
  sectorGroupBySlug,
  slugify,
} from './index';

describe('sectors', () => {
  const lemarche = listSectors().filter((s) => s.source === 'LEMARCHE');

  it('has Le Marché’s 154 sectors in 20 groups, plus the industrial group', () => {
    expect(lemarche).toHaveLength(154);
    expect(listSectorGroups().filter((g) => g.source === 'LEMARCHE')).toHaveLength(20);
    expect(listSectorGroups()).toHaveLength(21);
    const industrial = listSectors(INDUSTRIAL_GROUP.slug);
    expect(industrial.length).toBeGreaterThanOrEqual(12);
    for (const s of industrial) {
      expect(s.note).toMatch(/l\. \d+/);
      expect(s.nameEn).toBeTruthy();
    }
    expect(sectorGroupBySlug('capacites-industrielles')?.nameFr).toBe('Capacités industrielles');
  });

  it('gives every sector and group a unique slug, an English name and a known group', () => {
    const slugs = listSectors().map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of listSectors()) {
      expect(s.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.nameEn).toBeTruthy();
      expect(sectorGroupBySlug(s.groupSlug)).toBeDefined();
    }
    for (const g of listSectorGroups()) expect(g.nameEn).toBeTruthy();
  });

  it('keeps stable slugs (never change these: stored in the database and URLs)', () => {
    expect(sectorBySlug('nettoyage-de-locaux')?.nameFr).toBe('Nettoyage de locaux');
    expect(sectorBySlug('conciergerie-dentreprise')?.nameFr).toBe("Conciergerie d'entreprise");
    expect(sectorBySlug('location-vente-de-materiels-industriels-chantiers')?.nameFr).toBe(
      'Location/Vente de materiels Industriels & Chantiers',
    );
    expect(sectorBySlug('peche-pisciculture')?.groupSlug).toBe('agro-alimentaire');
    expect(sectorBySlug('autre-espaces-verts')?.groupSlug).toBe('espaces-verts-exterieurs');
    expect(sectorBySlug('creation-et-entretien-des-espaces-verts')?.groupSlug).toBe('espaces-verts-exterieurs');
    expect(sectorBySlug('usinage-mecanique-de-precision')?.groupSlug).toBe('capacites-industrielles');
    expect(sectorGroupBySlug('hygiene-et-proprete')?.nameFr).toBe('Hygiène et Propreté');
    expect(sectorGroupBySlug('ameublement-deco-textile-artisanat')?.nameFr).toBe('Ameublement, déco, textile & Artisanat');
  });

  it('maps to Le Marché’s own slugs, which match slugify() up to their numeric de-duplication suffix', () => {
    expect(sectorBySlug('nettoyage-de-locaux')?.lemarcheSlug).toBe('nettoyage-de-locaux-16');
    expect(sectorBySlug('nettoyage-de-locaux-16')?.slug).toBe('nettoyage-de-locaux');
    expect(sectorGroupBySlug('hygiene-et-proprete')?.lemarcheSlug).toBe('hygiene-et-proprete-64');
    // Hand-edited upstream slugs (renamed sectors, "Autre (…)" sectors) are the only other differences.
    const handEdited = lemarche.filter((s) => !(s.lemarcheSlug === s.slug || /^(.*)-\d+$/.exec(s.lemarcheSlug ?? '')?.[1] === s.slug));
    expect(handEdited.map((s) => s.lemarcheSlug).sort()).toEqual(
      [
        'autre',
        'autre-10',
        'autre-115',
        'autre-141',
        'autre-4',
        'autre-46',
        'autre-54',
        'autre-56',
        'autre-57',
        'autre-59',
        'autre-61',
        'autre-63',
        'autre-65',
        'autre-67',
        'autre-68',
        'autre-71',
        'autre-80',
        'autre-85',
        'autre-90',
        'maraichage',
        'nettoyage-specifique-chantiers-parkings-6',
        'objet-promotionnel',
        'reconditionnement-informatique',
      ].sort(),
    );
  });

  it('slugifies like Le Marché', () => {
    expect(slugify("Collecte 5 flux (papier, métal, verre et bois) et fournitures d'entreprise")).toBe(
      'collecte-5-flux-papier-metal-verre-et-bois-et-fournitures-dentreprise',
    );
    expect(slugify('Articles protection Covid-19')).toBe('articles-protection-covid-19');
    expect(slugify('Œuvres d’art')).toBe('oeuvres-dart');
  });

  it('derives every Le Marché sector from the copied JSON, in its order', () => {
    const raw = JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'lemarche-sectors.json'), 'utf8')) as Array<{
      sectors: string[];
    }>;
    expect(lemarche.map((s) => s.nameFr)).toEqual(raw.flatMap((g) => g.sectors));
  });

  it('searches sectors by French or English name', () => {
    expect(searchSectors('nettoyage').map((s) => s.slug)).toContain('nettoyage-industriel');
    expect(searchSectors('WELDING').map((s) => s.slug)).toContain('metallerie-chaudronnerie-soudure');
    expect(searchSectors('cablage')[0]?.slug).toBe('cablage-faisceaux-armoires-electriques');
  });
});
