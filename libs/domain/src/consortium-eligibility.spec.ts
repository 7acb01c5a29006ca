import fc from 'fast-check';
import { consortiumEligibility } from './consortium-eligibility';
import type { ConsortiumMemberInput } from './consortium-eligibility';
import { supplierEligibility } from './eligibility';
import type { SupplierKindClaim } from './eligibility';
import { RESERVATION_TYPES } from './reservation';
import type { ReservationType } from './reservation';
import { SUPPLIER_KINDS } from './supplier-kinds';
import type { SupplierKind } from './supplier-kinds';
import { claim, day, DEADLINE, verified } from './testing/fixtures';
import { VERIFICATION_STATUSES } from './verification-status';

const member = (
  memberId: string,
  kind: SupplierKind,
  role: ConsortiumMemberInput['role'] = 'CO_CONTRACTOR',
  extra: Partial<ConsortiumMemberInput> = {},
): ConsortiumMemberInput => ({ memberId, name: memberId, role, kinds: [verified(kind)], ...extra });

const gme = (reservation: ReservationType, members: ConsortiumMemberInput[]) =>
  consortiumEligibility({ reservation, members, at: DEADLINE });

describe('RES-08 GME answering a reserved contract', () => {
  it('RES-08: RES_INSERTION, GME [EI (mandataire), SAS ordinaire] -> INELIGIBLE: member SAS not eligible', () => {
    const result = gme('RES_INSERTION', [member('ei', 'EI', 'LEAD'), member('sas', 'ORDINARY')]);
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code: 'MEMBER_INELIGIBLE',
        memberId: 'sas',
        memberReasons: [expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'ORDINARY' })],
      }),
    ]);
    expect(result.reasons[0]?.message_fr).toMatch(/sas \(cotraitant\)/);
    expect(result.members.map((m) => [m.memberId, m.status])).toEqual([
      ['ei', 'ELIGIBLE'],
      ['sas', 'INELIGIBLE'],
    ]);
  });

  it('RES-08: RES_INSERTION, GME [EI (mandataire), ACI] -> ELIGIBLE', () => {
    const result = gme('RES_INSERTION', [member('ei', 'EI', 'LEAD'), member('aci', 'ACI')]);
    expect(result.status).toBe('ELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'ALL_MEMBERS_ELIGIBLE' })]);
  });

  it('RES-08: [RES_HANDICAP, RES_INSERTION], GME [EA (mandataire), ETTI] -> ELIGIBLE (each through its own category)', () => {
    expect(gme('RES_HANDICAP_OR_INSERTION', [member('ea', 'EA', 'LEAD'), member('etti', 'ETTI')]).status).toBe(
      'ELIGIBLE',
    );
  });

  it('RES-08: RES_HANDICAP, GME [ESAT, EI] -> INELIGIBLE: EI not EA/ESAT', () => {
    const result = gme('RES_HANDICAP', [member('esat', 'ESAT', 'LEAD'), member('ei', 'EI')]);
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'MEMBER_INELIGIBLE', memberId: 'ei' })]);
  });

  it('RES-08: RES_HANDICAP, GME [ESAT, EI declared equivalent with >= 50 % disabled workers] -> ELIGIBLE', () => {
    const ei = member('ei', 'EI', 'CO_CONTRACTOR', {
      kinds: [verified('EI'), verified('EQUIVALENT_HANDICAP')],
      disabledWorkersShare: 0.55,
    });
    expect(gme('RES_HANDICAP', [member('esat', 'ESAT', 'LEAD'), ei]).status).toBe('ELIGIBLE');
  });

  it('RES-08: non-reserved contract, GME [ESAT, SAS] -> ELIGIBLE (ordinary rules)', () => {
    const result = gme('NONE', [member('esat', 'ESAT', 'LEAD'), member('sas', 'ORDINARY')]);
    expect(result.status).toBe('ELIGIBLE');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'NOT_RESERVED' })]);
  });

  it('RES-08: a member still to confirm makes the consortium TO_CONFIRM, naming that member', () => {
    const result = gme('RES_INSERTION', [member('ei', 'EI', 'LEAD'), member('geiq', 'GEIQ')]);
    expect(result.status).toBe('TO_CONFIRM');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'MEMBER_TO_CONFIRM', memberId: 'geiq' })]);
  });

  it('RES-08: every failing member is named, each with its own reason', () => {
    const result = gme('RES_INSERTION', [
      member('ei', 'EI', 'LEAD', { kinds: [verified('EI', { validUntil: day('2025-12-31') })] }),
      member('sas', 'ORDINARY'),
      member('aci', 'ACI'),
    ]);
    expect(result.reasons.map((r) => [r.memberId, r.memberReasons?.[0]?.code])).toEqual([
      ['ei', 'PROOF_EXPIRED'],
      ['sas', 'KIND_NOT_ELIGIBLE'],
    ]);
    expect(result.reasons[0]?.message_en).toMatch(/Member ei \(lead\)/);
  });

  it('a consortium with no lead and no co-contractor cannot bid', () => {
    expect(gme('RES_INSERTION', []).reasons).toEqual([expect.objectContaining({ code: 'NO_BIDDING_MEMBER' })]);
    expect(gme('NONE', [member('sub', 'EI', 'SUBCONTRACTOR')]).status).toBe('INELIGIBLE');
  });

  it('RES-09 inside a consortium: a non-eligible subcontractor gives a warning, not a block', () => {
    const result = gme('RES_INSERTION', [member('ei', 'EI', 'LEAD'), member('sas', 'ORDINARY', 'SUBCONTRACTOR')]);
    expect(result.status).toBe('ELIGIBLE');
    expect(result.members.map((m) => m.memberId)).toEqual(['ei']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ memberId: 'sas', level: 'WARNING', code: 'SUBCONTRACTOR_NOT_ELIGIBLE' }),
    ]);
  });

  it('RES-06 for consortia: a lot-level problem is reported once, not per member', () => {
    const result = consortiumEligibility({
      reservation: 'RES_ESS_SERVICES',
      buyerRegime: 'PRIVATE',
      members: [member('a', 'ESS_ASSOCIATION', 'LEAD'), member('b', 'ESS_COOP_SCIC')],
      at: DEADLINE,
    });
    expect(result.status).toBe('INELIGIBLE');
    expect(result.reasons.map((r) => r.code)).toEqual(['RESERVATION_BUYER_NOT_ALLOWED']);
  });
});

