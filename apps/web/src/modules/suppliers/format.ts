// Pure formatting helpers of the supplier directory (no React): tested in format.spec.ts against
// the real French and English catalogues.
import type { Language } from '../../shared/i18n/languages';
import type { Activity, Capacity, EligibilityBadge, Place, SiretCheck, SupplierKindStatus, VerificationStatus } from './types';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'fr-FR');

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

export function formatEuros(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  }).format(value);
}

/** "2027-12-31" (or a full ISO date-time) → "31 déc. 2027" / "31 Dec 2027". Plain dates stay on their day. */
export function formatDate(value: string | null | undefined, lang: Language): string {
  if (!value) return '';
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plain ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', ...(plain ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** 175 t a week out of 500 → "175 t / semaine (max 500)". */
export function formatCapacity(
  capacity: Pick<Capacity, 'quantity' | 'maxQuantity' | 'unit' | 'period'> | null | undefined,
  t: Translate,
  lang: Language,
): string {
  if (!capacity) return '';
  const quantity = `${formatNumber(capacity.quantity, lang)} ${capacity.unit}`.trim();
  const text = `${quantity} / ${t(`suppliers.period.${capacity.period}`)}`;
  return capacity.maxQuantity != null && capacity.maxQuantity > 0
    ? `${text} (${t('suppliers.capacity.max', { max: formatNumber(capacity.maxQuantity, lang) })})`
    : text;
}

export function placeLabel(place: Pick<Place, 'kind' | 'name' | 'code' | 'postcodes'>): string {
  if (place.kind === 'DEPARTEMENT') return `${place.name} (${place.code})`;
  if (place.kind === 'COMMUNE' && place.postcodes.length > 0) return `${place.name} (${place.postcodes[0]})`;
  return place.name;
}

/** "France entière", "Dans un rayon de 50 km autour du site", "Régions : Bretagne · Départements : Finistère (29)". */
export function areaSummary(
  activity: Pick<Activity, 'areaKind' | 'regions' | 'departements' | 'communes' | 'radiusKm'>,
  t: Translate,
): string {
  if (activity.areaKind === 'NATIONAL') return t('suppliers.area.national');
  if (activity.areaKind === 'RADIUS') return t('suppliers.area.radius', { km: activity.radiusKm ?? 0 });
  const parts: string[] = [];
  if (activity.regions.length > 0) parts.push(t('suppliers.area.regions', { list: activity.regions.map(placeLabel).join(', ') }));
  if (activity.departements.length > 0)
    parts.push(t('suppliers.area.departements', { list: activity.departements.map(placeLabel).join(', ') }));
  if (activity.communes.length > 0) parts.push(t('suppliers.area.communes', { list: activity.communes.map(placeLabel).join(', ') }));
  return parts.length > 0 ? parts.join(' · ') : t('suppliers.area.none');
}

/** "de 10 € à 20 €", "à partir de 10 €", "jusqu'à 20 €", or "" without any price. */
export function priceBand(min: number | null | undefined, max: number | null | undefined, t: Translate, lang: Language): string {
  const hasMin = min != null;
  const hasMax = max != null;
  if (hasMin && hasMax) {
    if (min === max) return formatEuros(min, lang);
    return t('suppliers.price.between', { min: formatEuros(min, lang), max: formatEuros(max, lang) });
  }
  if (hasMin) return t('suppliers.price.from', { min: formatEuros(min, lang) });
  if (hasMax) return t('suppliers.price.upTo', { max: formatEuros(max, lang) });
  return '';
}

export function kindLabel(kind: Pick<SupplierKindStatus, 'labelFr' | 'labelEn'>, lang: Language): string {
  return lang === 'en' ? kind.labelEn : kind.labelFr;
}

export type Tone = 'ok' | 'warn' | 'error' | 'neutral';

export function verificationTone(status: VerificationStatus): Tone {
  switch (status) {
    case 'VERIFIED':
      return 'ok';
    case 'PENDING':
      return 'neutral';
    case 'DECLARED':
      return 'warn';
    case 'REJECTED':
    case 'EXPIRED':
      return 'error';
  }
}

/** "Vérifié jusqu'au 31 déc. 2027", "Déclaré (non vérifié)", "Vérification en cours"… */
export function verificationLabel(kind: Pick<SupplierKindStatus, 'status' | 'verifiedUntil'>, t: Translate, lang: Language): string {
  if (kind.status === 'VERIFIED' && kind.verifiedUntil)
    return t('suppliers.verification.verifiedUntil', { date: formatDate(kind.verifiedUntil, lang) });
  return t(`suppliers.verification.${kind.status}`);
}

/**
 * "Éligible marchés réservés L2113-13 · justificatif valable jusqu'au 31 déc. 2027";
 * a TO_CONFIRM badge says "À confirmer" (once, even if the server label already does).
 */
export function badgeText(badge: EligibilityBadge, t: Translate, lang: Language): string {
  const parts = [badge.label];
  const toConfirm = t('suppliers.eligibility.toConfirm');
  if (badge.status === 'TO_CONFIRM' && !badge.label.toLowerCase().includes(toConfirm.toLowerCase())) parts.push(toConfirm);
  if (badge.proofValidUntil) parts.push(t('suppliers.eligibility.proofValidUntil', { date: formatDate(badge.proofValidUntil, lang) }));
  return parts.join(' · ');
}

/** "EI (déclaré), ESAT (vérifié jusqu'au 31 déc. 2027)". */
export function kindsSummary(kinds: readonly SupplierKindStatus[], t: Translate, lang: Language): string {
  return kinds.map((k) => `${k.kind} (${verificationLabel(k, t, lang).toLocaleLowerCase(locale(lang))})`).join(', ');
}

/** The one-sentence answer of the SIRET checker. */
export function siretCheckSentence(check: SiretCheck, t: Translate, lang: Language): string {
  if (!check.valid) return t('siretCheck.invalid');
  if (!check.onPlatform) return t('siretCheck.notOnPlatform');
  if (check.kinds.length === 0) return t('siretCheck.onPlatformNoKind', { name: check.name ?? '' });
  return t('siretCheck.onPlatform', { name: check.name ?? '', kinds: kindsSummary(check.kinds, t, lang) });
}

/** Whether the structure has at least one VERIFIED inclusive (non ORDINARY) kind. */
export function isVerifiedInclusive(kinds: readonly SupplierKindStatus[]): boolean {
  return kinds.some((k) => k.kind !== 'ORDINARY' && k.status === 'VERIFIED');
}

export function formatFileSize(bytes: number, lang: Language): string {
  if (bytes < 1024) return `${bytes} ${lang === 'en' ? 'B' : 'o'}`;
  const kib = bytes / 1024;
  if (kib < 1024) return `${formatNumber(Math.round(kib), lang)} ${lang === 'en' ? 'KB' : 'Ko'}`;
  return `${formatNumber(Math.round((kib / 1024) * 10) / 10, lang)} ${lang === 'en' ? 'MB' : 'Mo'}`;
}

/** Completion keys → back-office section anchors. Unknown keys go to the profile form. */
export const COMPLETION_ANCHORS: Record<string, string> = {
  activities: 'activites',
  proofs: 'justificatifs',
  offers: 'offres',
  description: 'field-description',
  siteLocation: 'field-communeCode',
  logo: 'field-logo',
  headcounts: 'field-headcountPermanent',
  capacity: 'field-capacityQuantity',
  clientReferences: 'profil',
  certifications: 'field-certifications',
  website: 'field-website',
  yearFounded: 'field-yearFounded',
  revenue: 'field-revenueEur',
  networks: 'field-networks',
};

export function completionAnchor(key: string): string {
  return COMPLETION_ANCHORS[key] ?? 'profil';
}

/** The stored-file id in a public file URL (/files/<id>/public), or null for any other URL. */
export function fileIdOfPublicUrl(url: string): string | null {
  return /^\/files\/([0-9a-f-]{36})\/public$/.exec(url)?.[1] ?? null;
}
