// Hand-written TypeScript mirror of the supplier-directory part of the GraphQL contract (issue 3).
import type { BuyerRegime } from '../../shared/graphql/types';

export type SupplierKind =
  | 'EA'
  | 'EATT'
  | 'CDTD'
  | 'ESAT'
  | 'EI'
  | 'ETTI'
  | 'AI'
  | 'ACI'
  | 'EITI'
  | 'GEIQ'
  | 'SEP'
  | 'TIH'
  | 'EPS_BOETH'
  | 'ESS_ASSOCIATION'
  | 'ESS_COOP_SCOP'
  | 'ESS_COOP_SCIC'
  | 'ESS_OTHER_COOP'
  | 'ESS_MUTUELLE'
  | 'ESS_FONDATION'
  | 'ESS_COMMERCIAL'
  | 'ESUS'
  | 'EQUIVALENT_HANDICAP'
  | 'EQUIVALENT_INSERTION'
  | 'ORDINARY';
export type VerificationStatus = 'DECLARED' | 'PENDING' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';
export type ReservationType =
  'NONE' | 'RES_HANDICAP' | 'RES_INSERTION' | 'RES_HANDICAP_OR_INSERTION' | 'RES_PENITENTIARY' | 'RES_ESS_SERVICES';
export type EligibilityStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'TO_CONFIRM';
export type ServiceType = 'SERVICE' | 'STAFFING' | 'MANUFACTURING';
export type ServiceAreaKind = 'NATIONAL' | 'ZONES' | 'RADIUS';
export type CapacityPeriod = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type ProofStatus = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';
export type ClaimStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type PlaceKind = 'COMMUNE' | 'DEPARTEMENT' | 'REGION';

