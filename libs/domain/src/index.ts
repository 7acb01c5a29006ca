// Public API of @essor/domain: plain TypeScript rules shared by the API and the web app.
// Import only from here; files behind it may move.

export * from './siret';
export * from './organization';
export * from './proof-types';
export * from './supplier-kinds';
export * from './ess-services-cpv';
export * from './reservation';
export * from './verification-status';
export * from './kind-status';
export type { EligibilityReason, EligibilityReasonCode, ShareTarget } from './eligibility-reasons';
export type {
  EligibilityContext,
  EligibilityResult,
  EligibilityStatus,
  StatusProofPeriod,
  SupplierEligibilityInput,
  SupplierEligibilityProfile,
  SupplierKindClaim,
} from './eligibility';
export { supplierEligibility } from './eligibility';
export * from './consortium';
export * from './consortium-eligibility';
export * from './subcontracting';
export * from './consortium-composition';
export * from './partner-suggestions';
export * from './profile-completion';
export * from './reservation-badges';
export * from './eligibility-profile';
export * from './needs/need-lifecycle';
export * from './needs/thresholds';
export * from './needs/matching';
export * from './needs/notification-policy';
