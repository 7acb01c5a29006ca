import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { SearchIndexerService } from '../search-indexer.service';

/** Applies the index settings at worker start and indexes the suppliers the outbox reports changed. */
@Injectable()
export class SearchIndexJob implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly indexer: SearchIndexerService,
  ) {}

  async onModuleInit() {
    await this.indexer.ensureIndex();
    this.registry.register(JobName.INDEX_SUPPLIER, async ({ supplierIds }) => {
      await this.indexer.indexSuppliers(supplierIds);
      return 'success';
    });
  }
}
