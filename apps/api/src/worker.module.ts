import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { HealthModule } from './core/health/health.module';
import { OutboxRelayService } from './core/outbox';
import { EmailQueueProcessor, MaintenanceQueueProcessor, MatchingQueueProcessor, SearchQueueProcessor } from './core/queue';
import { AlertsJobsModule } from './modules/alerts';
import { ConsortiaJobsModule } from './modules/consortia';
import { IdentityJobsModule } from './modules/identity';
import { MessagingJobsModule } from './modules/messaging';
import { OrganizationsJobsModule } from './modules/organizations';
import { MatchingJobsModule } from './modules/matching';
import { NeedsJobsModule } from './modules/needs';
import { NotificationsJobsModule } from './modules/notifications';
import { ResponsesJobsModule } from './modules/responses';
import { SearchJobsModule } from './modules/search';
import { StatusProofsJobsModule } from './modules/status-proofs';
import { SuppliersJobsModule } from './modules/suppliers';

/** The worker process: outbox relay, queue processors and the feature job handlers. */
@Module({
  imports: [CoreModule, HealthModule, IdentityJobsModule, OrganizationsJobsModule, SuppliersJobsModule, StatusProofsJobsModule, SearchJobsModule, NeedsJobsModule, NotificationsJobsModule, MatchingJobsModule, AlertsJobsModule, ConsortiaJobsModule, ResponsesJobsModule, MessagingJobsModule],
  providers: [OutboxRelayService, EmailQueueProcessor, MaintenanceQueueProcessor, MatchingQueueProcessor, SearchQueueProcessor],
})
export class WorkerModule {}
