import fc from 'fast-check';
import { luhnCheckDigit } from './luhn';
import {
  isValidSiren,
  isValidSiret,
  LA_POSTE_SIREN,
  normalizeCompanyIdentifier,
  sirenOf,
  validateSiren,
  validateSiret,
} from './siret';
import type { Siret } from './siret';

const digitSum = (s: string): number => [...s].reduce((sum, c) => sum + Number(c), 0);

describe('ESS-03 SIREN validation', () => {
  it.each(['356000000', '732829320', '552100554', '807469317', '751870494'])('ESS-03: SIREN %s is valid', (siren) => {
    expect(validateSiren(siren)).toEqual({ valid: true, value: siren });
  });

  it.each(['732829321', '123456789'])('ESS-03: SIREN %s fails the checksum', (siren) => {
    expect(validateSiren(siren)).toEqual({ valid: false, reason: 'CHECKSUM', normalized: siren });
  });

  it('ESS-03: "732 829 320" is normalised first, then valid', () => {
    expect(validateSiren('732 829 320')).toEqual({ valid: true, value: '732829320' });
  });

  it.each(['73282932A', '73282932', '7328293200', '', '732-829-320', 'abcdefghi'])(
    'ESS-03: %p is refused for its FORMAT',
    (raw) => {
      const result = validateSiren(raw);
      expect(result.valid).toBe(false);
      expect(result.valid === false && result.reason).toBe('FORMAT');
    },
  );
});

describe('ESS-03 SIRET validation', () => {
  it.each([
    ['80746931700018', 'real supplier example'],
    ['75187049400026', 'real supplier example'],
    ['35600000000048', 'La Poste, Luhn-valid'],
    ['73282932000074', 'Luhn-valid'],
  ])('ESS-03: SIRET %s is valid (%s)', (siret) => {
    expect(validateSiret(siret)).toEqual({ valid: true, value: siret });
  });

  it('ESS-03 La Poste exception: 35600000049837 fails Luhn but its digit sum is a multiple of 5', () => {
    expect(digitSum('35600000049837') % 5).toBe(0);
    expect(validateSiret('35600000049837')).toEqual({ valid: true, value: '35600000049837' });
  });

  it.each(['35600000049838', '35600000010001', '73282932000075'])('ESS-03: SIRET %s fails the checksum', (siret) => {
    expect(validateSiret(siret)).toEqual({ valid: false, reason: 'CHECKSUM', normalized: siret });
  });

  it('ESS-03: the digit-sum rule is for La Poste only', () => {
    // Same SIREN as a valid SIRET, NIC changed so that Luhn fails but the digit sum is a multiple of 5.
    const candidate = '73282932000077';
    expect(digitSum(candidate) % 5).toBe(0);
    expect(validateSiret(candidate)).toMatchObject({ valid: false, reason: 'CHECKSUM' });
  });

  it('ESS-03: a 14-digit Luhn pass built on an invalid SIREN is refused', () => {
    const payload = '123456789' + '0000';
    const siret = payload + luhnCheckDigit(payload);
    expect(isValidSiren('123456789')).toBe(false);
    expect(validateSiret(siret)).toMatchObject({ valid: false, reason: 'CHECKSUM' });
  });

  it('ESS-03: spaces, dots and non-breaking spaces are stripped; letters are FORMAT', () => {
    expect(validateSiret('807 469 317 00018')).toEqual({ valid: true, value: '80746931700018' });
    expect(validateSiret('807.469.317.00018')).toEqual({ valid: true, value: '80746931700018' });
    expect(validateSiret('807\u00a0469\u202f317 00018')).toMatchObject({ valid: true });
    expect(validateSiret('8074693170001A')).toMatchObject({ valid: false, reason: 'FORMAT' });
    expect(validateSiret('807469317')).toMatchObject({ valid: false, reason: 'FORMAT' });
  });

  it('sirenOf returns the first nine digits of a validated SIRET', () => {
    const result = validateSiret('807 469 317 00018');
    if (!result.valid) throw new Error('expected a valid SIRET');
    expect(sirenOf(result.value)).toBe('807469317');
    expect(isValidSiren(sirenOf(result.value))).toBe(true);
    expect(sirenOf('35600000049837' as Siret)).toBe(LA_POSTE_SIREN);
  });

  it('boolean helpers agree with the discriminated results', () => {
    expect(isValidSiret('80746931700018')).toBe(true);
    expect(isValidSiret('80746931700019')).toBe(false);
  });
});

describe('ESS-03 properties (fast-check)', () => {
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const validSiren = digits(8).map((payload) => payload + luhnCheckDigit(payload));

  it('every generated SIREN with its Luhn key is valid', () => {
    fc.assert(fc.property(validSiren, (siren) => validateSiren(siren).valid));
  });

  it('ESS-03: changing any single digit of a valid SIREN makes it fail with CHECKSUM', () => {
    fc.assert(
      fc.property(validSiren, fc.nat({ max: 8 }), fc.integer({ min: 1, max: 9 }), (siren, position, delta) => {
        const original = Number(siren[position]);
        const changed = siren.slice(0, position) + String((original + delta) % 10) + siren.slice(position + 1);
        const result = validateSiren(changed);
        return result.valid === false && result.reason === 'CHECKSUM';
      }),
    );
  });

  it('ESS-03: changing any single digit of a valid non-La Poste SIRET makes it fail', () => {
    const validSiret = fc
      .tuple(validSiren, digits(4))
      .filter(([siren]) => siren !== LA_POSTE_SIREN)
      .map(([siren, nic]) => siren + nic + luhnCheckDigit(siren + nic));
    fc.assert(
      fc.property(validSiret, fc.nat({ max: 13 }), fc.integer({ min: 1, max: 9 }), (siret, position, delta) => {
        if (!isValidSiret(siret)) return false;
        const original = Number(siret[position]);
        const changed = siret.slice(0, position) + String((original + delta) % 10) + siret.slice(position + 1);
        // A change in the first nine digits may land on La Poste's SIREN, where the digit-sum rule applies.
        return changed.startsWith(LA_POSTE_SIREN) || !isValidSiret(changed);
      }),
    );
  });

  it('separators never change the verdict, and normalisation is idempotent', () => {
    const separator = fc.constantFrom(' ', '.', '\u00a0', '');
    fc.assert(
      fc.property(digits(14), fc.array(separator, { minLength: 14, maxLength: 14 }), (siret, seps) => {
        const spaced = [...siret].map((c, i) => c + (seps[i] ?? '')).join('');
        const once = normalizeCompanyIdentifier(spaced);
        return (
          once === siret &&
          normalizeCompanyIdentifier(once) === once &&
          validateSiret(spaced).valid === validateSiret(siret).valid
        );
      }),
    );
  });
});
