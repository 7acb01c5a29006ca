// Reservation types of a lot (RES-00) and the rules attached to each, transcribed from
// reservation-matrix.json `reservationTypes` (checked by matrix-agreement.spec.ts), plus the checks
// on the reservation itself: allowed combinations (RES-04), ESS services scope (RES-06, RES-07).

import type { BuyerRegime, CcpBuyerCategory } from './organization';
import type { EvidenceStatus, SupplierKind } from './supplier-kinds';
import { isEssServicesCpv, normalizeCpvCode } from './ess-services-cpv';

export const ReservationType = {
  NONE: 'NONE',
  RES_HANDICAP: 'RES_HANDICAP',
  RES_INSERTION: 'RES_INSERTION',
  RES_HANDICAP_OR_INSERTION: 'RES_HANDICAP_OR_INSERTION',
  RES_PENITENTIARY: 'RES_PENITENTIARY',
  RES_ESS_SERVICES: 'RES_ESS_SERVICES',
} as const;
export type ReservationType = (typeof ReservationType)[keyof typeof ReservationType];
export type ReservedReservationType = Exclude<ReservationType, 'NONE'>;

export const RESERVATION_TYPES: readonly ReservationType[] = Object.values(ReservationType);

export type ReservationBuyerScope =
  'POUVOIR_ADJUDICATEUR' | 'ENTITE_ADJUDICATRICE' | 'POUVOIR_ADJUDICATEUR_ACTING_AS_ENTITE_ADJUDICATRICE';

export interface ConditionalKind {
  readonly kind: SupplierKind;
  /** `en` is the matrix's reason verbatim where it gives one. */
  readonly reason: { readonly fr: string; readonly en: string };
  readonly evidenceStatus: EvidenceStatus;
  /**
   * Product policy: a conditional kind is TO_CONFIRM (staff or buyer must judge) unless the matrix
   * marks its condition VERIFIED as always met (ESUS holders are ESS enterprises by definition).
   */
  readonly outcome: 'ELIGIBLE' | 'TO_CONFIRM';
}

export interface ReservationRule {
  readonly code: ReservedReservationType;
  readonly article: string;
  readonly label: { readonly fr: string; readonly en: string };
  /** For sentences such as "not eligible to a lot reserved <shortLabel>". */
  readonly shortLabel: { readonly fr: string; readonly en: string };
  readonly eligibleKinds: readonly SupplierKind[];
  readonly conditionalKinds: readonly ConditionalKind[];
  /** R2113-7: share of target workers (disabled, disadvantaged, detainees) the bidder must employ. */
  readonly minimumTargetWorkerShare: number | null;
  readonly maxDurationMonths: number | null;
  readonly buyerScope: readonly ReservationBuyerScope[];
  /** Only the ESS services reservation restricts the object, to the Art. 77 CPV list (RES-10). */
  readonly objectRestriction: 'ESS_SERVICES_CPV_LIST' | null;
  readonly combinableWith: readonly ReservedReservationType[];
  readonly notCombinableWith: readonly ReservedReservationType[];
  /** RES-08: every member eligible; under L2113-14 each through either category. */
  readonly groupementMode: 'ALL_MEMBERS_ELIGIBLE' | 'ALL_MEMBERS_ELIGIBLE_ANY_COMBINED_CATEGORY';
  /** RES-09: what a non-eligible subcontractor triggers; never a block. */
  readonly subcontractingBehaviour: 'warn' | 'inform';
}

const EATT_HANDICAP = {
  fr: "EATT citée à l'article L5213-13 du code du travail depuis 2024 ; son inclusion dans L2113-12 est une déduction à confirmer",
  en: 'EATT named in L5213-13 CT since 2024; inclusion in L2113-12 is an inference',
};
const CDTD_LEGACY = { fr: 'catégorie historique, à confirmer', en: 'legacy category' };
const EITI_INSERTION = {
  fr: "conventionnée comme une SIAE ; sa présence à l'article L5132-4 du code du travail n'est pas vérifiée",
  en: 'conventioned like SIAE; presence in L5132-4 CT not verified',
};
const GEIQ_INSERTION = {
  fr: "un GEIQ n'est pas une SIAE ; il ne peut être retenu que comme structure équivalente employant au moins 50 % de travailleurs défavorisés, au cas par cas",
  en: 'not an SIAE; only as equivalent structure with ≥50% disadvantaged workers',
};
const ONLY_IF_ESS = { fr: "seulement si la structure est elle-même une entreprise de l'ESS", en: 'only if ESS entity' };

