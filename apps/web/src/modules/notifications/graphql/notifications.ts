import { gql } from 'urql';
import type { NotificationCategory, NotificationPage, NotificationPreference } from '../types';

export const NOTIFICATIONS_QUERY = gql<{ notifications: NotificationPage }, { page: number; perPage: number; unreadOnly: boolean }>`
  query Notifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {
    notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
      total
      page
      perPage
      totalPages
      unreadCount
      items {
        id
        category
        title
        body
        details
        needId
        linkPath
        read
        readAt
        createdAt
      }
    }
  }
`;

export const UNREAD_NOTIFICATION_COUNT_QUERY = gql<{ unreadNotificationCount: { unread: number } }, Record<string, never>>`
  query UnreadNotificationCount {
    unreadNotificationCount {
      unread
    }
  }
`;

export const MARK_NOTIFICATIONS_READ_MUTATION = gql<{ markNotificationsRead: { unread: number } }, { ids?: string[]; all?: boolean }>`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      unread
    }
  }
`;

export const NOTIFICATION_PREFERENCES_QUERY = gql<{ notificationPreferences: NotificationPreference[] }, Record<string, never>>`
  query NotificationPreferences {
    notificationPreferences {
      category
      emailEnabled
    }
  }
`;

export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION = gql<
  { updateNotificationPreferences: NotificationPreference[] },
  { input: NotificationPreference[] }
>`
  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    updateNotificationPreferences(input: $input) {
      category
      emailEnabled
    }
  }
`;

export const UNSUBSCRIBE_MUTATION = gql<{ unsubscribe: { category: NotificationCategory } }, { token: string }>`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      category
    }
  }
`;
