import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field, RadioGroup } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, Notice, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { formatDateTime, reservationBadge } from '../../needs/labels';
import { formatEuros } from '../../suppliers/format';
import { DECLINE_NEED_LOT_MUTATION, MY_RESPONSES_QUERY, RESPOND_TO_NEED_MUTATION, WITHDRAW_RESPONSE_MUTATION } from '../graphql/responses';
import { checkResponseForm, emptyForm, formFromResponse, MAX_RESPONSE_ATTACHMENTS, subcontractedShare, toRespondInput, type ResponseFormValues } from '../form';
import { formError, ineligibleOf, type Ineligible } from '../server-errors';
import { DECLINE_REASONS, type DeclineReason, type NeedResponse, type ResponseWarning } from '../types';
import { EligibilityBadge, IneligibleNotice, ReasonList, SupplierPicker, TextAreaField } from '../components/common';
import { AttachmentsField } from '../../needs/components/AttachmentsField';

const RESPONSE_ATTACHMENT_TEXTS = { legend: 'responses.form.attachments', prefix: 'responses.attachments' };
import '../responses.css';

/** /besoins/:id/lots/:lotId/repondre: the active supplier's response to one lot (respond, amend, withdraw, decline). */
export default function RespondPage() {
  const { t } = useTranslation();
  const { id: needId = '', lotId = '' } = useParams();
  const { me } = useSession();
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: needId } });
  const [mine, refetchMine] = useQuery({ query: MY_RESPONSES_QUERY, variables: { needId }, requestPolicy: 'cache-and-network' });
  const need = needResult.data?.need ?? null;
  const lot = need?.lots.find((l) => l.id === lotId) ?? null;
  const [latest, setLatest] = useState<NeedResponse | null>(null);
  const fetched = mine.data?.myResponses.find((r) => r.lotId === lotId && !r.consortium) ?? null;
  const own = latest && latest.lotId === lotId ? latest : fetched;
  const consortiumResponse = mine.data?.myResponses.find((r) => r.lotId === lotId && r.consortium) ?? null;
  const error = toAppError(needResult.error) ?? toAppError(mine.error);
  const organization = me?.activeOrganization ?? null;

  const title = lot ? t('responses.respond.title', { lot: lot.title }) : t('responses.respond.titleShort');
  if (organization?.type !== 'SUPPLIER') {
    return (
      <Page title={title}>
        <Notice kind="info">
          <p>{t('responses.respond.suppliersOnly')}</p>
        </Notice>
      </Page>
    );
  }
  const open = !!need && need.status === 'PUBLISHED' && new Date(need.deadlineAt).getTime() > Date.now();

  return (
    <Page title={title}>
      {needResult.fetching && !need ? <Loading /> : null}
      {error && !need ? <QueryError error={error} /> : null}
      {need && !lot ? <Notice kind="warning">{t('responses.respond.noSuchLot')}</Notice> : null}
      {need && lot ? (
        <>
          <p>
            <Link to={`/besoins/${need.id}`}>{t('responses.respond.backToNeed', { title: need.title })}</Link>
          </p>
          <dl className="details">
            <div>
              <dt>{t('needs.field.deadline')}</dt>
              <dd>{formatDateTime(need.deadlineAt, currentLanguage())}</dd>
            </div>
            {lot.reservation !== 'NONE' ? (
              <div>
                <dt>{t('needs.lot.reservation')}</dt>
                <dd>{reservationBadge(lot.reservation, t)}</dd>
              </div>
            ) : null}
          </dl>
          {consortiumResponse?.consortium ? (
            <Notice kind="info" live={false}>
              <p>
                {t('responses.respond.viaConsortium', { name: consortiumResponse.consortium.name })}{' '}
                <Link to={`/groupements/${consortiumResponse.consortium.id}`}>{t('responses.respond.openConsortium')}</Link>
              </p>
            </Notice>
          ) : null}
          {!open ? <Notice kind="warning">{t('responses.respond.closed')}</Notice> : null}
          {mine.fetching && !mine.data ? <Loading /> : null}
          {mine.data || latest ? (
            <ResponsePanel
              needId={need.id}
              lotId={lot.id}
              questions={need.questions}
              organizationId={organization.id}
              response={own}
              open={open}
              onSaved={(response) => {
                setLatest(response);
                refetchMine({ requestPolicy: 'network-only' });
              }}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

function ResponsePanel({
  needId,
  lotId,
  questions,
  organizationId,
  response,
  open,
  onSaved,
}: {
  needId: string;
  lotId: string;
  questions: string[];
  organizationId: string;
  response: NeedResponse | null;
  open: boolean;
  onSaved: (response: NeedResponse) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const submitted = response?.status === 'SUBMITTED';
  // Amending a submitted response opens the form; otherwise it is open while the need takes responses.
  const [editing, setEditing] = useState(false);
  const showForm = open && (!submitted || editing);
  const [warnings, setWarnings] = useState<ResponseWarning[]>(response?.warnings ?? []);
  const [done, setDone] = useState<string | null>(null);
  const [withdrawState, withdraw] = useMutation(WITHDRAW_RESPONSE_MUTATION);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const withdrawError = toAppError(withdrawState.error);

  async function onWithdraw() {
    if (!response) return;
    const result = await withdraw({ input: { responseId: response.id } });
    if (result.data) {
      setDone(t('responses.respond.withdrawn'));
      onSaved(result.data.withdrawResponse);
    }
  }

  return (
    <>
      {done ? (
        <Notice kind="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {response ? (
        <section className="section" aria-labelledby="response-status">
          <h2 id="response-status">{t('responses.respond.current')}</h2>
          <p data-testid="response-status" data-status={response.status}>
            <span className="badge badge--neutral">{t(`responses.status.${response.status}`)}</span>{' '}
            {response.buyerDecision !== 'NONE' ? <span className="badge badge--ok">{t(`responses.decision.${response.buyerDecision}`)}</span> : null}{' '}
            {response.status === 'SUBMITTED' || response.status === 'WITHDRAWN' ? (
              <span className="hint">{t('responses.respond.version', { version: response.version, date: formatDateTime(response.submittedAt ?? response.updatedAt, lang) })}</span>
            ) : null}
          </p>
          {response.buyerMessage ? <p className="prewrap">{t('responses.respond.buyerMessage', { message: response.buyerMessage })}</p> : null}
          {response.status === 'DECLINED' && response.declineReason ? (
            <p>{t('responses.respond.declinedBecause', { reason: t(`responses.declineReason.${response.declineReason}`) })}</p>
          ) : null}
          {submitted ? (
            <>
              <dl className="details">
                <div>
                  <dt>{t('responses.form.price')}</dt>
                  <dd>{response.priceEur != null ? formatEuros(response.priceEur, lang) : '—'}</dd>
                </div>
                <div>
                  <dt>{t('responses.form.leadTime')}</dt>
                  <dd>{response.leadTimeDays != null ? t('responses.days', { count: response.leadTimeDays }) : '—'}</dd>
                </div>
                <div>
                  <dt>{t('responses.table.eligibility')}</dt>
                  <dd>
                    <EligibilityBadge status={response.eligibility.status} />
                    <ReasonList reasons={response.eligibility.status === 'ELIGIBLE' ? [] : response.eligibility.reasons.map((r) => r.message)} />
                  </dd>
                </div>
              </dl>
              {open && !editing ? (
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    {t('responses.respond.amend')}
                  </button>
                  {confirmWithdraw ? (
                    <>
                      <button type="button" className="button button--danger" onClick={() => void onWithdraw()} disabled={withdrawState.fetching}>
                        {t('responses.respond.confirmWithdraw')}
                      </button>
                      <button type="button" className="button button--ghost" onClick={() => setConfirmWithdraw(false)}>
                        {t('common.cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className="button button--ghost" onClick={() => setConfirmWithdraw(true)}>
                      {t('responses.respond.withdraw')}
                    </button>
                  )}
                </div>
              ) : null}
              {withdrawError ? <ErrorSummary error={withdrawError} /> : null}
            </>
          ) : null}
        </section>
      ) : null}
      <WarningsNotice warnings={warnings} />
      {showForm ? (
        <ResponseForm
          needId={needId}
          lotId={lotId}
          questions={questions}
          organizationId={organizationId}
          response={response}
          onSaved={(saved, savedWarnings) => {
            setWarnings(savedWarnings);
            setDone(response?.status === 'SUBMITTED' ? t('responses.respond.amended') : t('responses.respond.sent'));
            setEditing(false);
            onSaved(saved);
          }}
          onCancel={submitted ? () => setEditing(false) : null}
        />
      ) : null}
      {open && !submitted ? (
        <DeclineForm needId={needId} lotId={lotId} response={response} onDeclined={(r) => { setDone(t('responses.decline.done')); onSaved(r); }} />
      ) : null}
    </>
  );
}

/** RES-09: shown, never blocking. */
function WarningsNotice({ warnings }: { warnings: ResponseWarning[] }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" data-testid="response-warnings">
      {warnings.length > 0 ? (
        <Notice kind="warning" title={t('responses.warnings.title')} live={false}>
          <ReasonList reasons={warnings.map((w) => w.message)} />
        </Notice>
      ) : null}
    </div>
  );
}

function ResponseForm({
  needId,
  lotId,
  questions,
  organizationId,
  response,
  onSaved,
  onCancel,
}: {
  needId: string;
  lotId: string;
  questions: string[];
  organizationId: string;
  response: NeedResponse | null;
  onSaved: (response: NeedResponse, warnings: ResponseWarning[]) => void;
  onCancel: (() => void) | null;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ResponseFormValues>(() =>
    response && (response.status === 'SUBMITTED' || response.status === 'WITHDRAWN') ? formFromResponse(response, questions.length) : emptyForm(questions.length),
  );
  const [error, setError] = useState<AppError | null>(null);
  const [ineligible, setIneligible] = useState<Ineligible | null>(null);
  const [state, respond] = useMutation(RESPOND_TO_NEED_MUTATION);
  const set = (patch: Partial<ResponseFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const total = subcontractedShare(values.subcontractors);
  const fieldLabels = useMemo(() => {
    const labels: Record<string, string> = {
      priceEur: t('responses.form.price'),
      leadTimeDays: t('responses.form.leadTime'),
      message: t('responses.form.message'),
      attachmentFileIds: t('responses.form.attachments'),
      subcontractors: t('responses.form.subcontractors'),
    };
    questions.forEach((_, i) => (labels[`answers-${i}`] = t('responses.form.answerN', { n: i + 1 })));
    values.subcontractors.forEach((_, i) => {
      labels[`subcontractors-${i}-name`] = t('responses.form.subcontractorNameN', { n: i + 1 });
      labels[`subcontractors-${i}-sharePercent`] = t('responses.form.subcontractorShareN', { n: i + 1 });
    });
    return labels;
  }, [t, questions, values.subcontractors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIneligible(null);
    const problems = checkResponseForm(values);
    if (Object.keys(problems).length > 0) {
      setError({
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.code.BAD_USER_INPUT',
        fields: Object.fromEntries(Object.entries(problems).map(([key, messageKey]) => [key, t(messageKey)])),
      });
      return;
    }
    setError(null);
    const result = await respond({ input: toRespondInput(needId, lotId, values) });
    if (result.data) {
      onSaved(result.data.respondToNeed.response, result.data.respondToNeed.warnings);
      return;
    }
    const refusal = ineligibleOf(result.error);
    if (refusal) setIneligible(refusal);
    else setError(formError(result.error));
  }

  const fields = error?.fields ?? {};
  return (
    <section className="section" aria-labelledby="response-form-title">
      <h2 id="response-form-title">{response?.status === 'SUBMITTED' ? t('responses.form.amendTitle') : t('responses.form.title')}</h2>
      <form className="form form--wide response-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fieldLabels={fieldLabels} />
        {ineligible ? <IneligibleNotice ineligible={ineligible} /> : null}
        <fieldset className="fieldset">
          <legend>{t('responses.form.offer')}</legend>
          <Field
            name="priceEur"
            label={t('responses.form.price')}
            hint={t('responses.form.priceHint')}
            inputMode="decimal"
            value={values.price}
            onChange={(event) => set({ price: event.target.value })}
            error={fields['priceEur']}
            required
          />
          <Field
            name="leadTimeDays"
            label={t('responses.form.leadTime')}
            hint={t('responses.form.leadTimeHint')}
            inputMode="numeric"
            value={values.leadTime}
            onChange={(event) => set({ leadTime: event.target.value })}
            error={fields['leadTimeDays']}
            required
          />
          <TextAreaField
            name="message"
            label={t('responses.form.message')}
            value={values.message}
            onChange={(event) => set({ message: event.target.value })}
            error={fields['message']}
          />
        </fieldset>
        {questions.length > 0 ? (
          <fieldset className="fieldset">
            <legend>{t('responses.form.answers')}</legend>
            {questions.map((question, i) => (
              <TextAreaField
                key={i}
                name={`answers-${i}`}
                label={t('responses.form.answerLabel', { n: i + 1, question })}
                value={values.answers[i] ?? ''}
                rows={3}
                onChange={(event) => set({ answers: values.answers.map((a, j) => (j === i ? event.target.value : a)) })}
                error={fields[`answers-${i}`]}
              />
            ))}
          </fieldset>
        ) : null}
        <AttachmentsField
          organizationId={organizationId}
          purpose="RESPONSE_ATTACHMENT"
          max={MAX_RESPONSE_ATTACHMENTS}
          texts={RESPONSE_ATTACHMENT_TEXTS}
          testId="response-attachments"
          value={values.attachments} onChange={(attachments) => set({ attachments })} error={fields['attachmentFileIds']} />
        <fieldset className="fieldset" id="field-subcontractors" aria-describedby="subcontractors-total">
          <legend>{t('responses.form.subcontractors')}</legend>
          <p className="hint">{t('responses.form.subcontractorsHint')}</p>
          {values.subcontractors.map((s, i) => (
            <div key={i} className="inline-row subcontractor-row" data-testid={`subcontractor-${i}`}>
              <Field
                name={`subcontractors-${i}-name`}
                label={t('responses.form.subcontractorNameN', { n: i + 1 })}
                value={s.name}
                onChange={(event) =>
                  set({ subcontractors: values.subcontractors.map((x, j) => (j === i ? { ...x, name: event.target.value, organizationId: null } : x)) })
                }
                hint={s.organizationId ? t('responses.form.onPlatform') : undefined}
                error={fields[`subcontractors-${i}-name`]}
              />
              <Field
                name={`subcontractors-${i}-sharePercent`}
                label={t('responses.form.subcontractorShareN', { n: i + 1 })}
                inputMode="decimal"
                value={s.share}
                onChange={(event) => set({ subcontractors: values.subcontractors.map((x, j) => (j === i ? { ...x, share: event.target.value } : x)) })}
                error={fields[`subcontractors-${i}-sharePercent`]}
              />
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => set({ subcontractors: values.subcontractors.filter((_, j) => j !== i) })}
              >
                {t('common.removeItem', { item: s.name || t('responses.form.subcontractorN', { n: i + 1 }) })}
              </button>
            </div>
          ))}
          <p id="subcontractors-total" aria-live="polite" className={total >= 100 ? 'field-error' : 'hint'} data-testid="subcontracted-total">
            {values.subcontractors.length > 0 ? t('responses.form.subcontractedTotal', { total: String(Math.round(total * 100) / 100) }) : ''}
          </p>
          {fields['subcontractors'] ? (
            <p className="field-error" data-field-error="subcontractors">
              <span aria-hidden="true">⚠ </span>
              {fields['subcontractors']}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button button--small" onClick={() => set({ subcontractors: [...values.subcontractors, { name: '', organizationId: null, share: '' }] })}>
              {t('responses.form.addSubcontractor')}
            </button>
          </div>
          <SupplierPicker
            name="subcontractorSearch"
            label={t('responses.form.findSubcontractor')}
            pickLabel={t('responses.form.declare')}
            exclude={values.subcontractors.map((s) => s.organizationId ?? '')}
            onPick={(supplier) => set({ subcontractors: [...values.subcontractors, { name: supplier.name, organizationId: supplier.id, share: '' }] })}
          />
        </fieldset>
        <div className="form-actions">
          <SubmitButton busy={state.fetching}>{response?.status === 'SUBMITTED' ? t('responses.form.saveAmendment') : t('responses.form.submit')}</SubmitButton>
          {onCancel ? (
            <button type="button" className="button button--ghost" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function DeclineForm({ needId, lotId, response, onDeclined }: { needId: string; lotId: string; response: NeedResponse | null; onDeclined: (r: NeedResponse) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeclineReason | undefined>(response?.declineReason ?? undefined);
  const [comment, setComment] = useState(response?.declineComment ?? '');
  const [error, setError] = useState<AppError | null>(null);
  const [state, decline] = useMutation(DECLINE_NEED_LOT_MUTATION);
  useEffect(() => setError(null), [reason]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields: { reason: t('validation.required') } });
      return;
    }
    const result = await decline({ input: { needId, lotId, reason, comment: comment.trim() || null } });
    if (result.data) onDeclined(result.data.declineNeedLot);
    else setError(formError(result.error));
  }

  return (
    <section className="section" aria-labelledby="decline-title">
      <details>
        <summary>
          <h2 id="decline-title" className="h3 inline-heading">
            {t('responses.decline.title')}
          </h2>
        </summary>
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <ErrorSummary error={error} fieldLabels={{ reason: t('responses.decline.reason') }} />
          <RadioGroup
            name="reason"
            legend={t('responses.decline.reason')}
            options={DECLINE_REASONS.map((value) => ({ value, label: t(`responses.declineReason.${value}`) }))}
            value={reason}
            onChange={setReason}
            error={error?.fields['reason']}
          />
          <TextAreaField name="declineComment" label={t('responses.decline.comment')} value={comment} rows={3} onChange={(event) => setComment(event.target.value)} />
          <div className="form-actions">
            <SubmitButton busy={state.fetching}>{t('responses.decline.submit')}</SubmitButton>
          </div>
        </form>
      </details>
    </section>
  );
}
