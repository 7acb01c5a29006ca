import { ArgsType, Field, InputType, Int, OmitType, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { SearchSuppliersArgs, SupplierSearchFilters } from './search-suppliers.args';

export enum OfferSortEnum {
  RELEVANCE = 'RELEVANCE',
  /** Lowest minimum price first (offers without a price last). */
  PRICE = 'PRICE',
  LEAD_TIME = 'LEAD_TIME',
  DISTANCE = 'DISTANCE',
}
registerEnumType(OfferSortEnum, { name: 'OfferSort' });

/** The supplier filters that make sense on an offer (they apply to the offer's supplier), plus the offer's own. */
@InputType()
export class OfferSearchFilters extends PickType(
  SupplierSearchFilters,
  [
    'sectorSlugs', 'sectorGroupSlugs', 'kinds', 'kindFamilies', 'verifiedOnly', 'eligibleFor', 'includeToConfirm', 'departementCodes', 'regionCodes',
    'servingDepartementCode', 'hasCapacity',
  ] as const,
  InputType,
) {
  @Field(() => [String], {
    nullable: true,
    description: 'CPV codes (8 digits, check digit optional). A code matches itself and every code below it: 90500000 (a group) matches 90510000, 90511000-2…',
  })
  @IsOptional() @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @IsString({ each: true }) @MaxLength(12, { each: true, message: 'field.tooLong|max=12' })
  cpvCodes?: string[];

  @Field(() => Int, { nullable: true, description: 'Offers delivered within this many days (offers without a lead time are left out)' })
  @IsOptional() @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' })
  maxLeadTimeDays?: number;
}

@ArgsType()
export class SearchOffersArgs extends OmitType(SearchSuppliersArgs, ['filters', 'sort'] as const, ArgsType) {
  @Field(() => OfferSearchFilters, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OfferSearchFilters) filters?: OfferSearchFilters;
  @Field(() => OfferSortEnum, { defaultValue: OfferSortEnum.RELEVANCE }) @IsEnum(OfferSortEnum) sort: OfferSortEnum = OfferSortEnum.RELEVANCE;
}
