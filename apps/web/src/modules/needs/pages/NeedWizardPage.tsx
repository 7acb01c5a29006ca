import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { canEditNeed } from '@essor/domain';
import { Page } from '../../../shared/ui/Page';
import { Field, RadioGroup, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { flashState } from '../../../shared/routing/flash';
import { currentLanguage } from '../../../shared/i18n/i18n';
import type { Organization } from '../../../shared/graphql/types';
import { useSession } from '../../auth/session';
import { SECTORS_QUERY } from '../../suppliers/graphql/suppliers';
import { priceBand } from '../../suppliers/format';
import type { SectorGroup } from '../../suppliers/types';
import { CREATE_NEED_MUTATION, NEED_QUERY, PUBLISH_NEED_MUTATION, UPDATE_NEED_MUTATION } from '../graphql/needs';
import {
  MAX_LOTS,
  MAX_ATTACHMENTS,
  MAX_QUESTIONS,
  adoptLotIds,
  emptyLot,
  emptyNeedForm,
  formToNeedInput,
  moveItem,
  needToFormValues,
  normalizeDescriptionHtml,
  type LotFormValues,
  type NeedFormValues,
} from '../form';
import {
  WIZARD_STEPS,
  clientNeedError,
  fieldLabels,
  fieldsOfStep,
  firstStepWithError,
  needSaveError,
  type WizardStep,
} from '../field-errors';
import { formatDateTime, placeWithRadius, reservationBadge, sectorNames } from '../labels';
import { NEED_KINDS, type Need, type NeedKind, type NeedVisibility } from '../types';
import { RichTextEditor } from '../components/RichTextEditor';
import { LotEditor } from '../components/LotEditor';
import { AdvicePanel } from '../components/AdvicePanel';
import { InviteSuppliers } from '../components/InviteSuppliers';
import { AttachmentsField } from '../components/AttachmentsField';

const NEED_ATTACHMENT_TEXTS = { legend: 'needs.field.attachments', prefix: 'needs.attachments' };
import { Checkbox, FieldErrorText } from '../components/common';
import '../needs.css';

/** /besoins/nouveau and /besoins/:id/modifier: the buyer's four-step need wizard. */
export default function NeedWizardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useSession();
  const organization = me?.activeOrganization ?? null;
  const title = id ? t('needs.wizard.editTitle') : t('needs.wizard.newTitle');
  if (!organization || organization.type !== 'BUYER') {
    return (
      <Page title={title}>
        <Notice kind="warning" live={false}>
          <p>{t('needs.buyerOnly')}</p>
          <p>
            <Link to="/dashboard">{t('needs.toDashboard')}</Link>
          </p>
        </Notice>
      </Page>
    );
  }
  if (id) return <EditNeed id={id} organization={organization} />;
  return <NeedWizard initial={emptyNeedForm()} need={null} organization={organization} />;
}

function EditNeed({ id, organization }: { id: string; organization: Organization }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: NEED_QUERY, variables: { id }, requestPolicy: 'network-only' });
  const need = result.data?.need;
  const initial = useMemo(() => (need ? needToFormValues(need) : null), [need]);
  const title = t('needs.wizard.editTitle');
  if (result.fetching && !need) return <Loading />;
  const error = toAppError(result.error);
  if (error || !need || !initial || !need.isMine) {
    return (
      <Page title={title}>
        <QueryError error={error ?? { code: 'NOT_FOUND', messageKey: 'errors.code.NOT_FOUND', fields: {} }} />
      </Page>
    );
  }
  if (!canEditNeed(need.status)) {
    return (
      <Page title={title}>
        <Notice kind="warning" live={false}>
          <p>{t('needs.wizard.notEditable', { status: t(`needs.status.${need.status}`) })}</p>
          <p>
            <Link to={`/besoins/${need.id}`}>{t('needs.backToNeed')}</Link>
          </p>
        </Notice>
      </Page>
    );
  }
  return <NeedWizard key={need.id} initial={initial} need={need} organization={organization} />;
}

const NETWORK_ERROR: AppError = { code: 'NETWORK', messageKey: 'errors.code.NETWORK', fields: {} };

