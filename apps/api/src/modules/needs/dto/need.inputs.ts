import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { NEED_STATUSES, NeedStatus, RESERVATION_TYPES, ReservationType } from '@essor/domain';
import { ServiceTypeEnum } from '../../suppliers';
import { NeedKindEnum, NeedPlaceKindEnum, NeedStatusEnum, NeedVisibilityEnum } from '../models/need.models';
import type { NeedKind, NeedVisibility, PlaceKind } from '../entities/need.entity';

@InputType()
export class NeedPlaceInput {
  @Field(() => NeedPlaceKindEnum) @IsIn(Object.values(NeedPlaceKindEnum), { message: 'field.invalid' }) kind!: PlaceKind;
  @Field(() => String, { nullable: true, description: 'INSEE code of the commune, département or région; omitted when national' })
  @IsOptional() @IsString() @MaxLength(8, { message: 'field.unknownPlace|code=?' }) code?: string | null;
}

@InputType()
export class NeedLotInput {
  @Field(() => ID, { nullable: true, description: 'Existing lot to keep (updates); omitted for a new lot' }) @IsOptional() @IsUUID('all', { message: 'field.invalid' }) id?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) description?: string | null;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @IsString({ each: true }) sectorSlugs!: string[];
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @IsString({ each: true }) cpvCodes!: string[];
  @Field(() => [ServiceTypeEnum], { defaultValue: [], description: 'Empty: any service type' })
  @IsArray() @IsIn(Object.values(ServiceTypeEnum), { each: true, message: 'field.invalid' }) serviceTypes!: string[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) quantity?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'field.tooLong|max=40' }) unit?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e12, { message: 'field.invalid' }) amountMinEur?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e12, { message: 'field.invalid' }) amountMaxEur?: number | null;
  @Field(() => NeedPlaceInput) @ValidateNested() @Type(() => NeedPlaceInput) place!: NeedPlaceInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(1, { message: 'field.radiusRange' }) @Max(1000, { message: 'field.radiusRange' }) radiusKm?: number | null;
  @Field(() => ReservationType, { defaultValue: 'NONE' }) @IsIn(RESERVATION_TYPES, { message: 'field.invalid' }) reservation!: ReservationType;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(10_000_000, { message: 'field.invalid' }) socialClauseHours?: number | null;
}

/** The whole content of a need, as the wizard submits it (create and update). */
@InputType()
export class NeedContentInput {
  @Field(() => NeedKindEnum) @IsIn(Object.values(NeedKindEnum), { message: 'field.invalid' }) kind!: NeedKind;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) title!: string;
  @Field({ defaultValue: '', description: 'Rich text (HTML); sanitised on save' }) @IsString() @MaxLength(20_000, { message: 'field.tooLong|max=20000' }) descriptionHtml!: string;
  @Field(() => NeedVisibilityEnum, { defaultValue: 'PUBLIC' }) @IsIn(Object.values(NeedVisibilityEnum), { message: 'field.invalid' }) visibility!: NeedVisibility;
  @Field({ defaultValue: true }) @IsBoolean() consortiaAllowed!: boolean;
  @Field({ defaultValue: false, description: 'Match only suppliers with a verified ESS status' }) @IsBoolean() verifiedOnly!: boolean;
  @Field() @Type(() => Date) @IsDate({ message: 'field.invalid' }) deadlineAt!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'field.date' }) startDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(1, { message: 'field.min|min=1' }) @Max(240, { message: 'field.max|max=240' }) durationMonths?: number | null;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @IsString({ each: true }) @MaxLength(500, { each: true, message: 'field.tooLong|max=500' }) questions!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded with purpose NEED_ATTACHMENT by the buyer organisation' })
  @IsArray() @ArrayMaxSize(10, { message: 'field.tooMany|max=10' }) @IsUUID('all', { each: true, message: 'field.needAttachmentFile' }) attachmentFileIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'INVITED needs: the suppliers who may see and answer it' })
  @IsArray() @ArrayMaxSize(200, { message: 'field.tooMany|max=200' }) @IsUUID('all', { each: true, message: 'field.invalid' }) invitedSupplierIds!: string[];
  @Field(() => [NeedLotInput]) @IsArray() @ArrayMinSize(1, { message: 'field.required' }) @ArrayMaxSize(30, { message: 'field.tooMany|max=30' })
  @ValidateNested({ each: true }) @Type(() => NeedLotInput) lots!: NeedLotInput[];
}

@InputType()
export class CreateNeedInput extends NeedContentInput {}

@InputType()
export class UpdateNeedInput extends NeedContentInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) needId!: string;
}

@InputType()
export class NeedIdInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) needId!: string;
}

@InputType()
export class CancelNeedInput extends NeedIdInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(500, { message: 'field.tooLong|max=500' }) reason!: string;
}

@InputType()
export class ReviewNeedInput extends NeedIdInput {
  @Field() @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when sending the need back' }) @IsOptional() @IsString() @MaxLength(500, { message: 'field.tooLong|max=500' }) reason?: string | null;
}

@ArgsType()
export class MyNeedsArgs {
  @Field(() => [NeedStatusEnum], { nullable: true }) @IsOptional() @IsArray() @IsIn(NEED_STATUSES, { each: true, message: 'field.invalid' }) statuses?: NeedStatus[] | null;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(1000, { message: 'field.max|max=1000' }) page!: number;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(100, { message: 'field.max|max=100' }) perPage!: number;
}

@InputType()
export class AdviceLotInput {
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @IsString({ each: true }) sectorSlugs!: string[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e12, { message: 'field.invalid' }) amountEurExclVat?: number | null;
}

@InputType()
export class ProcurementAdviceInput {
  @Field({ description: 'SUPPLIES, SERVICES or WORKS' }) @IsIn(['SUPPLIES', 'SERVICES', 'WORKS'], { message: 'field.invalid' }) nature!: 'SUPPLIES' | 'SERVICES' | 'WORKS';
  @Field({ defaultValue: 'OTHER_PA', description: 'CENTRAL (État), OTHER_PA (collectivités, hôpitaux…) or ENTITE_ADJUDICATRICE' })
  @IsIn(['CENTRAL', 'OTHER_PA', 'ENTITE_ADJUDICATRICE'], { message: 'field.invalid' }) buyerType!: 'CENTRAL' | 'OTHER_PA' | 'ENTITE_ADJUDICATRICE';
  @Field({ defaultValue: false, description: 'Social and other specific services (light regime)' }) @IsBoolean() socialServices!: boolean;
  @Field(() => [AdviceLotInput]) @IsArray() @ArrayMinSize(1, { message: 'field.required' }) @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @ValidateNested({ each: true }) @Type(() => AdviceLotInput) lots!: AdviceLotInput[];
}
