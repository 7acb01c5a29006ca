import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { Pagination } from '../../search/components/Pagination';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATIONS_QUERY } from '../graphql/notifications';
import { clampPage, formatNotificationDate, safeNotificationPath } from '../notification-view';
import type { AppNotification } from '../types';
import '../notifications.css';

const PER_PAGE = 20;
// Marking read answers a count only: tell urql which cached lists it changes.
const MARK_CONTEXT = { additionalTypenames: ['Notification', 'NotificationPage', 'NotificationCount'] };

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('nonLues') === '1';
  const page = clampPage(params.get('page'));
  const [result, refetch] = useQuery({ query: NOTIFICATIONS_QUERY, variables: { page, perPage: PER_PAGE, unreadOnly } });
  const [, markRead] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION);
  const [status, setStatus] = useState('');
  const error = toAppError(result.error);
  const data = result.data?.notifications;

  // Titles are rendered by the API in the app's language: fetch again when it changes.
  const language = useRef(i18n.language);
  useEffect(() => {
    if (language.current === i18n.language) return;
    language.current = i18n.language;
    refetch({ requestPolicy: 'network-only' });
  }, [i18n.language, refetch]);

  // Marking read can leave an unread-only list with fewer pages than the one shown.
  useEffect(() => {
    if (data && data.totalPages > 0 && page > data.totalPages) setPage(data.totalPages);
  });

  function setPage(next: number) {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setParams(nextParams);
  }

  function setUnreadOnly(on: boolean) {
    const nextParams = new URLSearchParams(params);
    if (on) nextParams.set('nonLues', '1');
    else nextParams.delete('nonLues');
    nextParams.delete('page');
    setParams(nextParams);
  }

  async function mark(variables: { ids?: string[]; all?: boolean }, done: string) {
    const outcome = await markRead(variables, MARK_CONTEXT);
    if (outcome.error) setStatus(t('notifications.markFailed'));
    else setStatus(done);
  }

  return (
    <Page title={t('notifications.title')} lead={data ? t('notifications.unreadCount', { count: data.unreadCount }) : undefined}>
      <div className="notification-toolbar">
        <div className="choice">
          <input id="notifications-unread-only" type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
          <label htmlFor="notifications-unread-only">{t('notifications.unreadOnly')}</label>
        </div>
        <div className="notification-actions">
          <button
            type="button"
            className="button button--small"
            disabled={!data || data.unreadCount === 0}
            onClick={() => void mark({ all: true }, t('notifications.allMarked'))}
          >
            {t('notifications.markAllRead')}
          </button>
          <Link to="/mon-espace/notifications">{t('notifications.preferences.link')}</Link>
        </div>
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {status}
      </div>
      {result.fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {data && data.items.length === 0 ? <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ol className="notification-list">
          {data.items.map((n) => (
            <NotificationItem key={n.id} notification={n} onMarkRead={() => void mark({ ids: [n.id] }, t('notifications.marked', { title: n.title }))} />
          ))}
        </ol>
      ) : null}
      {data ? <Pagination page={page} totalPages={data.totalPages} onPage={setPage} /> : null}
    </Page>
  );
}

function NotificationItem({ notification: n, onMarkRead }: { notification: AppNotification; onMarkRead: () => void }) {
  const { t } = useTranslation();
  const path = safeNotificationPath(n.linkPath);
  const headingId = `notification-${n.id}`;
  return (
    <li className={n.read ? 'notification-item' : 'notification-item notification-item--unread'}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          {n.read ? null : <span className="visually-hidden">{t('notifications.unreadMarker')} </span>}
          {n.title}
        </h2>
        <p>{n.body}</p>
        {n.details.length > 0 ? (
          <ul>
            {n.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        <p className="notification-meta">
          <time dateTime={n.createdAt}>{formatNotificationDate(n.createdAt, currentLanguage())}</time>
        </p>
        <div className="notification-actions">
          {path ? (
            <Link to={path} className="button button--small button--primary" onClick={n.read ? undefined : onMarkRead}>
              {t(`notifications.open.${n.needId ? 'need' : 'other'}`)}
            </Link>
          ) : null}
          {n.read ? null : (
            <button type="button" className="button button--small" aria-label={t('notifications.markReadOf', { title: n.title })} onClick={onMarkRead}>
              {t('notifications.markRead')}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}