const tc = (
  kind: SupplierKind,
  reason: ConditionalKind['reason'],
  evidenceStatus: EvidenceStatus,
): ConditionalKind => ({
  kind,
  reason,
  evidenceStatus,
  outcome: 'TO_CONFIRM',
});

const CCP_BUYERS: readonly ReservationBuyerScope[] = ['POUVOIR_ADJUDICATEUR', 'ENTITE_ADJUDICATRICE'];

export const RESERVATION_RULES: Readonly<Record<ReservedReservationType, ReservationRule>> = {
  RES_HANDICAP: {
    code: 'RES_HANDICAP',
    article: 'CCP L2113-12',
    label: {
      fr: 'Marché réservé aux entreprises adaptées, ESAT et structures équivalentes',
      en: 'Reserved for sheltered/adapted employers of disabled workers',
    },
    shortLabel: { fr: 'au titre du handicap (L2113-12)', en: 'for disability employers (L2113-12)' },
    eligibleKinds: ['EA', 'ESAT', 'EQUIVALENT_HANDICAP'],
    conditionalKinds: [tc('EATT', EATT_HANDICAP, 'UNVERIFIED'), tc('CDTD', CDTD_LEGACY, 'PARTIAL')],
    minimumTargetWorkerShare: 0.5,
    maxDurationMonths: null,
    buyerScope: CCP_BUYERS,
    objectRestriction: null,
    combinableWith: ['RES_INSERTION'],
    notCombinableWith: ['RES_PENITENTIARY'],
    groupementMode: 'ALL_MEMBERS_ELIGIBLE',
    subcontractingBehaviour: 'warn',
  },
  RES_INSERTION: {
    code: 'RES_INSERTION',
    article: 'CCP L2113-13',
    label: {
      fr: "Marché réservé aux structures d'insertion par l'activité économique et structures équivalentes",
      en: 'Reserved for work-integration social enterprises (SIAE)',
    },
    shortLabel: { fr: "au titre de l'insertion (L2113-13)", en: 'for work-integration enterprises (L2113-13)' },
    eligibleKinds: ['EI', 'ETTI', 'AI', 'ACI', 'EQUIVALENT_INSERTION'],
    conditionalKinds: [tc('EITI', EITI_INSERTION, 'UNVERIFIED'), tc('GEIQ', GEIQ_INSERTION, 'UNVERIFIED')],
    minimumTargetWorkerShare: 0.5,
    maxDurationMonths: null,
    buyerScope: CCP_BUYERS,
    objectRestriction: null,
    combinableWith: ['RES_HANDICAP'],
    notCombinableWith: ['RES_PENITENTIARY'],
    groupementMode: 'ALL_MEMBERS_ELIGIBLE',
    subcontractingBehaviour: 'warn',
  },
  RES_HANDICAP_OR_INSERTION: {
    code: 'RES_HANDICAP_OR_INSERTION',
    article: 'CCP L2113-14 (first sentence)',
    label: {
      fr: "Marché réservé simultanément aux structures du handicap (L2113-12) et de l'insertion (L2113-13)",
      en: 'Reserved to both handicap and insertion structures',
    },
    shortLabel: {
      fr: "au titre du handicap ou de l'insertion (L2113-14)",
      en: 'for disability or work-integration enterprises (L2113-14)',
    },
    eligibleKinds: ['EA', 'ESAT', 'EQUIVALENT_HANDICAP', 'EI', 'ETTI', 'AI', 'ACI', 'EQUIVALENT_INSERTION'],
    conditionalKinds: [
      tc('EATT', EATT_HANDICAP, 'UNVERIFIED'),
      tc('CDTD', CDTD_LEGACY, 'PARTIAL'),
      tc('EITI', EITI_INSERTION, 'UNVERIFIED'),
      tc('GEIQ', GEIQ_INSERTION, 'UNVERIFIED'),
    ],
    minimumTargetWorkerShare: 0.5,
    maxDurationMonths: null,
    buyerScope: CCP_BUYERS,
    objectRestriction: null,
    combinableWith: [],
    notCombinableWith: ['RES_PENITENTIARY'],
    groupementMode: 'ALL_MEMBERS_ELIGIBLE_ANY_COMBINED_CATEGORY',
    subcontractingBehaviour: 'warn',
  },
  RES_PENITENTIARY: {
    code: 'RES_PENITENTIARY',
    article: 'CCP L2113-13-1',
    label: {
      fr: 'Marché réservé aux opérateurs exécutant en établissement pénitentiaire avec des personnes détenues',
      en: 'Reserved for prison-based production employing detainees',
    },
    shortLabel: { fr: 'au titre du travail pénitentiaire (L2113-13-1)', en: 'for prison work (L2113-13-1)' },
    eligibleKinds: ['SEP'],
    conditionalKinds: [],
    minimumTargetWorkerShare: 0.5,
    maxDurationMonths: null,
    buyerScope: CCP_BUYERS,
    objectRestriction: null,
    combinableWith: [],
    notCombinableWith: ['RES_HANDICAP', 'RES_INSERTION', 'RES_HANDICAP_OR_INSERTION'],
    groupementMode: 'ALL_MEMBERS_ELIGIBLE',
    subcontractingBehaviour: 'warn',
  },
  RES_ESS_SERVICES: {
    code: 'RES_ESS_SERVICES',
    article: 'CCP L2113-15 and L2113-16',
    label: {
      fr: "Marché réservé aux entreprises de l'ESS pour certains services sociaux, de santé et culturels",
      en: 'Reserved to social-economy enterprises for certain health, social and cultural services (Art. 77 Directive 2014/24)',
    },
    shortLabel: { fr: "aux entreprises de l'ESS (L2113-15)", en: 'for social-economy enterprises (L2113-15)' },
    eligibleKinds: [
      'ESS_ASSOCIATION',
      'ESS_COOP_SCOP',
      'ESS_COOP_SCIC',
      'ESS_OTHER_COOP',
      'ESS_MUTUELLE',
      'ESS_FONDATION',
      'ESS_COMMERCIAL',
    ],
    conditionalKinds: [
      tc('EA', { fr: ONLY_IF_ESS.fr, en: 'only if the structure is itself an ESS entity' }, 'PARTIAL'),
      tc(
        'ESAT',
        {
          fr: "seulement s'il est géré par une entité de l'ESS (par exemple une association)",
          en: 'only if run by an ESS entity (e.g. association)',
        },
        'PARTIAL',
      ),
      tc('EI', ONLY_IF_ESS, 'PARTIAL'),
      tc('ACI', ONLY_IF_ESS, 'PARTIAL'),
      tc('AI', { fr: "association, donc en principe de l'ESS", en: 'associations, hence ESS' }, 'PARTIAL'),
      tc('ETTI', ONLY_IF_ESS, 'PARTIAL'),
      {
        kind: 'ESUS',
        reason: {
          fr: "les titulaires de l'agrément ESUS sont des entreprises de l'ESS par définition",
          en: 'ESUS holders are ESS by definition',
        },
        evidenceStatus: 'VERIFIED',
        outcome: 'ELIGIBLE',
      },
    ],
    minimumTargetWorkerShare: null,
    maxDurationMonths: 36,
    buyerScope: ['POUVOIR_ADJUDICATEUR', 'POUVOIR_ADJUDICATEUR_ACTING_AS_ENTITE_ADJUDICATRICE'],
    objectRestriction: 'ESS_SERVICES_CPV_LIST',
    combinableWith: [],
    notCombinableWith: [],
    groupementMode: 'ALL_MEMBERS_ELIGIBLE',
    subcontractingBehaviour: 'inform',
  },
};

