import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SupplierKind } from '@essor/domain';
import { StoredFileModel } from '../../../core/files';
import { SupplierKindEnum } from '../../suppliers';

export const ProofStatusEnum = { PENDING: 'PENDING', VERIFIED: 'VERIFIED', REJECTED: 'REJECTED', EXPIRED: 'EXPIRED' } as const;
export type ProofStatusEnum = (typeof ProofStatusEnum)[keyof typeof ProofStatusEnum];
export const ProofDecision = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
export type ProofDecision = (typeof ProofDecision)[keyof typeof ProofDecision];

registerEnumType(ProofStatusEnum, { name: 'ProofStatus', description: 'PENDING: waiting for staff review; EXPIRED: past its end date' });
registerEnumType(ProofDecision, { name: 'ProofDecision' });

@ObjectType('StatusProof', { description: 'A document proving one ESS kind of a supplier, with its validity and review.' })
export class StatusProofModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => SupplierKindEnum) kind!: SupplierKind;
  @Field() proofType!: string;
  /** In the caller's language. */
  @Field() proofTypeLabel!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) validUntil!: string | null;
  @Field(() => ProofStatusEnum) status!: ProofStatusEnum;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => StoredFileModel) file!: StoredFileModel;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
}

@ObjectType('ProofTypeOption')
export class ProofTypeOptionModel {
  @Field() code!: string;
  @Field() labelFr!: string;
  @Field() labelEn!: string;
}
