import { indexesOf, NEEDS, OFFERS, StaleDeletions, staleDocumentsFilter, SUPPLIERS } from './search-indexes';

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

describe('StaleDeletions', () => {
  const offer = (id: string, supplierId: string) => ({ id, supplierId, contentHash: 'h' }) as never;

  it('merges the jobs into one filter per index, each unit keeping its latest documents', () => {
    const stale = new StaleDeletions();
    stale.record(OFFERS, ['s1', 's2'], [offer('o1', 's1'), offer('o2', 's1'), offer('o3', 's2')]);
    stale.record(SUPPLIERS, ['s1', 's2'], [doc('s1'), doc('s2')]);
    // A later job: s1 lost offer o2 and gained o4.
    stale.record(OFFERS, ['s1'], [offer('o1', 's1'), offer('o4', 's1')]);
    expect(stale.units).toBe(4);
    expect(stale.take().map(({ definition, filter }) => [definition.name, filter])).toEqual([
      ['offers', 'supplierId IN ["s1", "s2"] AND id NOT IN ["o1", "o4", "o3"]'],
      ['suppliers', null],
    ]);
    expect(stale.units).toBe(0);
    expect(stale.take()).toEqual([]);
  });

  it('a unit gone in its latest job is deleted, one back in it is not', () => {
    const stale = new StaleDeletions();
    stale.record(NEEDS, ['n1', 'n2'], [doc('n1'), doc('n2')]);
    stale.record(NEEDS, ['n1'], []);
    expect(stale.take()[0]?.filter).toBe('id IN ["n1"]');
  });
});
