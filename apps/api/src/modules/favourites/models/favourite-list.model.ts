import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FavouriteList', { description: "A buyer organisation's named list of suppliers" })
export class FavouriteListModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) supplierCount!: number;
  @Field() createdAt!: Date;
  /** Supplier organisation ids, oldest addition first; resolved into `suppliers` (not exposed). */
  supplierIds!: string[];
}
