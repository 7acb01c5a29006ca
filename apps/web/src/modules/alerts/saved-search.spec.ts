import { searchToSave, searchUrlOf } from './saved-search';

describe('searchToSave', () => {
  it('keeps the words and the filters of a supplier search, and says when the place is left out', () => {
    const saved = searchToSave(new URLSearchParams('q=recyclage&type=EI&type=ACI&dep=59&eligible=RES_INSERTION&offres=1&lieu=59350&rayon=25&tri=distance&page=3'));
    expect(saved).toEqual({
      query: 'recyclage',
      filters: { kinds: ['EI', 'ACI'], departementCodes: ['59'], eligibleFor: 'RES_INSERTION', hasOffers: true },
      placeDropped: true,
      filterCount: 4,
    });
  });

  it('an empty query string is an empty search', () => {
    expect(searchToSave(new URLSearchParams(''))).toEqual({ query: '', filters: {}, placeDropped: false, filterCount: 0 });
  });
});

describe('searchUrlOf', () => {
  it('gives back the /recherche address of a saved supplier search (round trip)', () => {
    const params = new URLSearchParams('q=recyclage&type=EI&dep=59&eligible=RES_INSERTION&aConfirmer=1');
    const saved = { target: 'SUPPLIERS', ...searchToSave(params) };
    const url = searchUrlOf(saved);
    expect(url).toMatch(/^\/recherche\?/);
    expect(searchToSave(new URLSearchParams(url!.split('?')[1]))).toEqual(searchToSave(params));
  });

  it('drops unexpected values, and has no address for an unknown target', () => {
    expect(searchUrlOf({ target: 'OTHER', query: '', filters: {} })).toBeNull();
    expect(searchUrlOf({ target: 'SUPPLIERS', query: '', filters: { kinds: 'EI', verifiedOnly: 'yes' } })).toBe('/recherche');
  });

  it('gives the /appels address of a saved search of needs', () => {
    const url = searchUrlOf({ target: 'NEEDS', query: 'nettoyage', filters: { kinds: ['QUOTE'], reservedOnly: true, departementCodes: ['59'] } });
    expect(url).toMatch(/^\/appels\?/);
    const params = new URLSearchParams(url!.split('?')[1]);
    expect([params.get('q'), params.getAll('type'), params.get('reserveSeul'), params.getAll('dep')]).toEqual(['nettoyage', ['QUOTE'], '1', ['59']]);
    expect(searchUrlOf({ target: 'NEEDS', query: '', filters: {} })).toBe('/appels');
  });
});
