import { Module } from '@nestjs/common';
import { ClaimEmailsJob } from './jobs/claim-emails.job';
import { SuppliersModule } from './suppliers.module';

/** The suppliers jobs (claim emails), loaded by the worker process only. */
@Module({ imports: [SuppliersModule], providers: [ClaimEmailsJob] })
export class SuppliersJobsModule {}
