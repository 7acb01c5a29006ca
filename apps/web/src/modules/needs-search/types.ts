// Hand-written TypeScript mirror of `searchNeeds` (apps/api/schema.gql).
import type { Facet } from '../search/labels';
import type { ReservationType } from '../suppliers/types';
import type { NeedKind, NeedPlaceKind } from '../needs/types';

/** What a result card shows of one lot. */
export interface NeedHitLot {
  title: string;
  reservation: ReservationType;
  placeKind: NeedPlaceKind;
  /** Commune, département or région (null when national). */
  placeName: string | null;
  sectorNames: string[];
}

export interface NeedHit {
  id: string;
  title: string;
  titleHighlight: string | null;
  snippet: string | null;
  buyerName: string;
  kind: NeedKind;
  deadlineAt: string;
  publishedAt: string;
  reserved: boolean;
  consortiaAllowed: boolean;
  amountMaxEur: number | null;
  lots: NeedHitLot[];
}

export interface NeedSearchResult {
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  hits: NeedHit[];
  facets: Facet[];
}
