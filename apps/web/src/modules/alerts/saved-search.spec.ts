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

  it('has no address for a search of needs, nor for unexpected values', () => {
    expect(searchUrlOf({ target: 'NEEDS', query: '', filters: {} })).toBeNull();
    expect(searchUrlOf({ target: 'SUPPLIERS', query: '', filters: { kinds: 'EI', verifiedOnly: 'yes' } })).toBe('/recherche');
  });
});
