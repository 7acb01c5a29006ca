import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import type { BuyerDecision, DeclineReason, ResponseStatus } from '../entities/response.entity';
import {
  BuyerDecisionEnum, DeclineReasonEnum, ExportFormat, ExportFormatEnum, ResponseSort, ResponseSortEnum, ResponseStatusEnum,
} from '../models/response.models';

// Ids are not validated as UUIDs where an unknown id must answer NOT_FOUND, like someone else's.

@InputType()
export class SubcontractorInput {
  @Field(() => ID, { nullable: true, description: 'The subcontractor when it is a supplier on the platform (its eligibility is checked, RES-09)' })
  @IsOptional() @IsUUID('all', { message: 'field.invalid' }) organizationId?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) name!: string;
  @Field(() => Float, { description: 'Share of the work, 0..100' })
  @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(100, { message: 'field.max|max=100' }) sharePercent!: number;
}

/** The content of a response (also what a consortium lead submits). */
@InputType()
export class ResponseContentInput {
  @Field(() => Float, { nullable: true, description: 'Price excl. VAT, euros' })
  @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e12, { message: 'field.invalid' }) priceEur?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(3650, { message: 'field.max|max=3650' }) leadTimeDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000, { message: 'field.tooLong|max=10000' }) message?: string | null;
  @Field(() => [String], { defaultValue: [], description: "Answers to the need's questions, in order" })
  @IsArray() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @IsString({ each: true }) @MaxLength(5000, { each: true, message: 'field.tooLong|max=5000' }) answers!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded with purpose RESPONSE_ATTACHMENT by the responding organisation' })
  @IsArray() @ArrayMaxSize(10, { message: 'field.tooMany|max=10' }) @IsUUID('all', { each: true, message: 'field.invalid' }) attachmentFileIds!: string[];
  @Field(() => [SubcontractorInput], { defaultValue: [] })
  @IsArray() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @ValidateNested({ each: true }) @Type(() => SubcontractorInput) subcontractors!: SubcontractorInput[];
}

@InputType()
export class RespondToNeedInput extends ResponseContentInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID) @IsString() lotId!: string;
}

@InputType()
export class DeclineNeedLotInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID) @IsString() lotId!: string;
  @Field(() => DeclineReasonEnum) @IsIn(Object.values(DeclineReasonEnum), { message: 'field.invalid' }) reason!: DeclineReason;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000, { message: 'field.tooLong|max=1000' }) comment?: string | null;
}

@InputType()
export class MarkInterestInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID) @IsString() lotId!: string;
}

@InputType()
export class ResponseIdInput {
  @Field(() => ID) @IsString() responseId!: string;
}

@InputType()
export class AwardResponseInput extends ResponseIdInput {
  @Field(() => String, { nullable: true, description: 'Shown to the respondent' }) @IsOptional() @IsString() @MaxLength(2000, { message: 'field.tooLong|max=2000' }) message?: string | null;
}

@InputType()
export class RejectResponseInput extends ResponseIdInput {
  @Field({ description: 'Why (shown to the respondent)' }) @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(2000, { message: 'field.tooLong|max=2000' }) message!: string;
}

@InputType()
export class ResponseFiltersInput {
  @Field(() => ResponseStatusEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(ResponseStatusEnum), { message: 'field.invalid' }) status?: ResponseStatus | null;
  @Field(() => BuyerDecisionEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(BuyerDecisionEnum), { message: 'field.invalid' }) buyerDecision?: BuyerDecision | null;
  @Field({ defaultValue: false, description: "Only respondents ELIGIBLE to the lot's reservation" }) @IsBoolean() eligibleOnly!: boolean;
}

@ArgsType()
export class ResponsesArgs {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() lotId?: string | null;
  @Field(() => ResponseFiltersInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ResponseFiltersInput) filters?: ResponseFiltersInput | null;
  @Field(() => ResponseSortEnum, { defaultValue: 'SUBMITTED_AT' }) @IsIn(Object.values(ResponseSortEnum), { message: 'field.invalid' }) sort!: ResponseSort;
}

@ArgsType()
export class MyResponsesArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() needId?: string | null;
}

@ArgsType()
export class ExportResponsesArgs {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ExportFormatEnum, { defaultValue: 'CSV' }) @IsIn(Object.values(ExportFormatEnum), { message: 'field.invalid' }) format!: ExportFormat;
}
