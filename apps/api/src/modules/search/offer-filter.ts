import type { OfferSearchFilters } from './dto/search-offers.args';
import { cpvSignificantPrefix } from './projections/offer.projection';
import { quote, supplierFilterExpression } from './supplier-filter';

/**
 * Translates the offer filters into a Meilisearch filter expression (AND of clauses). The supplier
 * filters become the same clauses as for suppliers: offer documents carry their supplier's facts
 * under the same attribute names. A CPV code matches its descendants through `cpvPrefixes`; codes
 * are validated by the service first (an unknown one is BAD_USER_INPUT, never ignored).
 */
export function offerFilterExpression(f: OfferSearchFilters = {}, extra: { geo?: { lat: number; lng: number; radiusKm?: number } } = {}): string[] {
  const { cpvCodes, maxLeadTimeDays, ...supplierFilters } = f;
  const clauses = [
    ...supplierFilterExpression(supplierFilters, { geo: extra.geo }),
    cpvPrefixClause(cpvCodes),
    maxLeadTimeDays !== undefined ? `leadTimeDays <= ${Math.trunc(maxLeadTimeDays)}` : null,
  ];
  return clauses.filter((c): c is string => c !== null);
}

/** The filters shown with counts next to the offers. */
export const OFFER_FACETS = ['cpvDivisions', 'kinds', 'kindFamilies', 'sectorGroupSlugs', 'departementCode', 'regionCode', 'eligibleFor', 'verified', 'hasCapacity'];

/** Documents with a CPV code equal to or below one of these (see `cpvPrefixes` in the projections); nothing when none. */
export function cpvPrefixClause(cpvCodes: readonly string[] | undefined): string | null {
  const prefixes = (cpvCodes ?? []).map(cpvSignificantPrefix).filter((p): p is string => p !== undefined);
  return prefixes.length ? `cpvPrefixes IN [${[...new Set(prefixes)].map(quote).join(', ')}]` : null;
}
