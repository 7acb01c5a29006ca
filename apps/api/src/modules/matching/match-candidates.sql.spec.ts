import { listCpv } from '@essor/reference-data';
import { candidateQuery, cpvCodesOfClasses, matchLotOf, matchPlaceOf } from './match-candidates.sql';

describe('matching SQL parameters', () => {
  it('resolves the place of a lot from reference data, as the predicate reads it', () => {
    expect(matchPlaceOf('COMMUNE', '59350')).toEqual({ kind: 'COMMUNE', code: '59350', departementCode: '59', regionCode: '32', lat: expect.any(Number), lon: expect.any(Number) });
    expect(matchPlaceOf('DEPARTEMENT', '59')).toMatchObject({ code: '59', departementCode: '59', regionCode: '32' });
    expect(matchPlaceOf('REGION', '32')).toMatchObject({ code: '32', departementCode: null, regionCode: '32' });
    expect(matchPlaceOf('NATIONAL', '59')).toEqual({ kind: 'NATIONAL', code: null, departementCode: null, regionCode: null, lat: null, lon: null });
    // An unknown code still matches the zones that list it, and nothing by distance.
    expect(matchPlaceOf('DEPARTEMENT', '00')).toEqual({ kind: 'DEPARTEMENT', code: '00', departementCode: '00', regionCode: null, lat: null, lon: null });
  });

  it('expands lot CPV codes into every reference code of their classes (first 4 digits)', () => {
    const codes = cpvCodesOfClasses(['90511000-2', '90511400', '12']);
    expect(codes).toContain('90511400-6');
    expect(codes).toContain('90510000-5');
    expect(codes.every((c) => c.startsWith('9051'))).toBe(true);
    expect(codes).toHaveLength(listCpv().filter((c) => c.code.startsWith('9051')).length);
    expect(cpvCodesOfClasses([])).toEqual([]);
  });

  it('passes the départements of a région place (the mirror of regionOfDepartement) and the reservation prefilter', () => {
    const lot = matchLotOf({ sectorSlugs: ['nettoyage-de-locaux'], cpvCodes: [], serviceTypes: [], placeKind: 'REGION', placeCode: '32', radiusKm: null }, false);
    const { params } = candidateQuery(lot, { reservation: 'RES_INSERTION' });
    expect(params[7]).toEqual(expect.arrayContaining(['02', '59', '60', '62', '80']));
    expect(params[13]).toBe(false);
    expect(params[14]).toEqual(expect.arrayContaining(['EI', 'ACI', 'AI', 'ETTI']));
    expect(params[14]).not.toContain('EA');
    expect(candidateQuery(lot).params[13]).toBe(true);
  });
});