export const RESERVATION_TYPES: readonly ReservationType[] = [
  'RES_HANDICAP',
  'RES_INSERTION',
  'RES_HANDICAP_OR_INSERTION',
  'RES_PENITENTIARY',
  'RES_ESS_SERVICES',
];
export const SERVICE_TYPES: readonly ServiceType[] = ['SERVICE', 'STAFFING', 'MANUFACTURING'];
export const CAPACITY_PERIODS: readonly CapacityPeriod[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

export interface Place {
  code: string;
  name: string;
  kind: PlaceKind;
  departementCode: string | null;
  regionCode: string | null;
  postcodes: string[];
}

export interface Sector {
  slug: string;
  nameFr: string;
  nameEn: string;
  groupSlug: string;
}

export interface SectorGroup {
  slug: string;
  nameFr: string;
  nameEn: string;
  sectors: Sector[];
}

export interface CpvCode {
  code: string;
  labelFr: string;
  labelEn: string;
}

export interface SupplierKindStatus {
  kind: SupplierKind;
  labelFr: string;
  labelEn: string;
  status: VerificationStatus;
  verifiedUntil: string | null;
}

export interface ClientReference {
  name: string;
  description: string | null;
  year: number | null;
}

export interface Capacity {
  quantity: number;
  maxQuantity: number | null;
  unit: string;
  period: CapacityPeriod;
}

export interface ProfileCompletion {
  score: number;
  missing: string[];
}

export interface Activity {
  id: string;
  sector: Sector;
  serviceTypes: ServiceType[];
  areaKind: ServiceAreaKind;
  regions: Place[];
  departements: Place[];
  communes: Place[];
  radiusKm: number | null;
  position: number;
}

export interface Offer {
  id: string;
  name: string;
  description: string | null;
  cpvCodes: CpvCode[];
  unit: string | null;
  priceMinEur: number | null;
  priceMaxEur: number | null;
  leadTimeDays: number | null;
  minimumOrder: number | null;
  capacityQuantity: number | null;
  capacityPeriod: CapacityPeriod | null;
  /** Public image URLs (/files/<id>/public), in display order. */
  imageUrls: string[];
  position: number;
}

export interface EligibilityBadge {
  reservation: ReservationType;
  status: EligibilityStatus;
  label: string;
  proofValidUntil: string | null;
}

export interface Supplier {
  id: string;
  name: string;
  brand: string | null;
  siret: string | null;
  siren: string | null;
  nafCode: string | null;
  nafLabel: string | null;
  legalForm: string | null;
  kinds: SupplierKindStatus[];
  description: string | null;
  website: string | null;
  logoUrl: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  departementCode: string | null;
  communeCode: string | null;
  headcountPermanent: number | null;
  headcountInsertion: number | null;
  disabledWorkersShare: number | null;
  disadvantagedWorkersShare: number | null;
  revenueEur: number | null;
  yearFounded: number | null;
  certifications: string[];
  networks: string[];
  clientReferences: ClientReference[];
  productionMeans: string | null;
  capacity: Capacity | null;
  activities: Activity[];
  offers: Offer[];
  claimed: boolean;
  completion: ProfileCompletion;
  badges: EligibilityBadge[];
  updatedAt: string;
}

export interface EligibilityReason {
  code: string;
  message: string;
  kind: SupplierKind | null;
  proofValidUntil: string | null;
}

export interface Eligibility {
  status: EligibilityStatus;
  reservation: ReservationType;
  reasons: EligibilityReason[];
  at: string;
}

export interface SiretCheck {
  siret: string;
  valid: boolean;
  onPlatform: boolean;
  supplierId: string | null;
  name: string | null;
  kinds: SupplierKindStatus[];
  claimed: boolean;
}

export interface StoredFile {
  id: string;
  displayName: string;
  mimeType: string;
  sizeBytes: number;
  downloadUrl: string;
}

export interface StatusProof {
  id: string;
  supplierId: string;
  supplierName: string;
  kind: SupplierKind;
  proofType: string;
  proofTypeLabel: string;
  reference: string | null;
  validFrom: string | null;
  validUntil: string | null;
  status: ProofStatus;
  rejectionReason: string | null;
  file: StoredFile;
  submittedAt: string;
  reviewedAt: string | null;
}

export interface ProofTypeOption {
  code: string;
  labelFr: string;
  labelEn: string;
}

export interface SupplierClaim {
  id: string;
  supplierId: string;
  supplierName: string;
  siret: string | null;
  requesterName: string;
  requesterEmail: string;
  status: ClaimStatus;
  message: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface FavouriteList {
  id: string;
  name: string;
  suppliers: Pick<Supplier, 'id' | 'name' | 'city' | 'departementCode' | 'kinds'>[];
  supplierCount: number;
  createdAt: string;
}

// ---- Inputs -------------------------------------------------------------------------------------

export interface ClientReferenceInput {
  name: string;
  description?: string | null;
  year?: number | null;
}

export interface CapacityInput {
  quantity: number;
  maxQuantity?: number | null;
  unit: string;
  period: CapacityPeriod;
}

export interface UpdateSupplierProfileInput {
  supplierId: string;
  name?: string | null;
  brand?: string | null;
  description?: string | null;
  website?: string | null;
  legalForm?: string | null;
  nafCode?: string | null;
  address?: string | null;
  communeCode?: string | null;
  headcountPermanent?: number | null;
  headcountInsertion?: number | null;
  disabledWorkersShare?: number | null;
  disadvantagedWorkersShare?: number | null;
  revenueEur?: number | null;
  yearFounded?: number | null;
  certifications?: string[] | null;
  networks?: string[] | null;
  clientReferences?: ClientReferenceInput[] | null;
  productionMeans?: string | null;
  capacity?: CapacityInput | null;
  logoFileId?: string | null;
  kinds?: SupplierKind[] | null;
}

export interface UpsertActivityInput {
  supplierId: string;
  id?: string | null;
  sectorSlug: string;
  serviceTypes: ServiceType[];
  areaKind: ServiceAreaKind;
  regionCodes?: string[] | null;
  departementCodes?: string[] | null;
  communeCodes?: string[] | null;
  radiusKm?: number | null;
}

export interface UpsertOfferInput {
  supplierId: string;
  id?: string | null;
  name: string;
  description?: string | null;
  cpvCodes?: string[] | null;
  unit?: string | null;
  priceMinEur?: number | null;
  priceMaxEur?: number | null;
  leadTimeDays?: number | null;
  minimumOrder?: number | null;
  capacityQuantity?: number | null;
  capacityPeriod?: CapacityPeriod | null;
  imageFileIds?: string[] | null;
}

export interface SubmitStatusProofInput {
  supplierId: string;
  kind: SupplierKind;
  proofType: string;
  reference?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  fileId: string;
}

export type { BuyerRegime };
