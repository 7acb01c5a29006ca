import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Notice, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/auth';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [{ fetching }, request] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const clientError = validate(values, { email: ['required', 'email'] }, t);
    if (clientError) return setError(clientError);
    const email = values['email'] ?? '';
    const result = await request({ input: { email } }, { skipAuthRedirect: true });
    const appError = toAppError(result.error);
    setError(appError);
    if (!appError) setSentTo(email);
  }

  return (
    <Page title={t('forgotPassword.title')} lead={t('forgotPassword.lead')}>
      {sentTo ? (
        <Notice kind="success" title={t('forgotPassword.sentTitle')}>
          <p>{t('forgotPassword.sent', { email: sentTo })}</p>
          <p>
            <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
          </p>
        </Notice>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary error={error} fieldLabels={{ email: t('auth.email') }} />
          <Field
            name="email"
            type="email"
            label={t('auth.email')}
            autoComplete="email"
            spellCheck={false}
            required
            error={error?.fields['email']}
          />
          <SubmitButton busy={fetching}>{t('forgotPassword.submit')}</SubmitButton>
        </form>
      )}
    </Page>
  );
}
