// Labels of facet values and hit fields (pure): kind codes through @essor/domain, reservations as
// the supplier page's badges ("Éligible marchés réservés L2113-13"), sectors from the `sectors`
// query, départements by name. Tested in labels.spec.ts.
import { RESERVATION_ARTICLES, SUPPLIER_KIND_DEFINITIONS, eligibilityBadgeLabel, type ReservedReservationType, type SupplierKind } from '@essor/domain';
import type { Language } from '../../shared/i18n/languages';
import type { SectorGroup } from '../suppliers/types';
import { DEPARTEMENT_NAMES, REGION_NAMES } from './places';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface LabelContext {
  lang: Language;
  t: Translate;
  sectors: readonly SectorGroup[];
}

const isKind = (code: string): code is SupplierKind => Object.prototype.hasOwnProperty.call(SUPPLIER_KIND_DEFINITIONS, code);
const isReservation = (code: string): code is ReservedReservationType => Object.prototype.hasOwnProperty.call(RESERVATION_ARTICLES, code);

export function kindName(code: string, lang: Language): string {
  return isKind(code) ? SUPPLIER_KIND_DEFINITIONS[code].label[lang] : code;
}

/** "Éligible marchés réservés L2113-13" (or its "À confirmer : …" variant). */
export function reservationLabel(code: string, lang: Language, toConfirm = false): string {
  if (!isReservation(code)) return code;
  return eligibilityBadgeLabel(code, toConfirm ? 'TO_CONFIRM' : 'ELIGIBLE', lang) ?? code;
}

/** "L2113-13" for RES_INSERTION. */
export function reservationArticle(code: string): string {
  return isReservation(code) ? RESERVATION_ARTICLES[code] : code;
}

export function departementName(code: string): string {
  const name = DEPARTEMENT_NAMES[code];
  return name ? `${name} (${code})` : code;
}

function sectorName(slug: string, ctx: LabelContext, groups: boolean): string {
  for (const group of ctx.sectors) {
    if (groups && group.slug === slug) return ctx.lang === 'en' ? group.nameEn : group.nameFr;
    if (!groups) {
      const sector = group.sectors.find((s) => s.slug === slug);
      if (sector) return ctx.lang === 'en' ? sector.nameEn : sector.nameFr;
    }
  }
  return slug;
}

/** The label of one value of one facet of `searchSuppliers`; unknown values show as they are. */
export function facetValueLabel(facet: string, value: string, ctx: LabelContext): string {
  switch (facet) {
    case 'kinds':
      return isKind(value) ? `${kindName(value, ctx.lang)} (${value})` : value;
    case 'kindFamilies':
      return ctx.t(`search.family.${value}`) || value;
    case 'eligibleFor':
      return reservationLabel(value, ctx.lang);
    case 'sectorGroupSlugs':
      return sectorName(value, ctx, true);
    case 'sectorSlugs':
      return sectorName(value, ctx, false);
    case 'departementCode':
      return departementName(value);
    case 'regionCode':
      return REGION_NAMES[value] ?? value;
    case 'verified':
      return ctx.t(value === 'true' ? 'search.filters.verifiedOnly' : 'search.filters.notVerified');
    case 'hasOffers':
      return ctx.t(value === 'true' ? 'search.filters.hasOffers' : 'search.filters.noOffers');
    default:
      return value;
  }
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facet {
  name: string;
  values: FacetValue[];
}

/**
 * Values of one facet for a checkbox group: counts from the API, most frequent first; values the
 * user selected stay listed (count 0) so they can be unticked.
 */
export function facetOptions(facets: readonly Facet[], name: string, selected: readonly string[] = []): FacetValue[] {
  const values = facets.find((f) => f.name === name)?.values ?? [];
  const byValue = new Map(values.map((v) => [v.value, v.count]));
  for (const s of selected) if (!byValue.has(s)) byValue.set(s, 0);
  return [...byValue.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function facetCount(facets: readonly Facet[], name: string, value: string): number {
  return facets.find((f) => f.name === name)?.values.find((v) => v.value === value)?.count ?? 0;
}
