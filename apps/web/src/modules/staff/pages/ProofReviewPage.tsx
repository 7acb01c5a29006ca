import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { PROOF_REVIEW_QUEUE_QUERY, REVIEW_STATUS_PROOF_MUTATION } from '../../suppliers/graphql/proofs';
import { formatDate, formatFileSize } from '../../suppliers/format';
import { fetchFileObjectUrl } from '../../suppliers/upload';
import { validityText } from '../../suppliers/backoffice/ProofsSection';
import type { StatusProof, StoredFile } from '../../suppliers/types';
import { RequireStaff } from '../RequireStaff';

// urql re-runs a query whose context object changes: keep it stable across renders.
const PROOF_QUERY_CONTEXT = { additionalTypenames: ['StatusProof'] };

const PAGE_SIZE = 20;

export default function ProofReviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('review.title')} lead={t('review.lead')}>
      <RequireStaff>
        <ReviewQueue />
      </RequireStaff>
    </Page>
  );
}

function ReviewQueue() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [queue, refetch] = useQuery({
    query: PROOF_REVIEW_QUEUE_QUERY,
    variables: { first: PAGE_SIZE, offset },
    context: PROOF_QUERY_CONTEXT,
  });
  const [status, setStatus] = useState<string | null>(null);
  const error = toAppError(queue.error);
  const proofs = queue.data?.proofReviewQueue ?? [];
  return (
    <>
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
      {queue.fetching && !queue.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {queue.data && proofs.length === 0 ? <p>{t('review.empty')}</p> : null}
      <ul className="plain-list item-list" data-testid="review-queue">
        {proofs.map((proof) => (
          <ReviewItem
            key={proof.id}
            proof={proof}
            onReviewed={(text) => {
              setStatus(text);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ))}
      </ul>
      {offset > 0 || proofs.length === PAGE_SIZE ? (
        <nav aria-label={t('review.pagination')} className="form-actions">
          <button
            type="button"
            className="button button--small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('review.previous')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={proofs.length < PAGE_SIZE}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('review.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}

function ReviewItem({ proof, onReviewed }: { proof: StatusProof; onReviewed: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [showPreview, setShowPreview] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [{ fetching }, review] = useMutation(REVIEW_STATUS_PROOF_MUTATION);
  const headingId = `proof-${proof.id}-title`;
  const reasonId = `proof-${proof.id}-reason`;

  async function send(decision: 'APPROVE' | 'REJECT') {
    if (decision === 'REJECT' && !reason.trim()) {
      return setError({ code: 'BAD_USER_INPUT', messageKey: 'review.reasonRequired', fields: {} });
    }
    const result = await review({ input: { proofId: proof.id, decision, reason: decision === 'REJECT' ? reason.trim() : null } });
    const appError = toAppError(result.error);
    if (appError) return setError(appError);
    setError(null);
    onReviewed(t(decision === 'APPROVE' ? 'review.approved' : 'review.rejected', { name: proof.supplierName, kind: proof.kind }));
  }

  return (
    <li className="card" data-proof-id={proof.id} data-kind={proof.kind} data-supplier={proof.supplierName}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="h3">
          {proof.supplierName} · {proof.kind}
        </h2>
        <dl className="details">
          <div>
            <dt>{t('proofs.proofType')}</dt>
            <dd>{proof.proofTypeLabel}</dd>
          </div>
          {proof.reference ? (
            <div>
              <dt>{t('proofs.reference')}</dt>
              <dd>{proof.reference}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('proofs.validity')}</dt>
            <dd>{validityText(proof, t, lang)}</dd>
          </div>
          <div>
            <dt>{t('review.submittedAt')}</dt>
            <dd>{formatDate(proof.submittedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('proofs.file')}</dt>
            <dd>
              <a href={proof.file.downloadUrl} download={proof.file.displayName}>
                {proof.file.displayName}
              </a>{' '}
              <span className="hint">
                ({proof.file.mimeType}, {formatFileSize(proof.file.sizeBytes, lang)})
              </span>
            </dd>
          </div>
        </dl>
        <p>
          <Link to={`/fournisseurs/${proof.supplierId}`}>{t('review.openSupplier', { name: proof.supplierName })}</Link>
        </p>
        <button type="button" className="button button--small" aria-expanded={showPreview} onClick={() => setShowPreview((v) => !v)}>
          {showPreview ? t('review.hidePreview') : t('review.showPreview')}
        </button>
        {showPreview ? <FilePreview file={proof.file} title={t('review.previewTitle', { name: proof.file.displayName })} /> : null}
        {error ? <QueryError error={error} /> : null}
        {rejecting ? (
          <div className="field">
            <label htmlFor={reasonId}>{t('review.reason')}</label>
            <p id={`${reasonId}-hint`} className="hint">
              {t('review.reasonHint')}
            </p>
            <textarea
              id={reasonId}
              rows={3}
              value={reason}
              aria-describedby={`${reasonId}-hint`}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        ) : null}
        <div className="form-actions">
          {!rejecting ? (
            <button type="button" className="button button--primary" disabled={fetching} onClick={() => void send('APPROVE')}>
              {t('review.approve')}
              <span className="visually-hidden">
                {' '}
                : {proof.supplierName} {proof.kind}
              </span>
            </button>
          ) : null}
          <button
            type="button"
            className="button button--danger"
            disabled={fetching}
            onClick={() => (rejecting ? void send('REJECT') : setRejecting(true))}
          >
            {rejecting ? t('review.confirmReject') : t('review.reject')}
            <span className="visually-hidden">
              {' '}
              : {proof.supplierName} {proof.kind}
            </span>
          </button>
          {rejecting ? (
            <button type="button" className="button button--ghost" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </article>
    </li>
  );
}

/**
 * The API serves proofs with Content-Disposition: attachment, so an <iframe src="/files/:id"> would
 * download instead of showing. Fetch the bytes with the session cookie and show an object URL.
 */
function FilePreview({ file, title }: { file: StoredFile; title: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ url: string; type: string } | 'loading' | 'error'>('loading');

  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | null = null;
    fetchFileObjectUrl(file.downloadUrl, controller.signal)
      .then((result) => {
        objectUrl = result.url;
        setState(result);
      })
      .catch(() => {
        if (!controller.signal.aborted) setState('error');
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file.downloadUrl]);

  if (state === 'loading') return <Loading label={t('review.previewLoading')} />;
  if (state === 'error')
    return (
      <p role="alert" className="notice notice--error">
        {t('review.previewError')}
      </p>
    );
  const type = state.type || file.mimeType;
  if (type.startsWith('image/')) return <img src={state.url} alt={title} className="preview preview--image" />;
  return (
    <object data={state.url} type="application/pdf" className="preview" aria-label={title} data-testid="proof-preview">
      <p>
        {t('review.previewUnsupported')}{' '}
        <a href={state.url} download={file.displayName}>
          {file.displayName}
        </a>
      </p>
    </object>
  );
}
