import { indexesOf, NEEDS, OFFERS, staleDocumentsFilter, SUPPLIERS } from './search-indexes';

const doc = (id: string) => ({ id, contentHash: 'h' });

describe('staleDocumentsFilter', () => {
  it('suppliers: deletes the suppliers that have no document any more, nothing when all remain', () => {
    expect(staleDocumentsFilter(SUPPLIERS, ['a', 'b'], [doc('a')])).toBe('id IN ["b"]');
    expect(staleDocumentsFilter(SUPPLIERS, ['a'], [doc('a')])).toBeNull();
  });

  it('offers: deletes the offers of these suppliers that are not in their current catalogue', () => {
    expect(staleDocumentsFilter(OFFERS, ['s1', 's2'], [doc('o1'), doc('o2')])).toBe('supplierId IN ["s1", "s2"] AND id NOT IN ["o1", "o2"]');
    // A supplier without offers (or gone) loses them all.
    expect(staleDocumentsFilter(OFFERS, ['s1'], [])).toBe('supplierId IN ["s1"]');
    expect(staleDocumentsFilter(OFFERS, [], [])).toBeNull();
  });

  it('needs: a need without a document (closed, cancelled, made INVITED) is deleted', () => {
    expect(staleDocumentsFilter(NEEDS, ['n1', 'n2'], [doc('n2')])).toBe('id IN ["n1"]');
  });
});

describe('indexesOf', () => {
  it('groups the indexes by the source they are built from', () => {
    expect(indexesOf('suppliers')).toEqual([SUPPLIERS, OFFERS]);
    expect(indexesOf('needs')).toEqual([NEEDS]);
  });
});
