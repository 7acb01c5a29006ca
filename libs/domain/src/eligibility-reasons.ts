// The closed list of reasons an eligibility answer can carry, with their French and English
// messages. Codes are stable (the UI and the API's INELIGIBLE error map them); messages are for
// people and may be reworded.

import type { LotReservationIssue, ReservationType } from './reservation';
import { NOT_RESERVED_LABEL, RESERVATION_RULES } from './reservation';
import type { ConditionalKind } from './reservation';
import type { SupplierKind } from './supplier-kinds';
import { SUPPLIER_KIND_DEFINITIONS } from './supplier-kinds';
import type { VerificationStatus } from './verification-status';

export type EligibilityReasonCode =
  // the answer is ELIGIBLE
  | 'NOT_RESERVED'
  | 'KIND_ELIGIBLE'
  /** Still ELIGIBLE, but the bid must evidence the L2113-15 public-service mission (RES-06). */
  | 'ESS_MISSION_TO_EVIDENCE'
  // the answer is TO_CONFIRM
  | 'KIND_TO_CONFIRM'
  | 'KIND_NOT_VERIFIED'
  | 'PROOF_MISSING'
  | 'SHARE_UNKNOWN'
  | 'SHARE_INVALID'
  // the answer is INELIGIBLE
  | 'NO_KIND_DECLARED'
  | 'KIND_NOT_ELIGIBLE'
  | 'KIND_REJECTED'
  | 'PROOF_EXPIRED'
  | 'PROOF_NOT_YET_VALID'
  | 'SHARE_BELOW_MINIMUM'
  | 'RESERVATION_BUYER_NOT_ALLOWED'
  | 'RESERVATION_CPV_NOT_ALLOWED';

export interface EligibilityReason {
  readonly code: EligibilityReasonCode;
  readonly message_fr: string;
  readonly message_en: string;
  /** The supplier kind the reason is about, when it is about one. */
  readonly kind?: SupplierKind;
  /** End of validity of the proof the reason is about (the one that counts, or the one that lapsed). */
  readonly proofValidUntil?: Date;
}

type Reservation = Exclude<ReservationType, 'NONE'>;

const kindFr = (kind: SupplierKind): string => SUPPLIER_KIND_DEFINITIONS[kind].label.fr;
const kindEn = (kind: SupplierKind): string => SUPPLIER_KIND_DEFINITIONS[kind].label.en;
const resFr = (r: Reservation): string => RESERVATION_RULES[r].shortLabel.fr;
const resEn = (r: Reservation): string => RESERVATION_RULES[r].shortLabel.en;

