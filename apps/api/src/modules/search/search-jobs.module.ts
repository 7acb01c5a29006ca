import { Module } from '@nestjs/common';
import { SearchIndexJob } from './jobs/search-index.job';
import { SearchModule } from './search.module';

/** Search indexing, loaded by the worker process only. */
@Module({ imports: [SearchModule], providers: [SearchIndexJob] })
export class SearchJobsModule {}
