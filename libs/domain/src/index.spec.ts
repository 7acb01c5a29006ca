// The public surface of @essor/domain, resolved through the workspace alias like other projects do.
// eslint-disable-next-line @nx/enforce-module-boundaries -- deliberately goes through the alias to test the public entry point
import * as domain from '@essor/domain';

describe('@essor/domain public API', () => {
  it('exposes the runtime symbols other projects rely on, and nothing internal', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'BUYER_REGIMES',
        'BuyerRegime',
        'CcpBuyerCategory',
        'ConsortiumForm',
        'ConsortiumMemberRole',
        'ESS_SERVICES_CPV_CODES',
        'LA_POSTE_SIREN',
        'MEMBERSHIP_ROLES',
        'MembershipRole',
        'NOT_RESERVED_LABEL',
        'ORGANIZATION_TYPES',
        'OrganizationType',
        'PROOF_TYPES',
        'PROOF_TYPE_LABELS',
        'ProofType',
        'RESERVATION_RULES',
        'RESERVATION_TYPES',
        'ReservationType',
        'SUPPLIER_FAMILIES',
        'SUPPLIER_KINDS',
        'SUPPLIER_KIND_DEFINITIONS',
        'VERIFICATION_STATUSES',
        'VERIFICATION_TRANSITIONS',
        'VerificationStatus',
        'acceptedProofTypes',
        'canManageApiTokens',
        'canManageMembers',
        'canTransition',
        'combineReservations',
        'consortiumEligibility',
        'isBiddingRole',
        'isBoundByProcurementCode',
        'isBuyerRegime',
        'isEssServicesCpv',
        'isMembershipRole',
        'isOethEstimateApplicable',
        'isOrganizationType',
        'isProofType',
        'isReservationType',
        'isSupplierKind',
        'isTerminalVerificationStatus',
        'isValidSiren',
        'isValidSiret',
        'isVerificationStatus',
        'kindStanding',
        'normalizeCompanyIdentifier',
        'normalizeCpvCode',
        'reservationLotIssues',
        'reservationRule',
        'sirenOf',
        'subcontractingWarning',
        'supplierEligibility',
        'supplierKindDefinition',
        'supplierKindsOfFamily',
        'transition',
        'validateReservation',
        'validateSiren',
        'validateSiret',
      ].sort(),
    );
  });

  it('answers an eligibility question end to end', () => {
    const result = domain.supplierEligibility({
      reservation: domain.ReservationType.RES_INSERTION,
      kinds: [{ kind: 'ACI', verificationStatus: 'VERIFIED', proofs: [{ type: 'IAE_CONVENTION', validUntil: null }] }],
      at: new Date('2026-05-15T12:00:00Z'),
    });
    expect(result.status).toBe('ELIGIBLE');
  });
});
