import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { SearchSuppliersArgs } from './dto/search-suppliers.args';
import { SupplierSearchResultModel } from './models/supplier-search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SupplierSearchResultModel, { description: 'Full-text, faceted, reservation-aware and geographic supplier search' })
  @Policy(Access.PUBLIC)
  searchSuppliers(@CurrentActor() actor: Actor | null, @Args() args: SearchSuppliersArgs, @Info() info: GraphQLResolveInfo): Promise<SupplierSearchResultModel> {
    // Facet counts cost Meilisearch time: compute them only when the client asks for them.
    const withFacets = info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'facets'));
    return this.search.searchSuppliers(actor, args, { withFacets });
  }
}
