import { Module } from '@nestjs/common';
import { NeedsJobs } from './jobs/needs.jobs';
import { NeedsService } from './needs.service';

/**
 * Need jobs (deadline closing), loaded by the worker process only. It provides the service itself
 * rather than importing NeedsModule, whose attachment controller belongs to the API alone.
 */
@Module({ providers: [NeedsService, NeedsJobs], exports: [NeedsService] })
export class NeedsJobsModule {}
