import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { VERIFY_EMAIL_MUTATION } from '../graphql/auth';
import { useSession } from '../session';
import { ResendVerification } from '../ResendVerification';

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const [, verify] = useMutation(VERIFY_EMAIL_MUTATION);
  const [state, setState] = useState<'pending' | 'done' | 'error'>(token ? 'pending' : 'error');
  const [error, setError] = useState<AppError | null>(
    token ? null : { code: 'BAD_USER_INPUT', messageKey: 'verifyEmail.missingToken', fields: {} },
  );
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    void verify({ input: { token } }, { skipAuthRedirect: true }).then(async (result) => {
      const appError = toAppError(result.error);
      if (appError || !result.data) {
        setError(
          appError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(appError.code)
            ? { ...appError, messageKey: 'verifyEmail.invalidToken' }
            : (appError ?? toAppError({ networkError: true })),
        );
        setState('error');
        return;
      }
      // The cookie decides who is logged in: reload the session rather than trusting the payload.
      await session.refresh();
      setState('done');
    });
  }, [token, verify, session]);

  return (
    <Page title={t('verifyEmail.title')}>
      {state === 'pending' ? <Loading label={t('verifyEmail.pending')} /> : null}
      {state === 'done' ? (
        <Notice kind="success" title={t('verifyEmail.done')}>
          <p>
            {session.me ? (
              <Link to="/dashboard" className="button button--primary">
                {t('verifyEmail.continue')}
              </Link>
            ) : (
              <Link to="/login" className="button button--primary">
                {t('verifyEmail.login')}
              </Link>
            )}
          </p>
        </Notice>
      ) : null}
      {state === 'error' && error ? (
        <QueryError error={error}>
          {session.me && !session.me.user.emailVerified ? <ResendVerification /> : null}
        </QueryError>
      ) : null}
    </Page>
  );
}
