export { SearchIndexerService } from './search-indexer.service';
export type { DriftReport } from './search-indexer.service';
export { SearchJobsModule } from './search-jobs.module';
export { SearchModule } from './search.module';
