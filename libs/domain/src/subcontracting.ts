// RES-09: under a reserved lot, execution should only be subcontracted to operators that are
// themselves eligible. The product warns and never blocks: the rule rests on a 2011 DAJ position
// (PARTIAL), and whether a supplier is a subcontractor at all is judged case by case (CE 17 Oct
// 2023 n° 465913): buying materials or supplies is not subcontracting.

import type { EligibilityContext, EligibilityResult, SupplierEligibilityProfile } from './eligibility';
import { eligibilityContextOf, supplierEligibility } from './eligibility';
import { RESERVATION_RULES } from './reservation';

export interface SubcontractingInput extends EligibilityContext {
  readonly subcontractor: SupplierEligibilityProfile & { readonly name?: string };
  /** The "subcontractor" only sells materials or supplies: not subcontracting, nothing to say. */
  readonly isSupplyOnly?: boolean;
}

export type SubcontractingWarningCode = 'SUBCONTRACTOR_NOT_ELIGIBLE' | 'SUBCONTRACTOR_TO_CONFIRM';

export interface SubcontractingWarning {
  /** WARNING for L2113-12/13/13-1/14 lots; INFO for L2113-15, where no rule is known (matrix "inform"). */
  readonly level: 'WARNING' | 'INFO';
  readonly code: SubcontractingWarningCode;
  readonly message_fr: string;
  readonly message_en: string;
  /** The subcontractor's own eligibility, with its reasons. */
  readonly subcontractorEligibility: EligibilityResult;
}

/** A warning to show the bidder and the buyer, or null when there is nothing to say. */
export function subcontractingWarning(input: SubcontractingInput): SubcontractingWarning | null {
  const { reservation } = input;
  if (reservation === 'NONE' || input.isSupplyOnly) return null;
  const eligibility = supplierEligibility({ ...input.subcontractor, ...eligibilityContextOf(input) });
  if (eligibility.status === 'ELIGIBLE') return null;

  const rule = RESERVATION_RULES[reservation];
  const who = input.subcontractor.name ? ` (${input.subcontractor.name})` : '';
  const toConfirm = eligibility.status === 'TO_CONFIRM';
  return {
    level: rule.subcontractingBehaviour === 'warn' ? 'WARNING' : 'INFO',
    code: toConfirm ? 'SUBCONTRACTOR_TO_CONFIRM' : 'SUBCONTRACTOR_NOT_ELIGIBLE',
    message_fr: toConfirm
      ? `L'éligibilité du sous-traitant${who} à ce lot réservé ${rule.shortLabel.fr} reste à confirmer ; la sous-traitance d'un lot réservé devrait aller à des structures éligibles.`
      : `Le sous-traitant${who} n'est pas éligible à ce lot réservé ${rule.shortLabel.fr} ; la sous-traitance d'un lot réservé devrait aller à des structures éligibles.`,
    message_en: toConfirm
      ? `The subcontractor's${who} eligibility to this lot reserved ${rule.shortLabel.en} is still to be confirmed; a reserved lot should be subcontracted to eligible structures.`
      : `The subcontractor${who} is not eligible to this lot reserved ${rule.shortLabel.en}; a reserved lot should be subcontracted to eligible structures.`,
    subcontractorEligibility: eligibility,
  };
}
