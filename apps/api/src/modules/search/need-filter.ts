import type { NeedSearchFilters } from './dto/search-needs.args';
import { cpvPrefixClause } from './offer-filter';
import { inList, NewItemsWindow, windowClauses } from './supplier-filter';

/** Delivered in one of these places, or nationally (a national lot concerns every place). */
const placeClause = (attribute: string, codes: readonly string[] | undefined) => {
  const clause = inList(attribute, codes);
  return clause ? `(national = true OR ${clause})` : null;
};

/**
 * Translates the need filters into a Meilisearch filter expression (AND of clauses). CPV codes are
 * validated by the service first (an unknown one is BAD_USER_INPUT, never ignored).
 */
export function needFilterExpression(f: NeedSearchFilters = {}, extra: { published?: NewItemsWindow } = {}): string[] {
  const clauses = [
    inList('sectorSlugs', f.sectorSlugs),
    inList('sectorGroupSlugs', f.sectorGroupSlugs),
    cpvPrefixClause(f.cpvCodes),
    inList('reservations', f.reservations),
    f.reservedOnly ? 'reserved = true' : null,
    placeClause('departementCodes', f.departementCodes),
    placeClause('regionCodes', f.regionCodes),
    inList('kind', f.kinds),
    f.deadlineAfter ? `deadlineAt > ${f.deadlineAfter.getTime()}` : null,
    f.publishedAfter ? `publishedAt > ${f.publishedAfter.getTime()}` : null,
    f.consortiaAllowed !== undefined && f.consortiaAllowed !== null ? `consortiaAllowed = ${f.consortiaAllowed}` : null,
    ...windowClauses('publishedAt', extra.published),
  ];
  return clauses.filter((c): c is string => c !== null);
}

/** The filters shown with counts next to the needs. */
export const NEED_FACETS = ['kind', 'sectorGroupSlugs', 'sectorSlugs', 'reservations', 'reserved', 'regionCodes', 'departementCodes', 'cpvDivisions', 'consortiaAllowed', 'socialClause'];
