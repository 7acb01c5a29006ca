import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { SearchSuppliersArgs } from './dto/search-suppliers.args';
import { SupplierSearchResultModel } from './models/supplier-search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SupplierSearchResultModel, { description: 'Full-text, faceted, reservation-aware and geographic supplier search' })
  @Policy(Access.PUBLIC)
  searchSuppliers(@CurrentActor() actor: Actor | null, @Args() args: SearchSuppliersArgs): Promise<SupplierSearchResultModel> {
    return this.search.searchSuppliers(actor, args);
  }
}
