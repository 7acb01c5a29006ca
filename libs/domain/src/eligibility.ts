// Can this supplier answer a lot under this reservation (RES-00..RES-10)? Pure: the caller passes
// the supplier's declared kinds with their verification state and proofs, and the date that counts
// (product policy: the response deadline, matrix `eligibilityEvaluatedAt`).
//
// Decisions, in order of effect:
// - A lot-level problem (ESS services reservation for a buyer that may not use it, or CPV codes
//   off the L2113-15 list) makes everyone INELIGIBLE: the reservation itself is not lawful.
// - NONE: everyone is ELIGIBLE, ordinary companies included (RES-08 last test).
// - Otherwise each declared kind is judged on its own and the best verdict wins
//   (ELIGIBLE > TO_CONFIRM > INELIGIBLE): an ESAT run by an association qualifies for L2113-15
//   through its ESS_ASSOCIATION kind even though ESAT alone is only "to confirm" there.
// - A kind is judged on: its standing in the matrix (eligible / conditional / not), its
//   verification state, whether one of its accepted proofs covers the date, and, for equivalent
//   structures, the R2113-7 share of target workers.
// - DECLARED or PENDING kinds count as TO_CONFIRM, never ELIGIBLE: a self-declaration should let a
//   supplier appear (flagged) in reserved searches, but only staff verification makes it
//   eligible. A declared proof already lapsed at the date is INELIGIBLE all the same.
// - EXPIRED means "was verified, has lapsed since": the proof dates decide, so a past deadline
//   the proof covered is still ELIGIBLE (re-evaluating an old response gives the old answer).
// - GEIQ is never ELIGIBLE by itself ("not eligible by default", RES-03): it is TO_CONFIRM for
//   case-by-case review as an equivalent structure, and INELIGIBLE if its declared share of
//   disadvantaged workers is below 50 %. Staff who accept it record an EQUIVALENT_INSERTION kind.

import type { BuyerRegime, CcpBuyerCategory } from './organization';
import type { ProofType } from './proof-types';
import type { EligibilityReason, ShareTarget } from './eligibility-reasons';
import { reasons } from './eligibility-reasons';
import type { ReservationType, ReservedReservationType } from './reservation';
import { kindStanding, RESERVATION_RULES, reservationLotIssues } from './reservation';
import type { SupplierKind } from './supplier-kinds';
import { acceptedProofTypes } from './supplier-kinds';
import type { VerificationStatus } from './verification-status';

export type EligibilityStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'TO_CONFIRM';

/** Validity period of one status proof. Null or missing bounds are open (statutes do not expire). */
export interface StatusProofPeriod {
  readonly type: ProofType;
  readonly validFrom?: Date | null;
  readonly validUntil?: Date | null;
}

export interface SupplierKindClaim {
  readonly kind: SupplierKind;
  readonly verificationStatus: VerificationStatus;
  readonly proofs: readonly StatusProofPeriod[];
}

/** What eligibility needs to know about a supplier. */
export interface SupplierEligibilityProfile {
  readonly kinds: readonly SupplierKindClaim[];
  /** Fraction (0..1) of disabled workers unable to work in normal conditions; for EQUIVALENT_HANDICAP. */
  readonly disabledWorkersShare?: number;
  /** Fraction (0..1) of disadvantaged workers; for EQUIVALENT_INSERTION (and GEIQ). */
  readonly disadvantagedWorkersShare?: number;
}

/** What eligibility needs to know about the lot. Omitted buyer/CPV fields are not checked. */
export interface EligibilityContext {
  readonly reservation: ReservationType;
  /** The date that counts: the response deadline of the lot, or "now" for a profile badge. */
  readonly at: Date;
  readonly buyerRegime?: BuyerRegime;
  readonly buyerCategory?: CcpBuyerCategory;
  readonly cpvCodes?: readonly string[];
}

export type SupplierEligibilityInput = SupplierEligibilityProfile & EligibilityContext;

export interface EligibilityResult {
  readonly status: EligibilityStatus;
  /** Never empty: every answer explains itself (DESIGN.md §4). */
  readonly reasons: readonly EligibilityReason[];
}

const RANK: Readonly<Record<EligibilityStatus, number>> = { INELIGIBLE: 0, TO_CONFIRM: 1, ELIGIBLE: 2 };

