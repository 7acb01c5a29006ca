import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { MessageNotificationsService } from './jobs/message-notifications.service';
import { MessagingJobs } from './jobs/messaging.jobs';

/** Message notifications (NOTIFY_MESSAGE), worker process only. */
@Module({
  imports: [NotificationsModule],
  providers: [MessageNotificationsService, MessagingJobs],
})
export class MessagingJobsModule {}
