// Hand-written TypeScript mirror of `searchSuppliers` and `searchOffers` (apps/api/schema.gql, issue 4).
import type { Facet } from './labels';

export interface SupplierHit {
  id: string;
  name: string;
  brand: string | null;
  city: string | null;
  departementCode: string | null;
  kinds: string[];
  verifiedKinds: string[];
  eligibleFor: string[];
  toConfirmFor: string[];
  sectorNames: string[];
  completion: number;
  distanceKm: number | null;
  nameHighlight: string | null;
  snippet: string | null;
}

interface SearchResultPage {
  facets: Facet[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
}

export interface SupplierSearchResult extends SearchResultPage {
  hits: SupplierHit[];
}

/** The supplier facts a result card shows as badges. */
export type HitBadges = Pick<SupplierHit, 'kinds' | 'verifiedKinds' | 'eligibleFor' | 'toConfirmFor'>;

/** A supplier hit without its highlights (the `SupplierHitFields` fragment). */
export type SupplierHitFields = Omit<SupplierHit, 'nameHighlight' | 'snippet'>;

export interface OfferHit {
  id: string;
  name: string;
  nameHighlight: string | null;
  snippet: string | null;
  cpvCodes: { code: string; labelFr: string; labelEn: string }[];
  unit: string | null;
  priceMinEur: number | null;
  priceMaxEur: number | null;
  leadTimeDays: number | null;
  capacityQuantity: number | null;
  capacityPeriod: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null;
  distanceKm: number | null;
  supplier: SupplierHitFields;
}

export interface OfferSearchResult extends SearchResultPage {
  hits: OfferHit[];
}