export const NOT_RESERVED_LABEL = {
  fr: 'Non réservé',
  en: 'Not reserved',
} as const;

export function isReservationType(value: unknown): value is ReservationType {
  return typeof value === 'string' && (RESERVATION_TYPES as readonly string[]).includes(value);
}

export function reservationRule(reservation: ReservedReservationType): ReservationRule {
  return RESERVATION_RULES[reservation];
}

/** How a kind stands towards a reservation before proofs, shares and verification are looked at. */
export type KindStanding =
  | { readonly outcome: 'ELIGIBLE' }
  | { readonly outcome: 'TO_CONFIRM'; readonly conditional: ConditionalKind }
  | { readonly outcome: 'INELIGIBLE' };

export function kindStanding(kind: SupplierKind, reservation: ReservedReservationType): KindStanding {
  const rule = RESERVATION_RULES[reservation];
  if (rule.eligibleKinds.includes(kind)) return { outcome: 'ELIGIBLE' };
  const conditional = rule.conditionalKinds.find((c) => c.kind === kind);
  if (!conditional) return { outcome: 'INELIGIBLE' };
  return conditional.outcome === 'ELIGIBLE' ? { outcome: 'ELIGIBLE' } : { outcome: 'TO_CONFIRM', conditional };
}

// ---------------------------------------------------------------------------------------------
// Checks on the reservation of a lot (not on a supplier).

