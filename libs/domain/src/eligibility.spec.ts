import fc from 'fast-check';
import { supplierEligibility } from './eligibility';
import type { SupplierEligibilityInput, SupplierKindClaim } from './eligibility';
import { combineReservations, RESERVATION_RULES, RESERVATION_TYPES } from './reservation';
import type { ReservationType } from './reservation';
import { SUPPLIER_KINDS } from './supplier-kinds';
import type { SupplierKind } from './supplier-kinds';
import { claim, day, DEADLINE, verified } from './testing/fixtures';
import { VERIFICATION_STATUSES } from './verification-status';

const check = (
  reservation: ReservationType,
  kinds: SupplierKindClaim[],
  extra: Partial<SupplierEligibilityInput> = {},
) => supplierEligibility({ reservation, kinds, at: DEADLINE, ...extra });
const codes = (result: { reasons: readonly { code: string }[] }) => result.reasons.map((r) => r.code);

/** Reservation from a list as a lot declares it (RES-04). */
const combined = (declared: ReservationType[]): ReservationType => {
  const result = combineReservations(declared);
  if (!result.ok) throw new Error('invalid combination');
  return result.reservation;
};

describe('RES-00 catalogue of reservation types', () => {
  it.each(
    Object.values(RESERVATION_RULES).flatMap((rule) =>
      rule.eligibleKinds.filter((k) => !k.startsWith('EQUIVALENT_')).map((kind) => [rule.code, kind] as const),
    ),
  )('RES-00: under %s a verified %s with a valid proof is ELIGIBLE', (reservation, kind) => {
    expect(check(reservation, [verified(kind)]).status).toBe('ELIGIBLE');
  });

  it.each(RESERVATION_TYPES.filter((r) => r !== 'NONE'))(
    'RES-00: ORDINARY is never eligible under %s',
    (reservation) => {
      const result = check(reservation, [verified('ORDINARY')]);
      expect(result.status).toBe('INELIGIBLE');
      expect(result.reasons[0]).toMatchObject({ code: 'KIND_NOT_ELIGIBLE', kind: 'ORDINARY' });
    },
  );

  it('RES-00: SEP is eligible only under RES_PENITENTIARY', () => {
    const statuses = RESERVATION_TYPES.filter((r) => r !== 'NONE').map((r) => [r, check(r, [verified('SEP')]).status]);
    expect(statuses).toEqual([
      ['RES_HANDICAP', 'INELIGIBLE'],
      ['RES_INSERTION', 'INELIGIBLE'],
      ['RES_HANDICAP_OR_INSERTION', 'INELIGIBLE'],
      ['RES_PENITENTIARY', 'ELIGIBLE'],
      ['RES_ESS_SERVICES', 'INELIGIBLE'],
    ]);
  });

  it('RES-00: a lot that is not reserved is open to anyone, ordinary companies included', () => {
    const result = check('NONE', [verified('ORDINARY')]);
    expect(result).toEqual({ status: 'ELIGIBLE', reasons: [expect.objectContaining({ code: 'NOT_RESERVED' })] });
    expect(check('NONE', []).status).toBe('ELIGIBLE');
  });

  it('RES-00: a supplier with no declared kind is not eligible to a reserved lot', () => {
    expect(codes(check('RES_INSERTION', []))).toEqual(['NO_KIND_DECLARED']);
  });
});

