// Pure mappers from form values (strings, as typed) to the GraphQL inputs of the contract.
import type {
  Activity,
  CapacityPeriod,
  ClientReference,
  ClientReferenceInput,
  Offer,
  ServiceAreaKind,
  ServiceType,
  Supplier,
  SupplierKind,
  UpdateSupplierProfileInput,
  UpsertActivityInput,
  UpsertOfferInput,
} from './types';

/** "" → null; "1 200,5" → 1200.5; anything unreadable → NaN (the caller reports it). */
export function parseDecimal(value: string | undefined | null): number | null {
  const text = (value ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (text === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

export function parseInteger(value: string | undefined | null): number | null {
  const n = parseDecimal(value);
  if (n === null) return null;
  return Number.isInteger(n) ? n : Number.NaN;
}

/** A percentage as typed ("45", "45,5 %") → a share between 0 and 1 (0.45). */
export function percentToShare(value: string | undefined | null): number | null {
  const n = parseDecimal((value ?? '').replace('%', ''));
  if (n === null || Number.isNaN(n)) return n;
  return Math.round(n * 100) / 10000;
}

export function shareToPercent(share: number | null | undefined): string {
  if (share == null) return '';
  return String(Math.round(share * 10000) / 100);
}

/** Trimmed, de-duplicated (case-insensitive), empty entries dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('fr');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

const orNull = (value: string | undefined | null) => {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
};

export interface ProfileFormValues {
  name: string;
  brand: string;
  description: string;
  website: string;
  legalForm: string;
  address: string;
  communeCode: string | null;
  headcountPermanent: string;
  headcountInsertion: string;
  disabledWorkersShare: string;
  disadvantagedWorkersShare: string;
  revenueEur: string;
  yearFounded: string;
  productionMeans: string;
  capacityQuantity: string;
  capacityMax: string;
  capacityUnit: string;
  capacityPeriod: CapacityPeriod | '';
  certifications: string[];
  networks: string[];
  clientReferences: { name: string; description: string; year: string }[];
  kinds: SupplierKind[];
  logoFileId: string | null;
}

export function profileToFormValues(supplier: Supplier): ProfileFormValues {
  const num = (n: number | null) => (n == null ? '' : String(n));
  return {
    name: supplier.name,
    brand: supplier.brand ?? '',
    description: supplier.description ?? '',
    website: supplier.website ?? '',
    legalForm: supplier.legalForm ?? '',
    address: supplier.address ?? '',
    communeCode: supplier.communeCode,
    headcountPermanent: num(supplier.headcountPermanent),
    headcountInsertion: num(supplier.headcountInsertion),
    disabledWorkersShare: shareToPercent(supplier.disabledWorkersShare),
    disadvantagedWorkersShare: shareToPercent(supplier.disadvantagedWorkersShare),
    revenueEur: num(supplier.revenueEur),
    yearFounded: num(supplier.yearFounded),
    productionMeans: supplier.productionMeans ?? '',
    capacityQuantity: num(supplier.capacity?.quantity ?? null),
    capacityMax: num(supplier.capacity?.maxQuantity ?? null),
    capacityUnit: supplier.capacity?.unit ?? '',
    capacityPeriod: supplier.capacity?.period ?? '',
    certifications: [...supplier.certifications],
    networks: [...supplier.networks],
    clientReferences: supplier.clientReferences.map((r: ClientReference) => ({
      name: r.name,
      description: r.description ?? '',
      year: num(r.year),
    })),
    kinds: supplier.kinds.map((k) => k.kind),
    logoFileId: null,
  };
}

export interface MappedInput<T> {
  input: T;
  /** Field name → i18n key of the problem; empty when the input can be sent. */
  errors: Record<string, string>;
}

function checkNumber(errors: Record<string, string>, field: string, value: number | null, key = 'validation.number') {
  if (value !== null && Number.isNaN(value)) errors[field] = key;
}

export function profileFormToInput(supplierId: string, v: ProfileFormValues): MappedInput<UpdateSupplierProfileInput> {
  const errors: Record<string, string> = {};
  const headcountPermanent = parseInteger(v.headcountPermanent);
  const headcountInsertion = parseInteger(v.headcountInsertion);
  const disabledWorkersShare = percentToShare(v.disabledWorkersShare);
  const disadvantagedWorkersShare = percentToShare(v.disadvantagedWorkersShare);
  const revenueEur = parseDecimal(v.revenueEur);
  const yearFounded = parseInteger(v.yearFounded);
  checkNumber(errors, 'headcountPermanent', headcountPermanent, 'validation.integer');
  checkNumber(errors, 'headcountInsertion', headcountInsertion, 'validation.integer');
  checkNumber(errors, 'disabledWorkersShare', disabledWorkersShare, 'validation.percent');
  checkNumber(errors, 'disadvantagedWorkersShare', disadvantagedWorkersShare, 'validation.percent');
  for (const [field, share] of [
    ['disabledWorkersShare', disabledWorkersShare],
    ['disadvantagedWorkersShare', disadvantagedWorkersShare],
  ] as const)
    if (share !== null && (share < 0 || share > 1)) errors[field] = 'validation.percent';
  checkNumber(errors, 'revenueEur', revenueEur);
  checkNumber(errors, 'yearFounded', yearFounded, 'validation.integer');
  if (!v.name.trim()) errors['name'] = 'validation.required';

  const quantity = parseDecimal(v.capacityQuantity);
  const maxQuantity = parseDecimal(v.capacityMax);
  let capacity: UpdateSupplierProfileInput['capacity'] = null;
  checkNumber(errors, 'capacityQuantity', quantity);
  checkNumber(errors, 'capacityMax', maxQuantity);
  if (quantity !== null && !Number.isNaN(quantity)) {
    if (!v.capacityUnit.trim()) errors['capacityUnit'] = 'validation.required';
    if (!v.capacityPeriod) errors['capacityPeriod'] = 'validation.required';
    if (maxQuantity !== null && !Number.isNaN(maxQuantity) && maxQuantity < quantity) errors['capacityMax'] = 'validation.maxBelowQuantity';
    if (v.capacityPeriod)
      capacity = {
        quantity,
        maxQuantity: maxQuantity !== null && !Number.isNaN(maxQuantity) ? maxQuantity : null,
        unit: v.capacityUnit.trim(),
        period: v.capacityPeriod,
      };
  } else if (maxQuantity !== null || v.capacityUnit.trim()) {
    if (quantity === null) errors['capacityQuantity'] = 'validation.required';
  }

  const clientReferences: ClientReferenceInput[] = [];
  v.clientReferences.forEach((ref, index) => {
    const name = ref.name.trim();
    if (!name && !ref.description.trim() && !ref.year.trim()) return;
    const year = parseInteger(ref.year);
    if (!name) errors[`clientReferences.${index}.name`] = 'validation.required';
    if (year !== null && Number.isNaN(year)) errors[`clientReferences.${index}.year`] = 'validation.integer';
    clientReferences.push({ name, description: orNull(ref.description), year: year !== null && !Number.isNaN(year) ? year : null });
  });

  const input: UpdateSupplierProfileInput = {
    supplierId,
    name: v.name.trim(),
    brand: orNull(v.brand),
    description: orNull(v.description),
    website: orNull(v.website),
    legalForm: orNull(v.legalForm),
    address: orNull(v.address),
    communeCode: v.communeCode,
    headcountPermanent,
    headcountInsertion,
    disabledWorkersShare,
    disadvantagedWorkersShare,
    revenueEur,
    yearFounded,
    productionMeans: orNull(v.productionMeans),
    capacity,
    certifications: normalizeTags(v.certifications),
    networks: normalizeTags(v.networks),
    clientReferences,
    kinds: [...new Set(v.kinds)],
  };
  if (v.logoFileId) input.logoFileId = v.logoFileId;
  return { input, errors };
}

export interface ActivityFormValues {
  id: string | null;
  sectorSlug: string;
  serviceTypes: ServiceType[];
  areaKind: ServiceAreaKind | '';
  regionCodes: string[];
  departementCodes: string[];
  communeCodes: string[];
  radiusKm: string;
}

export function activityToFormValues(activity: Activity | null): ActivityFormValues {
  if (!activity)
    return {
      id: null,
      sectorSlug: '',
      serviceTypes: [],
      areaKind: '',
      regionCodes: [],
      departementCodes: [],
      communeCodes: [],
      radiusKm: '',
    };
  return {
    id: activity.id,
    sectorSlug: activity.sector.slug,
    serviceTypes: [...activity.serviceTypes],
    areaKind: activity.areaKind,
    regionCodes: activity.regions.map((p) => p.code),
    departementCodes: activity.departements.map((p) => p.code),
    communeCodes: activity.communes.map((p) => p.code),
    radiusKm: activity.radiusKm == null ? '' : String(activity.radiusKm),
  };
}

/** Only the codes of the chosen area kind are sent: switching to "national" clears the zones. */
export function activityFormToInput(supplierId: string, v: ActivityFormValues): MappedInput<UpsertActivityInput> {
  const errors: Record<string, string> = {};
  if (!v.sectorSlug) errors['sectorSlug'] = 'validation.required';
  if (v.serviceTypes.length === 0) errors['serviceTypes'] = 'validation.chooseOne';
  if (!v.areaKind) errors['areaKind'] = 'validation.required';
  const radius = parseInteger(v.radiusKm);
  if (v.areaKind === 'RADIUS' && (radius === null || Number.isNaN(radius) || radius <= 0))
    errors['radiusKm'] = 'validation.positiveInteger';
  if (v.areaKind === 'ZONES' && v.regionCodes.length + v.departementCodes.length + v.communeCodes.length === 0)
    errors['zones'] = 'validation.chooseZone';
  const zones = v.areaKind === 'ZONES';
  const input: UpsertActivityInput = {
    supplierId,
    sectorSlug: v.sectorSlug,
    serviceTypes: [...new Set(v.serviceTypes)],
    areaKind: (v.areaKind || 'NATIONAL') as ServiceAreaKind,
    regionCodes: zones ? [...new Set(v.regionCodes)] : [],
    departementCodes: zones ? [...new Set(v.departementCodes)] : [],
    communeCodes: zones ? [...new Set(v.communeCodes)] : [],
    radiusKm: v.areaKind === 'RADIUS' && radius !== null && !Number.isNaN(radius) ? radius : null,
  };
  if (v.id) input.id = v.id;
  return { input, errors };
}

export interface OfferFormValues {
  id: string | null;
  name: string;
  description: string;
  cpvCodes: string[];
  unit: string;
  priceMinEur: string;
  priceMaxEur: string;
  leadTimeDays: string;
  minimumOrder: string;
  capacityQuantity: string;
  capacityPeriod: CapacityPeriod | '';
}

export function offerToFormValues(offer: Offer | null): OfferFormValues {
  const num = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    id: offer?.id ?? null,
    name: offer?.name ?? '',
    description: offer?.description ?? '',
    cpvCodes: offer?.cpvCodes.map((c) => c.code) ?? [],
    unit: offer?.unit ?? '',
    priceMinEur: num(offer?.priceMinEur),
    priceMaxEur: num(offer?.priceMaxEur),
    leadTimeDays: num(offer?.leadTimeDays),
    minimumOrder: num(offer?.minimumOrder),
    capacityQuantity: num(offer?.capacityQuantity),
    capacityPeriod: offer?.capacityPeriod ?? '',
  };
}

export function offerFormToInput(supplierId: string, v: OfferFormValues): MappedInput<UpsertOfferInput> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors['name'] = 'validation.required';
  const priceMinEur = parseDecimal(v.priceMinEur);
  const priceMaxEur = parseDecimal(v.priceMaxEur);
  const leadTimeDays = parseInteger(v.leadTimeDays);
  const minimumOrder = parseDecimal(v.minimumOrder);
  const capacityQuantity = parseDecimal(v.capacityQuantity);
  checkNumber(errors, 'priceMinEur', priceMinEur);
  checkNumber(errors, 'priceMaxEur', priceMaxEur);
  checkNumber(errors, 'leadTimeDays', leadTimeDays, 'validation.integer');
  checkNumber(errors, 'minimumOrder', minimumOrder);
  checkNumber(errors, 'capacityQuantity', capacityQuantity);
  if (priceMinEur !== null && priceMaxEur !== null && !Number.isNaN(priceMinEur) && !Number.isNaN(priceMaxEur) && priceMaxEur < priceMinEur)
    errors['priceMaxEur'] = 'validation.maxBelowMin';
  if (capacityQuantity !== null && !v.capacityPeriod) errors['capacityPeriod'] = 'validation.required';
  const clean = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);
  const input: UpsertOfferInput = {
    supplierId,
    name: v.name.trim(),
    description: orNull(v.description),
    cpvCodes: [...new Set(v.cpvCodes)],
    unit: orNull(v.unit),
    priceMinEur: clean(priceMinEur),
    priceMaxEur: clean(priceMaxEur),
    leadTimeDays: clean(leadTimeDays),
    minimumOrder: clean(minimumOrder),
    capacityQuantity: clean(capacityQuantity),
    capacityPeriod: capacityQuantity !== null && v.capacityPeriod ? v.capacityPeriod : null,
  };
  if (v.id) input.id = v.id;
  return { input, errors };
}

/** Moves the item at `index` one step up (-1) or down (+1); returns the new id order. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** "2027-12-31" checks: both optional, from ≤ until. Returns field → i18n key. */
export function checkValidity(validFrom: string, validUntil: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (validFrom && !iso.test(validFrom)) errors['validFrom'] = 'validation.date';
  if (validUntil && !iso.test(validUntil)) errors['validUntil'] = 'validation.date';
  if (!errors['validFrom'] && !errors['validUntil'] && validFrom && validUntil && validUntil < validFrom)
    errors['validUntil'] = 'validation.untilBeforeFrom';
  return errors;
}
