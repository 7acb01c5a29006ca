// Pure state of the need wizard: form values (strings, as typed) ⇄ the GraphQL inputs, with the
// light client-side checks. The server validates everything again (reference data, reservation
// rules) and its field errors come back through field-errors.ts. Tested in form.spec.ts.
import { parseDecimal, parseInteger } from '../suppliers/mappers';
import type { ReservationType, ServiceType } from '../suppliers/types';
import type {
  ContractNature,
  CreateNeedInput,
  Need,
  NeedKind,
  NeedLot,
  NeedLotInput,
  NeedPlaceKind,
  NeedVisibility,
  ProcurementAdviceInput,
  AdviceBuyerType,
} from './types';

/** Where a lot is delivered: the whole country, or one région, département or commune. */
export type PlaceChoice =
  | { kind: 'NATIONAL' }
  | { kind: Exclude<NeedPlaceKind, 'NATIONAL'>; code: string; name: string; departementCode: string | null };

export interface CpvChoice {
  code: string;
  /** Empty when only the code is known (a saved lot): the chip shows the code alone. */
  label: string;
}

export interface LotFormValues {
  /** Client-side identity (React key, field ids); the server id is `id`. */
  key: string;
  id: string | null;
  title: string;
  description: string;
  sectorSlugs: string[];
  cpv: CpvChoice[];
  serviceTypes: ServiceType[];
  quantity: string;
  unit: string;
  /** SINGLE: one estimate (amountMin); RANGE: from amountMin to amountMax. */
  amountMode: 'SINGLE' | 'RANGE';
  amountMin: string;
  amountMax: string;
  place: PlaceChoice | null;
  radiusKm: string;
  reservation: ReservationType;
  socialClauseHours: string;
}

export interface AttachmentValue {
  id: string;
  name: string;
  sizeBytes: number;
  mimeType: string;
}

export interface InvitedSupplier {
  id: string;
  name: string;
}

export interface NeedFormValues {
  kind: NeedKind | '';
  title: string;
  descriptionHtml: string;
  /** `<input type="datetime-local">` value, local time: "2026-03-31T12:00". */
  deadline: string;
  /** YYYY-MM-DD or "". */
  startDate: string;
  durationMonths: string;
  visibility: NeedVisibility;
  invited: InvitedSupplier[];
  consortiaAllowed: boolean;
  verifiedOnly: boolean;
  lots: LotFormValues[];
  questions: string[];
  attachments: AttachmentValue[];
}

export const RESERVED_TYPES: readonly Exclude<ReservationType, 'NONE'>[] = [
  'RES_HANDICAP',
  'RES_INSERTION',
  'RES_HANDICAP_OR_INSERTION',
  'RES_PENITENTIARY',
  'RES_ESS_SERVICES',
];

export const MAX_LOTS = 30;
export const MAX_QUESTIONS = 20;
export const MAX_ATTACHMENTS = 10;

let lotCounter = 0;
/** A fresh client key for a new lot (unique within the page). */
export function nextLotKey(): string {
  lotCounter += 1;
  return `lot${lotCounter}`;
}

export function emptyLot(key: string = nextLotKey()): LotFormValues {
  return {
    key,
    id: null,
    title: '',
    description: '',
    sectorSlugs: [],
    cpv: [],
    serviceTypes: [],
    quantity: '',
    unit: '',
    amountMode: 'SINGLE',
    amountMin: '',
    amountMax: '',
    place: null,
    radiusKm: '',
    reservation: 'NONE',
    socialClauseHours: '',
  };
}

export function emptyNeedForm(): NeedFormValues {
  return {
    kind: '',
    title: '',
    descriptionHtml: '',
    deadline: '',
    startDate: '',
    durationMonths: '',
    visibility: 'PUBLIC',
    invited: [],
    consortiaAllowed: true,
    verifiedOnly: false,
    lots: [emptyLot()],
    questions: [],
    attachments: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant → the local "YYYY-MM-DDTHH:mm" a datetime-local input shows. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) → an ISO instant; null when it is not one. */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // Reject rolled-over dates (31 February becomes 3 March otherwise).
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.toISOString();
}

