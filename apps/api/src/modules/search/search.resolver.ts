import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { SearchNeedsArgs } from './dto/search-needs.args';
import { SearchOffersArgs } from './dto/search-offers.args';
import { SearchSuppliersArgs } from './dto/search-suppliers.args';
import { NeedSearchResultModel } from './models/need-search.models';
import { OfferSearchResultModel } from './models/offer-search.models';
import { SupplierSearchResultModel } from './models/supplier-search.models';
import { SearchService } from './search.service';

/** Facet counts cost Meilisearch time: compute them only when the client asks for them. */
function selectsFacets(info: GraphQLResolveInfo): { withFacets: boolean } {
  return { withFacets: info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'facets')) };
}

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SupplierSearchResultModel, { description: 'Full-text, faceted, reservation-aware and geographic supplier search' })
  @Policy(Access.PUBLIC)
  searchSuppliers(@CurrentActor() actor: Actor | null, @Args() args: SearchSuppliersArgs, @Info() info: GraphQLResolveInfo): Promise<SupplierSearchResultModel> {
    return this.search.searchSuppliers(actor, args, selectsFacets(info));
  }

  @Query(() => OfferSearchResultModel, { description: "Full-text, faceted, CPV-aware and geographic search of the suppliers' catalogue offers" })
  @Policy(Access.PUBLIC)
  searchOffers(@Args() args: SearchOffersArgs, @Info() info: GraphQLResolveInfo): Promise<OfferSearchResultModel> {
    return this.search.searchOffers(args, selectsFacets(info));
  }

  @Query(() => NeedSearchResultModel, { description: 'Full-text and faceted search of the published public needs (reservation, sector, CPV and place aware)' })
  @Policy(Access.PUBLIC)
  searchNeeds(@Args() args: SearchNeedsArgs, @Info() info: GraphQLResolveInfo): Promise<NeedSearchResultModel> {
    return this.search.searchNeeds(args, selectsFacets(info));
  }
}
