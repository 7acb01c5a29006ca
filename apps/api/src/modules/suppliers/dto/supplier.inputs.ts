import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { BuyerRegime, ReservationType, SUPPLIER_KINDS, SupplierKind } from '@essor/domain';
import { CapacityPeriodEnum, ServiceAreaKindEnum, ServiceTypeEnum, SupplierKindEnum } from '../models/supplier.models';

const PERIODS = Object.values(CapacityPeriodEnum);

@InputType()
export class ClientReferenceInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000, { message: 'field.tooLong|max=1000' }) description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(1900, { message: 'field.min|min=1900' }) year?: number | null;
}

@InputType()
export class CapacityInput {
  @Field(() => Float) @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) quantity!: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) maxQuantity?: number | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(40, { message: 'field.tooLong|max=40' }) unit!: string;
  @Field(() => CapacityPeriodEnum) @IsIn(PERIODS, { message: 'field.invalid' }) period!: CapacityPeriodEnum;
}

@InputType()
export class UpdateSupplierProfileInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'field.tooLong|max=200' }) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'field.tooLong|max=200' }) brand?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300, { message: 'field.tooLong|max=300' }) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120, { message: 'field.tooLong|max=120' }) legalForm?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10, { message: 'field.unknownNaf' }) nafCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300, { message: 'field.tooLong|max=300' }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'INSEE code; sets postcode, city, département and the site at the commune centroid' })
  @IsOptional() @IsString() @MaxLength(5, { message: 'field.unknownCommune' }) communeCode?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1_000_000, { message: 'field.max|max=1000000' }) headcountPermanent?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1_000_000, { message: 'field.max|max=1000000' }) headcountInsertion?: number | null;
  @Field(() => Float, { nullable: true, description: 'Fraction 0–1' }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.share' }) @Max(1, { message: 'field.share' }) disabledWorkersShare?: number | null;
  @Field(() => Float, { nullable: true, description: 'Fraction 0–1' }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.share' }) @Max(1, { message: 'field.share' }) disadvantagedWorkersShare?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e15, { message: 'field.invalid' }) revenueEur?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(1800, { message: 'field.min|min=1800' }) yearFounded?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @IsString({ each: true }) @MaxLength(120, { each: true, message: 'field.tooLong|max=120' }) certifications?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @IsString({ each: true }) @MaxLength(120, { each: true, message: 'field.tooLong|max=120' }) networks?: string[] | null;
  @Field(() => [ClientReferenceInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @ValidateNested({ each: true }) @Type(() => ClientReferenceInput) clientReferences?: ClientReferenceInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) productionMeans?: string | null;
  @Field(() => CapacityInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CapacityInput) capacity?: CapacityInput | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'field.logoFile' }) logoFileId?: string | null;
  @Field(() => [SupplierKindEnum], { nullable: true, description: 'Declared kinds: new ones start DECLARED, removed ones are deleted' })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: 'field.tooMany|max=10' }) @IsIn(SUPPLIER_KINDS, { each: true, message: 'field.invalid' }) kinds?: SupplierKind[] | null;
}

@InputType()
export class UpsertActivityInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'field.invalid' }) id?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.unknownSector' }) sectorSlug!: string;
  @Field(() => [ServiceTypeEnum]) @IsArray() @ArrayMinSize(1, { message: 'field.required' }) @IsIn(Object.values(ServiceTypeEnum), { each: true, message: 'field.invalid' }) serviceTypes!: ServiceTypeEnum[];
  @Field(() => ServiceAreaKindEnum) @IsIn(Object.values(ServiceAreaKindEnum), { message: 'field.invalid' }) areaKind!: ServiceAreaKindEnum;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50, { message: 'field.tooMany|max=50' }) @IsString({ each: true }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200, { message: 'field.tooMany|max=200' }) @IsString({ each: true }) departementCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500, { message: 'field.tooMany|max=500' }) @IsString({ each: true }) communeCodes?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) radiusKm?: number | null;
}

@InputType()
export class UpsertOfferInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'field.invalid' }) id?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) description?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) @IsString({ each: true }) cpvCodes?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'field.tooLong|max=40' }) unit?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) priceMinEur?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) priceMaxEur?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(3650, { message: 'field.max|max=3650' }) leadTimeDays?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) minimumOrder?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) capacityQuantity?: number | null;
  @Field(() => CapacityPeriodEnum, { nullable: true }) @IsOptional() @IsIn(PERIODS, { message: 'field.invalid' }) capacityPeriod?: CapacityPeriodEnum | null;
  @Field(() => [ID], { nullable: true, description: 'Images uploaded first with POST /files?purpose=OFFER_IMAGE, in display order' })
  @IsOptional() @IsArray() @ArrayMaxSize(6, { message: 'field.tooMany|max=6' }) @IsUUID('all', { each: true, message: 'field.invalid' }) imageFileIds?: string[] | null;
}

@InputType()
export class DeleteSupplierItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) id!: string;
}

@InputType()
export class ReorderInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
  @Field(() => [ID], { description: 'Full ordered list of ids' }) @IsArray() @ArrayMaxSize(500, { message: 'field.tooMany|max=500' }) @IsUUID('all', { each: true, message: 'field.reorderMismatch' }) ids!: string[];
}

@InputType()
export class ClaimSupplierInput {
  /** Checked by the service with the domain's SIRET rules, to name the reason. */
  @Field() @IsString() @MaxLength(30, { message: 'field.siretFormat' }) siret!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'field.tooLong|max=2000' }) message?: string | null;
}

@InputType()
export class DecideClaimInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) claimId!: string;
  @Field() @IsBoolean({ message: 'field.invalid' }) approve!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'field.tooLong|max=2000' }) reason?: string | null;
}

@ArgsType()
export class EligibilityArgs {
  @Field(() => ID) @IsString() supplierId!: string;
  @Field(() => ReservationType) @IsIn(Object.values(ReservationType), { message: 'field.invalid' }) reservation!: ReservationType;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today (Paris)' }) @IsOptional() @IsString() @MaxLength(10, { message: 'field.date' }) at?: string | null;
  @Field(() => BuyerRegime, { nullable: true }) @IsOptional() @IsIn(Object.values(BuyerRegime), { message: 'field.invalid' }) buyerRegime?: BuyerRegime | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50, { message: 'field.tooMany|max=50' }) @IsString({ each: true }) cpvCodes?: string[] | null;
}