const num = (n: number | null | undefined) => (n == null ? '' : String(n));

function placeOfLot(lot: NeedLot): PlaceChoice | null {
  if (lot.place.kind === 'NATIONAL') return { kind: 'NATIONAL' };
  if (!lot.place.code) return null;
  return {
    kind: lot.place.kind,
    code: lot.place.code,
    name: lot.place.name ?? lot.place.code,
    departementCode: lot.place.departementCode,
  };
}

/** A saved need → the wizard's values (to edit it). */
export function needToFormValues(need: Need): NeedFormValues {
  const lots = [...need.lots].sort((a, b) => a.position - b.position);
  return {
    kind: need.kind,
    title: need.title,
    descriptionHtml: need.descriptionHtml,
    deadline: isoToLocalInput(need.deadlineAt),
    startDate: need.startDate ?? '',
    durationMonths: num(need.durationMonths),
    visibility: need.visibility,
    invited: need.invitedSupplierIds.map((id) => ({ id, name: '' })),
    consortiaAllowed: need.consortiaAllowed,
    verifiedOnly: need.verifiedOnly,
    questions: [...need.questions],
    attachments: need.attachments.map(({ id, name, sizeBytes, mimeType }) => ({ id, name, sizeBytes, mimeType })),
    lots: lots.map((lot) => ({
      key: nextLotKey(),
      id: lot.id,
      title: lot.title,
      description: lot.description ?? '',
      sectorSlugs: [...lot.sectorSlugs],
      cpv: lot.cpvCodes.map((code) => ({ code, label: '' })),
      serviceTypes: [...lot.serviceTypes],
      quantity: num(lot.quantity),
      unit: lot.unit ?? '',
      amountMode: lot.amountMaxEur != null && lot.amountMaxEur !== lot.amountMinEur ? 'RANGE' : 'SINGLE',
      amountMin: num(lot.amountMinEur ?? lot.amountMaxEur),
      amountMax: num(lot.amountMaxEur),
      place: placeOfLot(lot),
      radiusKm: num(lot.radiusKm),
      reservation: lot.reservation,
      socialClauseHours: num(lot.socialClauseHours),
    })),
  };
}

/** Text of an HTML fragment, for emptiness checks (an editor left with "<p><br></p>" is empty). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The editor's HTML as sent: empty when it has no text, and the paragraphs some browsers write as
 * <div> turned into <p> (the server keeps <p> but drops <div>, which would glue the lines together).
 */
export function normalizeDescriptionHtml(html: string): string {
  if (htmlText(html) === '') return '';
  return html
    .replace(/<div(\s[^>]*)?>/gi, '<p>')
    .replace(/<\/div>/gi, '</p>')
    .trim();
}

export interface MappedNeedInput {
  input: CreateNeedInput;
  /** Wizard field key (see field-errors.ts) → i18n key of the problem; empty when it can be sent. */
  errors: Record<string, string>;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const clean = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);

