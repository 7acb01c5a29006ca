import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Loading, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../needs/labels';
import { TextAreaField } from '../../responses/components/common';
import { formError } from '../../responses/server-errors';
import { MARK_THREAD_READ_MUTATION, MESSAGE_THREAD_QUERY, SEND_MESSAGE_MUTATION } from '../graphql/messaging';
import { counterpartName } from '../threads';
import type { Message } from '../types';
import '../../responses/responses.css';

const PER_PAGE = 50;

/** /messages/:threadId: one conversation (the most recent messages) and the reply box. */
export default function ThreadPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { threadId = '' } = useParams();
  const { me } = useSession();
  const [result, refetch] = useQuery({ query: MESSAGE_THREAD_QUERY, variables: { id: threadId, page: 1, perPage: PER_PAGE }, requestPolicy: 'cache-and-network' });
  const [, markRead] = useMutation(MARK_THREAD_READ_MUTATION);
  const [sent, setSent] = useState<Message[]>([]);
  const detail = result.data?.messageThread ?? null;
  const error = toAppError(result.error);
  const thread = detail?.thread ?? null;
  const unread = thread?.unreadCount ?? 0;

  // Opening the thread reads it (the navigation's count follows on its next fetch).
  useEffect(() => {
    if (thread && unread > 0) void markRead({ input: { threadId: thread.id } });
  }, [thread, unread, markRead]);

  const fetchedIds = new Set((detail?.messages.items ?? []).map((m) => m.id));
  const messages = [...(detail?.messages.items ?? []), ...sent.filter((m) => !fetchedIds.has(m.id))];
  const title = thread ? t('messaging.threadTitle', { name: counterpartName(thread, me?.activeOrganization?.id ?? null) }) : t('messaging.title');

  return (
    <Page title={title}>
      <p>
        <Link to="/messages">{t('messaging.back')}</Link>
      </p>
      {result.fetching && !detail ? <Loading /> : null}
      {error && !detail ? <QueryError error={error} /> : null}
      {thread && detail ? (
        <>
          <p>
            {t('messaging.about', { title: thread.needTitle })} · <Link to={`/besoins/${thread.needId}`}>{t('messaging.openNeed')}</Link>
          </p>
          {thread.contact && thread.contact.length > 0 ? (
            <p className="hint">
              {t('messaging.contact')}{' '}
              {thread.contact.map((c) => (
                <span key={c.email}>
                  {c.name} · <a href={`mailto:${c.email}`}>{c.email}</a>{' '}
                </span>
              ))}
            </p>
          ) : null}
          {detail.messages.total > messages.length ? <p className="hint">{t('messaging.older', { count: detail.messages.total - messages.length })}</p> : null}
          <ol className="thread-messages" aria-label={t('messaging.messages')} data-testid="thread-messages" aria-live="polite">
            {messages.map((m) => (
              <li key={m.id} className={`thread-message${m.mine ? ' thread-message--mine' : ''}`} data-mine={m.mine}>
                <p className="hint">
                  <strong>{m.authorName}</strong> ({m.authorOrganizationName}) · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, lang)}</time>
                </p>
                <p className="prewrap">{m.body}</p>
                {m.attachments.length > 0 ? (
                  <ul className="plain-list link-list">
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={a.url} download={a.name}>
                          {a.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
          <ReplyForm
            needId={thread.needId}
            threadId={thread.id}
            onSent={(message) => {
              setSent((list) => [...list, message]);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        </>
      ) : null}
    </Page>
  );
}

export function ReplyForm({ needId, threadId, onSent }: { needId: string; threadId: string; onSent: (message: Message) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [state, send] = useMutation(SEND_MESSAGE_MUTATION);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { body: t('validation.required') } });
      return;
    }
    const result = await send({ input: { needId, threadId, body: body.trim() } });
    if (result.data) {
      setBody('');
      setError(null);
      onSent(result.data.sendMessage.message);
    } else setError(formError(result.error));
  }

  return (
    <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary error={error} fieldLabels={{ body: t('messaging.body') }} />
      <TextAreaField name="body" label={t('messaging.body')} value={body} onChange={(event) => setBody(event.target.value)} error={error?.fields['body']} required />
      <div className="form-actions">
        <SubmitButton busy={state.fetching}>{t('messaging.send')}</SubmitButton>
      </div>
    </form>
  );
}
