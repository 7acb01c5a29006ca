import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { reservationOption } from '../../needs/labels';
import { formatDate } from '../../suppliers/format';
import { RESERVATION_TYPES, type ReservationType } from '../../suppliers/types';
import { IneligibleNotice, TextAreaField } from '../../responses/components/common';
import { formError, ineligibleOf, type Ineligible } from '../../responses/server-errors';
import {
  APPLY_TO_PARTNER_CALL_MUTATION,
  CLOSE_PARTNER_CALL_MUTATION,
  CREATE_PARTNER_CALL_MUTATION,
  DECIDE_PARTNER_APPLICATION_MUTATION,
  PARTNER_CALLS_QUERY,
  PARTNER_SUGGESTIONS_QUERY,
} from '../graphql/consortia';
import { INVITE_ROLES, type ConsortiumMemberRole, type PartnerCall } from '../types';

const PER_PAGE = 50;
const SUGGESTIONS = 10;

/**
 * /bourse-cotraitance[?besoin=…&lot=…]: open partner calls (apply), the caller's own calls (accept
 * or reject applications, close), and, for a lot, a new call and ranked partner suggestions.
 */
export default function PartnerCallsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const needId = params.get('besoin');
  const lotId = params.get('lot');
  const [result, refetch] = useQuery({
    query: PARTNER_CALLS_QUERY,
    variables: { needId, lotId, page: 1, perPage: PER_PAGE },
    requestPolicy: 'cache-and-network',
  });
  const [updated, setUpdated] = useState<Record<string, PartnerCall>>({});
  const calls = (result.data?.partnerCalls.items ?? []).map((c) => updated[c.id] ?? c);
  const error = toAppError(result.error);
  const isSupplier = me?.activeOrganization?.type === 'SUPPLIER';
  const onChanged = (call: PartnerCall) => setUpdated((u) => ({ ...u, [call.id]: call }));

  return (
    <Page title={t('partnerCalls.title')} lead={t('partnerCalls.lead')}>
      {needId && lotId && isSupplier ? (
        <>
          <NewCallForm needId={needId} lotId={lotId} onCreated={() => refetch({ requestPolicy: 'network-only' })} />
          <Suggestions lotId={lotId} />
        </>
      ) : null}
      <section className="section" aria-labelledby="calls-title">
        <h2 id="calls-title">{lotId ? t('partnerCalls.forLot') : t('partnerCalls.open')}</h2>
        {lotId ? (
          <p>
            <Link to="/bourse-cotraitance">{t('partnerCalls.all')}</Link>
          </p>
        ) : null}
        {result.fetching && !result.data ? <Loading /> : null}
        {error ? <QueryError error={error} /> : null}
        {result.data && calls.length === 0 ? <p className="empty-state">{t('partnerCalls.none')}</p> : null}
        <ul className="plain-list cards-list" data-testid="partner-calls">
          {calls.map((call) => (
            <CallCard key={call.id} call={call} canApply={isSupplier} onChanged={onChanged} />
          ))}
        </ul>
      </section>
    </Page>
  );
}

