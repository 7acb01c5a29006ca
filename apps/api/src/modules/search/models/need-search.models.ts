import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ReservationType } from '@essor/domain';
import { NeedKindEnum, NeedPlaceKindEnum } from '../../needs';
import { SearchResultPageModel } from './supplier-search.models';

@ObjectType('NeedHitLot', { description: 'What a search hit shows of one lot' })
export class NeedHitLotModel {
  @Field() title!: string;
  @Field(() => [String]) sectorNames!: string[];
  @Field(() => ReservationType) reservation!: ReservationType;
  @Field(() => NeedPlaceKindEnum) placeKind!: NeedPlaceKindEnum;
  @Field(() => String, { nullable: true, description: 'Commune, département or région (null when national)' }) placeName!: string | null;
}

@ObjectType('NeedHit')
export class NeedHitModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Title with <mark> around matched words' }) titleHighlight!: string | null;
  @Field(() => String, { nullable: true, description: 'Description excerpt with <mark> around matched words' }) snippet!: string | null;
  @Field(() => NeedKindEnum) kind!: NeedKindEnum;
  @Field() buyerName!: string;
  @Field() deadlineAt!: Date;
  @Field() publishedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Largest estimated amount of a lot (EUR excl. VAT)' }) amountMaxEur!: number | null;
  @Field() consortiaAllowed!: boolean;
  @Field({ description: 'At least one lot is reserved' }) reserved!: boolean;
  @Field(() => [NeedHitLotModel]) lots!: NeedHitLotModel[];
}

@ObjectType('NeedSearchResult')
export class NeedSearchResultModel extends SearchResultPageModel {
  @Field(() => [NeedHitModel]) hits!: NeedHitModel[];
}
