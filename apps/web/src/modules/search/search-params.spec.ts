import {
  EMPTY_SEARCH,
  parseSearchParams,
  toOfferVariables,
  toSearchParams,
  toVariables,
  widerRadius,
  withMode,
  withoutPlace,
  type SearchState,
} from './search-params';

const full: SearchState = {
  mode: 'suppliers',
  q: 'recyclage DEEE',
  kinds: ['EI', 'ESAT'],
  families: ['INSERTION'],
  sectorGroups: ['environnement'],
  departements: ['59', '2A'],
  eligibleFor: 'RES_INSERTION',
  includeToConfirm: true,
  verifiedOnly: true,
  hasOffers: true,
  placeCode: '59350',
  placeName: 'Lille (59000)',
  latitude: null,
  longitude: null,
  radiusKm: 25,
  sort: 'DISTANCE',
  page: 3,
};

const roundTrip = (state: SearchState) => parseSearchParams(new URLSearchParams(toSearchParams(state).toString()));

describe('search state ↔ query string', () => {
  it('round-trips every filter, the text, the place, the radius, the sort and the page', () => {
    expect(roundTrip(full)).toEqual(full);
  });

  it('round-trips a point ("autour de moi") instead of a place', () => {
    const point = { ...full, placeCode: null, placeName: null, latitude: 50.63, longitude: 3.06, radiusKm: 10 };
    expect(roundTrip(point)).toEqual(point);
  });

  it('round-trips the empty state to an empty query string', () => {
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
    expect(roundTrip(EMPTY_SEARCH)).toEqual(EMPTY_SEARCH);
  });

  it('writes short, readable parameters', () => {
    expect(toSearchParams(full).toString()).toBe(
      'q=recyclage+DEEE&type=EI&type=ESAT&famille=INSERTION&secteur=environnement&dep=59&dep=2A&eligible=RES_INSERTION&aConfirmer=1' +
        '&verifie=1&offres=1&lieu=59350&lieuNom=Lille+%2859000%29&rayon=25&tri=distance&page=3',
    );
  });

  it('drops malformed or meaningless values instead of failing', () => {
    const state = parseSearchParams(
      new URLSearchParams('type=EI&type=EI&type=%3Cscript%3E&eligible=nope&aConfirmer=1&tri=distance&page=-2&rayon=abc&lat=95&lon=3'),
    );
    expect(state.kinds).toEqual(['EI']);
    expect(state.eligibleFor).toBeNull();
    expect(state.includeToConfirm).toBe(false);
    // No place: no radius, and "distance" is not a possible sort.
    expect(state.sort).toBe('RELEVANCE');
    expect(state.radiusKm).toBeNull();
    expect(state.latitude).toBeNull();
    expect(state.page).toBe(1);
  });

  it('defaults the radius to 50 km when a place is given without one', () => {
    expect(parseSearchParams(new URLSearchParams('lieu=59350')).radiusKm).toBe(50);
  });

  it('maps the state to searchSuppliers variables, leaving unset filters out', () => {
    expect(toVariables(full, 20)).toEqual({
      query: 'recyclage DEEE',
      filters: {
        kinds: ['EI', 'ESAT'],
        kindFamilies: ['INSERTION'],
        sectorGroupSlugs: ['environnement'],
        departementCodes: ['59', '2A'],
        eligibleFor: 'RES_INSERTION',
        includeToConfirm: true,
        verifiedOnly: true,
        hasOffers: true,
      },
      geo: { placeCode: '59350', radiusKm: 25 },
      sort: 'DISTANCE',
      page: 3,
      perPage: 20,
    });
    expect(toVariables(EMPTY_SEARCH)).toEqual({ query: null, filters: {}, geo: null, sort: 'RELEVANCE', page: 1, perPage: 20 });
  });

  it('widens the radius step by step and drops the place with its distance sort', () => {
    expect(widerRadius(25)).toBe(50);
    expect(widerRadius(200)).toBeNull();
    const dropped = withoutPlace(full);
    expect([dropped.placeCode, dropped.radiusKm, dropped.sort, dropped.page]).toEqual([null, null, 'RELEVANCE', 1]);
  });

  it('round-trips the catalogue mode (vue=catalogue) with its own sorts', () => {
    const offers: SearchState = { ...full, mode: 'offers', hasOffers: false, sort: 'PRICE' };
    expect(roundTrip(offers)).toEqual(offers);
    expect(toSearchParams(offers).get('vue')).toBe('catalogue');
    // A sort of the other mode, and the "with offers" filter, do not apply to offers.
    expect(parseSearchParams(new URLSearchParams('vue=catalogue&tri=name&offres=1'))).toMatchObject({
      mode: 'offers',
      sort: 'RELEVANCE',
      hasOffers: false,
    });
    expect(parseSearchParams(new URLSearchParams('tri=lead_time')).sort).toBe('RELEVANCE');
    expect(parseSearchParams(new URLSearchParams('vue=autre')).mode).toBe('suppliers');
  });

  it('switching mode keeps the text, place and shared filters, drops what does not apply and goes back to page 1', () => {
    const switched = withMode(full, 'offers');
    expect(switched).toEqual({ ...full, mode: 'offers', hasOffers: false, page: 1 });
    expect(withMode({ ...switched, sort: 'LEAD_TIME' }, 'suppliers').sort).toBe('RELEVANCE');
  });

  it('maps the state to searchOffers variables: the same filters but "with offers"', () => {
    const { filters, ...rest } = toVariables(full, 20);
    const { hasOffers, ...offerFilters } = filters;
    expect(hasOffers).toBe(true);
    expect(toOfferVariables({ ...full, mode: 'offers', sort: 'LEAD_TIME' }, 20)).toEqual({
      ...rest,
      filters: offerFilters,
      sort: 'LEAD_TIME',
    });
  });
});