describe('RES-01 the 50 % threshold (R2113-7)', () => {
  const equivalent = verified('EQUIVALENT_HANDICAP', { type: 'DISABLED_WORKERS_SHARE_ATTESTATION' });

  it('RES-01: EQUIVALENT_HANDICAP with a 0.49 share, RES_HANDICAP -> INELIGIBLE (share < 0.50)', () => {
    const result = check('RES_HANDICAP', [equivalent], { disabledWorkersShare: 0.49 });
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'SHARE_BELOW_MINIMUM', kind: 'EQUIVALENT_HANDICAP' }),
    ]);
    expect(result.reasons[0]?.message_en).toMatch(/49%.*50%/);
  });

  it('RES-01: same supplier at 0.50 with its share attestation verified -> ELIGIBLE', () => {
    expect(check('RES_HANDICAP', [equivalent], { disabledWorkersShare: 0.5 }).status).toBe('ELIGIBLE');
  });

  it('RES-01: same supplier at 0.50, attestation not yet verified -> TO_CONFIRM (needs proof)', () => {
    const declared = claim('EQUIVALENT_HANDICAP', { status: 'DECLARED', noProof: true });
    const result = check('RES_HANDICAP', [declared], { disabledWorkersShare: 0.5 });
    expect(result.status).toBe('TO_CONFIRM');
    expect(codes(result)).toEqual(['KIND_NOT_VERIFIED']);
  });

  it('RES-01: an equivalent structure whose share is unknown or unreadable is TO_CONFIRM', () => {
    expect(codes(check('RES_HANDICAP', [equivalent]))).toEqual(['SHARE_UNKNOWN']);
    expect(codes(check('RES_HANDICAP', [equivalent], { disabledWorkersShare: 55 }))).toEqual(['SHARE_INVALID']);
    expect(codes(check('RES_HANDICAP', [equivalent], { disabledWorkersShare: Number.NaN }))).toEqual(['SHARE_INVALID']);
  });

  it('RES-01: EQUIVALENT_INSERTION is judged on its share of disadvantaged workers', () => {
    const eq = verified('EQUIVALENT_INSERTION');
    expect(check('RES_INSERTION', [eq], { disadvantagedWorkersShare: 0.6 }).status).toBe('ELIGIBLE');
    expect(check('RES_INSERTION', [eq], { disadvantagedWorkersShare: 0.3 }).status).toBe('INELIGIBLE');
    // The disability share does not count for insertion.
    expect(check('RES_INSERTION', [eq], { disabledWorkersShare: 0.9 }).status).toBe('TO_CONFIRM');
  });

  it.todo('RES-01 (importer, apps/api procurement): reservation flag without article reference -> confidence low');
});

describe('RES-02 L2113-12 handicap structures', () => {
  it('RES-02: EA with CPOM valid until 2027-12-31, RES_HANDICAP contract in 2026-05 -> ELIGIBLE', () => {
    const result = check('RES_HANDICAP', [verified('EA', { validUntil: day('2027-12-31') })]);
    expect(result.status).toBe('ELIGIBLE');
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'KIND_ELIGIBLE', kind: 'EA', proofValidUntil: day('2027-12-31') }),
    ]);
  });

  it('RES-02: EA with CPOM valid until 2025-12-31, same contract -> INELIGIBLE (CPOM expired)', () => {
    const result = check('RES_HANDICAP', [verified('EA', { validUntil: day('2025-12-31') })]);
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'PROOF_EXPIRED', kind: 'EA', proofValidUntil: day('2025-12-31') }),
    ]);
    expect(result.reasons[0]?.message_fr).toMatch(/31\/12\/2025/);
  });

  it('RES-02: the proof is judged at the response deadline, last day included', () => {
    const ea = verified('EA', { validUntil: day('2026-05-15') });
    expect(check('RES_HANDICAP', [ea], { at: new Date('2026-05-15T23:00:00Z') }).status).toBe('ELIGIBLE');
    expect(check('RES_HANDICAP', [ea], { at: new Date('2026-05-16T00:00:00Z') }).status).toBe('INELIGIBLE');
  });

  it('RES-02: EI (SIAE) under RES_HANDICAP -> INELIGIBLE', () => {
    const result = check('RES_HANDICAP', [verified('EI')]);
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'EI' })]);
  });

  it('RES-02: EI also declared EQUIVALENT_HANDICAP with share >= 0.5 -> ELIGIBLE through that kind', () => {
    const result = check('RES_HANDICAP', [verified('EI'), verified('EQUIVALENT_HANDICAP')], {
      disabledWorkersShare: 0.6,
    });
    expect(result.status).toBe('ELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'KIND_ELIGIBLE', kind: 'EQUIVALENT_HANDICAP' })]);
  });

  it('RES-02: EATT is treated as eligible but flagged -> TO_CONFIRM', () => {
    const result = check('RES_HANDICAP', [verified('EATT')]);
    expect(result.status).toBe('TO_CONFIRM');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'KIND_TO_CONFIRM', kind: 'EATT' })]);
  });

  it('RES-02: ESAT proves its status by ARS authorisation or FINESS number', () => {
    expect(check('RES_HANDICAP', [verified('ESAT', { type: 'ARS_AUTHORISATION' })]).status).toBe('ELIGIBLE');
    expect(check('RES_HANDICAP', [verified('ESAT', { type: 'FINESS_NUMBER', validUntil: null })]).status).toBe(
      'ELIGIBLE',
    );
    // A Kbis proves nothing about an ESAT: it is ignored, so there is no usable proof.
    expect(codes(check('RES_HANDICAP', [verified('ESAT', { type: 'KBIS' })]))).toEqual(['PROOF_MISSING']);
  });
});

