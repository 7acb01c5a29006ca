import { Module } from '@nestjs/common';
import { IdentityModule } from './identity.module';
import { IdentityEmailJobs } from './jobs/identity-email.jobs';

/** The identity jobs, loaded by the worker process only. */
@Module({ imports: [IdentityModule], providers: [IdentityEmailJobs] })
export class IdentityJobsModule {}
