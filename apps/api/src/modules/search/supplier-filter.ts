import type { SupplierSearchFilters } from './dto/search-suppliers.args';
import type { SupplierDocument } from './projections/supplier.projection';

/** Meilisearch filter syntax: strings quoted, quotes and backslashes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute IN [values]`, or nothing when no value is asked for. */
export const inList = (attribute: string, values: readonly string[] | undefined) =>
  values && values.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : null;

/** New in (from, to]: what a saved search reports since its last run. */
export interface NewItemsWindow {
  from: Date | null;
  to: Date;
}

/** The clauses keeping documents whose instant (milliseconds) lies in the window. */
export function windowClauses(attribute: string, window: NewItemsWindow | undefined): string[] {
  if (!window) return [];
  return [...(window.from ? [`${attribute} > ${window.from.getTime()}`] : []), `${attribute} <= ${window.to.getTime()}`];
}

/**
 * Translates the GraphQL filters into a Meilisearch filter expression (AND of clauses). Pure, so
 * the translation is unit-tested; `favouriteIds` are resolved by the service (access-checked).
 */
export function supplierFilterExpression(
  f: SupplierSearchFilters = {},
  extra: { favouriteIds?: readonly string[]; geo?: { lat: number; lng: number; radiusKm?: number }; created?: NewItemsWindow } = {},
): string[] {
  const clauses = [
    inList('sectorSlugs', f.sectorSlugs),
    inList('sectorGroupSlugs', f.sectorGroupSlugs),
    inList('kinds', f.kinds),
    inList('kindFamilies', f.kindFamilies),
    f.verifiedOnly ? 'verified = true' : null,
    f.eligibleFor
      ? f.includeToConfirm
        ? `(eligibleFor = ${quote(f.eligibleFor)} OR toConfirmFor = ${quote(f.eligibleFor)})`
        : `eligibleFor = ${quote(f.eligibleFor)}`
      : null,
    inList('regionCode', f.regionCodes),
    inList('departementCode', f.departementCodes),
    f.servingDepartementCode
      ? `(servesNationally = true OR departementCode = ${quote(f.servingDepartementCode)} OR servedDepartements = ${quote(f.servingDepartementCode)})`
      : null,
    inList('networks', f.networks),
    inList('certifications', f.certifications),
    inList('serviceTypes', f.serviceTypes),
    inList('cpvCodes', f.cpvCodes),
    f.hasCapacity !== undefined ? `hasCapacity = ${f.hasCapacity}` : null,
    f.minCapacity !== undefined ? `capacityQuantity >= ${Number(f.minCapacity)}` : null,
    f.headcountMin !== undefined ? `headcountTotal >= ${Math.trunc(f.headcountMin)}` : null,
    f.headcountMax !== undefined ? `headcountTotal <= ${Math.trunc(f.headcountMax)}` : null,
    f.hasOffers !== undefined ? `hasOffers = ${f.hasOffers}` : null,
    extra.favouriteIds ? (extra.favouriteIds.length ? inList('id', extra.favouriteIds) : 'id IN []') : null,
    extra.geo?.radiusKm ? `_geoRadius(${extra.geo.lat}, ${extra.geo.lng}, ${Math.round(extra.geo.radiusKm * 1000)})` : null,
    ...windowClauses('createdAt', extra.created),
  ];
  return clauses.filter((c): c is string => c !== null);
}

/** The filters shown with counts next to the results. */
export const SUPPLIER_FACETS = ['kinds', 'kindFamilies', 'sectorGroupSlugs', 'sectorSlugs', 'departementCode', 'regionCode', 'eligibleFor', 'networks', 'certifications', 'serviceTypes', 'verified', 'hasOffers'];

/**
 * The attributes a supplier hit shows (search.service toSupplierHit), and `_geo` for Meilisearch to
 * return the distance: retrieving whole documents (served départements, offer words…) made every
 * response ~2.5 times larger to serialise, send and parse.
 */
export const SUPPLIER_HIT_ATTRIBUTES = [
  'id', 'name', 'brand', 'city', 'departementCode', 'kinds', 'verifiedKinds', 'eligibleFor', 'toConfirmFor', 'sectorNames', 'completion', '_geo',
] satisfies (keyof SupplierDocument)[];
