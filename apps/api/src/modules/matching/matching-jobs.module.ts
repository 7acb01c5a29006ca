import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { MatchFanoutService } from './jobs/match-fanout.service';
import { MatchingJobs } from './jobs/matching.jobs';
import { MatchCandidatesRepository } from './match-candidates.repository';

/** Matching jobs (match a need, notification fan-out, new suppliers, need events, reminders), worker process only. */
@Module({
  imports: [NotificationsModule],
  providers: [MatchCandidatesRepository, MatchFanoutService, MatchingJobs],
})
export class MatchingJobsModule {}
