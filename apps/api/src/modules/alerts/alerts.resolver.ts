import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { OkPayload } from '../identity';
import { AlertsService } from './alerts.service';
import { CreateSavedSearchInput, DeleteSavedSearchInput, UpdateSavedSearchInput } from './dto/saved-search.inputs';
import { SavedSearchModel } from './models/saved-search.model';

@Resolver(() => SavedSearchModel)
export class AlertsResolver {
  constructor(private readonly alerts: AlertsService) {}

  @Query(() => [SavedSearchModel], { description: "The caller's saved searches (alerts) in their active organisation" })
  @Policy(Access.AUTHENTICATED)
  savedSearches(@CurrentActor() actor: Actor): Promise<SavedSearchModel[]> {
    return this.alerts.list(actor);
  }

  @Mutation(() => SavedSearchModel, { description: 'Saves a search of needs or suppliers; its digest lists what is new from now on' })
  @Policy(Access.VERIFIED)
  createSavedSearch(@CurrentActor() actor: Actor, @Args('input') input: CreateSavedSearchInput): Promise<SavedSearchModel> {
    return this.alerts.create(actor, input);
  }

  @Mutation(() => SavedSearchModel)
  @Policy(Access.VERIFIED)
  updateSavedSearch(@CurrentActor() actor: Actor, @Args('input') input: UpdateSavedSearchInput): Promise<SavedSearchModel> {
    return this.alerts.update(actor, input);
  }

  @Mutation(() => OkPayload)
  @Policy(Access.VERIFIED)
  async deleteSavedSearch(@CurrentActor() actor: Actor, @Args('input') input: DeleteSavedSearchInput): Promise<OkPayload> {
    await this.alerts.delete(actor, input.id);
    return OkPayload.OK;
  }
}
