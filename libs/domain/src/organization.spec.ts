import {
  organizationRegimeIssue,
  BUYER_REGIMES,
  canManageApiTokens,
  canManageMembers,
  isBoundByProcurementCode,
  isBuyerRegime,
  isMembershipRole,
  isOethEstimateApplicable,
  isOrganizationType,
  MEMBERSHIP_ROLES,
  ORGANIZATION_TYPES,
} from './organization';

describe('organization vocabulary', () => {
  it('lists the values the API exposes', () => {
    expect(ORGANIZATION_TYPES).toEqual(['BUYER', 'SUPPLIER']);
    expect(BUYER_REGIMES).toEqual(['CCP', 'PRIVATE']);
    expect(MEMBERSHIP_ROLES).toEqual(['ADMIN', 'MEMBER']);
  });

  it('only admins manage members and API tokens', () => {
    expect(canManageMembers('ADMIN')).toBe(true);
    expect(canManageMembers('MEMBER')).toBe(false);
    expect(canManageApiTokens('ADMIN')).toBe(true);
    expect(canManageApiTokens('MEMBER')).toBe(false);
  });

  it('models the two buyer regimes separately (§0 scope warning, OETH-01)', () => {
    expect(isBoundByProcurementCode('CCP')).toBe(true);
    expect(isBoundByProcurementCode('PRIVATE')).toBe(false);
    expect(isOethEstimateApplicable('PRIVATE')).toBe(true);
    expect(isOethEstimateApplicable('CCP')).toBe(false);
  });

  it('guards unknown values', () => {
    expect(isOrganizationType('BUYER')).toBe(true);
    expect(isOrganizationType('buyer')).toBe(false);
    expect(isBuyerRegime('CCP')).toBe(true);
    expect(isBuyerRegime(42)).toBe(false);
    expect(isMembershipRole('OWNER')).toBe(false);
  });
});

describe('organizationRegimeIssue', () => {
  it('requires a regime for buyers only', () => {
    expect(organizationRegimeIssue('BUYER', 'CCP')).toBeNull();
    expect(organizationRegimeIssue('BUYER', null)).toBe('REGIME_REQUIRED');
    expect(organizationRegimeIssue('SUPPLIER', null)).toBeNull();
    expect(organizationRegimeIssue('SUPPLIER', 'PRIVATE')).toBe('REGIME_BUYER_ONLY');
  });
});
