// RES-08: a consortium (GME) is eligible to a reserved lot only if every bidding member is
// (product default, after the 2011 DAJ position: a "mixed" groupement is rejected). Each member is
// judged with supplierEligibility, so under RES_HANDICAP_OR_INSERTION an EA and an ETTI both pass,
// each through its own category. Subcontractors are not members: they only raise RES-09 warnings.
//
// Status: INELIGIBLE if any bidding member is, else TO_CONFIRM if any is, else ELIGIBLE. A
// consortium without a bidding member is INELIGIBLE (it cannot bid at all).

import type { ConsortiumMemberRole } from './consortium';
import { isBiddingRole } from './consortium';
import type { EligibilityReason } from './eligibility-reasons';
import type {
  EligibilityContext,
  EligibilityResult,
  EligibilityStatus,
  SupplierEligibilityProfile,
} from './eligibility';
import { eligibilityContextOf, pickWorst, supplierEligibility } from './eligibility';
import { lotIssueReasonCode } from './eligibility-reasons';
import type { SubcontractingWarning } from './subcontracting';
import { subcontractingWarning } from './subcontracting';
import { RESERVATION_RULES, reservationLotIssues } from './reservation';

export interface ConsortiumMemberInput extends SupplierEligibilityProfile {
  /** The member organisation's id, echoed back so the UI can point at it. */
  readonly memberId: string;
  readonly name?: string;
  readonly role: ConsortiumMemberRole;
}

export interface ConsortiumEligibilityInput extends EligibilityContext {
  readonly members: readonly ConsortiumMemberInput[];
}

export type ConsortiumReasonCode =
  | 'NOT_RESERVED'
  | 'ALL_MEMBERS_ELIGIBLE'
  | 'MEMBER_INELIGIBLE'
  | 'MEMBER_TO_CONFIRM'
  | 'NO_BIDDING_MEMBER'
  | 'RESERVATION_BUYER_NOT_ALLOWED'
  | 'RESERVATION_CPV_NOT_ALLOWED';

export interface ConsortiumEligibilityReason {
  readonly code: ConsortiumReasonCode;
  readonly message_fr: string;
  readonly message_en: string;
  /** The member the reason is about. */
  readonly memberId?: string;
  /** That member's own reasons (why it fails). */
  readonly memberReasons?: readonly EligibilityReason[];
}

export interface ConsortiumMemberEligibility extends EligibilityResult {
  readonly memberId: string;
  readonly name?: string;
  readonly role: ConsortiumMemberRole;
}

export interface ConsortiumEligibilityResult {
  readonly status: EligibilityStatus;
  readonly reasons: readonly ConsortiumEligibilityReason[];
  /** Every bidding member's own answer, in input order. */
  readonly members: readonly ConsortiumMemberEligibility[];
  /** RES-09 warnings about subcontractors: shown, never blocking. */
  readonly warnings: readonly (SubcontractingWarning & { readonly memberId: string })[];
}

const ROLE_LABEL: Readonly<Record<ConsortiumMemberRole, { readonly fr: string; readonly en: string }>> = {
  LEAD: { fr: 'mandataire', en: 'lead' },
  CO_CONTRACTOR: { fr: 'cotraitant', en: 'co-contractor' },
  SUBCONTRACTOR: { fr: 'sous-traitant', en: 'subcontractor' },
};

export function consortiumEligibility(input: ConsortiumEligibilityInput): ConsortiumEligibilityResult {
  const context = eligibilityContextOf(input);
  const bidders = input.members.filter((m) => isBiddingRole(m.role));
  const members: ConsortiumMemberEligibility[] = bidders.map((m) => ({
    memberId: m.memberId,
    ...(m.name !== undefined ? { name: m.name } : {}),
    role: m.role,
    ...supplierEligibility({ ...profileOf(m), ...context }),
  }));
  const warnings = input.members
    .filter((m) => !isBiddingRole(m.role))
    .flatMap((m) => {
      const subcontractor = m.name !== undefined ? { ...profileOf(m), name: m.name } : profileOf(m);
      const warning = subcontractingWarning({ ...context, subcontractor });
      return warning ? [{ ...warning, memberId: m.memberId }] : [];
    });

  // A lot-level problem is the same for everyone: say it once rather than once per member.
  const lotIssues = reservationLotIssues(context.reservation, context);
  if (lotIssues.length > 0) {
    return {
      status: 'INELIGIBLE',
      reasons: lotIssues.map((issue) => ({
        code: lotIssueReasonCode(issue),
        message_fr: issue.message_fr,
        message_en: issue.message_en,
      })),
      members,
      warnings,
    };
  }
  if (bidders.length === 0) {
    return {
      status: 'INELIGIBLE',
      reasons: [
        {
          code: 'NO_BIDDING_MEMBER',
          message_fr: "Le groupement n'a ni mandataire ni cotraitant.",
          message_en: 'The consortium has no lead and no co-contractor.',
        },
      ],
      members,
      warnings,
    };
  }

  const status = pickWorst(members.map((m) => m.status));
  if (status === 'ELIGIBLE') {
    const reason: ConsortiumEligibilityReason =
      input.reservation === 'NONE'
        ? {
            code: 'NOT_RESERVED',
            message_fr: 'Lot non réservé : le groupement répond selon les règles ordinaires.',
            message_en: 'Lot not reserved: the consortium bids under the ordinary rules.',
          }
        : {
            code: 'ALL_MEMBERS_ELIGIBLE',
            message_fr: `Tous les membres du groupement sont éligibles à ce lot réservé ${RESERVATION_RULES[input.reservation].shortLabel.fr}.`,
            message_en: `Every consortium member is eligible to this lot reserved ${RESERVATION_RULES[input.reservation].shortLabel.en}.`,
          };
    return { status, reasons: [reason], members, warnings };
  }
  // Name every member at the deciding level, with its own reasons, so the lead knows whom to replace.
  const reasons = members.filter((m) => m.status === status).map((m) => memberReason(m, status));
  return { status, reasons, members, warnings };
}

function memberReason(member: ConsortiumMemberEligibility, status: EligibilityStatus): ConsortiumEligibilityReason {
  const who = member.name ?? member.memberId;
  const role = ROLE_LABEL[member.role];
  const whyFr = member.reasons.map((r) => r.message_fr).join(' ');
  const whyEn = member.reasons.map((r) => r.message_en).join(' ');
  return status === 'INELIGIBLE'
    ? {
        code: 'MEMBER_INELIGIBLE',
        message_fr: `Le membre ${who} (${role.fr}) n'est pas éligible, donc le groupement non plus : ${whyFr}`,
        message_en: `Member ${who} (${role.en}) is not eligible, so neither is the consortium: ${whyEn}`,
        memberId: member.memberId,
        memberReasons: member.reasons,
      }
    : {
        code: 'MEMBER_TO_CONFIRM',
        message_fr: `L'éligibilité du membre ${who} (${role.fr}) reste à confirmer : ${whyFr}`,
        message_en: `Eligibility of member ${who} (${role.en}) is still to be confirmed: ${whyEn}`,
        memberId: member.memberId,
        memberReasons: member.reasons,
      };
}

function profileOf(member: SupplierEligibilityProfile): SupplierEligibilityProfile {
  const { kinds, disabledWorkersShare, disadvantagedWorkersShare } = member;
  return { kinds, disabledWorkersShare, disadvantagedWorkersShare };
}
