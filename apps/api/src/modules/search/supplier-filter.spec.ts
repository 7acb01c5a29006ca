import { quote, supplierFilterExpression } from './supplier-filter';

describe('supplierFilterExpression', () => {
  it('is empty without filters', () => {
    expect(supplierFilterExpression()).toEqual([]);
  });

  it('translates every filter into one AND-ed clause', () => {
    const clauses = supplierFilterExpression(
      { kinds: ['EI', 'ACI'], eligibleFor: 'RES_INSERTION', verifiedOnly: true, servingDepartementCode: '59', minCapacity: 10, headcountMin: 5, hasOffers: true },
      { geo: { lat: 50.63, lng: 3.06, radiusKm: 30 } },
    );
    expect(clauses).toEqual([
      'kinds IN ["EI", "ACI"]',
      'verified = true',
      'eligibleFor = "RES_INSERTION"',
      '(servesNationally = true OR departementCode = "59" OR servedDepartements = "59")',
      'capacityQuantity >= 10',
      'headcountTotal >= 5',
      'hasOffers = true',
      '_geoRadius(50.63, 3.06, 30000)',
    ]);
  });

  it('adds TO_CONFIRM suppliers only when asked', () => {
    expect(supplierFilterExpression({ eligibleFor: 'RES_HANDICAP', includeToConfirm: true })).toEqual([
      '(eligibleFor = "RES_HANDICAP" OR toConfirmFor = "RES_HANDICAP")',
    ]);
  });

  it('an empty favourite list matches nothing, not everything', () => {
    expect(supplierFilterExpression({}, { favouriteIds: [] })).toEqual(['id IN []']);
  });

  it('quotes values so user input cannot change the expression', () => {
    expect(quote('a" OR verified = true OR x = "b')).toBe('"a\\" OR verified = true OR x = \\"b"');
    expect(supplierFilterExpression({ networks: ['Réseau "Envie"'] })).toEqual(['networks IN ["Réseau \\"Envie\\""]']);
  });
});
