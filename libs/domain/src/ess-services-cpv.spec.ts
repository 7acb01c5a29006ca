import { isEssServicesCpv, normalizeCpvCode } from './ess-services-cpv';

describe('RES-06 ESS services CPV list', () => {
  it('RES-06: 85311000 (social work with accommodation) is listed; 90910000 (cleaning) is not', () => {
    expect(isEssServicesCpv('85311000')).toBe(true);
    expect(isEssServicesCpv('90910000')).toBe(false);
  });

  it('RES-06: matches exact codes, not prefixes', () => {
    // 85111000 and 85112000 are listed; 85110001 / a shortened 8531 are not codes of the list.
    expect(isEssServicesCpv('85110001')).toBe(false);
    expect(isEssServicesCpv('8531')).toBe(false);
    expect(isEssServicesCpv('85313000')).toBe(false);
  });

  it('accepts the CPV check digit and stray spaces', () => {
    expect(normalizeCpvCode('85311000-2')).toBe('85311000');
    expect(normalizeCpvCode(' 85311000 ')).toBe('85311000');
    expect(isEssServicesCpv('85311000-2')).toBe(true);
    expect(normalizeCpvCode('not-a-code')).toBe('not-a-code');
  });
});
