import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CpvCodeModel } from '../../reference-data';
import { CapacityPeriodEnum } from '../../suppliers';
import { SearchResultPageModel, SupplierHitModel } from './supplier-search.models';

@ObjectType('OfferHit')
export class OfferHitModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Name with <mark> around matched words' }) nameHighlight!: string | null;
  @Field(() => String, { nullable: true, description: 'Description excerpt with <mark> around matched words' }) snippet!: string | null;
  @Field(() => [CpvCodeModel]) cpvCodes!: CpvCodeModel[];
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float, { nullable: true }) priceMinEur!: number | null;
  @Field(() => Float, { nullable: true }) priceMaxEur!: number | null;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field(() => Float, { nullable: true }) capacityQuantity!: number | null;
  @Field(() => CapacityPeriodEnum, { nullable: true }) capacityPeriod!: CapacityPeriodEnum | null;
  @Field(() => SupplierHitModel, { description: 'The supplier selling the offer (its nameHighlight and snippet are null: the highlights are the offer’s)' })
  supplier!: SupplierHitModel;
  @Field(() => Float, { nullable: true, description: "From the searched place or point to the supplier's site, when one was given" }) distanceKm!: number | null;
}

@ObjectType('OfferSearchResult')
export class OfferSearchResultModel extends SearchResultPageModel {
  @Field(() => [OfferHitModel]) hits!: OfferHitModel[];
}
