// Every `testCases` entry of reservation-matrix.json, run as written. Expected values map onto
// the product's answers as follows:
//   ELIGIBLE / INELIGIBLE    -> the same status
//   NEEDS_REVIEW             -> TO_CONFIRM
//   ELIGIBLE_NEEDS_PROOF     -> ELIGIBLE with an ESS_MISSION_TO_EVIDENCE reason
//   INVALID_RESERVATION      -> validateReservation(...).valid === false
// Suppliers are built as VERIFIED with a proof valid at the deadline, unless the case says
// otherwise (conventionActive: false -> the convention lapsed before the deadline).
import matrix from './data/reservation-matrix.json';
import { consortiumEligibility } from './consortium-eligibility';
import type { ConsortiumMemberInput } from './consortium-eligibility';
import { supplierEligibility } from './eligibility';
import type { EligibilityResult } from './eligibility';
import type { CcpBuyerCategory } from './organization';
import { combineReservations, isReservationType, validateReservation } from './reservation';
import type { ReservationType } from './reservation';
import { isSupplierKind } from './supplier-kinds';
import type { SupplierKind } from './supplier-kinds';
import { day, DEADLINE, verified } from './testing/fixtures';

interface MatrixTestCase {
  id: string;
  reservation: string[];
  groupement?: { kind: string; role: string }[];
  supplier?: { kind: string; conventionActive?: boolean; disabledWorkerShare?: number };
  cpv?: string;
  durationMonths?: number;
  buyerType?: string;
  expected: string;
  reason?: string;
}

const cases = matrix.testCases as MatrixTestCase[];

const asKind = (kind: string): SupplierKind => {
  if (!isSupplierKind(kind)) throw new Error(`unknown kind ${kind}`);
  return kind;
};
const asReservations = (codes: string[]): ReservationType[] =>
  codes.map((c) => {
    if (!isReservationType(c)) throw new Error(`unknown reservation ${c}`);
    return c;
  });
const buyerCategory = (buyerType?: string): CcpBuyerCategory | undefined =>
  buyerType === 'POUVOIR_ADJUDICATEUR' ? 'POUVOIR_ADJUDICATEUR' : buyerType ? 'ENTITE_ADJUDICATRICE' : undefined;

function lotOf(tc: MatrixTestCase) {
  const category = buyerCategory(tc.buyerType);
  return {
    ...(tc.cpv ? { cpvCodes: [tc.cpv] } : {}),
    ...(category ? { buyerRegime: 'CCP' as const, buyerCategory: category } : {}),
  };
}

function answer(tc: MatrixTestCase, reservation: ReservationType): EligibilityResult {
  if (tc.groupement) {
    const members = tc.groupement.map((m, i): ConsortiumMemberInput => ({
      memberId: `${m.kind}-${i}`,
      role: m.role === 'MANDATAIRE' ? 'LEAD' : 'CO_CONTRACTOR',
      kinds: [verified(asKind(m.kind))],
    }));
    const result = consortiumEligibility({ reservation, members, at: DEADLINE, ...lotOf(tc) });
    return { status: result.status, reasons: result.reasons.flatMap((r) => r.memberReasons ?? []) };
  }
  if (!tc.supplier) throw new Error(`${tc.id}: neither supplier nor groupement`);
  const kind = asKind(tc.supplier.kind);
  const lapsed = tc.supplier.conventionActive === false;
  return supplierEligibility({
    reservation,
    kinds: [verified(kind, lapsed ? { validUntil: day('2025-12-31') } : {})],
    ...(tc.supplier.disabledWorkerShare !== undefined ? { disabledWorkersShare: tc.supplier.disabledWorkerShare } : {}),
    at: DEADLINE,
    ...lotOf(tc),
  });
}

describe('reservation-matrix.json testCases', () => {
  it('covers the 12 cases of the matrix', () => {
    expect(cases.map((c) => c.id)).toEqual([
      'M-01',
      'M-02',
      'M-03',
      'M-04',
      'M-05',
      'M-06',
      'M-07',
      'M-08',
      'M-09',
      'M-10',
      'M-11',
      'M-12',
    ]);
  });

  it.each(cases.map((c) => [c.id, c.expected, c.reason ?? '', c] as const))(
    '%s -> %s %s',
    (_id, expected, _reason, tc) => {
      const declared = asReservations(tc.reservation);
      const validation = validateReservation({
        reservation: declared,
        ...lotOf(tc),
        ...(tc.durationMonths !== undefined ? { durationMonths: tc.durationMonths } : {}),
      });

      if (expected === 'INVALID_RESERVATION') {
        expect(validation.valid).toBe(false);
        return;
      }
      expect(validation.issues).toEqual([]);
      const combined = combineReservations(declared);
      if (!combined.ok) throw new Error('unreachable: validation passed');
      const result = answer(tc, combined.reservation);

      switch (expected) {
        case 'ELIGIBLE':
        case 'INELIGIBLE':
          expect(result.status).toBe(expected);
          break;
        case 'NEEDS_REVIEW':
          expect(result.status).toBe('TO_CONFIRM');
          break;
        case 'ELIGIBLE_NEEDS_PROOF':
          expect(result.status).toBe('ELIGIBLE');
          expect(result.reasons.map((r) => r.code)).toContain('ESS_MISSION_TO_EVIDENCE');
          break;
        default:
          throw new Error(`unmapped expected value ${expected}`);
      }
    },
  );

  it('M-01 names the failing ORDINARY member; M-04 the EI; M-09 the lapsed convention; M-10 the share', () => {
    const byId = (id: string) => {
      const tc = cases.find((c) => c.id === id);
      if (!tc) throw new Error(id);
      const combined = combineReservations(asReservations(tc.reservation));
      if (!combined.ok) throw new Error(id);
      return answer(tc, combined.reservation).reasons;
    };
    expect(byId('M-01')).toEqual([expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'ORDINARY' })]);
    expect(byId('M-04')).toEqual([expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'EI' })]);
    expect(byId('M-09')).toEqual([expect.objectContaining({ code: 'PROOF_EXPIRED', kind: 'ETTI' })]);
    expect(byId('M-10')).toEqual([
      expect.objectContaining({ code: 'SHARE_BELOW_MINIMUM', kind: 'EQUIVALENT_HANDICAP' }),
    ]);
  });

  it('M-05, M-07, M-08 fail for the stated reason', () => {
    const issue = (id: string) => {
      const tc = cases.find((c) => c.id === id);
      if (!tc) throw new Error(id);
      return validateReservation({
        reservation: asReservations(tc.reservation),
        ...lotOf(tc),
        durationMonths: tc.durationMonths,
      }).issues.map((i) => i.code);
    };
    expect(issue('M-05')).toEqual(['INVALID_COMBINATION']);
    expect(issue('M-07')).toEqual(['CPV_NOT_ALLOWED']);
    expect(issue('M-08')).toEqual(['DURATION_EXCEEDED']);
  });
});
