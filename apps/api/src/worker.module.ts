import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { HealthModule } from './core/health/health.module';
import { OutboxRelayService } from './core/outbox';
import { EmailQueueProcessor } from './core/queue';
import { IdentityJobsModule } from './modules/identity';
import { OrganizationsJobsModule } from './modules/organizations';

/** The worker process: outbox relay, queue processors and the feature job handlers. */
@Module({
  imports: [CoreModule, HealthModule, IdentityJobsModule, OrganizationsJobsModule],
  providers: [OutboxRelayService, EmailQueueProcessor],
})
export class WorkerModule {}
