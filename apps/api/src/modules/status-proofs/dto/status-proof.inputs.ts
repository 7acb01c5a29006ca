import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SUPPLIER_KINDS } from '@essor/domain';
import type { SupplierKind } from '@essor/domain';
import { SupplierKindEnum } from '../../suppliers';
import { ProofDecision } from '../models/status-proof.models';

@InputType()
export class SubmitStatusProofInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => SupplierKindEnum) @IsIn(SUPPLIER_KINDS, { message: 'field.invalid' }) kind!: SupplierKind;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(40, { message: 'field.tooLong|max=40' }) proofType!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120, { message: 'field.tooLong|max=120' }) reference?: string | null;
  /** YYYY-MM-DD; checked by the service (real calendar date). */
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10, { message: 'proof.dateInvalid' }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10, { message: 'proof.dateInvalid' }) validUntil?: string | null;
  @Field(() => ID) @IsUUID('all', { message: 'proof.fileInvalid' }) fileId!: string;
}

@InputType()
export class ReviewStatusProofInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) proofId!: string;
  @Field(() => ProofDecision) @IsEnum(ProofDecision, { message: 'field.invalid' }) decision!: ProofDecision;
  /** Required when rejecting: shown to the supplier. */
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'field.tooLong|max=2000' }) reason?: string | null;
}
