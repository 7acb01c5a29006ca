import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { NeedsService } from '../needs.service';

/** Id of the deadline schedule (upserted at every worker start, so one however many workers run). */
export const CLOSE_NEEDS_SCHEDULER_ID = 'close-expired-needs';

/** Worker side of needs: closes published needs whose response deadline has passed, every minute. */
@Injectable()
export class NeedsJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(NeedsJobs.name);

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly needs: NeedsService,
    @InjectQueue(QueueName.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.CLOSE_EXPIRED_NEEDS, async (payload) => {
      const at = payload?.at ? new Date(payload.at) : new Date();
      if (Number.isNaN(at.getTime())) {
        this.logger.warn(`${JobName.CLOSE_EXPIRED_NEEDS}: ignoring invalid instant ${String(payload?.at)}`);
        return 'skipped';
      }
      const closed = await this.needs.closeExpired(at);
      if (closed.length) this.logger.log(`closed ${closed.length} need(s) past their deadline`);
      return closed.length ? 'success' : 'skipped';
    });
  }

  async onApplicationBootstrap() {
    await this.maintenance.upsertJobScheduler(CLOSE_NEEDS_SCHEDULER_ID, { every: 60_000 }, { name: JobName.CLOSE_EXPIRED_NEEDS, data: {} });
  }
}
