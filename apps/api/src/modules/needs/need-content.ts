import sanitizeHtml from 'sanitize-html';
import { BuyerRegime, RESERVATION_RULES, validateReservation } from '@essor/domain';
import { cpvByCode, isValidCpv, placeByCode, sectorBySlug } from '@essor/reference-data';
import type { FieldError } from '../../core/graphql';
import type { NeedContentInput, NeedLotInput } from './dto/need.inputs';
import type { PlaceKind } from './entities/need.entity';

/** What the description may keep: structure and emphasis, links to the web; no scripts, styles or images. */
const DESCRIPTION_RULES: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};
// The transform adds rel/target after filtering, so they must be allowed to survive.
DESCRIPTION_RULES.allowedAttributes = { a: ['href', 'rel', 'target'] };

export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, DESCRIPTION_RULES).trim();
}

/** A lot as stored, after validation and normalisation. */
export interface CleanLot {
  id: string | null;
  title: string;
  description: string | null;
  sectorSlugs: string[];
  cpvCodes: string[];
  serviceTypes: string[];
  quantity: number | null;
  unit: string | null;
  amountMinEur: number | null;
  amountMaxEur: number | null;
  placeKind: PlaceKind;
  placeCode: string | null;
  radiusKm: number | null;
  reservation: string;
  socialClauseHours: number | null;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];
const trimOrNull = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Validates a lot against the reference data and the reservation rules (RES-04, RES-06, RES-07):
 * every error is collected with its field path so the wizard can show them all at once.
 */
export function cleanLot(lot: NeedLotInput, path: string, context: { buyerRegime: BuyerRegime | null; durationMonths: number | null }, errors: FieldError[]): CleanLot {
  const sectorSlugs = unique(lot.sectorSlugs.map((s) => s.trim()));
  sectorSlugs.forEach((slug, i) => {
    if (!sectorBySlug(slug)) errors.push({ path: `${path}.sectorSlugs.${i}`, messageKey: 'field.unknownSector' });
  });
  const cpvCodes: string[] = [];
  lot.cpvCodes.forEach((code, i) => {
    const cpv = cpvByCode(code);
    if (!cpv || !isValidCpv(code)) errors.push({ path: `${path}.cpvCodes.${i}`, messageKey: 'field.unknownCpv', params: { code } });
    else if (!cpvCodes.includes(cpv.code)) cpvCodes.push(cpv.code);
  });
  if (sectorSlugs.length === 0 && lot.cpvCodes.length === 0) errors.push({ path: `${path}.sectorSlugs`, messageKey: 'field.lotWhatRequired' });

  const placeKind = lot.place.kind;
  let placeCode: string | null = null;
  if (placeKind !== 'NATIONAL') {
    const code = lot.place.code?.trim();
    if (!code) errors.push({ path: `${path}.place.code`, messageKey: 'field.placeCodeRequired' });
    else {
      const place = placeByCode(placeKind, code);
      if (!place) errors.push({ path: `${path}.place.code`, messageKey: 'field.unknownPlace', params: { code } });
      else placeCode = place.code;
    }
  }
  const radiusKm = lot.radiusKm ?? null;
  if (radiusKm !== null && placeKind === 'NATIONAL') errors.push({ path: `${path}.radiusKm`, messageKey: 'field.radiusNeedsCentroid' });
  const amountMinEur = lot.amountMinEur ?? null;
  const amountMaxEur = lot.amountMaxEur ?? null;
  if (amountMinEur !== null && amountMaxEur !== null && amountMinEur > amountMaxEur) errors.push({ path: `${path}.amountMaxEur`, messageKey: 'field.amountRange' });

  const validation = validateReservation({
    reservation: lot.reservation,
    ...(context.buyerRegime ? { buyerRegime: context.buyerRegime } : {}),
    cpvCodes,
    ...(context.durationMonths !== null ? { durationMonths: context.durationMonths } : {}),
  });
  for (const issue of validation.issues) {
    if (issue.code === 'BUYER_NOT_ALLOWED') errors.push({ path: `${path}.reservation`, messageKey: 'field.reservationBuyerNotAllowed' });
    else if (issue.code === 'CPV_NOT_ALLOWED') errors.push({ path: `${path}.cpvCodes`, messageKey: 'field.reservationCpvNotAllowed', params: { codes: (issue.cpvCodes ?? []).join(', ') } });
    else if (issue.code === 'DURATION_EXCEEDED') {
      const max = lot.reservation === 'NONE' ? 0 : (RESERVATION_RULES[lot.reservation].maxDurationMonths ?? 0);
      errors.push({ path: 'durationMonths', messageKey: 'field.reservationDuration', params: { max } });
    } else errors.push({ path: `${path}.reservation`, messageKey: 'field.invalid' });
  }
  return {
    id: lot.id ?? null,
    title: lot.title.trim(),
    description: trimOrNull(lot.description),
    sectorSlugs,
    cpvCodes,
    serviceTypes: unique(lot.serviceTypes),
    quantity: lot.quantity ?? null,
    unit: trimOrNull(lot.unit),
    amountMinEur,
    amountMaxEur,
    placeKind,
    placeCode,
    radiusKm,
    reservation: lot.reservation,
    socialClauseHours: lot.socialClauseHours ?? null,
  };
}

/** The need's own fields as stored (lots, invitations and attachments are checked by the service). */
export function cleanNeedFields(input: NeedContentInput) {
  return {
    kind: input.kind,
    title: input.title.trim().replace(/\s+/g, ' '),
    descriptionHtml: sanitizeDescription(input.descriptionHtml),
    visibility: input.visibility,
    consortiaAllowed: input.consortiaAllowed,
    verifiedOnly: input.verifiedOnly,
    deadlineAt: input.deadlineAt,
    startDate: input.startDate ?? null,
    durationMonths: input.durationMonths ?? null,
    questions: input.questions.map((q) => q.trim()).filter(Boolean),
  };
}
