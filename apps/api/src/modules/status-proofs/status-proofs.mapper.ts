import { isProofType, PROOF_TYPE_LABELS } from '@essor/domain';
import { toStoredFileModel } from '../../core/files';
import type { Locale } from '../../core/graphql';
import type { StatusProofEntity } from './entities/status-proof.entity';
import { StatusProofModel } from './models/status-proof.models';

/** Needs the proof loaded with its `organization` and `file`. */
export function toStatusProofModel(proof: StatusProofEntity, locale: Locale): StatusProofModel {
  return Object.assign(new StatusProofModel(), {
    id: proof.id,
    supplierId: proof.organizationId,
    supplierName: proof.organization?.name ?? '',
    kind: proof.kind,
    proofType: proof.proofType,
    proofTypeLabel: isProofType(proof.proofType) ? PROOF_TYPE_LABELS[proof.proofType][locale] : proof.proofType,
    reference: proof.reference,
    validFrom: proof.validFrom,
    validUntil: proof.validUntil,
    status: proof.status,
    rejectionReason: proof.rejectionReason,
    file: toStoredFileModel(proof.file!),
    submittedAt: proof.submittedAt,
    reviewedAt: proof.reviewedAt,
  });
}
