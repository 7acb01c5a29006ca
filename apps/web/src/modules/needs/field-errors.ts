// Server field errors of createNeed/updateNeed (extensions.fields[].path such as "lots.1.place.code")
// → the wizard's field keys ("lots-1-place"), the step that shows them and their labels. The
// shared toAppError keeps only the last segment of a path ("code"), which loses the lot: the wizard
// reads the paths itself. Tested in field-errors.spec.ts.
import { toAppError, type AppError, type CombinedErrorLike } from '../../shared/errors/app-error';

export type WizardStep = 1 | 2 | 3 | 4;
export const WIZARD_STEPS: readonly WizardStep[] = [1, 2, 3, 4];

/** Lot fields whose errors are shown on the field itself; anything else lands on the lot's title. */
const LOT_FIELDS = new Set([
  'title',
  'description',
  'sectorSlugs',
  'cpvCodes',
  'serviceTypes',
  'quantity',
  'unit',
  'amountMinEur',
  'amountMaxEur',
  'place',
  'radiusKm',
  'reservation',
  'socialClauseHours',
]);

/** Fields whose items are checked one by one on the server but shown as one list. */
const LIST_FIELDS = new Set(['attachmentFileIds', 'invitedSupplierIds']);

/**
 * "lots.1.place.code" → "lots-1-place"; "lots.0.sectorSlugs.2" → "lots-0-sectorSlugs";
 * "attachmentFileIds.3" → "attachmentFileIds"; "questions.2" → "questions-2"; "title" → "title".
 * A leading "input." (the argument's name) is ignored.
 */
export function wizardFieldKey(path: string | readonly (string | number)[]): string {
  const segments = (typeof path === 'string' ? path.split('.') : path.map(String)).map((s) => s.trim()).filter(Boolean);
  if (segments[0] === 'input') segments.shift();
  const [first, second, third] = segments;
  if (!first) return 'form';
  if (first === 'lots' && second !== undefined && /^\d+$/.test(second)) {
    const field = third && LOT_FIELDS.has(third) ? third : 'title';
    return `lots-${second}-${field}`;
  }
  if (LIST_FIELDS.has(first)) return first;
  if (first === 'questions' && second !== undefined && /^\d+$/.test(second)) return `questions-${second}`;
  return first;
}

/** The lot index of a lot field key ("lots-2-place" → 2), else null. */
export function lotIndexOf(key: string): number | null {
  const match = /^lots-(\d+)-/.exec(key);
  return match ? Number(match[1]) : null;
}

const STEP_ONE = new Set([
  'kind',
  'title',
  'descriptionHtml',
  'deadlineAt',
  'startDate',
  'durationMonths',
  'visibility',
  'invitedSupplierIds',
  'consortiaAllowed',
  'verifiedOnly',
]);

/** The wizard step that shows a field. Unknown fields go to the preview, which lists every error. */
export function stepOfField(key: string): WizardStep {
  if (STEP_ONE.has(key)) return 1;
  if (key === 'lots' || key.startsWith('lots-')) return 2;
  if (key === 'attachmentFileIds' || key === 'questions' || key.startsWith('questions-')) return 3;
  return 4;
}

/** The first step with an error, or null. */
export function firstStepWithError(fields: Record<string, string>): WizardStep | null {
  const steps = Object.keys(fields).map(stepOfField);
  return steps.length > 0 ? (Math.min(...steps) as WizardStep) : null;
}

/** Field errors of one step only (the step's summary lists these). */
export function fieldsOfStep(fields: Record<string, string>, step: WizardStep): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => stepOfField(key) === step));
}

/** Keeps the first message per wizard field, in the server's order. */
export function serverFieldErrors(error: CombinedErrorLike | null | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const gqlError of error?.graphQLErrors ?? []) {
    const ext = gqlError.extensions ?? {};
    if (ext['code'] !== 'BAD_USER_INPUT' || !Array.isArray(ext['fields'])) continue;
    for (const item of ext['fields'] as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const path = record['path'] ?? record['field'];
      if (typeof path !== 'string' && !Array.isArray(path)) continue;
      const key = wizardFieldKey(path as string | (string | number)[]);
      const message = typeof record['message'] === 'string' ? record['message'] : gqlError.message;
      if (!(key in fields)) fields[key] = message;
    }
  }
  return fields;
}

/** The AppError of a failed save, with field errors keyed like the wizard's fields. */
export function needSaveError(error: CombinedErrorLike | null | undefined): AppError | null {
  const base = toAppError(error);
  if (!base) return null;
  return { ...base, fields: base.code === 'BAD_USER_INPUT' ? serverFieldErrors(error) : {} };
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const FIELD_LABEL_KEYS: Record<string, string> = {
  kind: 'needs.field.kind',
  title: 'needs.field.title',
  descriptionHtml: 'needs.field.description',
  deadlineAt: 'needs.field.deadline',
  startDate: 'needs.field.startDate',
  durationMonths: 'needs.field.durationMonths',
  visibility: 'needs.field.visibility',
  invitedSupplierIds: 'needs.field.invited',
  consortiaAllowed: 'needs.field.consortiaAllowed',
  verifiedOnly: 'needs.field.verifiedOnly',
  lots: 'needs.field.lots',
  attachmentFileIds: 'needs.field.attachments',
  questions: 'needs.field.questions',
};

const LOT_LABEL_KEYS: Record<string, string> = {
  title: 'needs.lot.title',
  description: 'needs.lot.description',
  sectorSlugs: 'needs.lot.sectors',
  cpvCodes: 'needs.lot.cpvCodes',
  serviceTypes: 'needs.lot.serviceTypes',
  quantity: 'needs.lot.quantity',
  unit: 'needs.lot.unit',
  amountMinEur: 'needs.lot.amountMin',
  amountMaxEur: 'needs.lot.amountMax',
  place: 'needs.lot.place',
  radiusKm: 'needs.lot.radiusKm',
  reservation: 'needs.lot.reservation',
  socialClauseHours: 'needs.lot.socialClauseHours',
};

/** "Lot 2 · Lieu d'exécution", "Question 3", "Titre du besoin"; the key itself when unknown. */
export function fieldLabel(key: string, t: Translate): string {
  const lot = /^lots-(\d+)-(\w+)$/.exec(key);
  if (lot) {
    const labelKey = LOT_LABEL_KEYS[lot[2] as string];
    const name = t('needs.lot.heading', { n: Number(lot[1]) + 1 });
    return labelKey ? `${name} · ${t(labelKey)}` : name;
  }
  const question = /^questions-(\d+)$/.exec(key);
  if (question) return t('needs.questions.item', { n: Number(question[1]) + 1 });
  const labelKey = FIELD_LABEL_KEYS[key];
  return labelKey ? t(labelKey) : key;
}

/** Labels for the ErrorSummary: every field key with an error → its label. */
export function fieldLabels(fields: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, fieldLabel(key, t)]));
}

/** Client errors (field → i18n key) as the AppError the wizard shows. */
export function clientNeedError(errors: Record<string, string>, t: Translate): AppError | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return {
    code: 'BAD_USER_INPUT',
    messageKey: 'errors.code.BAD_USER_INPUT',
    fields: Object.fromEntries(entries.map(([field, key]) => [field, t(key)])),
  };
}
