import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { LOGOUT_MUTATION } from '../graphql/auth';
import { useSession } from '../session';

export default function LogoutPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [, logout] = useMutation(LOGOUT_MUTATION);
  const [state, setState] = useState<'pending' | 'done' | 'error'>('pending');
  const [error, setError] = useState<AppError | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice in development
    started.current = true;
    void logout({}, { skipAuthRedirect: true }).then((result) => {
      const appError = toAppError(result.error);
      // Already logged out (UNAUTHENTICATED) is fine: the goal is reached.
      if (appError && appError.code !== 'UNAUTHENTICATED') {
        setError(appError);
        setState('error');
        return;
      }
      session.setMe(null, { resetCache: true });
      setState('done');
    });
  }, [logout, session]);

  return (
    <Page title={t('logout.title')}>
      {state === 'pending' ? <Loading label={t('logout.pending')} /> : null}
      {state === 'done' ? (
        <Notice kind="success" title={t('logout.done')}>
          <p>
            <Link to="/login">{t('logout.loginAgain')}</Link> · <Link to="/">{t('logout.home')}</Link>
          </p>
        </Notice>
      ) : null}
      {state === 'error' && error ? <QueryError error={error} /> : null}
    </Page>
  );
}
