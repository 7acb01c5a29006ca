// Hand-written TypeScript mirror of `searchSuppliers` (apps/api/schema.gql, issue 4).
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

export interface SupplierSearchResult {
  hits: SupplierHit[];
  facets: Facet[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
}
