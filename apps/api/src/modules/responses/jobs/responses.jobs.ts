import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { ResponseNotificationsService } from './response-notifications.service';

@Injectable()
export class ResponsesJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly notifications: ResponseNotificationsService,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.NOTIFY_RESPONSE_EVENT, (payload) => this.notifications.notify(payload));
  }
}
