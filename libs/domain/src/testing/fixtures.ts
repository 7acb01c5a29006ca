// Builders for eligibility tests. Not exported from index.ts.

import type { StatusProofPeriod, SupplierKindClaim } from '../eligibility';
import type { ProofType } from '../proof-types';
import type { SupplierKind } from '../supplier-kinds';
import { acceptedProofTypes } from '../supplier-kinds';
import type { VerificationStatus } from '../verification-status';

/** A calendar day at midnight UTC. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The response deadline most tests use: mid-May 2026, as in RES-02 ("contract dated 2026-05"). */
export const DEADLINE = new Date('2026-05-15T12:00:00Z');

export interface ClaimOptions {
  readonly status?: VerificationStatus;
  readonly type?: ProofType;
  readonly validFrom?: Date | null;
  readonly validUntil?: Date | null;
  /** No proof at all on file. */
  readonly noProof?: boolean;
}

/** A kind with one proof of its first accepted type, valid 2024-01-01..2028-12-31 unless told. */
export function claim(kind: SupplierKind, options: ClaimOptions = {}): SupplierKindClaim {
  const type = options.type ?? acceptedProofTypes(kind)[0];
  const proofs: StatusProofPeriod[] =
    options.noProof || !type
      ? []
      : [
          {
            type,
            validFrom: options.validFrom === undefined ? day('2024-01-01') : options.validFrom,
            validUntil: options.validUntil === undefined ? day('2028-12-31') : options.validUntil,
          },
        ];
  return { kind, verificationStatus: options.status ?? 'VERIFIED', proofs };
}

export const verified = (kind: SupplierKind, options: Omit<ClaimOptions, 'status'> = {}): SupplierKindClaim =>
  claim(kind, { ...options, status: 'VERIFIED' });
