import type { Locale } from '../../core/graphql/messages';
import { NotificationCategoryEnum, NotificationModel } from './models/notification.models';
import type { NotificationRow } from './notifications.service';
import { renderNotification } from './rendering/notification-content';

/** Renders a stored notification in the reader's language (same text as its email). */
export function toNotificationModel(row: NotificationRow, locale: Locale): NotificationModel {
  const content = renderNotification(row.category, row.params, locale);
  return Object.assign(new NotificationModel(), {
    id: row.id,
    category: row.category as NotificationCategoryEnum,
    title: content.title,
    body: content.body,
    details: content.details,
    needId: row.needId,
    linkPath: content.path,
    read: row.readAt !== null,
    readAt: row.readAt,
    createdAt: row.createdAt,
  });
}