export type ReservationIssueCode =
  'INVALID_COMBINATION' | 'BUYER_NOT_ALLOWED' | 'CPV_NOT_ALLOWED' | 'DURATION_EXCEEDED';

export interface ReservationIssue {
  readonly code: ReservationIssueCode;
  readonly message_fr: string;
  readonly message_en: string;
  /** CPV codes of the lot outside the ESS services list (CPV_NOT_ALLOWED). */
  readonly cpvCodes?: readonly string[];
}

/** The issues that depend on the lot's buyer and object rather than on the declared combination. */
export type LotReservationIssue = ReservationIssue & { readonly code: 'BUYER_NOT_ALLOWED' | 'CPV_NOT_ALLOWED' };

export type CombinedReservation =
  | { readonly ok: true; readonly reservation: ReservationType }
  | { readonly ok: false; readonly issue: ReservationIssue };

/**
 * Turns the reservations a lot or notice declares into one type: none -> NONE; handicap and
 * insertion together -> RES_HANDICAP_OR_INSERTION (L2113-14 1st sentence). Penitentiary with any
 * other (L2113-14 2nd sentence) and ESS services with any other (a different legal basis, with its
 * own object limits) are refused; the importer keeps the notice and shows the issue.
 */
export function combineReservations(declared: readonly ReservationType[]): CombinedReservation {
  const set = new Set(declared.filter((r): r is ReservedReservationType => r !== 'NONE'));
  if (set.size === 0) return { ok: true, reservation: 'NONE' };
  const [only] = set;
  if (set.size === 1 && only) return { ok: true, reservation: only };
  if (set.has('RES_PENITENTIARY')) {
    return {
      ok: false,
      issue: {
        code: 'INVALID_COMBINATION',
        message_fr:
          "Un lot ne peut pas être réservé à la fois au travail pénitentiaire (L2113-13-1) et aux structures du handicap ou de l'insertion (L2113-14, 2e phrase).",
        message_en:
          'A lot cannot be reserved both for prison work (L2113-13-1) and for disability or work-integration structures (L2113-14, 2nd sentence).',
      },
    };
  }
  if (set.has('RES_ESS_SERVICES')) {
    return {
      ok: false,
      issue: {
        code: 'INVALID_COMBINATION',
        message_fr: 'La réservation ESS (L2113-15) ne se combine avec aucune autre réservation.',
        message_en: 'The social-economy reservation (L2113-15) cannot be combined with another reservation.',
      },
    };
  }
  // What is left is a subset of {handicap, insertion, either}: its union is the L2113-14 reservation.
  return { ok: true, reservation: 'RES_HANDICAP_OR_INSERTION' };
}

