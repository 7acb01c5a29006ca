export type SavedSearchTarget = 'NEEDS' | 'SUPPLIERS';
export type DigestFrequency = 'DAILY' | 'WEEKLY';
export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = ['DAILY', 'WEEKLY'];

/** A saved search (alert): its digest lists, daily or weekly, what is new for it. */
export interface SavedSearch {
  id: string;
  name: string;
  target: SavedSearchTarget;
  query: string;
  /** The filters input of searchNeeds or searchSuppliers, as saved. */
  filters: Record<string, unknown>;
  frequency: DigestFrequency;
  lastRunAt: string;
  createdAt: string;
}
