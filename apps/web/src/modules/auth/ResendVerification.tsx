import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import { QueryError } from '../../shared/ui/feedback';
import { RESEND_VERIFICATION_MUTATION } from './graphql/auth';

export function ResendVerification() {
  const { t } = useTranslation();
  const [{ fetching }, resend] = useMutation(RESEND_VERIFICATION_MUTATION);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function onClick() {
    const result = await resend({});
    const appError = toAppError(result.error);
    setError(appError);
    setSent(!appError);
  }

  return (
    <div className="resend">
      <button type="button" className="button" onClick={() => void onClick()} disabled={fetching} aria-busy={fetching || undefined}>
        {t('verifyEmail.resend')}
      </button>
      <div role="status" aria-live="polite">
        {sent ? <p>{t('verifyEmail.resent')}</p> : null}
      </div>
      {error ? <QueryError error={error} /> : null}
    </div>
  );
}
