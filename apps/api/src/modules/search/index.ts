export { SearchIndexerService } from './search-indexer.service';
export type { DriftReport } from './search-indexer.service';
export { SEARCH_INDEX_NAMES } from './search-indexes';
export type { SearchIndexName } from './search-indexes';
export { SearchJobsModule } from './search-jobs.module';
export { SearchModule } from './search.module';