export function supplierEligibility(input: SupplierEligibilityInput): EligibilityResult {
  assertValidDate(input.at);
  const lotReasons = lotEligibilityReasons(input);
  if (lotReasons.length > 0) return { status: 'INELIGIBLE', reasons: lotReasons };
  const reservation = input.reservation;
  if (reservation === 'NONE') return { status: 'ELIGIBLE', reasons: [reasons.notReserved()] };
  if (input.kinds.length === 0) return { status: 'INELIGIBLE', reasons: [reasons.noKindDeclared(reservation)] };

  const verdicts = input.kinds.map((claim) => judgeClaim(claim, input, reservation, input.at));
  const best = pickBest(verdicts.map((v) => v.status));
  return { status: best, reasons: verdicts.filter((v) => v.status === best).flatMap((v) => v.reasons) };
}

/** The lot-level reasons shared by every bidder on the lot (used by consortium eligibility too). */
export function lotEligibilityReasons(context: EligibilityContext): EligibilityReason[] {
  return reservationLotIssues(context.reservation, context).map(reasons.fromLotIssue);
}

/** Just the lot fields of a wider input, so that extra fields never leak into a supplier's input. */
export function eligibilityContextOf(input: EligibilityContext): EligibilityContext {
  const { reservation, at, buyerRegime, buyerCategory, cpvCodes } = input;
  return { reservation, at, buyerRegime, buyerCategory, cpvCodes };
}

/** Best of several statuses; INELIGIBLE for none. */
export function pickBest(statuses: readonly EligibilityStatus[]): EligibilityStatus {
  return statuses.reduce<EligibilityStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'INELIGIBLE');
}

/** Worst of several statuses; ELIGIBLE for none. */
export function pickWorst(statuses: readonly EligibilityStatus[]): EligibilityStatus {
  return statuses.reduce<EligibilityStatus>((a, b) => (RANK[b] < RANK[a] ? b : a), 'ELIGIBLE');
}

interface Verdict {
  readonly status: EligibilityStatus;
  readonly reasons: readonly EligibilityReason[];
}

function judgeClaim(
  claim: SupplierKindClaim,
  profile: SupplierEligibilityProfile,
  reservation: ReservedReservationType,
  at: Date,
): Verdict {
  const { kind } = claim;
  const standing = kindStanding(kind, reservation);
  // A kind the reservation does not cover: proofs and shares cannot change that.
  if (standing.outcome === 'INELIGIBLE') {
    return { status: 'INELIGIBLE', reasons: [reasons.kindNotEligible(kind, reservation)] };
  }
  const checks: Verdict[] = [];
  if (standing.outcome === 'TO_CONFIRM') {
    checks.push({ status: 'TO_CONFIRM', reasons: [reasons.kindToConfirm(standing.conditional, reservation)] });
  }
  const proof = judgeProofs(claim, at);
  checks.push(proof.verdict);
  const share = judgeShare(kind, profile, reservation);
  if (share) checks.push(share);

  const worst = pickWorst(checks.map((c) => c.status));
  if (worst !== 'ELIGIBLE') {
    return { status: worst, reasons: checks.filter((c) => c.status === worst).flatMap((c) => c.reasons) };
  }
  const eligible = [reasons.kindEligible(kind, reservation, proof.validUntil)];
  if (reservation === 'RES_ESS_SERVICES') eligible.push(reasons.essMissionToEvidence(kind));
  return { status: 'ELIGIBLE', reasons: eligible };
}

interface ProofJudgement {
  readonly verdict: Verdict;
  /** validUntil of the covering proof that lasts longest, when it has an end. */
  readonly validUntil?: Date;
}

const OK: Verdict = { status: 'ELIGIBLE', reasons: [] };

