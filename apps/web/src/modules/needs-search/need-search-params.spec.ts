import {
  EMPTY_NEED_SEARCH,
  activeNeedFilterCount,
  fromNeedFilters,
  needSearchUrl,
  parseNeedSearchParams,
  toNeedFilters,
  toNeedSearchParams,
  toNeedSearchVariables,
  withoutNeedFilters,
  type NeedSearchState,
} from './need-search-params';

const full: NeedSearchState = {
  q: 'nettoyage locaux',
  sectorGroups: ['proprete'],
  sectors: ['nettoyage-locaux', 'vitrerie'],
  reservations: ['RES_INSERTION', 'NONE'],
  reservedOnly: true,
  departements: ['59', '2A', '974'],
  regions: ['32'],
  kinds: ['QUOTE', 'TENDER'],
  consortiaAllowed: false,
  deadlineAfter: '2026-05-01',
  sort: 'DEADLINE',
  page: 3,
};

describe('URL ⇄ needs search state', () => {
  it('round-trips every filter, the words, the sort and the page', () => {
    const params = toNeedSearchParams(full);
    expect(params.getAll('dep')).toEqual(['59', '2A', '974']);
    expect(params.get('tri')).toBe('deadline');
    expect(params.get('gme')).toBe('0');
    expect(parseNeedSearchParams(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('leaves the defaults out of the URL', () => {
    expect(toNeedSearchParams(EMPTY_NEED_SEARCH).toString()).toBe('');
    expect(toNeedSearchParams({ ...EMPTY_NEED_SEARCH, q: '  ', consortiaAllowed: true }).toString()).toBe('gme=1');
  });

  it('drops unknown or malformed values instead of failing', () => {
    const state = parseNeedSearchParams(
      new URLSearchParams(
        'type=QUOTE&type=BOGUS&type=QUOTE&reserve=RES_FAKE&reserve=NONE&dep=5&dep=2A&region=ile&secteur=a%20b&gme=maybe&echeance=2026-02-30&tri=price&page=-2&reserveSeul=yes',
      ),
    );
    expect(state).toEqual({ ...EMPTY_NEED_SEARCH, kinds: ['QUOTE'], reservations: ['NONE'], departements: ['2A'] });
    expect(parseNeedSearchParams(new URLSearchParams('page=9999&tri=NEWEST'))).toMatchObject({ page: 1, sort: 'NEWEST' });
  });
});

describe('state → searchNeeds variables', () => {
  it('maps every filter to NeedSearchFilters and the deadline day to an instant', () => {
    expect(toNeedSearchVariables(full, 10)).toEqual({
      query: 'nettoyage locaux',
      filters: {
        sectorGroupSlugs: ['proprete'],
        sectorSlugs: ['nettoyage-locaux', 'vitrerie'],
        reservations: ['RES_INSERTION', 'NONE'],
        reservedOnly: true,
        departementCodes: ['59', '2A', '974'],
        regionCodes: ['32'],
        kinds: ['QUOTE', 'TENDER'],
        consortiaAllowed: false,
        deadlineAfter: '2026-05-01T00:00:00.000Z',
      },
      sort: 'DEADLINE',
      page: 3,
      perPage: 10,
    });
  });

  it('sends no filter and no query for an empty search', () => {
    expect(toNeedSearchVariables(EMPTY_NEED_SEARCH)).toEqual({ query: null, filters: {}, sort: 'RELEVANCE', page: 1, perPage: 20 });
  });

  it('counts and clears the filters, keeping the words and the sort', () => {
    expect(activeNeedFilterCount(full)).toBe(14); // 1 + 2 + 2 + 1 + 3 + 1 + 2 + gme + deadline
    const cleared = withoutNeedFilters(full);
    expect(activeNeedFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ q: full.q, sort: full.sort, page: 1 });
  });
});

describe('saved search of needs ⇄ /appels address', () => {
  it('rebuilds the search from the saved words and filters (page and sort are not saved)', () => {
    const filters = toNeedFilters(full) as Record<string, unknown>;
    expect(fromNeedFilters(full.q, filters)).toEqual({ ...full, sort: 'RELEVANCE', page: 1 });
    const url = needSearchUrl(full.q, filters);
    expect(url).toMatch(/^\/appels\?/);
    const back = parseNeedSearchParams(new URLSearchParams(url.split('?')[1]));
    expect(toNeedFilters(back)).toEqual(filters);
  });

  it('accepts a stored deadline instant and ignores values of the wrong type', () => {
    expect(
      fromNeedFilters('', { deadlineAfter: '2026-06-15T22:00:00.000Z', kinds: 'QUOTE', reservedOnly: 'true', consortiaAllowed: 1 }),
    ).toEqual({
      ...EMPTY_NEED_SEARCH,
      deadlineAfter: '2026-06-15',
    });
    expect(needSearchUrl('', {})).toBe('/appels');
  });
});