describe('RES-03 L2113-13 insertion structures', () => {
  it('RES-03: ACI with an active convention, RES_INSERTION -> ELIGIBLE', () => {
    expect(check('RES_INSERTION', [verified('ACI')]).status).toBe('ELIGIBLE');
  });

  it('RES-03: ETTI whose convention is inactive -> INELIGIBLE (convention inactive)', () => {
    const result = check('RES_INSERTION', [verified('ETTI', { validUntil: day('2025-12-31') })]);
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'PROOF_EXPIRED', kind: 'ETTI' })]);
  });

  it('RES-03: GEIQ -> TO_CONFIRM (not an SIAE; possible equivalent structure)', () => {
    const result = check('RES_INSERTION', [verified('GEIQ')]);
    expect(result.status).toBe('TO_CONFIRM');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'KIND_TO_CONFIRM', kind: 'GEIQ' })]);
    expect(result.reasons[0]?.message_en).toMatch(/not an SIAE/);
  });

  it('RES-03: GEIQ is never eligible by default, even with a high share; below 50 % it is INELIGIBLE', () => {
    expect(check('RES_INSERTION', [verified('GEIQ')], { disadvantagedWorkersShare: 0.8 }).status).toBe('TO_CONFIRM');
    expect(check('RES_INSERTION', [verified('GEIQ')], { disadvantagedWorkersShare: 0.2 }).status).toBe('INELIGIBLE');
  });

  it('RES-03: EITI -> TO_CONFIRM (presence in L5132-4 not verified)', () => {
    expect(check('RES_INSERTION', [verified('EITI')])).toMatchObject({
      status: 'TO_CONFIRM',
      reasons: [expect.objectContaining({ code: 'KIND_TO_CONFIRM', kind: 'EITI' })],
    });
  });

  it('RES-03: SEP belongs to RES_PENITENTIARY, not RES_INSERTION', () => {
    expect(check('RES_INSERTION', [verified('SEP')]).status).toBe('INELIGIBLE');
  });

  it('ESS-02: an ESAT (Annuaire type_siae ESAT) is eligible to RES_HANDICAP, not to RES_INSERTION', () => {
    expect(check('RES_HANDICAP', [verified('ESAT')]).status).toBe('ELIGIBLE');
    expect(check('RES_INSERTION', [verified('ESAT')]).status).toBe('INELIGIBLE');
  });
});

