// Hand-written TypeScript mirror of the responses part of the GraphQL contract (issue 6).
import type { EligibilityStatus, ReservationType } from '../suppliers/types';

export type ResponseStatus = 'INTERESTED' | 'DECLINED' | 'SUBMITTED' | 'WITHDRAWN';
export type BuyerDecision = 'NONE' | 'SHORTLISTED' | 'AWARDED' | 'REJECTED';
export type DeclineReason = 'AREA' | 'CAPACITY' | 'DEADLINE' | 'NOT_OUR_TRADE' | 'PRICE' | 'OTHER';
export type ResponseSort = 'SUBMITTED_AT' | 'PRICE' | 'LEAD_TIME';

export const RESPONSE_STATUSES: readonly ResponseStatus[] = ['SUBMITTED', 'INTERESTED', 'DECLINED', 'WITHDRAWN'];
export const BUYER_DECISIONS: readonly BuyerDecision[] = ['NONE', 'SHORTLISTED', 'AWARDED', 'REJECTED'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['NOT_OUR_TRADE', 'AREA', 'CAPACITY', 'DEADLINE', 'PRICE', 'OTHER'];

export interface ResponseAttachment {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
}

export interface DeclaredSubcontractor {
  name: string;
  organizationId: string | null;
  sharePercent: number;
}

export interface ResponseWarning {
  code: string;
  level: string;
  message: string;
  subcontractorOrganizationId: string | null;
}

export interface ResponseEligibility {
  at: string;
  reservation: ReservationType;
  status: EligibilityStatus;
  reasons: { code: string; message: string }[];
}

export interface ResponseRespondent {
  id: string;
  name: string;
  city: string | null;
  distanceKm: number | null;
  kinds: string[];
  certifications: string[];
}

export interface ResponseConsortiumMember {
  organizationId: string | null;
  name: string;
  role: string;
  sharePercent: number | null;
  kinds: string[];
  certifications: string[];
}

export interface ResponseConsortium {
  id: string;
  name: string;
  form: string;
  members: ResponseConsortiumMember[];
}

export interface NeedResponse {
  id: string;
  needId: string;
  needTitle: string;
  lotId: string;
  lotTitle: string;
  status: ResponseStatus;
  version: number;
  priceEur: number | null;
  leadTimeDays: number | null;
  message: string | null;
  answers: string[];
  attachments: ResponseAttachment[];
  subcontractors: DeclaredSubcontractor[];
  declineReason: DeclineReason | null;
  declineComment: string | null;
  buyerDecision: BuyerDecision;
  buyerMessage: string | null;
  respondent: ResponseRespondent;
  consortium: ResponseConsortium | null;
  contact: { name: string; email: string }[] | null;
  eligibility: ResponseEligibility;
  warnings: ResponseWarning[];
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RespondToNeedInput {
  needId: string;
  lotId: string;
  priceEur: number | null;
  leadTimeDays: number | null;
  message: string | null;
  answers: string[];
  attachmentFileIds: string[];
  subcontractors: DeclaredSubcontractor[];
}

export interface ResponseFilters {
  status?: ResponseStatus | null;
  buyerDecision?: BuyerDecision | null;
  eligibleOnly?: boolean;
}
