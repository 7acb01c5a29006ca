// Hand-written TypeScript mirror of the GraphQL contract served by apps/api (see DESIGN.md §5).
export type OrganizationType = 'BUYER' | 'SUPPLIER';
export type BuyerRegime = 'CCP' | 'PRIVATE';
export type MembershipRole = 'ADMIN' | 'MEMBER';
export type Locale = 'FR' | 'EN';

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  emailVerified: boolean;
  isStaff: boolean;
}

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  regime: BuyerRegime | null;
  siret: string | null;
  siren: string | null;
  createdAt: string;
}

export interface Membership {
  organization: Organization;
  role: MembershipRole;
}

export interface Me {
  user: User;
  memberships: Membership[];
  activeOrganization: Organization | null;
  activeRole: MembershipRole | null;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  role: MembershipRole;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: MembershipRole;
  organizationName: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface OkPayload {
  ok: boolean;
}
