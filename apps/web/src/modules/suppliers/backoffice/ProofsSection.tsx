import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { PROOF_TYPES_FOR_QUERY, STATUS_PROOFS_QUERY, SUBMIT_STATUS_PROOF_MUTATION } from '../graphql/proofs';
import { checkValidity } from '../mappers';
import { formatDate, formatFileSize, kindLabel, verificationLabel, verificationTone } from '../format';
import { MAX_UPLOAD_BYTES, UploadError, uploadFile } from '../upload';
import type { ProofStatus, StatusProof, SupplierKindStatus } from '../types';
import { clientError, networkError, SelectField } from './common';

// urql re-runs a query whose context object changes: keep it stable across renders.
const PROOF_QUERY_CONTEXT = { additionalTypenames: ['StatusProof'] };

const PROOF_TONE: Record<ProofStatus, string> = { PENDING: 'neutral', VERIFIED: 'ok', REJECTED: 'error', EXPIRED: 'error' };

export function ProofsSection({ supplierId, kinds, reload }: { supplierId: string; kinds: SupplierKindStatus[]; reload: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [proofs, refetch] = useQuery({
    query: STATUS_PROOFS_QUERY,
    variables: { supplierId },
    context: PROOF_QUERY_CONTEXT,
  });
  const error = toAppError(proofs.error);
  const declared = kinds.filter((k) => k.kind !== 'ORDINARY');

  return (
    <>
      {declared.length === 0 ? <p>{t('proofs.noKinds')}</p> : null}
      {declared.map((kind) => (
        <ProofForm
          key={kind.kind}
          supplierId={supplierId}
          kind={kind}
          onSubmitted={() => {
            refetch({ requestPolicy: 'network-only' });
            reload();
          }}
        />
      ))}
      <h3>{t('proofs.listTitle')}</h3>
      {proofs.fetching && !proofs.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {proofs.data && proofs.data.statusProofs.length === 0 ? <p>{t('proofs.none')}</p> : null}
      {proofs.data && proofs.data.statusProofs.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="status-proofs">
            <caption className="visually-hidden">{t('proofs.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('proofs.kind')}</th>
                <th scope="col">{t('proofs.proofType')}</th>
                <th scope="col">{t('proofs.validity')}</th>
                <th scope="col">{t('proofs.status')}</th>
                <th scope="col">{t('proofs.file')}</th>
              </tr>
            </thead>
            <tbody>
              {proofs.data.statusProofs.map((p: StatusProof) => (
                <tr key={p.id} data-proof-id={p.id} data-status={p.status}>
                  <th scope="row">{p.kind}</th>
                  <td>
                    {p.proofTypeLabel}
                    {p.reference ? <span className="hint"> · {p.reference}</span> : null}
                  </td>
                  <td>{validityText(p, t, lang)}</td>
                  <td>
                    <span className={`badge badge--${PROOF_TONE[p.status]}`}>{t(`proofs.statusName.${p.status}`)}</span>
                    {p.status === 'REJECTED' && p.rejectionReason ? (
                      <p className="hint">{t('proofs.rejectionReason', { reason: p.rejectionReason })}</p>
                    ) : null}
                  </td>
                  <td>
                    <a href={p.file.downloadUrl} download={p.file.displayName}>
                      {t('proofs.download')}
                      <span className="visually-hidden"> : </span> {p.file.displayName}
                    </a>{' '}
                    <span className="hint">({formatFileSize(p.file.sizeBytes, lang)})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

export function validityText(
  p: Pick<StatusProof, 'validFrom' | 'validUntil'>,
  t: (k: string, o?: Record<string, unknown>) => string,
  lang: 'fr' | 'en',
): string {
  if (p.validFrom && p.validUntil)
    return t('proofs.validFromUntil', { from: formatDate(p.validFrom, lang), until: formatDate(p.validUntil, lang) });
  if (p.validUntil) return t('proofs.validUntil', { until: formatDate(p.validUntil, lang) });
  if (p.validFrom) return t('proofs.validFrom', { from: formatDate(p.validFrom, lang) });
  return t('proofs.noValidity');
}

function ProofForm({ supplierId, kind, onSubmitted }: { supplierId: string; kind: SupplierKindStatus; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [types] = useQuery({ query: PROOF_TYPES_FOR_QUERY, variables: { kind: kind.kind } });
  const [proofType, setProofType] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [, submit] = useMutation(SUBMIT_STATUS_PROOF_MUTATION);
  const k = kind.kind;
  const options = types.data?.proofTypesFor ?? [];
  const chosenType = proofType || (options.length === 1 ? (options[0]?.code ?? '') : '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const form = event.currentTarget;
    const data = new FormData(form);
    const reference = String(data.get(`reference-${k}`) ?? '').trim();
    const validFrom = String(data.get(`validFrom-${k}`) ?? '');
    const validUntil = String(data.get(`validUntil-${k}`) ?? '');
    const file = fileInput.current?.files?.[0];
    const errors: Record<string, string> = {};
    if (!chosenType) errors[`proofType-${k}`] = 'validation.required';
    for (const [field, key] of Object.entries(checkValidity(validFrom, validUntil))) errors[`${field}-${k}`] = key;
    if (!file) errors[`file-${k}`] = 'validation.fileRequired';
    else if (file.size > MAX_UPLOAD_BYTES) errors[`file-${k}`] = 'upload.tooLarge';
    const invalid = clientError(errors, t);
    if (invalid || !file) return setError(invalid);
    setBusy(true);
    try {
      const stored = await uploadFile(file, 'STATUS_PROOF', supplierId);
      const result = await submit({
        input: {
          supplierId,
          kind: k,
          proofType: chosenType,
          reference: reference || null,
          validFrom: validFrom || null,
          validUntil: validUntil || null,
          fileId: stored.id,
        },
      });
      const appError = toAppError(result.error);
      if (appError || !result.data) return setError(appError ?? networkError());
      setError(null);
      setDone(true);
      setProofType('');
      form.reset();
      onSubmitted();
    } catch (e) {
      const message = e instanceof UploadError && e.message ? e.message : t('upload.failed');
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { [`file-${k}`]: message } });
    } finally {
      setBusy(false);
    }
  }

  const labels = {
    [`proofType-${k}`]: t('proofs.proofType'),
    [`reference-${k}`]: t('proofs.reference'),
    [`validFrom-${k}`]: t('proofs.validFromLabel'),
    [`validUntil-${k}`]: t('proofs.validUntilLabel'),
    [`file-${k}`]: t('proofs.fileLabel'),
  };
  const headingId = `proof-form-${k}-title`;
  return (
    <form className="form form--wide card" noValidate onSubmit={onSubmit} aria-labelledby={headingId} data-testid={`proof-form-${k}`}>
      <h3 id={headingId}>
        {t('proofs.formTitle', { kind: kindLabel(kind, lang) })}{' '}
        <span className={`badge badge--${verificationTone(kind.status)}`}>{verificationLabel(kind, t, lang)}</span>
      </h3>
      <ErrorSummary error={error} fieldLabels={labels} />
      <div role="status" aria-live="polite">
        {done ? <p className="notice notice--success">{t('proofs.submitted')}</p> : null}
      </div>
      <SelectField
        name={`proofType-${k}`}
        label={labels[`proofType-${k}`]}
        value={chosenType}
        onChange={setProofType}
        error={error?.fields[`proofType-${k}`]}
      >
        <option value="">{t('common.choose')}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {lang === 'en' ? o.labelEn : o.labelFr}
          </option>
        ))}
      </SelectField>
      <Field
        name={`reference-${k}`}
        label={labels[`reference-${k}`]}
        hint={t('proofs.referenceHint')}
        error={error?.fields[`reference-${k}`] ?? error?.fields['reference']}
      />
      <div className="grid-2">
        <Field
          name={`validFrom-${k}`}
          type="date"
          label={labels[`validFrom-${k}`]}
          error={error?.fields[`validFrom-${k}`] ?? error?.fields['validFrom']}
        />
        <Field
          name={`validUntil-${k}`}
          type="date"
          label={labels[`validUntil-${k}`]}
          error={error?.fields[`validUntil-${k}`] ?? error?.fields['validUntil']}
        />
      </div>
      <div className={['field', error?.fields[`file-${k}`] ? 'field--error' : ''].filter(Boolean).join(' ')}>
        <label htmlFor={`field-file-${k}`}>{labels[`file-${k}`]}</label>
        <p id={`field-file-${k}-hint`} className="hint">
          {t('proofs.fileHint')}
        </p>
        <input
          ref={fileInput}
          id={`field-file-${k}`}
          name={`file-${k}`}
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-describedby={`field-file-${k}-hint${error?.fields[`file-${k}`] ? ` field-file-${k}-error` : ''}`}
          aria-invalid={error?.fields[`file-${k}`] ? true : undefined}
        />
        {error?.fields[`file-${k}`] ? (
          <p id={`field-file-${k}-error`} className="field-error" data-field-error={`file-${k}`}>
            {error.fields[`file-${k}`]}
          </p>
        ) : null}
      </div>
      <SubmitButton busy={busy}>{t('proofs.submit')}</SubmitButton>
    </form>
  );
}
