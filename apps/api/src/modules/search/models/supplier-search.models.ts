import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Facet')
export class FacetModel {
  @Field() name!: string;
  @Field(() => [FacetValueModel]) values!: FacetValueModel[];
}

@ObjectType('SupplierHit')
export class SupplierHitModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) brand!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) departementCode!: string | null;
  @Field(() => [String]) kinds!: string[];
  @Field(() => [String]) verifiedKinds!: string[];
  @Field(() => [String], { description: 'Reservations the supplier is eligible to today' }) eligibleFor!: string[];
  @Field(() => [String]) toConfirmFor!: string[];
  @Field(() => [String]) sectorNames!: string[];
  @Field(() => Int) completion!: number;
  @Field(() => Float, { nullable: true, description: 'From the searched place or point, when one was given' }) distanceKm!: number | null;
  @Field(() => String, { nullable: true, description: 'Name with <mark> around matched words' }) nameHighlight!: string | null;
  @Field(() => String, { nullable: true, description: 'Description excerpt with <mark> around matched words' }) snippet!: string | null;
}

/** What every search answers besides its hits: the page and the facets (when asked for). */
@ObjectType({ isAbstract: true })
export abstract class SearchResultPageModel {
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
  @Field(() => Int) totalPages!: number;
  @Field(() => [FacetModel]) facets!: FacetModel[];
}

@ObjectType('SupplierSearchResult')
export class SupplierSearchResultModel extends SearchResultPageModel {
  @Field(() => [SupplierHitModel]) hits!: SupplierHitModel[];
}
