import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { UNSUBSCRIBE_MUTATION } from '../graphql/notifications';
import type { NotificationCategory } from '../types';

/**
 * Target of the unsubscribe link of notification emails: no login needed, the signed token says
 * who and which category. Runs once on load (link scanners do not run scripts).
 */
export default function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [, unsubscribe] = useMutation(UNSUBSCRIBE_MUTATION);
  const [category, setCategory] = useState<NotificationCategory | null>(null);
  const [error, setError] = useState<AppError | null>(
    token ? null : { code: 'BAD_USER_INPUT', messageKey: 'notifications.unsubscribe.invalid', fields: {} },
  );
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    void unsubscribe({ token }, { skipAuthRedirect: true }).then((result) => {
      const appError = toAppError(result.error);
      if (appError || !result.data) {
        setError(appError?.code === 'BAD_USER_INPUT' ? { ...appError, messageKey: 'notifications.unsubscribe.invalid' } : (appError ?? toAppError({ networkError: true })));
        return;
      }
      setCategory(result.data.unsubscribe.category);
    });
  }, [token, unsubscribe]);

  return (
    <Page title={t('notifications.unsubscribe.title')}>
      {!category && !error ? <Loading label={t('notifications.unsubscribe.pending')} /> : null}
      {category ? (
        <Notice kind="success" title={t('notifications.unsubscribe.done', { category: t(`notifications.category.${category}`) })}>
          <p>{t('notifications.unsubscribe.inApp')}</p>
          <p>
            <Link to="/mon-espace/notifications">{t('notifications.preferences.link')}</Link>
          </p>
        </Notice>
      ) : null}
      {error ? <QueryError error={error} /> : null}
    </Page>
  );
}