describe('RES-08 property (fast-check)', () => {
  const claimArb: fc.Arbitrary<SupplierKindClaim> = fc
    .record({
      kind: fc.constantFrom<SupplierKind>(...SUPPLIER_KINDS),
      status: fc.constantFrom(...VERIFICATION_STATUSES),
      expired: fc.boolean(),
    })
    .map(({ kind, status, expired }) => claim(kind, { status, ...(expired ? { validUntil: day('2025-12-31') } : {}) }));
  const memberArb = fc.record({
    kinds: fc.array(claimArb, { minLength: 0, maxLength: 2 }),
    role: fc.constantFrom('LEAD', 'CO_CONTRACTOR') as fc.Arbitrary<'LEAD' | 'CO_CONTRACTOR'>,
    disabledWorkersShare: fc.option(fc.constantFrom(0.3, 0.5, 0.8), { nil: undefined }),
    disadvantagedWorkersShare: fc.option(fc.constantFrom(0.3, 0.5, 0.8), { nil: undefined }),
  });
  const membersArb = fc
    .array(memberArb, { minLength: 1, maxLength: 5 })
    .map((ms) => ms.map((m, i): ConsortiumMemberInput => ({ ...m, memberId: `m${i}` })));

  it('RES-08: a consortium is ELIGIBLE iff every member is, and INELIGIBLE iff some member is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESERVATION_TYPES), membersArb, (reservation, members) => {
        const alone = members.map((m) => supplierEligibility({ ...m, reservation, at: DEADLINE }).status);
        const together = consortiumEligibility({ reservation, members, at: DEADLINE });
        const failing = together.reasons.filter((r) => r.code === 'MEMBER_INELIGIBLE').map((r) => r.memberId);
        return (
          (together.status === 'ELIGIBLE') === alone.every((s) => s === 'ELIGIBLE') &&
          (together.status === 'INELIGIBLE') === alone.some((s) => s === 'INELIGIBLE') &&
          // the members named as failing are exactly the ineligible ones
          failing.join() ===
            members
              .filter((_, i) => alone[i] === 'INELIGIBLE')
              .map((m) => m.memberId)
              .join()
        );
      }),
    );
  });
});
