import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { OkPayload } from '../identity';
import { SupplierModel, SuppliersService } from '../suppliers';
import { CreateFavouriteListInput, DeleteFavouriteListInput, FavouriteListItemInput, RenameFavouriteListInput } from './dto/favourite-list.inputs';
import { toFavouriteListModel } from './favourites.mapper';
import { FavouritesService } from './favourites.service';
import { FavouriteListModel } from './models/favourite-list.model';

@Resolver(() => FavouriteListModel)
export class FavouritesResolver {
  constructor(
    private readonly favourites: FavouritesService,
    private readonly supplierDirectory: SuppliersService,
  ) {}

  @Query(() => [FavouriteListModel], { description: "The active buyer organisation's favourite lists." })
  @Policy(Access.AUTHENTICATED)
  async favouriteLists(@CurrentActor() actor: Actor) {
    return (await this.favourites.lists(actor)).map(toFavouriteListModel);
  }

  @Mutation(() => FavouriteListModel)
  @Policy(Access.VERIFIED)
  async createFavouriteList(@CurrentActor() actor: Actor, @Args('input') input: CreateFavouriteListInput) {
    return toFavouriteListModel(await this.favourites.create(actor, input));
  }

  @Mutation(() => FavouriteListModel)
  @Policy(Access.VERIFIED)
  async renameFavouriteList(@CurrentActor() actor: Actor, @Args('input') input: RenameFavouriteListInput) {
    return toFavouriteListModel(await this.favourites.rename(actor, input));
  }

  @Mutation(() => OkPayload)
  @Policy(Access.VERIFIED)
  async deleteFavouriteList(@CurrentActor() actor: Actor, @Args('input') input: DeleteFavouriteListInput) {
    await this.favourites.delete(actor, input);
    return OkPayload.OK;
  }

  @Mutation(() => FavouriteListModel, { description: 'Adds a supplier to a list (idempotent).' })
  @Policy(Access.VERIFIED)
  async addToFavouriteList(@CurrentActor() actor: Actor, @Args('input') input: FavouriteListItemInput) {
    return toFavouriteListModel(await this.favourites.add(actor, input));
  }

  @Mutation(() => FavouriteListModel, { description: 'Removes a supplier from a list (idempotent).' })
  @Policy(Access.VERIFIED)
  async removeFromFavouriteList(@CurrentActor() actor: Actor, @Args('input') input: FavouriteListItemInput) {
    return toFavouriteListModel(await this.favourites.remove(actor, input));
  }

  /** Public supplier profiles, in the order they were added. */
  @ResolveField(() => [SupplierModel])
  async suppliers(@Parent() list: FavouriteListModel) {
    return this.supplierDirectory.suppliersByIds(list.supplierIds);
  }
}
