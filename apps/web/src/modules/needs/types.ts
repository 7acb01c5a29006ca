// Hand-written TypeScript mirror of the needs and matching part of the GraphQL contract.
import type { ReservationType, ServiceType } from '../suppliers/types';

export type NeedKind = 'QUOTE' | 'TENDER' | 'SOURCING' | 'SUBCONTRACTING';
export type NeedStatus = 'DRAFT' | 'PENDING_REVIEW' | 'PUBLISHED' | 'CLOSED' | 'AWARDED' | 'CANCELLED';
export type NeedVisibility = 'PUBLIC' | 'INVITED';
export type NeedPlaceKind = 'NATIONAL' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE';
export type NeedInterest = 'INTERESTED' | 'DECLINED';
export type MatchReasonType = 'AREA' | 'CPV' | 'ELIGIBILITY' | 'INVITED' | 'SECTOR' | 'SERVICE_TYPE';

export const NEED_KINDS: readonly NeedKind[] = ['QUOTE', 'TENDER', 'SOURCING', 'SUBCONTRACTING'];
export const NEED_STATUSES: readonly NeedStatus[] = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'CLOSED', 'AWARDED', 'CANCELLED'];

export interface NeedPlace {
  kind: NeedPlaceKind;
  code: string | null;
  name: string | null;
  departementCode: string | null;
  regionCode: string | null;
}

export interface NeedLot {
  id: string;
  position: number;
  title: string;
  description: string | null;
  sectorSlugs: string[];
  cpvCodes: string[];
  serviceTypes: ServiceType[];
  quantity: number | null;
  unit: string | null;
  amountMinEur: number | null;
  amountMaxEur: number | null;
  place: NeedPlace;
  radiusKm: number | null;
  reservation: ReservationType;
  socialClauseHours: number | null;
}

export interface NeedAttachment {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
}

export interface Need {
  id: string;
  kind: NeedKind;
  title: string;
  descriptionHtml: string;
  status: NeedStatus;
  statusReason: string | null;
  visibility: NeedVisibility;
  consortiaAllowed: boolean;
  verifiedOnly: boolean;
  deadlineAt: string;
  startDate: string | null;
  durationMonths: number | null;
  questions: string[];
  version: number;
  isMine: boolean;
  invitedSupplierIds: string[];
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  buyer: { id: string; name: string; regime: string | null };
  attachments: NeedAttachment[];
  lots: NeedLot[];
}

export interface NeedPage {
  items: Need[];
  total: number;
  page: number;
  perPage: number;
}

export interface NeedVersion {
  version: number;
  changedFields: string[];
  createdAt: string;
}

export interface NeedFunnel {
  needId: string;
  matched: number;
  notified: number;
  emailed: number;
  viewed: number;
  interested: number;
  declined: number;
  responded: number;
}

export interface MatchReason {
  type: MatchReasonType;
  label: string;
}

export interface MatchedLot {
  lotId: string;
  position: number;
  title: string;
  summary: string;
  reasons: MatchReason[];
}

export interface SupplierFunnelState {
  matchedAt: string;
  notifiedAt: string | null;
  emailedAt: string | null;
  viewedAt: string | null;
  interest: NeedInterest | null;
  interestAt: string | null;
  declineReason: string | null;
  respondedAt: string | null;
}

export interface NeedMatch {
  supplierId: string;
  supplierName: string;
  lots: MatchedLot[];
  state: SupplierFunnelState;
}

export interface MatchedNeed {
  needId: string;
  title: string;
  status: NeedStatus;
  deadlineAt: string;
  buyerId: string;
  buyerName: string;
  lots: MatchedLot[];
  state: SupplierFunnelState;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

export interface NeedPlaceInput {
  kind: NeedPlaceKind;
  code?: string | null;
}

export interface NeedLotInput {
  id?: string | null;
  title: string;
  description?: string | null;
  sectorSlugs: string[];
  cpvCodes: string[];
  serviceTypes: ServiceType[];
  quantity: number | null;
  unit: string | null;
  amountMinEur: number | null;
  amountMaxEur: number | null;
  place: NeedPlaceInput;
  radiusKm: number | null;
  reservation: ReservationType;
  socialClauseHours: number | null;
}

export interface CreateNeedInput {
  kind: NeedKind;
  title: string;
  descriptionHtml: string;
  visibility: NeedVisibility;
  consortiaAllowed: boolean;
  verifiedOnly: boolean;
  deadlineAt: string;
  startDate: string | null;
  durationMonths: number | null;
  questions: string[];
  attachmentFileIds: string[];
  invitedSupplierIds: string[];
  lots: NeedLotInput[];
}

export interface UpdateNeedInput extends CreateNeedInput {
  needId: string;
}

export type ContractNature = 'SUPPLIES' | 'SERVICES' | 'WORKS';
export type AdviceBuyerType = 'CENTRAL' | 'OTHER_PA' | 'ENTITE_ADJUDICATRICE';

export interface ProcurementAdviceInput {
  nature: ContractNature;
  buyerType: AdviceBuyerType;
  socialServices: boolean;
  lots: { sectorSlugs: string[]; amountEurExclVat: number | null }[];
}

export interface ProcurementAdvice {
  totalEurExclVat: number;
  amountsComplete: boolean;
  band: {
    band: string;
    labelKey: string;
    ruleId: string;
    evidence: string;
    buyerProfileRequired: boolean;
    provisional: boolean;
    noteKeys: string[];
    thresholds: { dispenseBelowEur: number; buyerProfileFromEur: number; boampFromEur: number; euFromEur: number };
  } | null;
  advice: {
    code: string;
    ruleId: string;
    labelKey: string;
    lotIndex: number | null;
    suggestedLots: string[][];
    band: string | null;
    largestLotBand: string | null;
  }[];
}