function lotToInput(lot: LotFormValues, index: number, errors: Record<string, string>): NeedLotInput {
  const at = (field: string) => `lots-${index}-${field}`;
  if (!lot.title.trim()) errors[at('title')] = 'validation.required';
  else if (lot.title.trim().length > 200) errors[at('title')] = 'needs.validation.tooLong200';
  if (lot.sectorSlugs.length === 0 && lot.cpv.length === 0) errors[at('sectorSlugs')] = 'needs.validation.lotWhat';
  if (!lot.place) errors[at('place')] = 'needs.validation.place';

  const quantity = parseDecimal(lot.quantity);
  if (quantity !== null && (Number.isNaN(quantity) || quantity < 0)) errors[at('quantity')] = 'validation.number';
  if (lot.unit.trim().length > 40) errors[at('unit')] = 'needs.validation.tooLong40';

  const amountMin = parseDecimal(lot.amountMin);
  const amountMax = lot.amountMode === 'RANGE' ? parseDecimal(lot.amountMax) : null;
  if (amountMin !== null && (Number.isNaN(amountMin) || amountMin < 0)) errors[at('amountMinEur')] = 'validation.number';
  if (lot.amountMode === 'RANGE' && amountMax !== null && (Number.isNaN(amountMax) || amountMax < 0))
    errors[at('amountMaxEur')] = 'validation.number';
  if (clean(amountMin) !== null && clean(amountMax) !== null && (amountMax as number) < (amountMin as number))
    errors[at('amountMaxEur')] = 'needs.validation.amountRange';

  const national = lot.place?.kind === 'NATIONAL';
  const radius = national ? null : parseInteger(lot.radiusKm);
  if (radius !== null && (Number.isNaN(radius) || radius < 1 || radius > 1000)) errors[at('radiusKm')] = 'needs.validation.radius';

  const hours = parseInteger(lot.socialClauseHours);
  if (hours !== null && (Number.isNaN(hours) || hours < 0)) errors[at('socialClauseHours')] = 'validation.integer';

  const place = lot.place ?? { kind: 'NATIONAL' as const };
  const input: NeedLotInput = {
    title: lot.title.trim(),
    description: orNull(lot.description),
    sectorSlugs: [...new Set(lot.sectorSlugs)],
    cpvCodes: [...new Set(lot.cpv.map((c) => c.code))],
    serviceTypes: [...new Set(lot.serviceTypes)],
    quantity: clean(quantity),
    unit: orNull(lot.unit),
    amountMinEur: clean(amountMin),
    amountMaxEur: clean(amountMax),
    place: place.kind === 'NATIONAL' ? { kind: 'NATIONAL' } : { kind: place.kind, code: place.code },
    radiusKm: clean(radius),
    reservation: lot.reservation,
    socialClauseHours: clean(hours),
  };
  if (lot.id) input.id = lot.id;
  return input;
}

/** The wizard's values → CreateNeedInput (UpdateNeedInput adds needId), with client-side errors. */
export function formToNeedInput(values: NeedFormValues, now: Date = new Date()): MappedNeedInput {
  const errors: Record<string, string> = {};
  if (!values.kind) errors['kind'] = 'validation.required';
  const title = values.title.trim().replace(/\s+/g, ' ');
  if (!title) errors['title'] = 'validation.required';
  else if (title.length > 200) errors['title'] = 'needs.validation.tooLong200';

  const deadlineAt = localInputToIso(values.deadline);
  if (!values.deadline.trim()) errors['deadlineAt'] = 'validation.required';
  else if (!deadlineAt) errors['deadlineAt'] = 'needs.validation.dateTime';
  else if (new Date(deadlineAt).getTime() <= now.getTime()) errors['deadlineAt'] = 'needs.validation.deadlinePast';

  const startDate = values.startDate.trim();
  if (startDate && !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) errors['startDate'] = 'validation.date';
  const durationMonths = parseInteger(values.durationMonths);
  if (durationMonths !== null && (Number.isNaN(durationMonths) || durationMonths < 1 || durationMonths > 240))
    errors['durationMonths'] = 'needs.validation.duration';

  if (values.visibility === 'INVITED' && values.invited.length === 0) errors['invitedSupplierIds'] = 'needs.validation.invited';
  if (values.lots.length === 0) errors['lots'] = 'needs.validation.oneLot';

  const questions = values.questions.map((q) => q.trim());
  questions.forEach((q, i) => {
    if (q.length > 500) errors[`questions-${i}`] = 'needs.validation.tooLong500';
  });

  const lots = values.lots.map((lot, index) => lotToInput(lot, index, errors));
  const descriptionHtml = normalizeDescriptionHtml(values.descriptionHtml);
  if (descriptionHtml.length > 20_000) errors['descriptionHtml'] = 'needs.validation.descriptionTooLong';

  const input: CreateNeedInput = {
    kind: (values.kind || 'QUOTE') as NeedKind,
    title,
    descriptionHtml,
    visibility: values.visibility,
    consortiaAllowed: values.consortiaAllowed,
    verifiedOnly: values.verifiedOnly,
    deadlineAt: deadlineAt ?? '',
    startDate: startDate || null,
    durationMonths: clean(durationMonths),
    questions: questions.filter(Boolean),
    attachmentFileIds: [...new Set(values.attachments.map((a) => a.id))],
    invitedSupplierIds: values.visibility === 'INVITED' ? [...new Set(values.invited.map((s) => s.id))] : [],
    lots,
  };
  return { input, errors };
}

