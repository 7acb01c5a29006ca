import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Loading, QueryError } from '../../../shared/ui/feedback';
import { fieldId } from '../../../shared/ui/Field';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { formatDateTime, reservationBadge } from '../../needs/labels';
import { formatEuros, formatNumber } from '../../suppliers/format';
import { AWARD_RESPONSE_MUTATION, REJECT_RESPONSE_MUTATION, RESPONSES_QUERY, SHORTLIST_RESPONSE_MUTATION } from '../graphql/responses';
import {
  ariaSort,
  combinedCertifications,
  combinedKinds,
  exportUrl,
  isCompareSortKey,
  nextSort,
  respondentName,
  sortResponses,
  type CompareSortKey,
  type SortDirection,
} from '../compare';
import { formError } from '../server-errors';
import { BUYER_DECISIONS, RESPONSE_STATUSES, type BuyerDecision, type NeedResponse, type ResponseFilters, type ResponseStatus } from '../types';
import { EligibilityBadge, ReasonList, TextAreaField } from '../components/common';
import '../responses.css';

/** /besoins/:id/reponses?lot=…: the buyer compares the responses to one lot side by side and decides. */
export default function CompareResponsesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { id: needId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: needId } });
  const need = needResult.data?.need ?? null;
  const lots = useMemo(() => [...(need?.lots ?? [])].sort((a, b) => a.position - b.position), [need]);
  const lotId = params.get('lot') ?? lots[0]?.id ?? null;
  const lot = lots.find((l) => l.id === lotId) ?? null;
  const status = (RESPONSE_STATUSES as readonly string[]).includes(params.get('statut') ?? '') ? (params.get('statut') as ResponseStatus) : null;
  const decision = (BUYER_DECISIONS as readonly string[]).includes(params.get('decision') ?? '') ? (params.get('decision') as BuyerDecision) : null;
  const eligibleOnly = params.get('eligibles') === '1';
  const sortKey: CompareSortKey = isCompareSortKey(params.get('tri')) ? (params.get('tri') as CompareSortKey) : 'submittedAt';
  const direction: SortDirection = params.get('ordre') === 'desc' ? 'desc' : 'asc';
  const filters = useMemo<ResponseFilters>(() => ({ status, buyerDecision: decision, eligibleOnly }), [status, decision, eligibleOnly]);
  const [result] = useQuery({
    query: RESPONSES_QUERY,
    variables: { needId, lotId, filters, sort: 'SUBMITTED_AT' },
    pause: !lotId,
    requestPolicy: 'cache-and-network',
  });
  // Decisions taken here replace the fetched rows until the next fetch.
  const [updated, setUpdated] = useState<Record<string, NeedResponse>>({});
  const rows = useMemo(
    () => sortResponses((result.data?.responses ?? []).map((r) => updated[r.id] ?? r), sortKey, direction, lang),
    [result.data, updated, sortKey, direction, lang],
  );
  const error = toAppError(needResult.error) ?? toAppError(result.error);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };
  const sortBy = (column: CompareSortKey) => {
    const sort = nextSort({ key: sortKey, direction }, column);
    const next = new URLSearchParams(params);
    next.set('tri', sort.key);
    next.set('ordre', sort.direction);
    setParams(next, { replace: true });
  };

  const title = need ? t('responses.compare.title', { title: need.title }) : t('responses.compare.titleShort');
  const header = (column: CompareSortKey, label: string) => (
    <th scope="col" aria-sort={ariaSort(column, sortKey, direction)}>
      <button type="button" className="sort-button" onClick={() => sortBy(column)}>
        {label}
        <span className="visually-hidden"> {t('responses.compare.sortBy')}</span>
        {sortKey === column ? <span aria-hidden="true">{direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </button>
    </th>
  );

  return (
    <Page title={title}>
      {needResult.fetching && !need ? <Loading /> : null}
      {error && !need ? <QueryError error={error} /> : null}
      {need ? (
        <>
          <p>
            <Link to={`/besoins/${need.id}`}>{t('responses.respond.backToNeed', { title: need.title })}</Link>
          </p>
          <section className="section" aria-labelledby="compare-filters">
            <h2 id="compare-filters" className="visually-hidden">
              {t('responses.compare.filters')}
            </h2>
            <div className="compare-filters">
              <div className="field">
                <label htmlFor={fieldId('compare-lot')}>{t('responses.compare.lot')}</label>
                <select id={fieldId('compare-lot')} value={lotId ?? ''} onChange={(event) => setParam('lot', event.target.value)}>
                  {lots.map((l) => (
                    <option key={l.id} value={l.id}>
                      {t('needs.lot.headingTitle', { n: l.position + 1, title: l.title })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId('compare-status')}>{t('responses.compare.status')}</label>
                <select id={fieldId('compare-status')} value={status ?? ''} onChange={(event) => setParam('statut', event.target.value)}>
                  <option value="">{t('responses.compare.all')}</option>
                  {RESPONSE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`responses.status.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId('compare-decision')}>{t('responses.compare.decision')}</label>
                <select id={fieldId('compare-decision')} value={decision ?? ''} onChange={(event) => setParam('decision', event.target.value)}>
                  <option value="">{t('responses.compare.all')}</option>
                  {BUYER_DECISIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`responses.decision.${d}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="choice">
                <input
                  type="checkbox"
                  id={fieldId('compare-eligible')}
                  checked={eligibleOnly}
                  onChange={(event) => setParam('eligibles', event.target.checked ? '1' : null)}
                />
                <label htmlFor={fieldId('compare-eligible')}>{t('responses.compare.eligibleOnly')}</label>
              </div>
            </div>
            <p>
              {t('responses.compare.export')}{' '}
              <a href={exportUrl(need.id, 'csv')} download>
                {t('responses.compare.exportCsv')}
              </a>{' '}
              ·{' '}
              <a href={exportUrl(need.id, 'xlsx')} download>
                {t('responses.compare.exportXlsx')}
              </a>
            </p>
          </section>
          <section className="section" aria-labelledby="compare-table-title">
            <h2 id="compare-table-title">
              {lot ? t('needs.lot.headingTitle', { n: lot.position + 1, title: lot.title }) : t('responses.compare.titleShort')}
            </h2>
            {lot && lot.reservation !== 'NONE' ? <p className="pill pill--ok">{reservationBadge(lot.reservation, t)}</p> : null}
            {result.error ? <QueryError error={toAppError(result.error) as AppError} /> : null}
            {result.fetching && !result.data ? <Loading /> : null}
            <p role="status" className="hint" data-testid="compare-count">
              {result.data ? t('responses.compare.count', { count: rows.length }) : ''}
            </p>
            {rows.length > 0 ? (
              <div className="table-wrap">
                <table className="table compare-table" data-testid="compare-table">
                  <caption className="visually-hidden">{t('responses.compare.caption')}</caption>
                  <thead>
                    <tr>
                      {header('name', t('responses.table.respondent'))}
                      {header('price', t('responses.table.price'))}
                      {header('leadTime', t('responses.table.leadTime'))}
                      <th scope="col">{t('responses.table.capacity')}</th>
                      <th scope="col">{t('responses.table.certifications')}</th>
                      <th scope="col">{t('responses.table.eligibility')}</th>
                      {header('distance', t('responses.table.distance'))}
                      {header('submittedAt', t('responses.table.status'))}
                      <th scope="col">{t('responses.table.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <ResponseRow key={r.id} response={r} needId={need.id} onChanged={(next) => setUpdated((u) => ({ ...u, [next.id]: next }))} />
                    ))}
                  </tbody>
                </table>
              </div>
            ) : result.data ? (
              <p className="empty-state">{t('responses.compare.none')}</p>
            ) : null}
          </section>
        </>
      ) : null}
    </Page>
  );
}

function ResponseRow({ response: r, needId, onChanged }: { response: NeedResponse; needId: string; onChanged: (response: NeedResponse) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = respondentName(r);
  const kinds = combinedKinds(r);
  const certifications = combinedCertifications(r);
  const writeTo = r.consortium ? `groupement=${r.consortium.id}` : `fournisseur=${r.respondent.id}`;
  return (
    <tr data-response-id={r.id} data-status={r.status} data-decision={r.buyerDecision}>
      <th scope="row">
        {r.consortium ? (
          <>
            <span>{name}</span>
            <span className="hint"> · {t('responses.table.consortium', { form: t(`consortia.form.${r.consortium.form}`) })}</span>
            <ul className="plain-list" aria-label={t('responses.table.members')}>
              {r.consortium.members.map((m, i) => (
                <li key={m.organizationId ?? i}>
                  {m.organizationId ? <Link to={`/fournisseurs/${m.organizationId}`}>{m.name}</Link> : m.name}{' '}
                  <span className="hint">
                    ({t(`consortia.role.${m.role}`)}
                    {m.sharePercent != null ? `, ${formatNumber(m.sharePercent, lang)} %` : ''})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Link to={`/fournisseurs/${r.respondent.id}`}>{name}</Link>
        )}
        {r.respondent.city ? <p className="hint">{r.respondent.city}</p> : null}
        {r.contact && r.contact.length > 0 ? (
          <p className="hint">
            {r.contact.map((c) => (
              <span key={c.email}>
                {c.name} · <a href={`mailto:${c.email}`}>{c.email}</a>{' '}
              </span>
            ))}
          </p>
        ) : null}
        {r.subcontractors.length > 0 ? (
          <p className="hint">
            {t('responses.table.subcontractors', { list: r.subcontractors.map((s) => `${s.name} (${formatNumber(s.sharePercent, lang)} %)`).join(', ') })}
          </p>
        ) : null}
      </th>
      <td className="num">{r.priceEur != null ? formatEuros(r.priceEur, lang) : '—'}</td>
      <td className="num">{r.leadTimeDays != null ? t('responses.days', { count: r.leadTimeDays }) : '—'}</td>
      <td>
        {kinds.length > 0 ? kinds.join(', ') : '—'}
        {r.consortium ? <p className="hint">{t('responses.table.membersCount', { count: r.consortium.members.length })}</p> : null}
      </td>
      <td>{certifications.length > 0 ? certifications.join(', ') : '—'}</td>
      <td>
        <EligibilityBadge status={r.eligibility.status} />
        <ReasonList reasons={r.eligibility.status === 'ELIGIBLE' ? [] : r.eligibility.reasons.map((x) => x.message)} />
        {r.warnings.length > 0 ? <ReasonList reasons={r.warnings.map((w) => w.message)} label={t('responses.warnings.title')} /> : null}
      </td>
      <td className="num">{r.respondent.distanceKm != null ? t('responses.table.km', { km: formatNumber(Math.round(r.respondent.distanceKm), lang) }) : '—'}</td>
      <td>
        <span className="badge badge--neutral">{t(`responses.status.${r.status}`)}</span>
        {r.buyerDecision !== 'NONE' ? (
          <>
            {' '}
            <span className={`badge badge--${r.buyerDecision === 'REJECTED' ? 'error' : 'ok'}`} data-testid="decision-badge">
              {t(`responses.decision.${r.buyerDecision}`)}
            </span>
          </>
        ) : null}
        {r.submittedAt ? <p className="hint">{formatDateTime(r.submittedAt, lang)}</p> : null}
        {r.status === 'DECLINED' && r.declineReason ? <p className="hint">{t(`responses.declineReason.${r.declineReason}`)}</p> : null}
        {r.message ? <p className="hint prewrap">{r.message}</p> : null}
        {r.answers.length > 0 ? (
          <details>
            <summary>{t('responses.table.answers')}</summary>
            <ol>
              {r.answers.map((a, i) => (
                <li key={i}>{a || '—'}</li>
              ))}
            </ol>
          </details>
        ) : null}
        {r.attachments.length > 0 ? (
          <ul className="plain-list link-list">
            {r.attachments.map((a) => (
              <li key={a.id}>
                <a href={a.url} download={a.name}>
                  {a.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        <div className="row-actions">
          {r.status === 'SUBMITTED' ? <DecisionActions response={r} name={name} onChanged={onChanged} /> : null}
          <Link className="button button--small button--ghost" to={`/messages/nouveau?besoin=${needId}&${writeTo}`}>
            {t('responses.table.write')}
            <span className="visually-hidden"> : {name}</span>
          </Link>
        </div>
      </td>
    </tr>
  );
}

/** Shortlist at once; award and reject ask for a message first (required to reject). */
function DecisionActions({ response, name, onChanged }: { response: NeedResponse; name: string; onChanged: (response: NeedResponse) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'award' | 'reject' | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [announce, setAnnounce] = useState('');
  const [shortlistState, shortlist] = useMutation(SHORTLIST_RESPONSE_MUTATION);
  const [awardState, award] = useMutation(AWARD_RESPONSE_MUTATION);
  const [rejectState, reject] = useMutation(REJECT_RESPONSE_MUTATION);
  const busy = shortlistState.fetching || awardState.fetching || rejectState.fetching;
  const messageField = `decision-message-${response.id}`;

  async function onShortlist() {
    const result = await shortlist({ input: { responseId: response.id } });
    if (result.data) {
      setAnnounce(t('responses.actions.done', { name, decision: t('responses.decision.SHORTLISTED') }));
      onChanged(result.data.shortlistResponse);
    } else setError(formError(result.error));
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mode === 'reject' && !message.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { [messageField]: t('validation.required') } });
      return;
    }
    const result =
      mode === 'award'
        ? await award({ input: { responseId: response.id, message: message.trim() || null } })
        : await reject({ input: { responseId: response.id, message: message.trim() } });
    const next = result.data ? ('awardResponse' in result.data ? result.data.awardResponse : result.data.rejectResponse) : null;
    if (next) {
      setMode(null);
      setMessage('');
      setError(null);
      setAnnounce(t('responses.actions.done', { name, decision: t(`responses.decision.${next.buyerDecision}`) }));
      onChanged(next);
    } else {
      const failure = formError(result.error);
      setError(failure && failure.fields['message'] ? { ...failure, fields: { [messageField]: failure.fields['message'] } } : failure);
    }
  }

  return (
    <>
      {response.buyerDecision !== 'SHORTLISTED' && response.buyerDecision !== 'AWARDED' ? (
        <button type="button" className="button button--small" disabled={busy} onClick={() => void onShortlist()}>
          {t('responses.actions.shortlist')}
          <span className="visually-hidden"> : {name}</span>
        </button>
      ) : null}
      {response.buyerDecision !== 'AWARDED' ? (
        <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => setMode('award')} aria-expanded={mode === 'award'}>
          {t('responses.actions.award')}
          <span className="visually-hidden"> : {name}</span>
        </button>
      ) : null}
      {response.buyerDecision !== 'REJECTED' ? (
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => setMode('reject')} aria-expanded={mode === 'reject'}>
          {t('responses.actions.reject')}
          <span className="visually-hidden"> : {name}</span>
        </button>
      ) : null}
      {mode ? (
        <form className="form" noValidate onSubmit={(event) => void onConfirm(event)} aria-label={t(mode === 'award' ? 'responses.actions.awardTitle' : 'responses.actions.rejectTitle', { name })}>
          <TextAreaField
            name={messageField}
            label={mode === 'award' ? t('responses.actions.awardMessage') : t('responses.actions.rejectMessage')}
            value={message}
            rows={3}
            onChange={(event) => setMessage(event.target.value)}
            error={error?.fields[messageField]}
            required={mode === 'reject'}
          />
          <div className="form-actions">
            <button type="submit" className={`button button--small ${mode === 'award' ? 'button--primary' : 'button--danger'}`} disabled={busy}>
              {mode === 'award' ? t('responses.actions.confirmAward') : t('responses.actions.confirmReject')}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {error && Object.keys(error.fields).length === 0 ? <ErrorSummary error={error} /> : null}
      <p role="status" className="visually-hidden">
        {announce}
      </p>
    </>
  );
}