function NeedWizard({ initial, need, organization }: { initial: NeedFormValues; need: Need | null; organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<NeedFormValues>(initial);
  const [step, setStep] = useState<WizardStep>(1);
  const [reached, setReached] = useState<WizardStep>(need ? 4 : 1);
  /** Field key → translated message, shown next to the fields. */
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** The summary at the top of the current step. */
  const [summary, setSummary] = useState<AppError | null>(null);
  const [savedId, setSavedId] = useState<string | null>(need?.id ?? null);
  const [sectors] = useQuery({ query: SECTORS_QUERY });
  const groups: SectorGroup[] = sectors.data?.sectors ?? [];
  const [{ fetching: creating }, create] = useMutation(CREATE_NEED_MUTATION);
  const [{ fetching: updating }, update] = useMutation(UPDATE_NEED_MUTATION);
  const [{ fetching: publishing }, publish] = useMutation(PUBLISH_NEED_MUTATION);
  const busy = creating || updating || publishing;
  const status = need?.status ?? 'DRAFT';
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const buyerRegime = organization.regime;

  // Each step change moves focus to the step's heading (unless an error summary takes it).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!summary) stepHeading.current?.focus();
    // Only on step changes.
  }, [step]);

  const set = (patch: Partial<NeedFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setLot = (index: number, patch: Partial<LotFormValues>) =>
    setValues((v) => ({ ...v, lots: v.lots.map((lot, i) => (i === index ? { ...lot, ...patch } : lot)) }));

  function goTo(next: WizardStep, withSummary: AppError | null = null) {
    setSummary(withSummary);
    setStep(next);
    setReached((r) => (next > r ? next : r));
  }

  /** Shows errors (client or server): inline everywhere, summarised on the first step that has some. */
  function showErrors(error: AppError) {
    const fields = error.fields;
    setErrors(fields);
    const first = firstStepWithError(fields);
    if (first === null) {
      setSummary(error);
      return;
    }
    const shown = first === 4 ? fields : fieldsOfStep(fields, first);
    goTo(first, { ...error, fields: shown });
  }

  function next() {
    const { errors: problems } = formToNeedInput(values);
    const own = fieldsOfStep(problems, step);
    const invalid = clientNeedError(own, t);
    if (invalid) {
      setErrors(invalid.fields);
      setSummary(invalid);
      return;
    }
    setErrors({});
    goTo((step + 1) as WizardStep);
  }

  async function save(andPublish: boolean) {
    const { input, errors: problems } = formToNeedInput(values);
    const invalid = clientNeedError(problems, t);
    if (invalid) return showErrors(invalid);
    const result = savedId ? await update({ input: { ...input, needId: savedId } }) : await create({ input });
    const saved = result.data ? ('createNeed' in result.data ? result.data.createNeed : result.data.updateNeed) : null;
    const saveError = needSaveError(result.error);
    if (saveError || !saved) return showErrors(saveError ?? NETWORK_ERROR);
    setSavedId(saved.id);
    setValues((v) => adoptLotIds(v, saved));
    setErrors({});
    if (!andPublish) {
      navigate(`/besoins/${saved.id}`, { state: flashState({ key: need ? 'needs.flash.updated' : 'needs.flash.saved', params: { title: saved.title } }) });
      return;
    }
    const published = await publish({ input: { needId: saved.id } });
    const publishError = needSaveError(published.error);
    if (publishError || !published.data) return showErrors(publishError ?? NETWORK_ERROR);
    const key = published.data.publishNeed.status === 'PENDING_REVIEW' ? 'needs.flash.submitted' : 'needs.flash.published';
    navigate(`/besoins/${saved.id}`, { state: flashState({ key, params: { title: saved.title } }) });
  }

  const stepTitles: Record<WizardStep, string> = {
    1: t('needs.wizard.step1'),
    2: t('needs.wizard.step2'),
    3: t('needs.wizard.step3'),
    4: t('needs.wizard.step4'),
  };
  const pageTitle = need ? t('needs.wizard.editTitleOf', { title: need.title }) : t('needs.wizard.newTitle');

  return (
    <Page title={pageTitle} lead={t('needs.wizard.lead')}>
      <nav aria-label={t('needs.wizard.stepsLabel')} className="wizard-nav">
        <ol className="wizard-steps">
          {WIZARD_STEPS.map((s) => {
            const hasError = Object.keys(fieldsOfStep(errors, s)).length > 0;
            return (
              <li key={s} className={s === step ? 'is-current' : undefined}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={s === step ? 'step' : undefined}
                  disabled={s > reached}
                  onClick={() => goTo(s)}
                >
                  {t('needs.wizard.stepN', { n: s, title: stepTitles[s] })}
                  {hasError ? <span className="badge badge--error">{t('needs.wizard.stepHasErrors')}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section className="wizard-step need-wizard" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" ref={stepHeading} tabIndex={-1}>
          {t('needs.wizard.stepN', { n: step, title: stepTitles[step] })}
        </h2>
        <ErrorSummary error={summary} fieldLabels={summary ? fieldLabels(summary.fields, t) : {}} />

        {step === 1 ? <StepGeneral values={values} set={set} errors={errors} /> : null}
        {step === 2 ? (
          <>
            {values.lots.map((lot, index) => (
              <LotEditor
                key={lot.key}
                index={index}
                count={values.lots.length}
                lot={lot}
                errors={errors}
                groups={groups}
                buyerRegime={buyerRegime}
                verifiedOnly={values.verifiedOnly}
                onChange={(patch) => setLot(index, patch)}
                onMove={(delta) => {
                  setErrors({});
                  set({ lots: moveItem(values.lots, index, delta) });
                }}
                onRemove={() => {
                  setErrors({});
                  set({ lots: values.lots.filter((_, i) => i !== index) });
                }}
              />
            ))}
            {values.lots.length < MAX_LOTS ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const index = values.lots.length;
                  set({ lots: [...values.lots, emptyLot()] });
                  setTimeout(() => document.getElementById(fieldId(`lots-${index}-title`))?.focus(), 0);
                }}
              >
                {t('needs.lot.add')}
              </button>
            ) : null}
            <FieldErrorText name="lots" error={errors['lots']} />
            <AdvicePanel lots={values.lots} buyerRegime={buyerRegime} groups={groups} />
          </>
        ) : null}
        {step === 3 ? (
          <>
            <QuestionsField questions={values.questions} onChange={(questions) => set({ questions })} errors={errors} />
            <AttachmentsField
              organizationId={organization.id}
              purpose="NEED_ATTACHMENT"
              max={MAX_ATTACHMENTS}
              texts={NEED_ATTACHMENT_TEXTS}
              testId="attachments"
              value={values.attachments}
              onChange={(attachments) => set({ attachments })}
              error={errors['attachmentFileIds']}
            />
          </>
        ) : null}
        {step === 4 ? <Preview values={values} groups={groups} onEdit={(s) => goTo(s)} /> : null}

        <div className="form-actions wizard-actions">
          {step > 1 ? (
            <button type="button" className="button button--ghost" onClick={() => goTo((step - 1) as WizardStep)}>
              {t('needs.wizard.previous')}
            </button>
          ) : null}
          {step < 4 ? (
            <button type="button" className="button button--primary" onClick={next}>
              {t('needs.wizard.next')}
            </button>
          ) : status === 'DRAFT' ? (
            <>
              <button type="button" className="button" disabled={busy} aria-busy={busy || undefined} onClick={() => void save(false)}>
                {t('needs.wizard.saveDraft')}
              </button>
              <button type="button" className="button button--primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void save(true)}>
                {t('needs.wizard.publish')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void save(false)}>
              {t('needs.wizard.saveChanges')}
            </button>
          )}
        </div>
        <p role="status" className="hint">
          {busy ? t('common.sending') : ''}
        </p>
      </section>
    </Page>
  );
}

function StepGeneral({ values, set, errors }: { values: NeedFormValues; set: (patch: Partial<NeedFormValues>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="form form--wide">
      <RadioGroup<NeedKind>
        name="kind"
        legend={t('needs.field.kind')}
        value={values.kind || undefined}
        onChange={(kind) => set({ kind })}
        options={NEED_KINDS.map((kind) => ({ value: kind, label: t(`needs.kind.${kind}`), hint: t(`needs.kindHint.${kind}`) }))}
        error={errors['kind']}
      />
      <Field name="title" label={t('needs.field.title')} required maxLength={200} value={values.title} onChange={(e) => set({ title: e.target.value })} error={errors['title']} />
      <RichTextEditor
        id={fieldId('descriptionHtml')}
        label={t('needs.field.description')}
        hint={t('needs.field.descriptionHint')}
        initialHtml={values.descriptionHtml}
        onChange={(descriptionHtml) => set({ descriptionHtml })}
        error={errors['descriptionHtml']}
      />
      <div className="grid-2">
        <Field
          name="deadlineAt"
          type="datetime-local"
          label={t('needs.field.deadline')}
          hint={t('needs.field.deadlineHint')}
          required
          value={values.deadline}
          onChange={(e) => set({ deadline: e.target.value })}
          error={errors['deadlineAt']}
        />
        <Field name="startDate" type="date" label={t('needs.field.startDate')} value={values.startDate} onChange={(e) => set({ startDate: e.target.value })} error={errors['startDate']} />
        <Field
          name="durationMonths"
          inputMode="numeric"
          label={t('needs.field.durationMonths')}
          hint={t('needs.field.durationHint')}
          value={values.durationMonths}
          onChange={(e) => set({ durationMonths: e.target.value })}
          error={errors['durationMonths']}
        />
      </div>
      <RadioGroup<NeedVisibility>
        name="visibility"
        legend={t('needs.field.visibility')}
        value={values.visibility}
        onChange={(visibility) => set({ visibility })}
        options={[
          { value: 'PUBLIC', label: t('needs.visibility.PUBLIC'), hint: t('needs.visibilityHint.PUBLIC') },
          { value: 'INVITED', label: t('needs.visibility.INVITED'), hint: t('needs.visibilityHint.INVITED') },
        ]}
        error={errors['visibility']}
      />
      {values.visibility === 'INVITED' ? (
        <InviteSuppliers value={values.invited} onChange={(invited) => set({ invited })} error={errors['invitedSupplierIds']} />
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('needs.field.conditions')}</legend>
        <Checkbox
          name="consortiaAllowed"
          label={t('needs.field.consortiaAllowed')}
          hint={t('needs.field.consortiaHint')}
          checked={values.consortiaAllowed}
          onChange={(consortiaAllowed) => set({ consortiaAllowed })}
        />
        <Checkbox
          name="verifiedOnly"
          label={t('needs.field.verifiedOnly')}
          hint={t('needs.field.verifiedOnlyHint')}
          checked={values.verifiedOnly}
          onChange={(verifiedOnly) => set({ verifiedOnly })}
        />
      </fieldset>
    </div>
  );
}

function QuestionsField({ questions, onChange, errors }: { questions: string[]; onChange: (questions: string[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('needs.field.questions')}</legend>
      <p className="hint">{t('needs.questions.hint')}</p>
      <FieldErrorText name="questions" error={errors['questions']} />
      {questions.length === 0 ? <p>{t('needs.questions.none')}</p> : null}
      {questions.map((question, index) => (
        <div key={index} className="inline-row question-row">
          <Field
            name={`questions-${index}`}
            label={t('needs.questions.item', { n: index + 1 })}
            maxLength={500}
            value={question}
            onChange={(e) => onChange(questions.map((q, i) => (i === index ? e.target.value : q)))}
            error={errors[`questions-${index}`]}
          />
          <button type="button" className="button button--small button--ghost" onClick={() => onChange(questions.filter((_, i) => i !== index))}>
            {t('common.delete')}
            <span className="visually-hidden"> : {t('needs.questions.item', { n: index + 1 })}</span>
          </button>
        </div>
      ))}
      {questions.length < MAX_QUESTIONS ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const index = questions.length;
            onChange([...questions, '']);
            setTimeout(() => document.getElementById(fieldId(`questions-${index}`))?.focus(), 0);
          }}
        >
          {t('needs.questions.add')}
        </button>
      ) : null}
    </fieldset>
  );
}

function Preview({ values, groups, onEdit }: { values: NeedFormValues; groups: readonly SectorGroup[]; onEdit: (step: WizardStep) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { input } = formToNeedInput(values);
  const description = normalizeDescriptionHtml(values.descriptionHtml);
  const editButton = (s: WizardStep, what: string) => (
    <button type="button" className="button button--small button--ghost" onClick={() => onEdit(s)}>
      {t('common.edit')}
      <span className="visually-hidden"> : {what}</span>
    </button>
  );
  return (
    <div className="need-preview" data-testid="need-preview">
      <section className="card" aria-labelledby="preview-general">
        <div className="section-head">
          <h3 id="preview-general">{t('needs.wizard.step1')}</h3>
          {editButton(1, t('needs.wizard.step1'))}
        </div>
        <dl className="details">
          <div>
            <dt>{t('needs.field.title')}</dt>
            <dd>{input.title || '—'}</dd>
          </div>
          <div>
            <dt>{t('needs.field.kind')}</dt>
            <dd>{values.kind ? t(`needs.kind.${values.kind}`) : '—'}</dd>
          </div>
          <div>
            <dt>{t('needs.field.deadline')}</dt>
            <dd>{formatDateTime(input.deadlineAt, lang) || '—'}</dd>
          </div>
          {input.startDate ? (
            <div>
              <dt>{t('needs.field.startDate')}</dt>
              <dd>{input.startDate}</dd>
            </div>
          ) : null}
          {input.durationMonths ? (
            <div>
              <dt>{t('needs.field.durationMonths')}</dt>
              <dd>{t('needs.months', { count: input.durationMonths })}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('needs.field.visibility')}</dt>
            <dd>
              {t(`needs.visibility.${values.visibility}`)}
              {values.visibility === 'INVITED' ? ` : ${values.invited.map((s) => s.name || s.id).join(', ')}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('needs.field.conditions')}</dt>
            <dd>
              {values.consortiaAllowed ? t('needs.conditions.consortiaYes') : t('needs.conditions.consortiaNo')}
              {values.verifiedOnly ? ` · ${t('needs.conditions.verifiedOnly')}` : ''}
            </dd>
          </div>
        </dl>
        {description ? (
          // The editor's own output; the server sanitises it again on save.
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: description }} />
        ) : null}
      </section>

      <section className="card" aria-labelledby="preview-lots">
        <div className="section-head">
          <h3 id="preview-lots">{t('needs.wizard.step2')}</h3>
          {editButton(2, t('needs.wizard.step2'))}
        </div>
        <ol className="plain-list lot-list">
          {values.lots.map((lot, index) => {
            const lotInput = input.lots[index];
            const badge = reservationBadge(lot.reservation, t);
            const amount = priceBand(lotInput?.amountMinEur, lotInput?.amountMaxEur, t, lang);
            return (
              <li key={lot.key} className="lot-summary">
                <h4>{t('needs.lot.headingTitle', { n: index + 1, title: lot.title || '—' })}</h4>
                {badge ? <p className="pill pill--ok">{badge}</p> : null}
                <p>{placeWithRadius(lot.place, lotInput?.radiusKm ?? null, t) || t('needs.lot.noPlace')}</p>
                {lot.sectorSlugs.length > 0 ? <p>{sectorNames(lot.sectorSlugs, groups, lang).join(', ')}</p> : null}
                {lot.cpv.length > 0 ? <p>{t('needs.lot.cpvList', { codes: lot.cpv.map((c) => c.code).join(', ') })}</p> : null}
                {amount ? <p>{t('needs.lot.amountText', { amount })}</p> : null}
                {lotInput?.socialClauseHours ? <p>{t('needs.lot.socialClauseText', { count: lotInput.socialClauseHours })}</p> : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section className="card" aria-labelledby="preview-questions">
        <div className="section-head">
          <h3 id="preview-questions">{t('needs.wizard.step3')}</h3>
          {editButton(3, t('needs.wizard.step3'))}
        </div>
        {input.questions.length > 0 ? (
          <ol>
            {input.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        ) : (
          <p>{t('needs.questions.none')}</p>
        )}
        {values.attachments.length > 0 ? (
          <ul>
            {values.attachments.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
        ) : (
          <p>{t('needs.attachments.none')}</p>
        )}
      </section>
    </div>
  );
}
