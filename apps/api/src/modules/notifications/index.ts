export { NotificationsJobsModule } from './notifications-jobs.module';
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export type { NotifyOrganizationInput, NotifyResult, NotifyUserInput } from './notifications.service';
export { NotificationEntity, NotificationPreferenceEntity } from './entities/notification.entity';
export type { NotificationCategory, NotificationEmailState } from './entities/notification.entity';