// Proof dates are calendar days; messages show them in UTC to match how they are compared.
export function formatDateFr(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

export function formatDateEn(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const VERIFICATION_FR: Readonly<Record<VerificationStatus, string>> = {
  DECLARED: 'déclaré',
  PENDING: 'en cours de vérification',
  VERIFIED: 'vérifié',
  REJECTED: 'rejeté',
  EXPIRED: 'expiré',
};

export const reasons = {
  notReserved: (): EligibilityReason => ({
    code: 'NOT_RESERVED',
    message_fr: `${NOT_RESERVED_LABEL.fr} : toute entreprise peut répondre.`,
    message_en: `${NOT_RESERVED_LABEL.en}: any company may bid.`,
  }),
  kindEligible: (kind: SupplierKind, r: Reservation, proofValidUntil?: Date): EligibilityReason => ({
    code: 'KIND_ELIGIBLE',
    message_fr: `${kindFr(kind)} : éligible à un lot réservé ${resFr(r)}${proofValidUntil ? `, justificatif valable jusqu'au ${formatDateFr(proofValidUntil)}` : ''}.`,
    message_en: `${kindEn(kind)}: eligible to a lot reserved ${resEn(r)}${proofValidUntil ? `, proof valid until ${formatDateEn(proofValidUntil)}` : ''}.`,
    kind,
    ...(proofValidUntil ? { proofValidUntil } : {}),
  }),
  essMissionToEvidence: (kind: SupplierKind): EligibilityReason => ({
    code: 'ESS_MISSION_TO_EVIDENCE',
    message_fr:
      'La réponse doit montrer que la structure a pour objectif une mission de service public liée à ces services (L2113-15).',
    message_en:
      'The bid must show that the structure aims at a public-service mission linked to these services (L2113-15).',
    kind,
  }),
  kindToConfirm: (c: ConditionalKind, r: Reservation): EligibilityReason => ({
    code: 'KIND_TO_CONFIRM',
    message_fr: `${kindFr(c.kind)} : éligibilité à un lot réservé ${resFr(r)} à confirmer (${c.reason.fr}).`,
    message_en: `${kindEn(c.kind)}: eligibility to a lot reserved ${resEn(r)} to be confirmed (${c.reason.en}).`,
    kind: c.kind,
  }),
  kindNotVerified: (kind: SupplierKind, status: VerificationStatus): EligibilityReason => ({
    code: 'KIND_NOT_VERIFIED',
    message_fr: `${kindFr(kind)} : statut ${VERIFICATION_FR[status]}, pas encore vérifié par Essor.`,
    message_en: `${kindEn(kind)}: status ${status.toLowerCase()}, not yet verified by Essor.`,
    kind,
  }),
  proofMissing: (kind: SupplierKind): EligibilityReason => ({
    code: 'PROOF_MISSING',
    message_fr: `${kindFr(kind)} : aucun justificatif enregistré pour vérifier la validité à la date limite.`,
    message_en: `${kindEn(kind)}: no proof on file to check validity at the deadline.`,
    kind,
  }),
  shareUnknown: (kind: SupplierKind, target: ShareTarget): EligibilityReason => ({
    code: 'SHARE_UNKNOWN',
    message_fr: `${kindFr(kind)} : part de ${SHARE_TARGET_FR[target]} non renseignée (au moins 50 % requis).`,
    message_en: `${kindEn(kind)}: share of ${SHARE_TARGET_EN[target]} not given (at least 50% required).`,
    kind,
  }),
  shareInvalid: (kind: SupplierKind, target: ShareTarget, share: number): EligibilityReason => ({
    code: 'SHARE_INVALID',
    message_fr: `${kindFr(kind)} : part de ${SHARE_TARGET_FR[target]} illisible (${share}) ; attendu une fraction entre 0 et 1.`,
    message_en: `${kindEn(kind)}: unreadable share of ${SHARE_TARGET_EN[target]} (${share}); expected a fraction between 0 and 1.`,
    kind,
  }),
  noKindDeclared: (r: Reservation): EligibilityReason => ({
    code: 'NO_KIND_DECLARED',
    message_fr: `Aucun statut déclaré : non éligible à un lot réservé ${resFr(r)}.`,
    message_en: `No status declared: not eligible to a lot reserved ${resEn(r)}.`,
  }),
  kindNotEligible: (kind: SupplierKind, r: Reservation): EligibilityReason => ({
    code: 'KIND_NOT_ELIGIBLE',
    message_fr: `${kindFr(kind)} : non éligible à un lot réservé ${resFr(r)}.`,
    message_en: `${kindEn(kind)}: not eligible to a lot reserved ${resEn(r)}.`,
    kind,
  }),
  kindRejected: (kind: SupplierKind): EligibilityReason => ({
    code: 'KIND_REJECTED',
    message_fr: `${kindFr(kind)} : justificatif rejeté lors de la vérification.`,
    message_en: `${kindEn(kind)}: proof rejected at verification.`,
    kind,
  }),
  proofExpired: (kind: SupplierKind, proofValidUntil?: Date): EligibilityReason => ({
    code: 'PROOF_EXPIRED',
    message_fr: `${kindFr(kind)} : justificatif expiré${proofValidUntil ? ` le ${formatDateFr(proofValidUntil)}` : ''}, non valable à la date limite de réponse.`,
    message_en: `${kindEn(kind)}: proof expired${proofValidUntil ? ` on ${formatDateEn(proofValidUntil)}` : ''}, not valid at the response deadline.`,
    kind,
    ...(proofValidUntil ? { proofValidUntil } : {}),
  }),
  proofNotYetValid: (kind: SupplierKind, validFrom: Date): EligibilityReason => ({
    code: 'PROOF_NOT_YET_VALID',
    message_fr: `${kindFr(kind)} : justificatif valable seulement à partir du ${formatDateFr(validFrom)}, après la date limite de réponse.`,
    message_en: `${kindEn(kind)}: proof valid only from ${formatDateEn(validFrom)}, after the response deadline.`,
    kind,
  }),
  shareBelowMinimum: (kind: SupplierKind, target: ShareTarget, share: number, minimum: number): EligibilityReason => ({
    code: 'SHARE_BELOW_MINIMUM',
    message_fr: `${kindFr(kind)} : ${percent(share)} de ${SHARE_TARGET_FR[target]}, moins que les ${percent(minimum)} requis (R2113-7).`,
    message_en: `${kindEn(kind)}: ${percent(share)} ${SHARE_TARGET_EN[target]}, below the required ${percent(minimum)} (R2113-7).`,
    kind,
  }),
  fromLotIssue: (issue: LotReservationIssue): EligibilityReason => ({
    code: lotIssueReasonCode(issue),
    message_fr: issue.message_fr,
    message_en: issue.message_en,
  }),
} as const;

/** Which workers an R2113-7 share counts. */
export type ShareTarget = 'DISABLED' | 'DISADVANTAGED';
const SHARE_TARGET_FR: Readonly<Record<ShareTarget, string>> = {
  DISABLED: 'travailleurs handicapés',
  DISADVANTAGED: 'travailleurs défavorisés',
};
const SHARE_TARGET_EN: Readonly<Record<ShareTarget, string>> = {
  DISABLED: 'disabled workers',
  DISADVANTAGED: 'disadvantaged workers',
};

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function lotIssueReasonCode(
  issue: LotReservationIssue,
): 'RESERVATION_BUYER_NOT_ALLOWED' | 'RESERVATION_CPV_NOT_ALLOWED' {
  return issue.code === 'BUYER_NOT_ALLOWED' ? 'RESERVATION_BUYER_NOT_ALLOWED' : 'RESERVATION_CPV_NOT_ALLOWED';
}
