import { needFilterExpression } from './need-filter';

describe('needFilterExpression', () => {
  it('is empty without filters', () => {
    expect(needFilterExpression()).toEqual([]);
  });

  it('translates every filter into one AND-ed clause; a national lot matches any place', () => {
    const clauses = needFilterExpression({
      sectorSlugs: ['nettoyage-de-locaux'], cpvCodes: ['90500000-2'], reservations: ['RES_INSERTION'], reservedOnly: true,
      departementCodes: ['59'], regionCodes: ['32', '11'], kinds: ['TENDER'], deadlineAfter: new Date(1_800_000_000_000), consortiaAllowed: false,
    });
    expect(clauses).toEqual([
      'sectorSlugs IN ["nettoyage-de-locaux"]',
      'cpvPrefixes IN ["905"]',
      'reservations IN ["RES_INSERTION"]',
      'reserved = true',
      '(national = true OR departementCodes IN ["59"])',
      '(national = true OR regionCodes IN ["32", "11"])',
      'kind IN ["TENDER"]',
      'deadlineAt > 1800000000000',
      'consortiaAllowed = false',
    ]);
  });

  it('a saved search window keeps what was published in (from, to]; the first run has no lower bound', () => {
    const from = new Date('2026-11-01T06:30:00Z');
    const to = new Date('2026-11-02T06:30:00Z');
    expect(needFilterExpression({}, { published: { from, to } })).toEqual([`publishedAt > ${from.getTime()}`, `publishedAt <= ${to.getTime()}`]);
    expect(needFilterExpression({}, { published: { from: null, to } })).toEqual([`publishedAt <= ${to.getTime()}`]);
  });
});
