import { useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { normalizeSiret, validate } from '../../../shared/ui/validation';
import { readForm } from '../../../shared/ui/form';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { CHECK_SIRET_QUERY } from '../graphql/suppliers';
import type { SiretCheck } from '../types';

/** SIRET field + `checkSiret`; the caller renders the answer. */
export function SiretLookup({ submitLabel, onResult }: { submitLabel: string; onResult: (check: SiretCheck | null) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onResult(null);
    const values = readForm(event);
    const invalid = validate(values, { siret: ['required', 'siretFormat'] }, t);
    if (invalid) return setError(invalid);
    setBusy(true);
    const result = await client
      .query(CHECK_SIRET_QUERY, { siret: normalizeSiret(values['siret'] ?? '') }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    onResult(result.data.checkSiret);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fieldLabels={{ siret: t('organization.siret') }} />
      <Field
        name="siret"
        label={t('organization.siret')}
        hint={t('createOrganization.siretHint')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        required
        className="field--siret"
        error={error?.fields['siret']}
      />
      <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
    </form>
  );
}
