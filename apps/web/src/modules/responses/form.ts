// The response form's state and its checks before sending (the server checks again and has the
// last word). Pure, unit-tested in form.spec.ts.
import type { DeclaredSubcontractor, NeedResponse, RespondToNeedInput } from './types';

export const MAX_RESPONSE_ATTACHMENTS = 10;

export interface SubcontractorValue {
  name: string;
  organizationId: string | null;
  share: string;
}

export interface AttachmentValue {
  id: string;
  name: string;
  sizeBytes: number;
  mimeType: string;
}

export interface ResponseFormValues {
  price: string;
  leadTime: string;
  message: string;
  answers: string[];
  attachments: AttachmentValue[];
  subcontractors: SubcontractorValue[];
}

/** "12 500,50" or "12500.5" → 12500.5; "" → null; anything else → NaN. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€%]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** A whole number of days; "" → null; anything else → NaN. */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

export function emptyForm(questionCount: number): ResponseFormValues {
  return { price: '', leadTime: '', message: '', answers: Array.from({ length: questionCount }, () => ''), attachments: [], subcontractors: [] };
}

/** The form filled with the supplier's current response (to amend it). */
export function formFromResponse(response: NeedResponse, questionCount: number): ResponseFormValues {
  const answers = Array.from({ length: questionCount }, (_, i) => response.answers[i] ?? '');
  return {
    price: response.priceEur != null ? String(response.priceEur).replace('.', ',') : '',
    leadTime: response.leadTimeDays != null ? String(response.leadTimeDays) : '',
    message: response.message ?? '',
    answers,
    attachments: response.attachments.map((a) => ({ id: a.id, name: a.name, sizeBytes: a.sizeBytes, mimeType: a.mimeType })),
    subcontractors: response.subcontractors.map((s) => ({ name: s.name, organizationId: s.organizationId, share: String(s.sharePercent).replace('.', ',') })),
  };
}

/** The sum of the declared subcontractors' shares (unparseable shares count as 0). */
export function subcontractedShare(subcontractors: readonly SubcontractorValue[]): number {
  return subcontractors.reduce((sum, s) => {
    const share = parseDecimal(s.share);
    return share !== null && Number.isFinite(share) ? sum + share : sum;
  }, 0);
}

/** Field key → i18n key of the problem (keys match the server's paths, see server-errors.ts). */
export function checkResponseForm(values: ResponseFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const price = parseDecimal(values.price);
  if (price === null) errors['priceEur'] = 'validation.required';
  else if (Number.isNaN(price)) errors['priceEur'] = 'responses.form.errors.number';
  const leadTime = parseWholeNumber(values.leadTime);
  if (leadTime === null) errors['leadTimeDays'] = 'validation.required';
  else if (Number.isNaN(leadTime)) errors['leadTimeDays'] = 'responses.form.errors.wholeNumber';
  values.subcontractors.forEach((s, i) => {
    if (!s.name.trim()) errors[`subcontractors-${i}-name`] = 'validation.required';
    const share = parseDecimal(s.share);
    if (share === null) errors[`subcontractors-${i}-sharePercent`] = 'validation.required';
    else if (Number.isNaN(share) || share <= 0 || share > 100) errors[`subcontractors-${i}-sharePercent`] = 'responses.form.errors.share';
  });
  // The respondent keeps part of the work: what is subcontracted stays under 100 %.
  if (values.subcontractors.length > 0 && subcontractedShare(values.subcontractors) >= 100) errors['subcontractors'] = 'responses.form.errors.sharesTotal';
  return errors;
}

/** The mutation input of a checked form. */
export function toRespondInput(needId: string, lotId: string, values: ResponseFormValues): RespondToNeedInput {
  const price = parseDecimal(values.price);
  const leadTime = parseWholeNumber(values.leadTime);
  const subcontractors: DeclaredSubcontractor[] = values.subcontractors.map((s) => ({
    name: s.name.trim(),
    organizationId: s.organizationId,
    sharePercent: parseDecimal(s.share) ?? 0,
  }));
  // Trailing unanswered questions are left out; answers keep the questions' order.
  const answers = values.answers.map((a) => a.trim());
  while (answers.length > 0 && answers[answers.length - 1] === '') answers.pop();
  return {
    needId,
    lotId,
    priceEur: price !== null && Number.isFinite(price) ? price : null,
    leadTimeDays: leadTime !== null && Number.isFinite(leadTime) ? leadTime : null,
    message: values.message.trim() || null,
    answers,
    attachmentFileIds: values.attachments.map((a) => a.id),
    subcontractors,
  };
}
