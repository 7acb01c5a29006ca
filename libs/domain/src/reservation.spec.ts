import { combineReservations, kindStanding, RESERVATION_RULES, validateReservation } from './reservation';

describe('RES-04 combining reservations', () => {
  it('RES-04: handicap + insertion on one lot is RES_HANDICAP_OR_INSERTION (L2113-14, 1st sentence)', () => {
    expect(combineReservations(['RES_HANDICAP', 'RES_INSERTION'])).toEqual({
      ok: true,
      reservation: 'RES_HANDICAP_OR_INSERTION',
    });
    expect(combineReservations(['RES_INSERTION', 'RES_HANDICAP_OR_INSERTION'])).toEqual({
      ok: true,
      reservation: 'RES_HANDICAP_OR_INSERTION',
    });
  });

  it('RES-04: [RES_PENITENTIARY, RES_HANDICAP] is an invalid combination (L2113-14, 2nd sentence)', () => {
    const result = combineReservations(['RES_PENITENTIARY', 'RES_HANDICAP']);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.issue.code).toBe('INVALID_COMBINATION');
    expect(result.ok === false && result.issue.message_en).toMatch(/L2113-14/);
  });

  it('RES-04: penitentiary cannot join insertion or the combined reservation either', () => {
    expect(combineReservations(['RES_PENITENTIARY', 'RES_INSERTION']).ok).toBe(false);
    expect(combineReservations(['RES_HANDICAP_OR_INSERTION', 'RES_PENITENTIARY']).ok).toBe(false);
  });

  it('the ESS services reservation combines with nothing', () => {
    expect(combineReservations(['RES_ESS_SERVICES', 'RES_INSERTION']).ok).toBe(false);
  });

  it('no declared reservation (or only NONE) is NONE; duplicates collapse', () => {
    expect(combineReservations([])).toEqual({ ok: true, reservation: 'NONE' });
    expect(combineReservations(['NONE'])).toEqual({ ok: true, reservation: 'NONE' });
    expect(combineReservations(['RES_PENITENTIARY', 'RES_PENITENTIARY', 'NONE'])).toEqual({
      ok: true,
      reservation: 'RES_PENITENTIARY',
    });
  });
});

describe('RES-06 / RES-07 / RES-10 validity of a lot reservation', () => {
  it('RES-06: ESS services, CPV 85311000, pouvoir adjudicateur, 24 months: valid', () => {
    expect(
      validateReservation({
        reservation: 'RES_ESS_SERVICES',
        cpvCodes: ['85311000'],
        durationMonths: 24,
        buyerRegime: 'CCP',
        buyerCategory: 'POUVOIR_ADJUDICATEUR',
      }),
    ).toEqual({ valid: true, reservation: 'RES_ESS_SERVICES', issues: [] });
  });

  it('RES-06: ESS services with CPV 90910000 (cleaning) is invalid: CPV not on the list', () => {
    const result = validateReservation({ reservation: 'RES_ESS_SERVICES', cpvCodes: ['90910000'] });
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'CPV_NOT_ALLOWED', cpvCodes: ['90910000'] })]);
  });

  it('RES-06: the lot must cover listed services exclusively: one outside code is enough to refuse', () => {
    const result = validateReservation({ reservation: 'RES_ESS_SERVICES', cpvCodes: ['85311000-2', '90910000-9'] });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'CPV_NOT_ALLOWED', cpvCodes: ['90910000'] })]);
  });

  it('RES-06: an entité adjudicatrice that is not a pouvoir adjudicateur may not use L2113-15', () => {
    const result = validateReservation({
      reservation: 'RES_ESS_SERVICES',
      cpvCodes: ['85311000'],
      buyerRegime: 'CCP',
      buyerCategory: 'ENTITE_ADJUDICATRICE',
    });
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['BUYER_NOT_ALLOWED']);
  });

  it('RES-06: a private buyer may not use the ESS services reservation', () => {
    const result = validateReservation({
      reservation: 'RES_ESS_SERVICES',
      cpvCodes: ['85311000'],
      buyerRegime: 'PRIVATE',
    });
    expect(result.issues.map((i) => i.code)).toEqual(['BUYER_NOT_ALLOWED']);
  });

  it('RES-07 A: an ESS services contract of 48 months is invalid (max 36, L2113-16)', () => {
    const result = validateReservation({ reservation: 'RES_ESS_SERVICES', cpvCodes: ['85311000'], durationMonths: 48 });
    expect(result.issues.map((i) => i.code)).toEqual(['DURATION_EXCEEDED']);
    expect(validateReservation({ reservation: 'RES_ESS_SERVICES', durationMonths: 36 }).valid).toBe(true);
  });

  it('RES-10: a 6 M€ works contract reserved under RES_INSERTION is valid (no amount or object condition)', () => {
    // Works CPV, long duration and a private buyer's policy reservation: none of them matters.
    expect(
      validateReservation({ reservation: 'RES_INSERTION', cpvCodes: ['45000000'], durationMonths: 60 }).valid,
    ).toBe(true);
    expect(
      validateReservation({ reservation: 'RES_HANDICAP', cpvCodes: ['45210000'], buyerRegime: 'PRIVATE' }).valid,
    ).toBe(true);
  });

  it('RES-04: validating a notice declaring [RES_PENITENTIARY, RES_HANDICAP] reports the combination', () => {
    expect(validateReservation({ reservation: ['RES_PENITENTIARY', 'RES_HANDICAP'] })).toEqual({
      valid: false,
      reservation: null,
      issues: [expect.objectContaining({ code: 'INVALID_COMBINATION' })],
    });
  });
});

describe('RES-00 catalogue: standing of kinds', () => {
  it('RES-00: every reserved type lists who may bid; ORDINARY stands nowhere', () => {
    for (const rule of Object.values(RESERVATION_RULES)) {
      expect(rule.eligibleKinds.length).toBeGreaterThan(0);
      expect(kindStanding('ORDINARY', rule.code)).toEqual({ outcome: 'INELIGIBLE' });
    }
  });

  it('RES-00: SEP stands only for the penitentiary reservation', () => {
    const standings = Object.values(RESERVATION_RULES).map((r) => [r.code, kindStanding('SEP', r.code).outcome]);
    expect(standings).toEqual([
      ['RES_HANDICAP', 'INELIGIBLE'],
      ['RES_INSERTION', 'INELIGIBLE'],
      ['RES_HANDICAP_OR_INSERTION', 'INELIGIBLE'],
      ['RES_PENITENTIARY', 'ELIGIBLE'],
      ['RES_ESS_SERVICES', 'INELIGIBLE'],
    ]);
  });

  it('RES-00: the combined reservation is the union of the handicap and insertion sets', () => {
    const union = new Set([
      ...RESERVATION_RULES.RES_HANDICAP.eligibleKinds,
      ...RESERVATION_RULES.RES_INSERTION.eligibleKinds,
    ]);
    expect(new Set(RESERVATION_RULES.RES_HANDICAP_OR_INSERTION.eligibleKinds)).toEqual(union);
  });

  it('RES-01: handicap, insertion and penitentiary require 50 % of target workers; ESS services none', () => {
    expect(RESERVATION_RULES.RES_HANDICAP.minimumTargetWorkerShare).toBe(0.5);
    expect(RESERVATION_RULES.RES_INSERTION.minimumTargetWorkerShare).toBe(0.5);
    expect(RESERVATION_RULES.RES_PENITENTIARY.minimumTargetWorkerShare).toBe(0.5);
    expect(RESERVATION_RULES.RES_ESS_SERVICES.minimumTargetWorkerShare).toBeNull();
  });
});
