import {
  communesByPostcode,
  departementsOfRegion,
  distanceKm,
  listCommunes,
  listDepartements,
  listRegions,
  placeByCode,
  searchPlaces,
} from './index';

describe('geography', () => {
  it('loads régions, départements and current communes from @etalab/decoupage-administratif', () => {
    expect(listRegions()).toHaveLength(26);
    expect(listRegions().filter((r) => r.zone !== 'com')).toHaveLength(18);
    expect(listDepartements()).toHaveLength(109);
    expect(listDepartements().filter((d) => d.zone !== 'com')).toHaveLength(101);
    const communes = listCommunes();
    expect(communes.length).toBeGreaterThan(34_900);
    expect(communes.length).toBeLessThan(35_000);
    expect(communes.every((c) => c.kind === 'COMMUNE')).toBe(true);
    // arrondissements municipaux are not communes
    expect(placeByCode('COMMUNE', '75101')).toBeUndefined();
  });

  it('joins commune centroids, falling back to the département chef-lieu', () => {
    const communes = listCommunes();
    const own = communes.filter((c) => c.coordPrecision === 'COMMUNE').length;
    expect(own).toBeGreaterThan(34_800);
    const fallback = communes.filter((c) => c.coordPrecision === 'CHEF_LIEU');
    expect(fallback.length).toBeLessThan(100);
    for (const c of fallback) {
      const dep = placeByCode('DEPARTEMENT', c.departementCode ?? '');
      expect([c.lat, c.lon]).toEqual([dep?.lat, dep?.lon]);
    }
    const lille = placeByCode('COMMUNE', '59350');
    expect(lille).toMatchObject({ name: 'Lille', departementCode: '59', regionCode: '32', coordPrecision: 'COMMUNE' });
    expect(lille?.lat).toBeCloseTo(50.63, 1);
    expect(lille?.lon).toBeCloseTo(3.05, 1);
    expect(lille?.postcodes).toContain('59000');
    expect(lille?.population).toBeGreaterThan(200_000);
  });

  it('finds Lille by name, postcode and INSEE code', () => {
    const byName = searchPlaces('lille');
    expect(byName[0]).toMatchObject({ kind: 'COMMUNE', code: '59350', name: 'Lille' });
    expect(byName.map((p) => p.name)).toContain('Lillers');
    expect(searchPlaces('LILLE')[0]?.code).toBe('59350');
    expect(searchPlaces('59000')[0]?.code).toBe('59350');
    expect(searchPlaces('59350')[0]?.code).toBe('59350');
    expect(communesByPostcode('59000').map((c) => c.code)).toEqual(['59350']);
  });

  it('is accent-insensitive', () => {
    const withAccent = searchPlaces('Évreux');
    const without = searchPlaces('evreux');
    expect(withAccent[0]).toMatchObject({ code: '27229', name: 'Évreux' });
    expect(without.map((p) => p.code)).toEqual(withAccent.map((p) => p.code));
    expect(searchPlaces('st etienne')[0]?.code).toBe('42218');
    expect(searchPlaces('saint andre lez lille')[0]?.code).toBe('59527');
  });

  it('finds départements by code and name', () => {
    expect(searchPlaces('59')[0]).toMatchObject({ kind: 'DEPARTEMENT', code: '59', name: 'Nord' });
    expect(searchPlaces('2a')[0]).toMatchObject({ kind: 'DEPARTEMENT', code: '2A' });
    expect(searchPlaces('971')[0]).toMatchObject({ kind: 'DEPARTEMENT', name: 'Guadeloupe' });
    expect(searchPlaces('nord')[0]).toMatchObject({ kind: 'DEPARTEMENT', code: '59' });
    expect(searchPlaces('hauts de france')[0]).toMatchObject({ kind: 'REGION', code: '32' });
    expect(searchPlaces('lille', 3)).toHaveLength(3);
    expect(searchPlaces('   ')).toEqual([]);
  });

  it('looks up by code, lists a region’s départements and measures distances', () => {
    expect(placeByCode('REGION', '32')?.name).toBe('Hauts-de-France');
    expect(placeByCode('DEPARTEMENT', '2a')?.name).toBe('Corse-du-Sud');
    expect(departementsOfRegion('32').map((d) => d.code)).toEqual(['02', '59', '60', '62', '80']);
    const lille = placeByCode('COMMUNE', '59350');
    const paris = placeByCode('COMMUNE', '75056');
    expect(lille && paris && distanceKm(lille, paris)).toBeGreaterThan(195);
    expect(lille && paris && distanceKm(lille, paris)).toBeLessThan(210);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 0 })).toBe(0);
    expect(distanceKm({ lat: 1 }, { lat: 0, lon: 0 })).toBeNull();
  });
});
