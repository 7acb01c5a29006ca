import { preloadReferenceData, referenceDataLoadTimings, listCpv } from './index';

describe('lazy loading', () => {
  it('loads each dataset once and reports its load time', () => {
    const timings = preloadReferenceData();
    expect(Object.keys(timings).sort()).toEqual(['communes', 'cpv', 'naf', 'regions+departements', 'sectors'].sort());
    // Generous bound for slow CI machines; measured ~250–350 ms for communes.
    expect(timings['communes']).toBeLessThan(3000);
    const first = listCpv();
    expect(listCpv()).toBe(first);
    expect(referenceDataLoadTimings()['cpv']).toBe(timings['cpv']);
    console.log('reference-data load timings (ms):', JSON.stringify(referenceDataLoadTimings()));
  });
});
