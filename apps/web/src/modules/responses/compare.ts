// The buyer's comparison table: its rows (a supplier or a consortium, side by side) and their sort.
// Pure, unit-tested in compare.spec.ts.
import type { NeedResponse } from './types';

export type CompareSortKey = 'submittedAt' | 'price' | 'leadTime' | 'name' | 'distance';
export type SortDirection = 'asc' | 'desc';

export const COMPARE_SORT_KEYS: readonly CompareSortKey[] = ['submittedAt', 'price', 'leadTime', 'name', 'distance'];

export function isCompareSortKey(value: unknown): value is CompareSortKey {
  return typeof value === 'string' && (COMPARE_SORT_KEYS as readonly string[]).includes(value);
}

/** The name shown for a respondent: the consortium's, else the supplier's. */
export function respondentName(response: NeedResponse): string {
  return response.consortium?.name ?? response.respondent.name;
}

/** Certifications of every accepted member of a consortium (or of the supplier), once each. */
export function combinedCertifications(response: NeedResponse): string[] {
  const all = response.consortium ? response.consortium.members.flatMap((m) => m.certifications) : response.respondent.certifications;
  return [...new Set(all)].sort((a, b) => a.localeCompare(b));
}

/** Declared kinds (EI, EA…) of the supplier or of the consortium's members, once each. */
export function combinedKinds(response: NeedResponse): string[] {
  const all = response.consortium ? response.consortium.members.flatMap((m) => m.kinds) : response.respondent.kinds;
  return [...new Set(all)];
}

function sortValue(response: NeedResponse, key: CompareSortKey): number | string | null {
  switch (key) {
    case 'price':
      return response.priceEur;
    case 'leadTime':
      return response.leadTimeDays;
    case 'distance':
      return response.respondent.distanceKm;
    case 'name':
      return respondentName(response);
    case 'submittedAt':
      return response.submittedAt ?? response.updatedAt;
  }
}

/**
 * Sorted copy: numbers and dates in the chosen direction, names in French collation; responses
 * without the value (no price yet, no known distance) always come last. Ties keep their order.
 */
export function sortResponses(responses: readonly NeedResponse[], key: CompareSortKey, direction: SortDirection, locale = 'fr'): NeedResponse[] {
  const sign = direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return responses
    .map((response, index) => ({ response, index, value: sortValue(response, key) }))
    .sort((a, b) => {
      if (a.value === null && b.value === null) return a.index - b.index;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      const diff = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return diff !== 0 ? sign * diff : a.index - b.index;
    })
    .map((entry) => entry.response);
}

/** aria-sort of a column header. */
export function ariaSort(column: CompareSortKey, key: CompareSortKey, direction: SortDirection): 'ascending' | 'descending' | 'none' {
  if (column !== key) return 'none';
  return direction === 'asc' ? 'ascending' : 'descending';
}

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: { key: CompareSortKey; direction: SortDirection }, column: CompareSortKey): { key: CompareSortKey; direction: SortDirection } {
  if (current.key !== column) return { key: column, direction: 'asc' };
  return { key: column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** The export links of the API (GET with the session cookie; the web origin proxies /needs/). */
export function exportUrl(needId: string, format: 'csv' | 'xlsx'): string {
  return `/needs/${encodeURIComponent(needId)}/responses.${format}`;
}
