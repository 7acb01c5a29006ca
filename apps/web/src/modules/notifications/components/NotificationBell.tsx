import { useEffect } from 'react';
import { NavLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications';
import '../notifications.css';

/** New notifications appear without reloading the page (and after the tab sleeps). */
const REFRESH_MS = 60_000;

/** Header link to the notification centre, with the unread count (announced politely when it changes). */
export function NotificationBell() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);
  const unread = data?.unreadNotificationCount.unread ?? 0;
  return (
    <NavLink to="/notifications" className="notification-bell">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      <span>{t('notifications.nav')}</span>
      {unread > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
      <span className="visually-hidden" role="status" aria-live="polite">
        {unread > 0 ? t('notifications.unreadCount', { count: unread }) : ''}
      </span>
    </NavLink>
  );
}
