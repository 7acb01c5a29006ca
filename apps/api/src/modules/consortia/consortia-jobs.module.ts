import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { ConsortiumJobs } from './jobs/consortium.jobs';

/** Consortium notifications and invitation emails, worker process only. */
@Module({ imports: [NotificationsModule], providers: [ConsortiumJobs] })
export class ConsortiaJobsModule {}
