import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { AlertsService } from '../alerts.service';

/** Id of the saved-search schedule (upserted at every worker start, so one however many workers run). */
export const SAVED_SEARCHES_SCHEDULER_ID = 'run-saved-searches';

/** Worker side of alerts: the digests of the saved searches, daily at 07:30 Paris time. */
@Injectable()
export class SavedSearchesJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(SavedSearchesJob.name);

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly alerts: AlertsService,
    @InjectQueue(QueueName.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit() {
    this.registry.registerScheduled(JobName.RUN_SAVED_SEARCHES, async (at) => {
      const { due, notified } = await this.alerts.runDue(at);
      if (due) this.logger.log(`saved searches: ${due} due, ${notified} with news`);
      return notified ? 'success' : 'skipped';
    });
  }

  async onApplicationBootstrap() {
    await this.maintenance.upsertJobScheduler(SAVED_SEARCHES_SCHEDULER_ID, { pattern: '30 7 * * *', tz: 'Europe/Paris' }, { name: JobName.RUN_SAVED_SEARCHES, data: {} });
  }
}
