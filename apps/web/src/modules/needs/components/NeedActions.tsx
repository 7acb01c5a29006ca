import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { fieldId } from '../../../shared/ui/Field';
import { TextArea } from '../../suppliers/backoffice/common';
import { AWARD_NEED_MUTATION, CANCEL_NEED_MUTATION, CLOSE_NEED_MUTATION, PUBLISH_NEED_MUTATION } from '../graphql/needs';
import { buyerActions } from '../status';
import type { Need } from '../types';

/**
 * The buyer's actions on one need, as its status allows: edit, publish, close, award (after a
 * confirmation) and cancel (with a reason). Results are announced in a polite live region.
 */
export function NeedActions({ need, onChanged }: { need: Pick<Need, 'id' | 'title' | 'status'>; onChanged: (need: Need) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [{ fetching: publishing }, publish] = useMutation(PUBLISH_NEED_MUTATION);
  const [{ fetching: closing }, close] = useMutation(CLOSE_NEED_MUTATION);
  const [{ fetching: awarding }, award] = useMutation(AWARD_NEED_MUTATION);
  const [{ fetching: cancelBusy }, cancel] = useMutation(CANCEL_NEED_MUTATION);
  const busy = publishing || closing || awarding || cancelBusy;
  const actions = buyerActions(need.status);
  const reasonField = `cancelReason-${need.id}`;

  function done(result: { error?: Parameters<typeof toAppError>[0]; data?: Record<string, Need> | undefined }, messageKey: string) {
    const appError = toAppError(result.error);
    setError(appError);
    const updated = result.data ? Object.values(result.data)[0] : undefined;
    if (appError || !updated) return false;
    setStatus(t(messageKey, { title: need.title, status: t(`needs.status.${updated.status}`) }));
    onChanged(updated);
    return true;
  }

  async function onPublish() {
    setStatus(null);
    done(await publish({ input: { needId: need.id } }), 'needs.actions.published');
  }
  async function onClose() {
    if (!window.confirm(t('needs.actions.confirmClose', { title: need.title }))) return;
    done(await close({ input: { needId: need.id } }), 'needs.actions.closed');
  }
  async function onAward() {
    if (!window.confirm(t('needs.actions.confirmAward', { title: need.title }))) return;
    done(await award({ input: { needId: need.id } }), 'needs.actions.awarded');
  }
  async function onCancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { [reasonField]: t('validation.required') } });
      document.getElementById(fieldId(reasonField))?.focus();
      return;
    }
    if (done(await cancel({ input: { needId: need.id, reason: reason.trim() } }), 'needs.actions.cancelled')) {
      setCancelling(false);
      setReason('');
    }
  }

  if (actions.length === 0 && !status) return null;
  const cancelError = error?.fields[reasonField] ?? error?.fields['reason'];
  return (
    <div className="need-actions">
      <div className="actions-inner">
        {actions.includes('EDIT') ? (
          <Link to={`/besoins/${need.id}/modifier`} className="button button--small">
            {t('needs.actions.edit')}
            <span className="visually-hidden"> : {need.title}</span>
          </Link>
        ) : null}
        {actions.includes('PUBLISH') ? (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void onPublish()}>
            {t('needs.actions.publish')}
            <span className="visually-hidden"> : {need.title}</span>
          </button>
        ) : null}
        {actions.includes('CLOSE') ? (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void onClose()}>
            {t('needs.actions.close')}
            <span className="visually-hidden"> : {need.title}</span>
          </button>
        ) : null}
        {actions.includes('AWARD') ? (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void onAward()}>
            {t('needs.actions.award')}
            <span className="visually-hidden"> : {need.title}</span>
          </button>
        ) : null}
        {actions.includes('CANCEL') && !cancelling ? (
          <button
            type="button"
            className="button button--small button--danger"
            disabled={busy}
            onClick={() => {
              setCancelling(true);
              // Focus the reason once it is rendered.
              setTimeout(() => document.getElementById(fieldId(reasonField))?.focus(), 0);
            }}
          >
            {t('needs.actions.cancel')}
            <span className="visually-hidden"> : {need.title}</span>
          </button>
        ) : null}
      </div>
      {cancelling ? (
        <form className="form card cancel-form" noValidate onSubmit={(e) => void onCancel(e)} aria-label={t('needs.actions.cancelTitle', { title: need.title })}>
          <TextArea
            name={reasonField}
            label={t('needs.actions.cancelReason')}
            hint={t('needs.actions.cancelHint')}
            rows={3}
            maxLength={500}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={cancelError}
          />
          <div className="form-actions">
            <SubmitButton busy={cancelBusy}>{t('needs.actions.confirmCancel')}</SubmitButton>
            <button type="button" className="button button--ghost" onClick={() => setCancelling(false)}>
              {t('needs.actions.keep')}
            </button>
          </div>
        </form>
      ) : null}
      {error && !cancelError ? <ErrorSummary error={error} /> : null}
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
    </div>
  );
}