export interface LotReservationContext {
  readonly buyerRegime?: BuyerRegime;
  /** For CCP buyers; ENTITE_ADJUDICATRICE means one that is not also a pouvoir adjudicateur. */
  readonly buyerCategory?: CcpBuyerCategory;
  /** The lot's CPV codes (with or without check digit). Omitted or empty: not checked. */
  readonly cpvCodes?: readonly string[];
}

/**
 * Issues of a single reservation against the lot's buyer and object. An omitted input is not
 * checked, so a caller asking only "could this supplier bid on such a lot" gets no false issue.
 * Private buyers may mirror L2113-12/13/13-1 as company policy, but L2113-15 is a pouvoir
 * adjudicateur's tool only (RES-06), so it is refused to them.
 */
export function reservationLotIssues(reservation: ReservationType, lot: LotReservationContext): LotReservationIssue[] {
  if (reservation !== 'RES_ESS_SERVICES') return [];
  const issues: LotReservationIssue[] = [];
  if (lot.buyerRegime === 'PRIVATE') {
    issues.push({
      code: 'BUYER_NOT_ALLOWED',
      message_fr:
        'Seul un pouvoir adjudicateur soumis au code de la commande publique peut réserver un lot au titre de L2113-15 ; un acheteur privé ne le peut pas.',
      message_en:
        'Only a pouvoir adjudicateur bound by the public procurement code may reserve a lot under L2113-15; a private buyer cannot.',
    });
  } else if (lot.buyerCategory === 'ENTITE_ADJUDICATRICE') {
    issues.push({
      code: 'BUYER_NOT_ALLOWED',
      message_fr:
        "Une entité adjudicatrice qui n'est pas un pouvoir adjudicateur ne peut pas réserver un lot au titre de L2113-15.",
      message_en: 'An entité adjudicatrice that is not a pouvoir adjudicateur cannot reserve a lot under L2113-15.',
    });
  }
  const outside = (lot.cpvCodes ?? []).filter((code) => !isEssServicesCpv(code)).map(normalizeCpvCode);
  if (outside.length > 0) {
    // L2113-15 requires the lot to cover *exclusively* listed services: one outside code is enough.
    issues.push({
      code: 'CPV_NOT_ALLOWED',
      message_fr: `Ces codes CPV ne figurent pas sur la liste des services sociaux et spécifiques (L2113-15) : ${outside.join(', ')}.`,
      message_en: `These CPV codes are not on the list of social and other specific services (L2113-15): ${outside.join(', ')}.`,
      cpvCodes: outside,
    });
  }
  return issues;
}

export interface ReservationValidationInput extends LotReservationContext {
  /** One reservation, or every reservation a notice declares for the lot. */
  readonly reservation: ReservationType | readonly ReservationType[];
  readonly durationMonths?: number;
}

export interface ReservationValidation {
  readonly valid: boolean;
  /** The combined reservation; null when the declared combination is itself invalid. */
  readonly reservation: ReservationType | null;
  readonly issues: readonly ReservationIssue[];
}

/** Is this a lawful reservation for this lot (RES-04, RES-06, RES-07 A)? No amount or object limit otherwise (RES-10). */
export function validateReservation(input: ReservationValidationInput): ReservationValidation {
  const declared: readonly ReservationType[] =
    typeof input.reservation === 'string' ? [input.reservation] : input.reservation;
  const combined = combineReservations(declared);
  if (!combined.ok) return { valid: false, reservation: null, issues: [combined.issue] };
  const reservation = combined.reservation;
  const issues: ReservationIssue[] = reservationLotIssues(reservation, input);
  const max = reservation === 'NONE' ? null : RESERVATION_RULES[reservation].maxDurationMonths;
  if (max !== null && input.durationMonths !== undefined && input.durationMonths > max) {
    issues.push({
      code: 'DURATION_EXCEEDED',
      message_fr: `Un marché réservé au titre de L2113-15 dure au plus ${max} mois (L2113-16) ; durée prévue : ${input.durationMonths} mois.`,
      message_en: `A contract reserved under L2113-15 lasts at most ${max} months (L2113-16); planned: ${input.durationMonths} months.`,
    });
  }
  return { valid: issues.length === 0, reservation, issues };
}
