import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Notice, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { RESET_PASSWORD_MUTATION } from '../graphql/auth';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [{ fetching }, reset] = useMutation(RESET_PASSWORD_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event);
    const mismatch: Record<string, string> =
      values['password'] && values['passwordConfirmation'] && values['password'] !== values['passwordConfirmation']
        ? { passwordConfirmation: 'validation.passwordMismatch' }
        : {};
    const clientError = validate(
      values,
      { password: ['required'], passwordConfirmation: ['required'] },
      t,
      mismatch,
    );
    if (clientError) return setError(clientError);
    const result = await reset({ input: { token, password: values['password'] ?? '' } }, { skipAuthRedirect: true });
    const appError = toAppError(result.error);
    if (appError) {
      const tokenProblem =
        appError.code === 'NOT_FOUND' ||
        (appError.code === 'BAD_USER_INPUT' && Object.keys(appError.fields).every((f) => f === 'token'));
      return setError(tokenProblem ? { ...appError, messageKey: 'resetPassword.invalidToken', fields: {} } : appError);
    }
    setError(null);
    setDone(true);
  }

  if (!token) {
    return (
      <Page title={t('resetPassword.title')}>
        <QueryError error={{ code: 'BAD_USER_INPUT', messageKey: 'resetPassword.invalidToken', fields: {} }}>
          <p>
            <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
          </p>
        </QueryError>
      </Page>
    );
  }

  const labels = { password: t('resetPassword.newPassword'), passwordConfirmation: t('resetPassword.confirm') };
  return (
    <Page title={t('resetPassword.title')}>
      {done ? (
        <Notice kind="success" title={t('resetPassword.done')}>
          <p>
            <Link to="/login" className="button button--primary">
              {t('resetPassword.login')}
            </Link>
          </p>
        </Notice>
      ) : (
        <>
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary error={error} fieldLabels={labels} />
            <Field
              name="password"
              type="password"
              label={labels.password}
              hint={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              error={error?.fields['password']}
            />
            <Field
              name="passwordConfirmation"
              type="password"
              label={labels.passwordConfirmation}
              autoComplete="new-password"
              required
              error={error?.fields['passwordConfirmation']}
            />
            <SubmitButton busy={fetching}>{t('resetPassword.submit')}</SubmitButton>
          </form>
          {error?.messageKey === 'resetPassword.invalidToken' ? (
            <p>
              <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
            </p>
          ) : null}
        </>
      )}
    </Page>
  );
}
