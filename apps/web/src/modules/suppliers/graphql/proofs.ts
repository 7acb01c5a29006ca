import { gql } from 'urql';
import type { ProofTypeOption, StatusProof, SubmitStatusProofInput, SupplierKind } from '../types';

export const STATUS_PROOF_FIELDS = gql`
  fragment StatusProofFields on StatusProof {
    id
    supplierId
    supplierName
    kind
    proofType
    proofTypeLabel
    reference
    validFrom
    validUntil
    status
    rejectionReason
    file {
      id
      displayName
      mimeType
      sizeBytes
      downloadUrl
    }
    submittedAt
    reviewedAt
  }
`;

export const PROOF_TYPES_FOR_QUERY = gql<{ proofTypesFor: ProofTypeOption[] }, { kind: SupplierKind }>`
  query ProofTypesFor($kind: SupplierKind!) {
    proofTypesFor(kind: $kind) {
      code
      labelFr
      labelEn
    }
  }
`;

export const STATUS_PROOFS_QUERY = gql<{ statusProofs: StatusProof[] }, { supplierId: string }>`
  query StatusProofs($supplierId: ID!) {
    statusProofs(supplierId: $supplierId) {
      ...StatusProofFields
    }
  }
  ${STATUS_PROOF_FIELDS}
`;

export const SUBMIT_STATUS_PROOF_MUTATION = gql<{ submitStatusProof: StatusProof }, { input: SubmitStatusProofInput }>`
  mutation SubmitStatusProof($input: SubmitStatusProofInput!) {
    submitStatusProof(input: $input) {
      ...StatusProofFields
    }
  }
  ${STATUS_PROOF_FIELDS}
`;

export const PROOF_REVIEW_QUEUE_QUERY = gql<{ proofReviewQueue: StatusProof[] }, { first?: number; offset?: number }>`
  query ProofReviewQueue($first: Int = 20, $offset: Int = 0) {
    proofReviewQueue(first: $first, offset: $offset) {
      ...StatusProofFields
    }
  }
  ${STATUS_PROOF_FIELDS}
`;

export const REVIEW_STATUS_PROOF_MUTATION = gql<
  { reviewStatusProof: StatusProof },
  { input: { proofId: string; decision: 'APPROVE' | 'REJECT'; reason?: string | null } }
>`
  mutation ReviewStatusProof($input: ReviewStatusProofInput!) {
    reviewStatusProof(input: $input) {
      ...StatusProofFields
    }
  }
  ${STATUS_PROOF_FIELDS}
`;