/** Moves the item at `index` one step up (-1) or down (+1). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/**
 * Reservations a buyer may choose for a lot: L2113-15 (RES_ESS_SERVICES) is for buyers bound by the
 * public procurement code only (RES-06); the others are offered to every buyer.
 */
export function allowedReservations(regime: string | null | undefined): ReservationType[] {
  return ['NONE', ...RESERVED_TYPES.filter((r) => r !== 'RES_ESS_SERVICES' || regime === 'CCP')];
}

export interface EligibleCountFilters {
  eligibleFor?: string;
  sectorSlugs?: string[];
  servingDepartementCode?: string;
  serviceTypes?: string[];
  verifiedOnly?: boolean;
}

/**
 * The `searchSuppliers` filters whose total is a lot's live count: eligible to its reservation,
 * in its sectors, able to work in the département of its place. Null when the lot says nothing yet.
 */
export function eligibleCountFilters(lot: LotFormValues, verifiedOnly: boolean): EligibleCountFilters | null {
  const filters: EligibleCountFilters = {};
  if (lot.reservation !== 'NONE') filters.eligibleFor = lot.reservation;
  if (lot.sectorSlugs.length > 0) filters.sectorSlugs = [...lot.sectorSlugs].sort();
  const place = lot.place;
  if (place && place.kind !== 'NATIONAL') {
    const departement = place.kind === 'DEPARTEMENT' ? place.code : place.departementCode;
    if (departement) filters.servingDepartementCode = departement;
  }
  if (!filters.eligibleFor && !filters.sectorSlugs && !filters.servingDepartementCode) return null;
  if (lot.serviceTypes.length > 0) filters.serviceTypes = [...lot.serviceTypes].sort();
  if (verifiedOnly) filters.verifiedOnly = true;
  return filters;
}

/** The estimate THR-02 reads for a lot: the upper bound of a range (the value may reach it). */
export function lotEstimate(lot: LotFormValues): number | null {
  const min = clean(parseDecimal(lot.amountMin));
  const max = lot.amountMode === 'RANGE' ? clean(parseDecimal(lot.amountMax)) : null;
  return max ?? min;
}

/** Supplies when every lot is manufacturing only; services otherwise (the buyer may change it). */
export function defaultNature(lots: readonly LotFormValues[]): ContractNature {
  const onlyGoods = lots.length > 0 && lots.every((l) => l.serviceTypes.length > 0 && l.serviceTypes.every((s) => s === 'MANUFACTURING'));
  return onlyGoods ? 'SUPPLIES' : 'SERVICES';
}

export function procurementAdviceInput(
  lots: readonly LotFormValues[],
  settings: { nature: ContractNature; buyerType: AdviceBuyerType; socialServices: boolean },
): ProcurementAdviceInput {
  return {
    ...settings,
    lots: lots.map((lot) => ({ sectorSlugs: [...new Set(lot.sectorSlugs)], amountEurExclVat: lotEstimate(lot) })),
  };
}

/**
 * After a save, the lots of the form take the server's ids (by position), so saving again updates
 * them instead of replacing them.
 */
export function adoptLotIds(values: NeedFormValues, saved: Pick<Need, 'lots'>): NeedFormValues {
  const ids = [...saved.lots].sort((a, b) => a.position - b.position).map((l) => l.id);
  if (ids.length !== values.lots.length) return values;
  return { ...values, lots: values.lots.map((lot, i) => ({ ...lot, id: ids[i] ?? lot.id })) };
}
