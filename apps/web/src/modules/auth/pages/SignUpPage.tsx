import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { safeNext, withNext } from '../../../shared/routing/safe-next';
import { flashState } from '../../../shared/routing/flash';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { toLocale } from '../../../shared/i18n/languages';
import { REGISTER_MUTATION } from '../graphql/auth';
import { useSession } from '../session';
import { validate } from '../../../shared/ui/validation';

export default function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [{ fetching }, register] = useMutation(REGISTER_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const next = params.get('next');
  const succeeded = useRef(false);

  // Already logged in: nothing to do here.
  if (session.me && !fetching && !succeeded.current) return <Navigate to={safeNext(next)} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const clientError = validate(
      values,
      { displayName: ['required'], email: ['required', 'email'], password: ['required'] },
      t,
    );
    if (clientError) return setError(clientError);
    const result = await register(
      {
        input: {
          displayName: values['displayName'] ?? '',
          email: values['email'] ?? '',
          password: values['password'] ?? '',
          locale: toLocale(currentLanguage()),
        },
      },
      { skipAuthRedirect: true },
    );
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    succeeded.current = true;
    session.setMe(result.data.register, { resetCache: true });
    navigate(safeNext(next), {
      replace: true,
      state: flashState({ key: 'flash.registered', params: { email: result.data.register.user.email } }),
    });
  }

  const labels = {
    displayName: t('auth.displayName'),
    email: t('auth.email'),
    password: t('auth.password'),
  };

  return (
    <Page title={t('signup.title')} lead={t('signup.lead')}>
      <form className="form" noValidate onSubmit={onSubmit} aria-describedby="signup-required">
        <p id="signup-required" className="hint">
          {t('common.allRequired')}
        </p>
        <ErrorSummary error={error} fieldLabels={labels} />
        <Field
          name="displayName"
          label={labels.displayName}
          autoComplete="name"
          required
          error={error?.fields['displayName']}
        />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={params.get('email') ?? ''}
          error={error?.fields['email']}
        />
        <Field
          name="password"
          type="password"
          label={labels.password}
          hint={t('auth.passwordHint')}
          autoComplete="new-password"
          required
          minLength={8}
          error={error?.fields['password']}
        />
        <SubmitButton busy={fetching}>{t('signup.submit')}</SubmitButton>
      </form>
      <p>
        {t('signup.haveAccount')} <Link to={withNext('/login', next)}>{t('signup.loginLink')}</Link>
      </p>
    </Page>
  );
}
