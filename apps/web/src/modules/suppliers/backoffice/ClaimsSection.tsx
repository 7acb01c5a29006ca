import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { DECIDE_CLAIM_MUTATION, SUPPLIER_CLAIMS_QUERY } from '../graphql/suppliers';
import { formatDate } from '../format';
import type { SupplierClaim } from '../types';
import { formatSiret } from '../../organizations/labels';

// urql re-runs a query whose context object changes: keep it stable across renders.
const CLAIM_QUERY_CONTEXT = { additionalTypenames: ['SupplierClaim'] };

/** Claims list with approve / reject (with a reason). Used by supplier admins and by staff. */
export function ClaimsList({ supplierId, emptyText }: { supplierId: string | null; emptyText: string }) {
  // Staff call supplierClaims without the argument (claims on structures with no member).
  const [claims, refetch] = useQuery({
    query: SUPPLIER_CLAIMS_QUERY,
    variables: supplierId ? { supplierId } : {},
    context: CLAIM_QUERY_CONTEXT,
  });
  const [status, setStatus] = useState<string | null>(null);
  const error = toAppError(claims.error);
  const list = claims.data?.supplierClaims ?? [];
  return (
    <>
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
      {claims.fetching && !claims.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {claims.data && list.length === 0 ? <p>{emptyText}</p> : null}
      <ul className="plain-list item-list" data-testid="claims">
        {list.map((claim) => (
          <ClaimItem
            key={claim.id}
            claim={claim}
            onDecided={(text) => {
              setStatus(text);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ))}
      </ul>
    </>
  );
}

function ClaimItem({ claim, onDecided }: { claim: SupplierClaim; onDecided: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [{ fetching }, decide] = useMutation(DECIDE_CLAIM_MUTATION);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const reasonId = `claim-reason-${claim.id}`;

  async function send(approve: boolean) {
    if (!approve && !reason.trim()) {
      return setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { reason: t('validation.required') } });
    }
    const result = await decide({ input: { claimId: claim.id, approve, reason: approve ? null : reason.trim() } });
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    setError(null);
    onDecided(t(approve ? 'claims.approved' : 'claims.rejected', { name: claim.requesterName }));
  }

  return (
    <li className="card" data-claim-id={claim.id} data-status={claim.status}>
      <p>
        <strong>{claim.supplierName}</strong>
        {claim.siret ? ` · ${formatSiret(claim.siret)}` : ''}
      </p>
      <p>{t('claims.requester', { name: claim.requesterName, email: claim.requesterEmail, date: formatDate(claim.createdAt, lang) })}</p>
      {claim.message ? <blockquote className="prewrap">{claim.message}</blockquote> : null}
      <p>
        <span className={`badge badge--${claim.status === 'APPROVED' ? 'ok' : claim.status === 'REJECTED' ? 'error' : 'neutral'}`}>
          {t(`claims.status.${claim.status}`)}
        </span>
        {claim.decisionReason ? <span className="hint"> · {claim.decisionReason}</span> : null}
      </p>
      {error ? <QueryError error={error.fields['reason'] ? { ...error, messageKey: 'claims.reasonRequired' } : error} /> : null}
      {claim.status === 'PENDING' ? (
        <div className="decision">
          {rejecting ? (
            <div className={['field', error?.fields['reason'] ? 'field--error' : ''].filter(Boolean).join(' ')}>
              <label htmlFor={reasonId}>{t('claims.reason')}</label>
              <textarea
                id={reasonId}
                rows={3}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={error?.fields['reason'] ? true : undefined}
              />
            </div>
          ) : null}
          <div className="actions-inner">
            {!rejecting ? (
              <button type="button" className="button button--primary button--small" disabled={fetching} onClick={() => void send(true)}>
                {t('claims.approve')}
                <span className="visually-hidden"> : {claim.requesterName}</span>
              </button>
            ) : null}
            <button
              type="button"
              className="button button--small button--danger"
              disabled={fetching}
              onClick={() => (rejecting ? void send(false) : setRejecting(true))}
            >
              {rejecting ? t('claims.confirmReject') : t('claims.reject')}
              <span className="visually-hidden"> : {claim.requesterName}</span>
            </button>
            {rejecting ? (
              <button type="button" className="button button--small button--ghost" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </li>
  );
}
