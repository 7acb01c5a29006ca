import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { ResponseNotificationsService } from './jobs/response-notifications.service';
import { ResponsesJobs } from './jobs/responses.jobs';

/** Response notifications (NOTIFY_RESPONSE_EVENT), worker process only. */
@Module({
  imports: [NotificationsModule],
  providers: [ResponseNotificationsService, ResponsesJobs],
})
export class ResponsesJobsModule {}
