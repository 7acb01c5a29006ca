import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Loading, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { NOTIFICATION_PREFERENCES_QUERY, UPDATE_NOTIFICATION_PREFERENCES_MUTATION } from '../graphql/notifications';
import { changedPreferences } from '../notification-view';
import type { NotificationPreference } from '../types';

export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: NOTIFICATION_PREFERENCES_QUERY, requestPolicy: 'cache-and-network' });
  const error = toAppError(result.error);
  const saved = result.data?.notificationPreferences;
  return (
    <Page title={t('notifications.preferences.title')} lead={t('notifications.preferences.lead')}>
      {result.fetching && !saved ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {/* Keyed by the saved values: the form starts again from what the server holds after a save. */}
      {saved ? <PreferencesForm key={saved.map((p) => `${p.category}:${p.emailEnabled}`).join()} saved={saved} /> : null}
      <p>
        <Link to="/notifications">{t('notifications.backToList')}</Link>
      </p>
    </Page>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const { t } = useTranslation();
  const [edited, setEdited] = useState<Record<string, boolean>>({});
  const [{ fetching }, update] = useMutation(UPDATE_NOTIFICATION_PREFERENCES_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changedPreferences(saved, edited);
    if (changes.length === 0) return setStatus(t('notifications.preferences.unchanged'));
    const outcome = await update({ input: changes });
    const appError = toAppError(outcome.error);
    if (appError || !outcome.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    setStatus(t('notifications.preferences.saved'));
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} />
      <fieldset>
        <legend>{t('notifications.preferences.legend')}</legend>
        {saved.map((p) => {
          const id = `email-${p.category}`;
          return (
            <div className="choice" key={p.category}>
              <input
                id={id}
                type="checkbox"
                checked={edited[p.category] ?? p.emailEnabled}
                aria-describedby={`${id}-hint`}
                onChange={(event) => setEdited({ ...edited, [p.category]: event.target.checked })}
              />
              <label htmlFor={id}>
                {t(`notifications.category.${p.category}`)}
                <span id={`${id}-hint`} className="hint">
                  {' – '}
                  {t(`notifications.categoryHint.${p.category}`)}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <p className="hint">{t('notifications.preferences.inApp')}</p>
      <SubmitButton busy={fetching}>{t('common.save')}</SubmitButton>
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
    </form>
  );
}