describe('RES-04 combined reservation (L2113-14)', () => {
  it('RES-04: contract [RES_HANDICAP, RES_INSERTION] + EI -> ELIGIBLE', () => {
    expect(check(combined(['RES_HANDICAP', 'RES_INSERTION']), [verified('EI')]).status).toBe('ELIGIBLE');
  });

  it('RES-04: contract [RES_HANDICAP, RES_INSERTION] + ESAT -> ELIGIBLE', () => {
    expect(check(combined(['RES_HANDICAP', 'RES_INSERTION']), [verified('ESAT')]).status).toBe('ELIGIBLE');
  });

  it('RES-04: under the combined reservation, EATT, EITI and GEIQ stay TO_CONFIRM', () => {
    for (const kind of ['EATT', 'EITI', 'GEIQ'] as const) {
      expect(check('RES_HANDICAP_OR_INSERTION', [verified(kind)]).status).toBe('TO_CONFIRM');
    }
  });
});

describe('RES-05 penitentiary reservation (L2113-13-1)', () => {
  it('RES-05: SEP + RES_PENITENTIARY -> ELIGIBLE once its proof is verified (needs_proof)', () => {
    expect(check('RES_PENITENTIARY', [verified('SEP')]).status).toBe('ELIGIBLE');
    expect(check('RES_PENITENTIARY', [claim('SEP', { status: 'PENDING' })]).status).toBe('TO_CONFIRM');
  });

  it('RES-05: EA + RES_PENITENTIARY -> INELIGIBLE', () => {
    expect(check('RES_PENITENTIARY', [verified('EA')])).toMatchObject({
      status: 'INELIGIBLE',
      reasons: [expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'EA' })],
    });
  });
});

describe('RES-06 ESS services reservation (L2113-15)', () => {
  const ccpPa = { buyerRegime: 'CCP', buyerCategory: 'POUVOIR_ADJUDICATEUR', cpvCodes: ['85311000'] } as const;

  it('RES-06: CPV 85311000, pouvoir adjudicateur, SCIC -> ELIGIBLE (needs proof: service-public mission)', () => {
    const result = check('RES_ESS_SERVICES', [verified('ESS_COOP_SCIC')], ccpPa);
    expect(result.status).toBe('ELIGIBLE');
    expect(codes(result)).toEqual(['KIND_ELIGIBLE', 'ESS_MISSION_TO_EVIDENCE']);
  });

  it('RES-06: same with CPV 90910000 (cleaning): the reservation is invalid, so no supplier is eligible', () => {
    const result = check('RES_ESS_SERVICES', [verified('ESS_COOP_SCIC')], { ...ccpPa, cpvCodes: ['90910000'] });
    expect(result.status).toBe('INELIGIBLE');
    expect(codes(result)).toEqual(['RESERVATION_CPV_NOT_ALLOWED']);
  });

  it('RES-06: same with an entité adjudicatrice that is not a pouvoir adjudicateur -> INELIGIBLE (invalid reservation)', () => {
    const result = check('RES_ESS_SERVICES', [verified('ESS_COOP_SCIC')], {
      ...ccpPa,
      buyerCategory: 'ENTITE_ADJUDICATRICE',
    });
    expect(codes(result)).toEqual(['RESERVATION_BUYER_NOT_ALLOWED']);
  });

  it('RES-06: the ESS services reservation is for CCP buyers only: a private buyer gets INELIGIBLE', () => {
    const result = check('RES_ESS_SERVICES', [verified('ESS_ASSOCIATION')], {
      buyerRegime: 'PRIVATE',
      cpvCodes: ['85311000'],
    });
    expect(codes(result)).toEqual(['RESERVATION_BUYER_NOT_ALLOWED']);
  });

  it('RES-06: an ordinary SAS (not ESS) -> INELIGIBLE', () => {
    expect(check('RES_ESS_SERVICES', [verified('ORDINARY')], ccpPa).status).toBe('INELIGIBLE');
  });

  it('RES-06: EA, ESAT or an SIAE alone qualify only if they are ESS entities -> TO_CONFIRM', () => {
    for (const kind of ['EA', 'ESAT', 'EI', 'ACI', 'AI', 'ETTI'] as const) {
      expect([kind, check('RES_ESS_SERVICES', [verified(kind)], ccpPa).status]).toEqual([kind, 'TO_CONFIRM']);
    }
  });

  it('RES-06: an ESAT run by an association is ELIGIBLE through its ESS_ASSOCIATION kind', () => {
    const result = check('RES_ESS_SERVICES', [verified('ESAT'), verified('ESS_ASSOCIATION')], ccpPa);
    expect(result.status).toBe('ELIGIBLE');
    expect(result.reasons[0]).toMatchObject({ code: 'KIND_ELIGIBLE', kind: 'ESS_ASSOCIATION' });
  });

  it('RES-06: an ESUS-approved company is ESS by definition -> ELIGIBLE', () => {
    expect(check('RES_ESS_SERVICES', [verified('ESUS')], ccpPa).status).toBe('ELIGIBLE');
  });

  it('RES-06: buyer and CPV left out are not checked (e.g. a search filter with no lot)', () => {
    expect(check('RES_ESS_SERVICES', [verified('ESS_MUTUELLE')]).status).toBe('ELIGIBLE');
  });
});

