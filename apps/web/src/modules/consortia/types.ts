// Hand-written TypeScript mirror of the consortia and partner-call part of the GraphQL contract.
import type { EligibilityStatus, ReservationType } from '../suppliers/types';

export type ConsortiumForm = 'JOINT' | 'JOINT_AND_SEVERAL';
export type ConsortiumScope = 'LOT' | 'STANDING';
export type ConsortiumStatus = 'FORMING' | 'SUBMITTED' | 'DISSOLVED';
export type ConsortiumMemberRole = 'LEAD' | 'CO_CONTRACTOR' | 'SUBCONTRACTOR';
export type ConsortiumMemberStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'LEFT';

export const CONSORTIUM_FORMS: readonly ConsortiumForm[] = ['JOINT', 'JOINT_AND_SEVERAL'];
/** Roles the lead may give an invitee (there is one lead: itself). */
export const INVITE_ROLES: readonly ConsortiumMemberRole[] = ['CO_CONTRACTOR', 'SUBCONTRACTOR'];

export interface ConsortiumReason {
  code: string;
  message: string;
  organizationId: string | null;
}

export interface ConsortiumMember {
  id: string;
  organizationId: string | null;
  organizationName: string | null;
  invitedEmail: string | null;
  role: ConsortiumMemberRole;
  sharePercent: number | null;
  status: ConsortiumMemberStatus;
  invitedAt: string;
  expiresAt: string | null;
  answeredAt: string | null;
}

export interface ConsortiumMemberEligibility {
  organizationId: string;
  organizationName: string;
  role: ConsortiumMemberRole;
  status: EligibilityStatus;
  reasons: string[];
}

export interface ConsortiumEligibility {
  at: string;
  reservation: ReservationType;
  status: EligibilityStatus;
  reasons: ConsortiumReason[];
  warnings: ConsortiumReason[];
  members: ConsortiumMemberEligibility[];
}

export interface ConsortiumProfile {
  headcount: number;
  membersWithoutHeadcount: number;
  capacities: { quantity: number; unit: string; period: string | null; members: number }[];
  certifications: string[];
  kinds: string[];
  national: boolean;
  regionCodes: string[];
  departementCodes: string[];
  sectorSlugs: string[];
}

export interface Consortium {
  id: string;
  scope: ConsortiumScope;
  name: string;
  form: ConsortiumForm;
  status: ConsortiumStatus;
  needId: string | null;
  needTitle: string | null;
  lotId: string | null;
  lotTitle: string | null;
  leadOrganizationId: string;
  leadName: string;
  isLead: boolean;
  submittedAt: string | null;
  createdAt: string;
  members: ConsortiumMember[];
  compositionIssues: ConsortiumReason[];
  eligibility: ConsortiumEligibility | null;
  combinedProfile: ConsortiumProfile;
}

export interface ConsortiumPage {
  items: Consortium[];
  total: number;
  page: number;
  perPage: number;
}

export type PartnerCallStatus = 'OPEN' | 'CLOSED';
export type PartnerApplicationStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

export interface PartnerApplication {
  id: string;
  callId: string;
  organizationId: string;
  organizationName: string;
  message: string;
  status: PartnerApplicationStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface PartnerCall {
  id: string;
  title: string;
  description: string;
  status: PartnerCallStatus;
  isMine: boolean;
  authorOrganizationId: string;
  authorName: string;
  consortiumId: string | null;
  needId: string;
  needTitle: string;
  lotId: string;
  lotTitle: string;
  roleOffered: ConsortiumMemberRole;
  reservationNeeded: ReservationType;
  sectorSlugs: string[];
  kinds: string[];
  regionCodes: string[];
  departementCodes: string[];
  createdAt: string;
  applications: PartnerApplication[];
}

export interface PartnerSuggestion {
  supplierId: string;
  name: string;
  score: number;
  summary: string;
  reasons: { type: string; label: string }[];
}
