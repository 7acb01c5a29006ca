// Mirror of the notification types of apps/api/schema.gql.
export type NotificationCategory = 'NEED_MATCHED' | 'NEED_UPDATED' | 'NEED_REMINDER' | 'NEED_STATUS' | 'NEED_INTEREST' | 'SAVED_SEARCH' | 'RESPONSE' | 'CONSORTIUM' | 'MESSAGE';

export interface AppNotification {
  id: string;
  category: NotificationCategory;
  title: string;
  body: string;
  details: string[];
  needId: string | null;
  linkPath: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: AppNotification[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  unreadCount: number;
}

export interface NotificationPreference {
  category: NotificationCategory;
  emailEnabled: boolean;
}
