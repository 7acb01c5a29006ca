import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { MessageNotificationsService } from './message-notifications.service';

@Injectable()
export class MessagingJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly notifications: MessageNotificationsService,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.NOTIFY_MESSAGE, (payload) => this.notifications.notify(payload));
  }
}
