import { offerFilterExpression } from './offer-filter';

describe('offerFilterExpression', () => {
  it('is empty without filters', () => {
    expect(offerFilterExpression()).toEqual([]);
  });

  it('matches a CPV code and its descendants by significant prefix, with or without check digit', () => {
    expect(offerFilterExpression({ cpvCodes: ['90500000-2', '90911200', '45000000-7'] })).toEqual(['cpvPrefixes IN ["905", "909112", "45"]']);
  });

  it('applies the supplier filters to the offer’s supplier, and its own lead time', () => {
    const clauses = offerFilterExpression(
      { kinds: ['EA'], eligibleFor: 'RES_HANDICAP', servingDepartementCode: '59', hasCapacity: true, maxLeadTimeDays: 15 },
      { geo: { lat: 50.63, lng: 3.06, radiusKm: 20 } },
    );
    expect(clauses).toEqual([
      'kinds IN ["EA"]',
      'eligibleFor = "RES_HANDICAP"',
      '(servesNationally = true OR departementCode = "59" OR servedDepartements = "59")',
      'hasCapacity = true',
      '_geoRadius(50.63, 3.06, 20000)',
      'leadTimeDays <= 15',
    ]);
  });
});
