// Texts of a need's parts (pure): place of a lot, reservation badge, sector names, file sizes.
// Tested in labels.spec.ts against the real catalogues.
import type { Language } from '../../shared/i18n/languages';
import type { ReservationType, SectorGroup } from '../suppliers/types';
import type { PlaceChoice } from './form';
import type { NeedPlace } from './types';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The article of the public procurement code behind each reservation (RESERVATION_RULES of
 * @essor/domain, checked in labels.spec.ts): a table here keeps the domain's texts out of the bundle.
 */
export const RESERVATION_ARTICLE: Readonly<Record<Exclude<ReservationType, 'NONE'>, string>> = {
  RES_HANDICAP: 'L2113-12',
  RES_INSERTION: 'L2113-13',
  RES_HANDICAP_OR_INSERTION: 'L2113-14',
  RES_PENITENTIARY: 'L2113-13-1',
  RES_ESS_SERVICES: 'L2113-15',
};

/** "L2113-13" for RES_INSERTION; "" for NONE. */
export function reservationArticle(reservation: ReservationType): string {
  return reservation === 'NONE' ? '' : RESERVATION_ARTICLE[reservation];
}

/** "Lot réservé · insertion (L2113-13)"; "" for an open lot. */
export function reservationBadge(reservation: ReservationType, t: Translate): string {
  if (reservation === 'NONE') return '';
  return t('needs.reservation.badge', { name: t(`needs.reservation.short.${reservation}`), article: reservationArticle(reservation) });
}

/** Option text of the reservation select: "Insertion par l'activité économique (L2113-13)". */
export function reservationOption(reservation: ReservationType, t: Translate): string {
  if (reservation === 'NONE') return t('needs.reservation.NONE');
  return `${t(`needs.reservation.long.${reservation}`)} (${reservationArticle(reservation)})`;
}

/** "Lille (commune, 59)", "Nord (59)", "Hauts-de-France (région)", "France entière". */
export function placeText(place: NeedPlace | PlaceChoice | null, t: Translate): string {
  if (!place) return '';
  if (place.kind === 'NATIONAL') return t('needs.place.national');
  const name = place.name ?? place.code ?? '';
  if (place.kind === 'DEPARTEMENT') return `${name} (${place.code ?? ''})`;
  if (place.kind === 'REGION') return t('needs.place.region', { name });
  return place.departementCode ? t('needs.place.communeIn', { name, departement: place.departementCode }) : name;
}

/** Place with its radius: "Lille (commune, 59) · 30 km autour". */
export function placeWithRadius(place: NeedPlace | PlaceChoice | null, radiusKm: number | null, t: Translate): string {
  const text = placeText(place, t);
  return radiusKm && place?.kind !== 'NATIONAL' ? `${text} · ${t('needs.place.radius', { km: radiusKm })}` : text;
}

/** Sector names by slug from the `sectors` query; unknown slugs stay as they are. */
export function sectorNames(slugs: readonly string[], groups: readonly SectorGroup[], lang: Language): string[] {
  return slugs.map((slug) => {
    for (const group of groups) {
      const sector = group.sectors.find((s) => s.slug === slug);
      if (sector) return lang === 'en' ? sector.nameEn : sector.nameFr;
    }
    return slug;
  });
}

/** The group names of a suggested lot (SPLIT_MIXED_LOT), "Propreté, Déchets". */
export function groupNameOfSectors(slugs: readonly string[], groups: readonly SectorGroup[], lang: Language): string {
  const names = new Set<string>();
  for (const slug of slugs) {
    const group = groups.find((g) => g.sectors.some((s) => s.slug === slug));
    if (group) names.add(lang === 'en' ? group.nameEn : group.nameFr);
  }
  return [...names].join(', ');
}

/** 1 536 → "1,5 Ko" / "1.5 KB". */
export function formatBytes(bytes: number, lang: Language): string {
  const units = lang === 'en' ? ['B', 'KB', 'MB'] : ['o', 'Ko', 'Mo'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${text} ${units[unit]}`;
}

/** "31 mars 2026 à 12:00" / "31 Mar 2026, 12:00". */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
