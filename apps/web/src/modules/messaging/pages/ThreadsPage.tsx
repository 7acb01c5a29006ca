import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../needs/labels';
import { MESSAGE_THREADS_QUERY } from '../graphql/messaging';
import { counterpartName } from '../threads';
import '../../responses/responses.css';

const ALL_NEEDS = { needId: null };

/** /messages: the active organisation's threads, most recent first, with unread counts. */
export default function ThreadsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { me } = useSession();
  const [result] = useQuery({ query: MESSAGE_THREADS_QUERY, variables: ALL_NEEDS, requestPolicy: 'cache-and-network' });
  const threads = result.data?.messageThreads ?? [];
  const error = toAppError(result.error);
  const orgId = me?.activeOrganization?.id ?? null;

  return (
    <Page title={t('messaging.title')}>
      {result.fetching && !result.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {result.data && threads.length === 0 ? <p className="empty-state">{t('messaging.none')}</p> : null}
      {threads.length > 0 ? (
        <ul className="plain-list cards-list" data-testid="threads">
          {threads.map((thread) => (
            <li key={thread.id} className="card" data-thread-id={thread.id} data-unread={thread.unreadCount}>
              <h2 className="h3">
                <Link to={`/messages/${thread.id}`}>{counterpartName(thread, orgId)}</Link>
                {thread.unreadCount > 0 ? <span className="unread-count">{t('messaging.unread', { count: thread.unreadCount })}</span> : null}
              </h2>
              <p className="hint">
                {t('messaging.about', { title: thread.needTitle })}
                {thread.lastMessageAt ? ` · ${formatDateTime(thread.lastMessageAt, lang)}` : ''}
              </p>
              {thread.lastMessageExcerpt ? <p className="prewrap">{thread.lastMessageExcerpt}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
