import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { RESERVATION_TYPES } from '@essor/domain';

export enum SupplierSortEnum {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  COMPLETENESS = 'COMPLETENESS',
  NAME = 'NAME',
}
registerEnumType(SupplierSortEnum, { name: 'SupplierSort' });

const list = (max = 50) => [IsOptional(), ArrayMaxSize(max, { message: 'field.invalid' }), IsString({ each: true }), MaxLength(120, { each: true, message: 'field.tooLong|max=120' })];
export function ListField(description?: string): PropertyDecorator {
  return (target, key) => {
    Field(() => [String], { nullable: true, description })(target, key);
    for (const d of list()) d(target, key);
  };
}

@InputType()
export class SupplierSearchFilters {
  @ListField() sectorSlugs?: string[];
  @ListField() sectorGroupSlugs?: string[];
  @Field(() => [String], { nullable: true, description: 'Supplier kind codes (EI, EA, ESAT, ESS_COOP_SCOP…)' })
  @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) kinds?: string[];
  @Field(() => [String], { nullable: true, description: 'HANDICAP, INSERTION, PENITENTIARY, ESS, ORDINARY' })
  @IsOptional() @ArrayMaxSize(10) @IsString({ each: true }) kindFamilies?: string[];
  @Field({ nullable: true, description: 'Only suppliers with at least one verified kind' }) @IsOptional() @IsBoolean() verifiedOnly?: boolean;
  @Field(() => String, { nullable: true, description: 'Only suppliers ELIGIBLE to this reservation (same answer as eligibility())' })
  @IsOptional() @IsIn(RESERVATION_TYPES.filter((r) => r !== 'NONE'), { message: 'field.invalid' }) eligibleFor?: string;
  @Field({ nullable: true, description: 'With eligibleFor: also suppliers whose eligibility is TO_CONFIRM' }) @IsOptional() @IsBoolean() includeToConfirm?: boolean;
  @ListField() regionCodes?: string[];
  @Field(() => [String], { nullable: true, description: 'Site in one of these départements' }) @IsOptional() @ArrayMaxSize(101) @IsString({ each: true }) departementCodes?: string[];
  @Field({ nullable: true, description: 'Able to work in this département (site there, zone covering it, or national)' })
  @IsOptional() @IsString() @MaxLength(3) servingDepartementCode?: string;
  @ListField() networks?: string[];
  @ListField() certifications?: string[];
  @ListField() serviceTypes?: string[];
  @Field(() => [String], { nullable: true, description: 'CPV codes with check digit, matched on offers' }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) cpvCodes?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hasCapacity?: boolean;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) minCapacity?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) headcountMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) headcountMax?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hasOffers?: boolean;
  @Field(() => ID, { nullable: true, description: "One of the caller's favourite lists" }) @IsOptional() @IsUUID('all', { message: 'field.invalid' }) favouriteListId?: string;
}

@InputType()
export class GeoFilter {
  @Field({ nullable: true, description: 'INSEE code of a commune (or a département, its chef-lieu)' }) @IsOptional() @IsString() @MaxLength(5) placeCode?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-90) @Max(90) latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-180) @Max(180) longitude?: number;
  @Field(() => Int, { nullable: true, description: 'Only suppliers whose site is within this distance' }) @IsOptional() @IsInt() @Min(1, { message: 'field.invalid' }) @Max(1000, { message: 'field.invalid' }) radiusKm?: number;
}

@ArgsType()
export class SearchSuppliersArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'field.tooLong|max=200' }) query?: string;
  @Field(() => SupplierSearchFilters, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SupplierSearchFilters) filters?: SupplierSearchFilters;
  @Field(() => GeoFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => GeoFilter) geo?: GeoFilter;
  @Field(() => SupplierSortEnum, { defaultValue: SupplierSortEnum.RELEVANCE }) @IsEnum(SupplierSortEnum) sort: SupplierSortEnum = SupplierSortEnum.RELEVANCE;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.invalid' }) @Max(250, { message: 'field.invalid' }) page = 1;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.invalid' }) @Max(50, { message: 'field.invalid' }) perPage = 20;
}