describe('RES-07 B three-year repeat rule', () => {
  it('RES-07 B: not enabled by default, so an earlier award by the same buyer does not change eligibility', () => {
    // The rule's French wording is UNVERIFIED; the eligibility input deliberately has no award history.
    expect(check('RES_ESS_SERVICES', [verified('ESS_ASSOCIATION')], { cpvCodes: ['85311000'] }).status).toBe(
      'ELIGIBLE',
    );
  });
});

describe('RES-10 no amount or object condition', () => {
  it('RES-10: a works lot reserved under RES_INSERTION is open to an EI whatever its CPV', () => {
    expect(check('RES_INSERTION', [verified('EI')], { cpvCodes: ['45000000'], buyerRegime: 'CCP' }).status).toBe(
      'ELIGIBLE',
    );
  });
});

describe('verification state and proof dates', () => {
  it('DECLARED or PENDING kinds are TO_CONFIRM, never ELIGIBLE', () => {
    for (const status of ['DECLARED', 'PENDING'] as const) {
      const result = check('RES_HANDICAP', [claim('EA', { status })]);
      expect(result).toMatchObject({
        status: 'TO_CONFIRM',
        reasons: [expect.objectContaining({ code: 'KIND_NOT_VERIFIED' })],
      });
    }
  });

  it('a declared kind whose own proof has already lapsed is INELIGIBLE', () => {
    expect(codes(check('RES_HANDICAP', [claim('EA', { status: 'DECLARED', validUntil: day('2025-01-31') })]))).toEqual([
      'PROOF_EXPIRED',
    ]);
  });

  it('REJECTED kinds are INELIGIBLE', () => {
    expect(codes(check('RES_HANDICAP', [claim('EA', { status: 'REJECTED' })]))).toEqual(['KIND_REJECTED']);
  });

  it('EXPIRED: the dates decide, so a past deadline the proof covered is still ELIGIBLE', () => {
    const ea = claim('EA', { status: 'EXPIRED', validUntil: day('2025-12-31') });
    expect(check('RES_HANDICAP', [ea], { at: day('2025-06-30') }).status).toBe('ELIGIBLE');
    expect(check('RES_HANDICAP', [ea]).status).toBe('INELIGIBLE');
    expect(codes(check('RES_HANDICAP', [claim('EA', { status: 'EXPIRED', noProof: true })]))).toEqual([
      'PROOF_EXPIRED',
    ]);
  });

  it('VERIFIED without any dated proof on file is TO_CONFIRM (PROOF_MISSING)', () => {
    expect(codes(check('RES_HANDICAP', [verified('EA', { noProof: true })]))).toEqual(['PROOF_MISSING']);
  });

  it('a proof that starts after the deadline is INELIGIBLE (PROOF_NOT_YET_VALID)', () => {
    const result = check('RES_HANDICAP', [verified('EA', { validFrom: day('2026-06-01') })]);
    expect(codes(result)).toEqual(['PROOF_NOT_YET_VALID']);
    expect(result.reasons[0]?.message_fr).toMatch(/01\/06\/2026/);
  });

  it('of several proofs, one covering the deadline is enough and its end is reported', () => {
    const ea: SupplierKindClaim = {
      kind: 'EA',
      verificationStatus: 'VERIFIED',
      proofs: [
        { type: 'CPOM', validFrom: day('2020-01-01'), validUntil: day('2024-12-31') },
        { type: 'CPOM', validFrom: day('2025-01-01'), validUntil: day('2029-12-31') },
      ],
    };
    expect(check('RES_HANDICAP', [ea]).reasons[0]).toMatchObject({
      code: 'KIND_ELIGIBLE',
      proofValidUntil: day('2029-12-31'),
    });
  });

  it('an invalid date is a programming error', () => {
    expect(() => check('RES_HANDICAP', [verified('EA')], { at: new Date('nope') })).toThrow(RangeError);
  });

  it('every reason carries both languages', () => {
    const result = check('RES_HANDICAP', [verified('EI'), verified('ORDINARY')]);
    for (const r of result.reasons) {
      expect(r.message_fr).not.toBe('');
      expect(r.message_en).not.toBe('');
    }
  });
});

