import { Module } from '@nestjs/common';
import { StatusProofJobs } from './jobs/status-proof.jobs';
import { StatusProofsModule } from './status-proofs.module';

/** Proof jobs (expiry schedule, review and expiry emails), loaded by the worker process only. */
@Module({ imports: [StatusProofsModule], providers: [StatusProofJobs] })
export class StatusProofsJobsModule {}
