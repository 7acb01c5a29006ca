import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { MatchFanoutService } from './match-fanout.service';

/** Id of the hourly reminder schedule (upserted at every worker start: one however many workers run). */
export const NEED_REMINDERS_SCHEDULER_ID = 'send-need-reminders';

/** Registers the matching jobs (matching queue) and the hourly SEND_NEED_REMINDERS (maintenance queue). */
@Injectable()
export class MatchingJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingJobs.name);

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly fanout: MatchFanoutService,
    @InjectQueue(QueueName.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.MATCH_NEED, (payload) => this.fanout.matchNeed(payload));
    this.registry.register(JobName.NOTIFY_NEED_MATCHES, (payload) => this.fanout.notifyMatches(payload));
    this.registry.register(JobName.MATCH_SUPPLIER_TO_OPEN_NEEDS, (payload) => this.fanout.matchSuppliers(payload));
    this.registry.register(JobName.NOTIFY_NEED_EVENT, (payload) => this.fanout.notifyEvent(payload));
    this.registry.register(JobName.SEND_NEED_REMINDERS, async (payload) => {
      const at = payload?.at ? new Date(payload.at) : new Date();
      if (Number.isNaN(at.getTime())) {
        this.logger.warn(`${JobName.SEND_NEED_REMINDERS}: ignoring invalid instant ${String(payload?.at)}`);
        return 'skipped';
      }
      const { reminded, resumed } = await this.fanout.sendReminders(at);
      if (reminded || resumed) this.logger.log(`${reminded} need reminder(s) sent, ${resumed} fan-out(s) resumed`);
      return reminded || resumed ? 'success' : 'skipped';
    });
  }

  async onApplicationBootstrap() {
    await this.maintenance.upsertJobScheduler(NEED_REMINDERS_SCHEDULER_ID, { pattern: '0 * * * *', tz: 'Europe/Paris' }, { name: JobName.SEND_NEED_REMINDERS, data: {} });
  }
}
