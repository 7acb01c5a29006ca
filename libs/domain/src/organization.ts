// Organisation vocabulary shared by the API (GraphQL enums) and the web app.
// Each enum is a frozen object plus a union type of the same name: the object can be handed to
// registerEnumType / iterated in forms, the type narrows like a string union.

export const OrganizationType = { BUYER: 'BUYER', SUPPLIER: 'SUPPLIER' } as const;
export type OrganizationType = (typeof OrganizationType)[keyof typeof OrganizationType];

/**
 * CCP: the buyer is bound by the Code de la commande publique (reservations L2113-12..16 are law).
 * PRIVATE: a private company; a "reserved" consultation is its own policy, and the OETH estimate
 * applies (procurement-rules.md §0 scope warning).
 */
export const BuyerRegime = { CCP: 'CCP', PRIVATE: 'PRIVATE' } as const;
export type BuyerRegime = (typeof BuyerRegime)[keyof typeof BuyerRegime];

/**
 * Only needed for CCP buyers, because L2113-15 (RES_ESS_SERVICES) is open to pouvoirs
 * adjudicateurs (also when they act as an entité adjudicatrice) but not to an entité adjudicatrice
 * that is not a pouvoir adjudicateur (RES-06).
 */
export const CcpBuyerCategory = {
  POUVOIR_ADJUDICATEUR: 'POUVOIR_ADJUDICATEUR',
  /** An entité adjudicatrice that is not a pouvoir adjudicateur (e.g. a private network operator). */
  ENTITE_ADJUDICATRICE: 'ENTITE_ADJUDICATRICE',
} as const;
export type CcpBuyerCategory = (typeof CcpBuyerCategory)[keyof typeof CcpBuyerCategory];

export const MembershipRole = { ADMIN: 'ADMIN', MEMBER: 'MEMBER' } as const;
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];

export const ORGANIZATION_TYPES: readonly OrganizationType[] = Object.values(OrganizationType);
export const BUYER_REGIMES: readonly BuyerRegime[] = Object.values(BuyerRegime);
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = Object.values(MembershipRole);

export function isOrganizationType(value: unknown): value is OrganizationType {
  return typeof value === 'string' && (ORGANIZATION_TYPES as readonly string[]).includes(value);
}

export function isBuyerRegime(value: unknown): value is BuyerRegime {
  return typeof value === 'string' && (BUYER_REGIMES as readonly string[]).includes(value);
}

export function isMembershipRole(value: unknown): value is MembershipRole {
  return typeof value === 'string' && (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}

// Organisation admins manage members, roles and API tokens (DESIGN.md §1); plain members do not.
export function canManageMembers(role: MembershipRole): boolean {
  return role === MembershipRole.ADMIN;
}

export function canManageApiTokens(role: MembershipRole): boolean {
  return role === MembershipRole.ADMIN;
}

/** Reservation law binds only CCP buyers; for private buyers a reservation is company policy. */
export function isBoundByProcurementCode(regime: BuyerRegime): boolean {
  return regime === BuyerRegime.CCP;
}

/** The OETH deduction estimate is for private employers only (OETH-01/02). */
export function isOethEstimateApplicable(regime: BuyerRegime): boolean {
  return regime === BuyerRegime.PRIVATE;
}

/** A buyer says whether the Code de la commande publique binds it; a supplier has no regime. */
export function organizationRegimeIssue(type: OrganizationType, regime: BuyerRegime | null | undefined): 'REGIME_REQUIRED' | 'REGIME_BUYER_ONLY' | null {
  if (type === OrganizationType.BUYER && !regime) return 'REGIME_REQUIRED';
  if (type === OrganizationType.SUPPLIER && regime) return 'REGIME_BUYER_ONLY';
  return null;
}