describe('eligibility properties (fast-check)', () => {
  const kind = fc.constantFrom<SupplierKind>(...SUPPLIER_KINDS);
  const dayArb = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2029, 11, 31) }).map((t) => new Date(t));
  const claimArb: fc.Arbitrary<SupplierKindClaim> = fc.record({
    kind,
    verificationStatus: fc.constantFrom(...VERIFICATION_STATUSES),
    proofs: fc.array(
      fc.record({
        type: fc.constantFrom(
          'CPOM',
          'IAE_CONVENTION',
          'ARS_AUTHORISATION',
          'STATUTES',
          'KBIS',
          'PENITENTIARY_PRODUCTION_PROOF',
          'DISABLED_WORKERS_SHARE_ATTESTATION',
          'GEIQ_LABEL',
          'ESUS_APPROVAL',
        ) as fc.Arbitrary<SupplierKindClaim['proofs'][number]['type']>,
        validFrom: fc.option(dayArb, { nil: null }),
        validUntil: fc.option(dayArb, { nil: null }),
      }),
      { maxLength: 2 },
    ),
  });
  const inputArb = fc.record({
    reservation: fc.constantFrom(...RESERVATION_TYPES),
    kinds: fc.array(claimArb, { maxLength: 3 }),
    disabledWorkersShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    disadvantagedWorkersShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    at: dayArb,
  });
  const rank = { INELIGIBLE: 0, TO_CONFIRM: 1, ELIGIBLE: 2 } as const;

  it('every answer has at least one reason, and an ELIGIBLE answer says through what', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = supplierEligibility(input);
        if (result.reasons.length === 0) return false;
        return (
          result.status !== 'ELIGIBLE' ||
          result.reasons.some((r) => r.code === 'KIND_ELIGIBLE' || r.code === 'NOT_RESERVED')
        );
      }),
    );
  });

  it('the order of declared kinds does not matter, and declaring one more kind never lowers the answer', () => {
    fc.assert(
      fc.property(inputArb, claimArb, (input, extra) => {
        const base = supplierEligibility(input).status;
        const reversed = supplierEligibility({ ...input, kinds: [...input.kinds].reverse() }).status;
        const more = supplierEligibility({ ...input, kinds: [...input.kinds, extra] }).status;
        return base === reversed && rank[more] >= rank[base];
      }),
    );
  });

  it('ORDINARY alone is ELIGIBLE exactly when the lot is not reserved', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESERVATION_TYPES), dayArb, (reservation, at) => {
        const status = supplierEligibility({ reservation, at, kinds: [verified('ORDINARY')] }).status;
        return (status === 'ELIGIBLE') === (reservation === 'NONE');
      }),
    );
  });
});
