import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { NotificationEmailsService } from '../notification-emails.service';

/** Id of the daily digest schedule (one per queue prefix, upserted at every worker start). */
export const DIGEST_SCHEDULER_ID = 'send-email-digests';

/** Worker side of notifications: one email per QUEUED notification, and the 07:00 daily digest. */
@Injectable()
export class NotificationJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationJobs.name);

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly emails: NotificationEmailsService,
    @InjectQueue(QueueName.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.SEND_NOTIFICATION_EMAIL, ({ notificationId }) => this.emails.sendOne(notificationId));
    this.registry.register(JobName.SEND_EMAIL_DIGESTS, async (payload) => {
      const at = payload?.at === undefined ? new Date() : new Date(payload.at);
      if (Number.isNaN(at.getTime())) {
        this.logger.warn(`${JobName.SEND_EMAIL_DIGESTS}: ignoring invalid instant ${String(payload?.at)}`);
        return 'skipped';
      }
      const report = await this.emails.sendDigests(at);
      this.logger.log(`digests of ${report.day}: ${report.emails} emails for ${report.users} users`);
      return 'success';
    });
  }

  /** Daily at 07:00 Paris time; upserting keeps a single schedule however many workers start. */
  async onApplicationBootstrap() {
    await this.maintenance.upsertJobScheduler(
      DIGEST_SCHEDULER_ID,
      { pattern: '0 7 * * *', tz: 'Europe/Paris' },
      { name: JobName.SEND_EMAIL_DIGESTS, data: {} },
    );
  }
}