function CallCard({ call, canApply, onChanged }: { call: PartnerCall; canApply: boolean; onChanged: (call: PartnerCall) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const mine = call.applications[0] ?? null;
  return (
    <li className="card" data-call-id={call.id} data-status={call.status}>
      <h3>{call.title}</h3>
      <p className="hint">
        {t('partnerCalls.by', { author: call.authorName, date: formatDate(call.createdAt, lang) })} ·{' '}
        <Link to={`/besoins/${call.needId}`}>
          {call.needTitle} — {call.lotTitle}
        </Link>
      </p>
      <p>
        <span className="badge badge--neutral">{t(`consortia.role.${call.roleOffered}`)}</span>{' '}
        {call.reservationNeeded !== 'NONE' ? <span className="badge badge--warn">{reservationOption(call.reservationNeeded, t)}</span> : null}{' '}
        <span className="badge badge--neutral">{t(`partnerCalls.status.${call.status}`)}</span>
      </p>
      {call.description ? <p className="prewrap">{call.description}</p> : null}
      {call.isMine ? (
        <AuthorTools call={call} onChanged={onChanged} />
      ) : mine ? (
        <p data-testid="my-application">{t('partnerCalls.applied', { status: t(`partnerCalls.applicationStatus.${mine.status}`) })}</p>
      ) : canApply && call.status === 'OPEN' ? (
        <ApplyForm call={call} onChanged={onChanged} />
      ) : null}
    </li>
  );
}

function ApplyForm({ call, onChanged }: { call: PartnerCall; onChanged: (call: PartnerCall) => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [ineligible, setIneligible] = useState<Ineligible | null>(null);
  const [state, apply] = useMutation(APPLY_TO_PARTNER_CALL_MUTATION);
  const name = `apply-${call.id}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIneligible(null);
    const result = await apply({ input: { callId: call.id, message: message.trim() } });
    if (result.data) onChanged(result.data.applyToPartnerCall);
    else {
      const refusal = ineligibleOf(result.error);
      if (refusal) setIneligible(refusal);
      else setError(formError(result.error));
    }
  }
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('partnerCalls.applyTo', { title: call.title })}>
      <ErrorSummary error={error} />
      {ineligible ? <IneligibleNotice ineligible={ineligible} /> : null}
      <TextAreaField name={name} label={t('partnerCalls.applyMessage')} rows={3} value={message} onChange={(event) => setMessage(event.target.value)} />
      <div className="form-actions">
        <SubmitButton busy={state.fetching}>{t('partnerCalls.apply')}</SubmitButton>
      </div>
    </form>
  );
}

function AuthorTools({ call, onChanged }: { call: PartnerCall; onChanged: (call: PartnerCall) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [decideState, decide] = useMutation(DECIDE_PARTNER_APPLICATION_MUTATION);
  const [closeState, close] = useMutation(CLOSE_PARTNER_CALL_MUTATION);
  async function onDecide(applicationId: string, accept: boolean) {
    const result = await decide({ input: { applicationId, accept } });
    if (result.data) onChanged(result.data.decidePartnerApplication);
    else setError(toAppError(result.error));
  }
  async function onClose() {
    const result = await close({ input: { callId: call.id } });
    if (result.data) onChanged(result.data.closePartnerCall);
    else setError(toAppError(result.error));
  }
  return (
    <>
      <ErrorSummary error={error} />
      {call.consortiumId ? (
        <p>
          <Link to={`/groupements/${call.consortiumId}`}>{t('partnerCalls.openConsortium')}</Link>
        </p>
      ) : null}
      <h4>{t('partnerCalls.applications', { count: call.applications.length })}</h4>
      {call.applications.length > 0 ? (
        <ul className="plain-list item-list" data-testid="applications">
          {call.applications.map((a) => (
            <li key={a.id} className="item-row" data-application-id={a.id} data-status={a.status}>
              <span>
                <Link to={`/fournisseurs/${a.organizationId}`}>{a.organizationName}</Link>
                {a.message ? <span className="hint prewrap"> — {a.message}</span> : null}{' '}
                <span className="badge badge--neutral">{t(`partnerCalls.applicationStatus.${a.status}`)}</span>
              </span>
              {a.status === 'PENDING' && call.status === 'OPEN' ? (
                <span>
                  <button type="button" className="button button--small button--primary" disabled={decideState.fetching} onClick={() => void onDecide(a.id, true)}>
                    {t('partnerCalls.accept')}
                    <span className="visually-hidden"> : {a.organizationName}</span>
                  </button>{' '}
                  <button type="button" className="button button--small button--ghost" disabled={decideState.fetching} onClick={() => void onDecide(a.id, false)}>
                    {t('partnerCalls.reject')}
                    <span className="visually-hidden"> : {a.organizationName}</span>
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {call.status === 'OPEN' ? (
        <button type="button" className="button button--small button--ghost" disabled={closeState.fetching} onClick={() => void onClose()}>
          {t('partnerCalls.close')}
        </button>
      ) : null}
    </>
  );
}

function NewCallForm({ needId, lotId, onCreated }: { needId: string; lotId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: needId } });
  const lot = needResult.data?.need.lots.find((l) => l.id === lotId) ?? null;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [role, setRole] = useState<ConsortiumMemberRole>('CO_CONTRACTOR');
  const [reservation, setReservation] = useState<ReservationType | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [state, create] = useMutation(CREATE_PARTNER_CALL_MUTATION);
  const reservationNeeded = reservation ?? lot?.reservation ?? 'NONE';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { title: t('validation.required') } });
      return;
    }
    const result = await create({ input: { needId, lotId, title: title.trim(), description: description.trim(), roleOffered: role, reservationNeeded } });
    if (result.data) {
      setDone(t('partnerCalls.created', { title: result.data.createPartnerCall.title }));
      setTitle('');
      setDescription('');
      setError(null);
      onCreated();
    } else setError(formError(result.error));
  }

  return (
    <section className="section" aria-labelledby="new-call-title">
      <h2 id="new-call-title">{lot ? t('partnerCalls.newForLot', { lot: lot.title }) : t('partnerCalls.new')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fieldLabels={{ title: t('partnerCalls.field.title'), lotId: t('consortia.field.lot') }} />
        <Field name="title" label={t('partnerCalls.field.title')} value={title} onChange={(event) => setTitle(event.target.value)} error={error?.fields['title']} required />
        <TextAreaField name="description" label={t('partnerCalls.field.description')} value={description} onChange={(event) => setDescription(event.target.value)} />
        <div className="field">
          <label htmlFor={fieldId('roleOffered')}>{t('partnerCalls.field.role')}</label>
          <select id={fieldId('roleOffered')} value={role} onChange={(event) => setRole(event.target.value as ConsortiumMemberRole)}>
            {INVITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`consortia.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('reservationNeeded')}>{t('partnerCalls.field.reservation')}</label>
          <select id={fieldId('reservationNeeded')} value={reservationNeeded} onChange={(event) => setReservation(event.target.value as ReservationType)}>
            {RESERVATION_TYPES.map((r) => (
              <option key={r} value={r}>
                {reservationOption(r, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <SubmitButton busy={state.fetching}>{t('partnerCalls.create')}</SubmitButton>
        </div>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}

function Suggestions({ lotId }: { lotId: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: PARTNER_SUGGESTIONS_QUERY, variables: { lotId, limit: SUGGESTIONS } });
  const error = toAppError(result.error);
  const items = result.data?.partnerSuggestions ?? [];
  return (
    <section className="section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('partnerCalls.suggestions.title')}</h2>
      {result.fetching && !result.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {result.data && items.length === 0 ? <p className="empty-state">{t('partnerCalls.suggestions.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list item-list" data-testid="partner-suggestions">
          {items.map((s) => (
            <li key={s.supplierId} className="item-row" data-supplier-id={s.supplierId}>
              <span>
                <Link to={`/fournisseurs/${s.supplierId}`}>{s.name}</Link>
                <ul className="reason-list" aria-label={t('partnerCalls.suggestions.why', { name: s.name })}>
                  {s.reasons.map((r, i) => (
                    <li key={i} data-reason={r.type}>
                      {r.label}
                    </li>
                  ))}
                </ul>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
