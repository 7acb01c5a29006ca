import { ArgsType, Field, InputType, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { RESERVATION_TYPES, ReservationType } from '@essor/domain';
import { NeedKindEnum } from '../../needs';
import { OfferSearchFilters } from './search-offers.args';
import { ListField, SearchSuppliersArgs } from './search-suppliers.args';

export enum NeedSortEnum {
  RELEVANCE = 'RELEVANCE',
  /** Closest response deadline first. */
  DEADLINE = 'DEADLINE',
  /** Most recently published first. */
  NEWEST = 'NEWEST',
}
registerEnumType(NeedSortEnum, { name: 'NeedSort' });

/**
 * Filters of the public needs search (also the `filters` of a saved search of needs). Sectors and
 * CPV codes work as for offers: a CPV code matches itself and every code below it.
 */
@InputType()
export class NeedSearchFilters extends PickType(OfferSearchFilters, ['sectorSlugs', 'sectorGroupSlugs', 'cpvCodes'] as const, InputType) {
  @Field(() => [ReservationType], { nullable: true, description: 'Needs with at least one lot under one of these reservations (NONE: a lot open to all)' })
  @IsOptional() @ArrayMaxSize(RESERVATION_TYPES.length, { message: 'field.invalid' }) @IsIn(RESERVATION_TYPES, { each: true, message: 'field.invalid' })
  reservations?: ReservationType[];

  @Field({ nullable: true, description: 'Only needs with at least one reserved lot' }) @IsOptional() @IsBoolean() reservedOnly?: boolean;

  @ListField('Delivered in one of these départements (a lot delivered nationally matches any)') departementCodes?: string[];
  @ListField('Delivered in one of these régions (a lot delivered nationally matches any)') regionCodes?: string[];

  @Field(() => [NeedKindEnum], { nullable: true })
  @IsOptional() @ArrayMaxSize(10, { message: 'field.invalid' }) @IsIn(Object.values(NeedKindEnum), { each: true, message: 'field.invalid' })
  kinds?: NeedKindEnum[];

  @Field({ nullable: true, description: 'Still taking responses after this instant (deadline later than it)' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'field.invalid' }) deadlineAfter?: Date;

  @Field({ nullable: true, description: 'Published after this instant' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'field.invalid' }) publishedAfter?: Date;

  @Field({ nullable: true, description: 'true: needs open to consortia (GME); false: needs that are not' }) @IsOptional() @IsBoolean() consortiaAllowed?: boolean;
}

@ArgsType()
export class SearchNeedsArgs extends PickType(SearchSuppliersArgs, ['query', 'page', 'perPage'] as const, ArgsType) {
  @Field(() => NeedSearchFilters, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NeedSearchFilters) filters?: NeedSearchFilters;
  @Field(() => NeedSortEnum, { defaultValue: NeedSortEnum.RELEVANCE }) @IsEnum(NeedSortEnum) sort: NeedSortEnum = NeedSortEnum.RELEVANCE;
}
