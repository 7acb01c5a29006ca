import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { safeNext, withNext } from '../../../shared/routing/safe-next';
import { LOGIN_MUTATION } from '../graphql/auth';
import { useSession } from '../session';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [{ fetching }, login] = useMutation(LOGIN_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const next = params.get('next');
  const succeeded = useRef(false);

  // Already logged in: nothing to do here.
  if (session.me && !fetching && !succeeded.current) return <Navigate to={safeNext(next)} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const clientError = validate(values, { email: ['required', 'email'], password: ['required'] }, t);
    if (clientError) return setError(clientError);
    const result = await login(
      { input: { email: values['email'] ?? '', password: values['password'] ?? '' } },
      { skipAuthRedirect: true },
    );
    const appError = toAppError(result.error);
    if (appError || !result.data) {
      // Wrong credentials come back as UNAUTHENTICATED: say so plainly, without redirecting.
      return setError(
        appError?.code === 'UNAUTHENTICATED'
          ? { ...appError, messageKey: 'login.invalidCredentials', serverMessage: undefined }
          : (appError ?? toAppError({ networkError: true })),
      );
    }
    setError(null);
    succeeded.current = true;
    session.setMe(result.data.login, { resetCache: true });
    navigate(safeNext(next), { replace: true });
  }

  const labels = { email: t('auth.email'), password: t('auth.password') };
  return (
    <Page title={t('login.title')}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={labels} />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          spellCheck={false}
          required
          defaultValue={params.get('email') ?? ''}
          error={error?.fields['email']}
        />
        <Field
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          required
          error={error?.fields['password']}
        />
        <SubmitButton busy={fetching}>{t('login.submit')}</SubmitButton>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
        </li>
        <li>
          {t('login.noAccount')} <Link to={withNext('/signup', next)}>{t('login.signupLink')}</Link>
        </li>
      </ul>
    </Page>
  );
}
