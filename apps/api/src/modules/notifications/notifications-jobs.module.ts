import { Module } from '@nestjs/common';
import { NotificationJobs } from './jobs/notification.jobs';
import { NotificationEmailsService } from './notification-emails.service';
import { NotificationsModule } from './notifications.module';

/** Notification emails and the daily digest, loaded by the worker process only. */
@Module({ imports: [NotificationsModule], providers: [NotificationEmailsService, NotificationJobs] })
export class NotificationsJobsModule {}
