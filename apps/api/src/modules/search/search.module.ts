import { Module } from '@nestjs/common';
import { Env } from '../../core/config';
import { createMeiliClient, MEILI_CLIENT } from './meili.client';
import { NeedSourceRepository } from './need-source.repository';
import { SearchIndexerService } from './search-indexer.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SupplierSourceRepository } from './supplier-source.repository';

@Module({
  providers: [
    { provide: MEILI_CLIENT, inject: [Env], useFactory: createMeiliClient },
    SupplierSourceRepository,
    NeedSourceRepository,
    SearchIndexerService,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchIndexerService, SearchService],
})
export class SearchModule {}
