import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { TextArea } from '../../suppliers/backoffice/common';
import { DECLINE_NEED_MUTATION, EXPRESS_INTEREST_MUTATION } from '../graphql/needs';
import type { MatchedLot, MatchedNeed } from '../types';
import { StageBadge } from './Funnel';

/** Why a supplier matched: per lot, its reasons ("secteur …", "zone d'intervention : …"). */
export function MatchReasons({ lots, compact = false }: { lots: readonly MatchedLot[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (lots.length === 0) return null;
  const sorted = [...lots].sort((a, b) => a.position - b.position);
  return (
    <ul className="plain-list match-reasons" data-testid="match-reasons">
      {sorted.map((lot) => (
        <li key={lot.lotId} data-lot-id={lot.lotId}>
          <strong>{t('needs.lot.headingTitle', { n: lot.position + 1, title: lot.title })}</strong>
          {compact ? (
            <span> : {lot.summary}</span>
          ) : (
            <ul className="reason-list">
              {lot.reasons.map((reason, i) => (
                <li key={`${reason.type}-${i}`} data-reason={reason.type}>
                  {reason.label}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The supplier's side of a need it was matched to (or invited on): why, where it stands, and the
 * "interested" / "decline (reason)" answers while the need is open.
 */
export function SupplierAnswer({ match, open, onAnswered }: { match: MatchedNeed; open: boolean; onAnswered: (match: MatchedNeed) => void }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [{ fetching: interestBusy }, interest] = useMutation(EXPRESS_INTEREST_MUTATION);
  const [{ fetching: declineBusy }, decline] = useMutation(DECLINE_NEED_MUTATION);

  async function onInterested() {
    setStatus(null);
    const result = await interest({ input: { needId: match.needId } });
    const appError = toAppError(result.error);
    setError(appError);
    if (!appError && result.data) {
      onAnswered(result.data.expressInterest);
      setStatus(t('needs.answer.interestedDone'));
    }
  }

  async function onDecline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const result = await decline({ input: { needId: match.needId, reason: reason.trim() || null } });
    const appError = toAppError(result.error);
    setError(appError);
    if (!appError && result.data) {
      onAnswered(result.data.declineNeed);
      setDeclining(false);
      setStatus(t('needs.answer.declinedDone'));
    }
  }

  const { state } = match;
  return (
    <section className="card supplier-answer" aria-labelledby="supplier-answer-title" data-testid="supplier-answer">
      <h2 id="supplier-answer-title">{t('needs.answer.title')}</h2>
      <p>
        {t('needs.answer.yourStage')} <StageBadge state={state} />
      </p>
      {state.interest === 'DECLINED' && state.declineReason ? <p>{t('needs.answer.yourReason', { reason: state.declineReason })}</p> : null}
      {match.lots.length > 0 ? (
        <>
          <h3>{t('needs.answer.whyTitle')}</h3>
          <MatchReasons lots={match.lots} />
        </>
      ) : null}
      {open ? (
        <div className="actions-inner">
          <button
            type="button"
            className="button button--primary"
            disabled={interestBusy || state.interest === 'INTERESTED'}
            aria-pressed={state.interest === 'INTERESTED'}
            onClick={() => void onInterested()}
          >
            {t('needs.answer.interested')}
          </button>
          {!declining ? (
            <button type="button" className="button button--danger" onClick={() => setDeclining(true)}>
              {t('needs.answer.decline')}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="hint">{t('needs.answer.closed')}</p>
      )}
      {declining ? (
        <form className="form card" noValidate onSubmit={(e) => void onDecline(e)} aria-label={t('needs.answer.declineTitle')}>
          <TextArea
            name="declineReason"
            label={t('needs.answer.declineReason')}
            hint={t('needs.answer.declineHint')}
            rows={3}
            maxLength={500}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={error?.fields['reason']}
          />
          <div className="form-actions">
            <SubmitButton busy={declineBusy}>{t('needs.answer.confirmDecline')}</SubmitButton>
            <button type="button" className="button button--ghost" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {error && !error.fields['reason'] ? <QueryError error={error} /> : null}
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
    </section>
  );
}