// Proofs are checked whatever the verification state, because a lapsed proof decides the answer
// even before staff look at it; only proofs of a type the kind accepts count.
function judgeProofs(claim: SupplierKindClaim, at: Date): ProofJudgement {
  const { kind, verificationStatus } = claim;
  if (verificationStatus === 'REJECTED') {
    return { verdict: { status: 'INELIGIBLE', reasons: [reasons.kindRejected(kind)] } };
  }
  const accepted = new Set(acceptedProofTypes(kind));
  const proofs = claim.proofs.filter((proof) => accepted.has(proof.type));
  const day = dayKey(at);
  const covering = proofs.filter(
    (proof) =>
      (!proof.validFrom || dayKey(proof.validFrom) <= day) && (!proof.validUntil || day <= dayKey(proof.validUntil)),
  );

  if (covering.length > 0) {
    const validUntil = latestEnd(covering);
    const unverified = verificationStatus === 'DECLARED' || verificationStatus === 'PENDING';
    const verdict: Verdict = unverified
      ? { status: 'TO_CONFIRM', reasons: [reasons.kindNotVerified(kind, verificationStatus)] }
      : OK;
    return validUntil ? { verdict, validUntil } : { verdict };
  }

  const lapsed = proofs.filter((proof) => proof.validUntil && dayKey(proof.validUntil) < day);
  if (lapsed.length > 0) {
    return { verdict: { status: 'INELIGIBLE', reasons: [reasons.proofExpired(kind, latestEnd(lapsed))] } };
  }
  const future = proofs
    .map((proof) => proof.validFrom)
    .filter((from): from is Date => !!from && dayKey(from) > day)
    .sort((a, b) => a.getTime() - b.getTime());
  if (future[0]) {
    return { verdict: { status: 'INELIGIBLE', reasons: [reasons.proofNotYetValid(kind, future[0])] } };
  }

  // No proof of an accepted type on file.
  switch (verificationStatus) {
    case 'VERIFIED':
      // Verified (e.g. from a public register) but nothing dated to check the deadline against.
      return { verdict: { status: 'TO_CONFIRM', reasons: [reasons.proofMissing(kind)] } };
    case 'EXPIRED':
      return { verdict: { status: 'INELIGIBLE', reasons: [reasons.proofExpired(kind)] } };
    case 'DECLARED':
    case 'PENDING':
      return { verdict: { status: 'TO_CONFIRM', reasons: [reasons.kindNotVerified(kind, verificationStatus)] } };
  }
}

// R2113-7 share checks apply where the kind's status does not already guarantee the share: an EA
// or ESAT is approved *because* it employs disabled workers, an equivalent structure is not.
const SHARE_RULES: Partial<Record<SupplierKind, { readonly target: ShareTarget; readonly required: boolean }>> = {
  EQUIVALENT_HANDICAP: { target: 'DISABLED', required: true },
  EQUIVALENT_INSERTION: { target: 'DISADVANTAGED', required: true },
  // Only a GEIQ that says it is below the share can be ruled out; otherwise it stays to confirm.
  GEIQ: { target: 'DISADVANTAGED', required: false },
};

function judgeShare(
  kind: SupplierKind,
  profile: SupplierEligibilityProfile,
  reservation: ReservedReservationType,
): Verdict | null {
  const rule = SHARE_RULES[kind];
  const minimum = RESERVATION_RULES[reservation].minimumTargetWorkerShare;
  if (!rule || minimum === null) return null;
  const share = rule.target === 'DISABLED' ? profile.disabledWorkersShare : profile.disadvantagedWorkersShare;
  if (share === undefined) {
    return rule.required ? { status: 'TO_CONFIRM', reasons: [reasons.shareUnknown(kind, rule.target)] } : null;
  }
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    return { status: 'TO_CONFIRM', reasons: [reasons.shareInvalid(kind, rule.target, share)] };
  }
  if (share < minimum) {
    return { status: 'INELIGIBLE', reasons: [reasons.shareBelowMinimum(kind, rule.target, share, minimum)] };
  }
  return OK;
}

// Validity is by calendar day, bounds included: a CPOM "valid until 31/12/2027" covers a deadline
// at 23:00 that day. Days are taken in UTC so the answer does not depend on the server's zone.
function dayKey(date: Date): number {
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

function latestEnd(proofs: readonly StatusProofPeriod[]): Date | undefined {
  // An open-ended proof has no end to report.
  if (proofs.some((proof) => !proof.validUntil)) return undefined;
  return proofs
    .map((proof) => proof.validUntil)
    .filter((d): d is Date => !!d)
    .reduce<Date | undefined>((a, b) => (!a || b.getTime() > a.getTime() ? b : a), undefined);
}

function assertValidDate(at: Date): void {
  // An invalid date would make every comparison false and silently pass proofs: fail loudly.
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError('supplierEligibility: `at` must be a valid Date');
  }
}
