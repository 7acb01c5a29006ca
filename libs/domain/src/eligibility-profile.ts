// Builds the eligibility input from stored records (kinds with their status, status proofs), so the
// `eligibility()` query, the profile badges and the search index all weigh the same evidence.

import type { SupplierEligibilityProfile } from './eligibility';
import type { ProofType } from './proof-types';
import type { SupplierKind } from './supplier-kinds';
import type { VerificationStatus } from './verification-status';

export interface KindRecord {
  readonly kind: SupplierKind;
  readonly status: VerificationStatus;
}

/** A stored status proof (dates as YYYY-MM-DD). */
export interface ProofRecord {
  readonly kind: SupplierKind;
  readonly proofType: ProofType;
  readonly status: 'PENDING' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';
  readonly validFrom: string | null;
  readonly validUntil: string | null;
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Rejected proofs never count; pending ones only matter while the kind itself is unverified (they
 * make it "to confirm", or rule it out once lapsed).
 */
export function eligibilityProfileFromRecords(
  kinds: readonly KindRecord[],
  proofs: readonly ProofRecord[],
  shares: { readonly disabledWorkersShare?: number | null; readonly disadvantagedWorkersShare?: number | null } = {},
): SupplierEligibilityProfile {
  return {
    kinds: kinds.map((k) => ({
      kind: k.kind,
      verificationStatus: k.status,
      proofs: proofs
        .filter((p) => p.kind === k.kind && p.status !== 'REJECTED' && (p.status !== 'PENDING' || k.status === 'DECLARED' || k.status === 'PENDING'))
        .map((p) => ({ type: p.proofType, validFrom: p.validFrom ? day(p.validFrom) : null, validUntil: p.validUntil ? day(p.validUntil) : null })),
    })),
    ...(shares.disabledWorkersShare !== null && shares.disabledWorkersShare !== undefined ? { disabledWorkersShare: shares.disabledWorkersShare } : {}),
    ...(shares.disadvantagedWorkersShare !== null && shares.disadvantagedWorkersShare !== undefined ? { disadvantagedWorkersShare: shares.disadvantagedWorkersShare } : {}),
  };
}
