import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, Notice, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { flashState } from '../../../shared/routing/flash';
import { useSession } from '../../auth/session';
import { NEED_QUERY } from '../../needs/graphql/needs';
import { formatDate, formatNumber } from '../../suppliers/format';
import { EligibilityBadge, IneligibleNotice, ReasonList, SupplierPicker, TextAreaField, type PickedSupplier } from '../../responses/components/common';
import { parseDecimal, parseWholeNumber } from '../../responses/form';
import { formError, ineligibleOf, type Ineligible } from '../../responses/server-errors';
import {
  ANSWER_CONSORTIUM_INVITATION_MUTATION,
  CONSORTIUM_QUERY,
  DISSOLVE_CONSORTIUM_MUTATION,
  INVITE_TO_CONSORTIUM_MUTATION,
  LEAVE_CONSORTIUM_MUTATION,
  SUBMIT_CONSORTIUM_RESPONSE_MUTATION,
  UPDATE_CONSORTIUM_MEMBER_MUTATION,
} from '../graphql/consortia';
import { checkShares, parseShare, shareLines } from '../shares';
import { INVITE_ROLES, type Consortium, type ConsortiumMember, type ConsortiumMemberRole } from '../types';
import '../../responses/responses.css';

const LIVE = ['ACCEPTED', 'INVITED'];

export const memberName = (m: ConsortiumMember) => m.organizationName ?? m.invitedEmail ?? '—';

/**
 * /groupements/:id: the consortium as its members see it. The lead builds it (invitations, roles,
 * shares with a live sum, live eligibility per member) and submits the response; an invited
 * supplier accepts or declines; a member may leave before the response.
 */
export default function ConsortiumPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const [result] = useQuery({ query: CONSORTIUM_QUERY, variables: { id }, requestPolicy: 'cache-and-network' });
  const [current, setCurrent] = useState<Consortium | null>(null);
  // Kept here: the invitation panel disappears once answered, its confirmation must not.
  const [answered, setAnswered] = useState<string | null>(null);
  const fetched = result.data?.consortium ?? null;
  useEffect(() => setCurrent(fetched), [fetched]);
  const consortium = current ?? fetched;
  const error = toAppError(result.error);
  const orgId = me?.activeOrganization?.id ?? null;
  const mine = consortium?.members.find((m) => m.organizationId === orgId && m.status !== 'DECLINED' && m.status !== 'LEFT') ?? null;
  const forming = consortium?.status === 'FORMING';
  const building = !!consortium?.isLead && forming;

  return (
    <Page title={consortium ? consortium.name : t('consortia.page.title')}>
      {result.fetching && !consortium ? <Loading /> : null}
      {error && !consortium ? <QueryError error={error} /> : null}
      {consortium ? (
        <>
          <ConsortiumHeader consortium={consortium} />
          {answered ? <Notice kind="success">{answered}</Notice> : null}
          {mine?.status === 'INVITED' && forming ? (
            <InvitationPanel consortium={consortium} member={mine} onAnswered={setAnswered} onChanged={setCurrent} />
          ) : null}
          <MembersSection consortium={consortium} editable={building} onChanged={setCurrent} />
          {consortium.eligibility ? <EligibilitySection consortium={consortium} /> : null}
          {building ? <InviteForm consortium={consortium} onChanged={setCurrent} /> : null}
          <ProfileSection consortium={consortium} />
          {building && consortium.scope === 'LOT' ? <SubmitResponseForm consortium={consortium} onChanged={setCurrent} /> : null}
          {forming && mine ? <LeaveOrDissolve consortium={consortium} member={mine} onChanged={setCurrent} /> : null}
        </>
      ) : null}
    </Page>
  );
}

function ConsortiumHeader({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <section className="section" aria-labelledby="consortium-summary">
      <h2 id="consortium-summary" className="visually-hidden">
        {t('consortia.page.summary')}
      </h2>
      <p>
        <span className="badge badge--neutral" data-testid="consortium-status" data-status={consortium.status}>
          {t(`consortia.status.${consortium.status}`)}
        </span>{' '}
        <span className="badge badge--neutral">{t(`consortia.form.${consortium.form}`)}</span>
      </p>
      <dl className="details">
        <div>
          <dt>{t('consortia.page.lead')}</dt>
          <dd>{consortium.leadName}</dd>
        </div>
        {consortium.needId && consortium.lotTitle ? (
          <div>
            <dt>{t('consortia.field.lot')}</dt>
            <dd>
              <Link to={`/besoins/${consortium.needId}`}>
                {consortium.needTitle} — {consortium.lotTitle}
              </Link>
            </dd>
          </div>
        ) : null}
        {consortium.submittedAt ? (
          <div>
            <dt>{t('consortia.page.submittedAt')}</dt>
            <dd>{formatDate(consortium.submittedAt, lang)}</dd>
          </div>
        ) : null}
      </dl>
      {consortium.status === 'SUBMITTED' ? <Notice kind="success" live={false}>{t('consortia.page.frozen')}</Notice> : null}
      {consortium.status === 'FORMING' && consortium.lotId ? (
        <p>
          <Link to={`/bourse-cotraitance?besoin=${consortium.needId ?? ''}&lot=${consortium.lotId}`}>{t('consortia.page.findPartners')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function InvitationPanel({ consortium, member, onAnswered, onChanged }: { consortium: Consortium; member: ConsortiumMember; onAnswered: (message: string) => void; onChanged: (c: Consortium) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [state, answer] = useMutation(ANSWER_CONSORTIUM_INVITATION_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  async function reply(accept: boolean) {
    const result = await answer({ input: { memberId: member.id, accept } });
    if (result.data) {
      onAnswered(t(accept ? 'consortia.invitation.accepted' : 'consortia.invitation.declined'));
      onChanged(result.data.answerConsortiumInvitation);
    } else setError(toAppError(result.error));
  }
  return (
    <section className="section card" aria-labelledby="invitation-title" data-testid="consortium-invitation">
      <h2 id="invitation-title">{t('consortia.invitation.title')}</h2>
      <p>
        {t('consortia.invitation.text', { lead: consortium.leadName, role: t(`consortia.role.${member.role}`) })}
        {member.sharePercent != null ? ` ${t('consortia.invitation.share', { share: formatNumber(member.sharePercent, lang) })}` : ''}
      </p>
      {member.expiresAt ? <p className="hint">{t('consortia.invitation.expires', { date: formatDate(member.expiresAt, lang) })}</p> : null}
      <ErrorSummary error={error} />
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={state.fetching} onClick={() => void reply(true)}>
          {t('consortia.invitation.accept')}
        </button>
        <button type="button" className="button button--ghost" disabled={state.fetching} onClick={() => void reply(false)}>
          {t('consortia.invitation.decline')}
        </button>
      </div>
    </section>
  );
}

function MembersSection({ consortium, editable, onChanged }: { consortium: Consortium; editable: boolean; onChanged: (c: Consortium) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [roleEdits, setRoleEdits] = useState<Record<string, ConsortiumMemberRole>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [state, update] = useMutation(UPDATE_CONSORTIUM_MEMBER_MUTATION);
  const members = consortium.members;
  const liveMembers = members.map((m) => (roleEdits[m.id] ? { ...m, role: roleEdits[m.id] as ConsortiumMemberRole } : m));
  const check = checkShares(shareLines(liveMembers, edits));
  const eligibilityOf = (m: ConsortiumMember) => consortium.eligibility?.members.find((e) => e.organizationId === m.organizationId) ?? null;
  const dirty = Object.keys(edits).length > 0 || Object.keys(roleEdits).length > 0;

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const fields: Record<string, string> = {};
    for (const [memberId, text] of Object.entries(edits)) {
      if (Number.isNaN(parseShare(text))) fields[`share-${memberId}`] = t('consortia.shares.invalid');
    }
    if (Object.keys(fields).length > 0) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields });
      return;
    }
    setError(null);
    let last: Consortium | null = null;
    const ids = new Set([...Object.keys(edits), ...Object.keys(roleEdits)]);
    for (const memberId of ids) {
      const input: { memberId: string; role?: ConsortiumMemberRole; sharePercent?: number | null } = { memberId };
      if (memberId in edits) input.sharePercent = parseShare(edits[memberId] ?? '');
      if (roleEdits[memberId]) input.role = roleEdits[memberId];
      const result = await update({ input });
      if (!result.data) {
        setError(formError(result.error));
        if (last) onChanged(last);
        return;
      }
      last = result.data.updateConsortiumMember;
    }
    setEdits({});
    setRoleEdits({});
    setSaved(t('consortia.shares.saved'));
    if (last) onChanged(last);
  }

  const labels = Object.fromEntries(members.map((m) => [`share-${m.id}`, t('consortia.shares.shareOf', { name: memberName(m) })]));

  const table = (
    <div className="table-wrap">
      <table className="table" data-testid="consortium-members">
        <caption className="visually-hidden">{t('consortia.members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consortia.members.member')}</th>
            <th scope="col">{t('consortia.members.role')}</th>
            <th scope="col">{t('consortia.members.share')}</th>
            <th scope="col">{t('consortia.members.status')}</th>
            {consortium.eligibility ? <th scope="col">{t('consortia.members.eligibility')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const eligibility = eligibilityOf(m);
            const canEdit = editable && LIVE.includes(m.status);
            const role = roleEdits[m.id] ?? m.role;
            return (
              <tr key={m.id} data-member-id={m.id} data-status={m.status} data-role={m.role}>
                <th scope="row">
                  {m.organizationId ? <Link to={`/fournisseurs/${m.organizationId}`}>{memberName(m)}</Link> : memberName(m)}
                  {m.status === 'INVITED' && m.expiresAt ? <p className="hint">{t('consortia.invitation.expires', { date: formatDate(m.expiresAt, lang) })}</p> : null}
                </th>
                <td>
                  {canEdit && m.role !== 'LEAD' ? (
                    <>
                      <label className="visually-hidden" htmlFor={fieldId(`role-${m.id}`)}>
                        {t('consortia.members.roleOf', { name: memberName(m) })}
                      </label>
                      <select
                        id={fieldId(`role-${m.id}`)}
                        value={role}
                        onChange={(event) => setRoleEdits((r) => ({ ...r, [m.id]: event.target.value as ConsortiumMemberRole }))}
                      >
                        {INVITE_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`consortia.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    t(`consortia.role.${m.role}`)
                  )}
                </td>
                <td>
                  {canEdit && role !== 'SUBCONTRACTOR' ? (
                    <div className={['field', 'field--inline', error?.fields[`share-${m.id}`] ? 'field--error' : ''].filter(Boolean).join(' ')}>
                      <label className="visually-hidden" htmlFor={fieldId(`share-${m.id}`)}>
                        {labels[`share-${m.id}`]}
                      </label>
                      <input
                        id={fieldId(`share-${m.id}`)}
                        inputMode="decimal"
                        size={6}
                        value={edits[m.id] ?? (m.sharePercent != null ? String(m.sharePercent).replace('.', ',') : '')}
                        onChange={(event) => setEdits((e) => ({ ...e, [m.id]: event.target.value }))}
                        aria-invalid={error?.fields[`share-${m.id}`] ? true : undefined}
                        aria-describedby="share-check"
                      />{' '}
                      %
                    </div>
                  ) : m.sharePercent != null ? (
                    `${formatNumber(m.sharePercent, lang)} %`
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <span className="badge badge--neutral">{t(`consortia.memberStatus.${m.status}`)}</span>
                </td>
                {consortium.eligibility ? (
                  <td data-testid="member-eligibility">
                    {eligibility ? (
                      <>
                        <EligibilityBadge status={eligibility.status} />
                        <ReasonList reasons={eligibility.status === 'ELIGIBLE' ? [] : eligibility.reasons} />
                      </>
                    ) : m.status === 'INVITED' ? (
                      <span className="hint">{t('consortia.members.afterAcceptance')}</span>
                    ) : (
                      '—'
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  const checkText =
    check.state === 'ok'
      ? t('consortia.shares.ok')
      : check.state === 'missing'
        ? t('consortia.shares.missing', { count: check.missing, total: formatNumber(check.total, lang) })
        : check.state === 'over'
          ? t('consortia.shares.over', { total: formatNumber(check.total, lang) })
          : t('consortia.shares.under', { total: formatNumber(check.total, lang), remaining: formatNumber(check.remaining, lang) });

  return (
    <section className="section" aria-labelledby="members-title">
      <h2 id="members-title">{t('consortia.members.title')}</h2>
      {editable ? (
        <form noValidate onSubmit={(event) => void onSave(event)}>
          <ErrorSummary error={error} fieldLabels={labels} />
          {table}
          <p id="share-check" aria-live="polite" className={`share-check share-check--${check.state === 'ok' ? 'ok' : 'bad'}`} data-testid="share-check" data-state={check.state}>
            {checkText}
          </p>
          <div className="form-actions">
            <button type="submit" className="button" disabled={!dirty || state.fetching}>
              {t('consortia.shares.save')}
            </button>
          </div>
          <p role="status" className="hint">
            {saved}
          </p>
        </form>
      ) : (
        table
      )}
      {consortium.compositionIssues.length > 0 && consortium.status === 'FORMING' ? (
        <div aria-live="polite" data-testid="composition-issues">
          <Notice kind="warning" title={t('consortia.issues.title')} live={false}>
            <ReasonList reasons={consortium.compositionIssues.map((i) => i.message)} />
          </Notice>
        </div>
      ) : null}
    </section>
  );
}

function EligibilitySection({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const eligibility = consortium.eligibility;
  if (!eligibility) return null;
  return (
    <section className="section" aria-labelledby="eligibility-title" aria-live="polite" data-testid="consortium-eligibility" data-status={eligibility.status}>
      <h2 id="eligibility-title">{t('consortia.eligibility.title')}</h2>
      <p>
        <EligibilityBadge status={eligibility.status} />{' '}
        {eligibility.reservation === 'NONE' ? t('consortia.eligibility.openLot') : t('consortia.eligibility.reserved', { date: eligibility.at })}
      </p>
      <ReasonList reasons={eligibility.reasons.map((r) => r.message)} label={t('consortia.eligibility.reasons')} />
      {eligibility.warnings.length > 0 ? (
        <Notice kind="warning" title={t('responses.warnings.title')} live={false}>
          <ReasonList reasons={eligibility.warnings.map((w) => w.message)} />
        </Notice>
      ) : null}
    </section>
  );
}

function InviteForm({ consortium, onChanged }: { consortium: Consortium; onChanged: (c: Consortium) => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<PickedSupplier | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ConsortiumMemberRole>('CO_CONTRACTOR');
  const [share, setShare] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [state, invite] = useMutation(INVITE_TO_CONSORTIUM_MUTATION);
  const memberIds = useMemo(() => consortium.members.filter((m) => LIVE.includes(m.status)).map((m) => m.organizationId ?? ''), [consortium.members]);
  const labels = {
    organizationId: t('consortia.invite.supplier'),
    email: t('consortia.invite.email'),
    role: t('consortia.invite.role'),
    sharePercent: t('consortia.invite.share'),
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const fields: Record<string, string> = {};
    if (!picked && !email.trim()) fields['organizationId'] = t('consortia.invite.whom');
    const shareValue = parseShare(share);
    if (Number.isNaN(shareValue)) fields['sharePercent'] = t('consortia.shares.invalid');
    if (Object.keys(fields).length > 0) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields });
      return;
    }
    const result = await invite({
      input: {
        consortiumId: consortium.id,
        ...(picked ? { organizationId: picked.id } : { email: email.trim() }),
        role,
        sharePercent: role === 'SUBCONTRACTOR' ? null : shareValue,
      },
    });
    if (result.data) {
      setDone(t('consortia.invite.sent', { name: picked?.name ?? email.trim() }));
      setPicked(null);
      setEmail('');
      setShare('');
      setError(null);
      onChanged(result.data.inviteToConsortium);
    } else setError(formError(result.error));
  }

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('consortia.invite.title')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fieldLabels={labels} />
        <fieldset className="fieldset" id={fieldId('organizationId')}>
          <legend>{t('consortia.invite.whomLegend')}</legend>
          {picked ? (
            <p data-testid="invite-picked">
              {t('consortia.invite.picked', { name: picked.name })}{' '}
              <button type="button" className="button button--small button--ghost" onClick={() => setPicked(null)}>
                {t('consortia.invite.changeSupplier')}
              </button>
            </p>
          ) : (
            <>
              <SupplierPicker name="inviteSearch" label={t('consortia.invite.supplier')} pickLabel={t('consortia.invite.pick')} exclude={memberIds} onPick={setPicked} />
              <Field
                name="email"
                type="email"
                label={t('consortia.invite.email')}
                hint={t('consortia.invite.emailHint')}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                error={error?.fields['email']}
              />
            </>
          )}
          {error?.fields['organizationId'] ? (
            <p className="field-error" data-field-error="organizationId">
              <span aria-hidden="true">⚠ </span>
              {error.fields['organizationId']}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId('role')}>{t('consortia.invite.role')}</label>
          <select id={fieldId('role')} value={role} onChange={(event) => setRole(event.target.value as ConsortiumMemberRole)}>
            {INVITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`consortia.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role !== 'SUBCONTRACTOR' ? (
          <Field
            name="sharePercent"
            label={t('consortia.invite.share')}
            inputMode="decimal"
            value={share}
            onChange={(event) => setShare(event.target.value)}
            error={error?.fields['sharePercent']}
          />
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={state.fetching}>{t('consortia.invite.submit')}</SubmitButton>
        </div>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}

function ProfileSection({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const p = consortium.combinedProfile;
  return (
    <section className="section" aria-labelledby="profile-title" data-testid="combined-profile">
      <h2 id="profile-title">{t('consortia.profile.title')}</h2>
      <dl className="details">
        <div>
          <dt>{t('consortia.profile.headcount')}</dt>
          <dd>
            {formatNumber(p.headcount, lang)}
            {p.membersWithoutHeadcount > 0 ? ` ${t('consortia.profile.headcountUnknown', { count: p.membersWithoutHeadcount })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('consortia.profile.capacities')}</dt>
          <dd>
            {p.capacities.length > 0
              ? p.capacities.map((c) => `${formatNumber(c.quantity, lang)} ${c.unit}${c.period ? ` / ${c.period}` : ''}`).join(' · ')
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('consortia.profile.kinds')}</dt>
          <dd>{p.kinds.length > 0 ? p.kinds.join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('consortia.profile.certifications')}</dt>
          <dd>{p.certifications.length > 0 ? p.certifications.join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('consortia.profile.area')}</dt>
          <dd>
            {p.national
              ? t('consortia.profile.national')
              : [...p.regionCodes.map((c) => t('consortia.profile.region', { code: c })), ...p.departementCodes].join(', ') || '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function SubmitResponseForm({ consortium, onChanged }: { consortium: Consortium; onChanged: (c: Consortium) => void }) {
  const { t } = useTranslation();
  const [needResult] = useQuery({ query: NEED_QUERY, variables: { id: consortium.needId ?? '' }, pause: !consortium.needId });
  const questions = needResult.data?.need.questions ?? [];
  const [price, setPrice] = useState('');
  const [leadTime, setLeadTime] = useState('');
  const [message, setMessage] = useState('');
  const [answers, setAnswers] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [ineligible, setIneligible] = useState<Ineligible | null>(null);
  const [state, submit] = useMutation(SUBMIT_CONSORTIUM_RESPONSE_MUTATION);
  const labels: Record<string, string> = {
    priceEur: t('responses.form.price'),
    leadTimeDays: t('responses.form.leadTime'),
    message: t('responses.form.message'),
    members: t('consortia.members.title'),
    consortiumId: t('consortia.page.title'),
  };
  questions.forEach((_, i) => (labels[`answers-${i}`] = t('responses.form.answerN', { n: i + 1 })));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIneligible(null);
    const priceValue = parseDecimal(price);
    const days = parseWholeNumber(leadTime);
    const fields: Record<string, string> = {};
    if (priceValue === null || Number.isNaN(priceValue)) fields['priceEur'] = t(priceValue === null ? 'validation.required' : 'responses.form.errors.number');
    if (days === null || Number.isNaN(days)) fields['leadTimeDays'] = t(days === null ? 'validation.required' : 'responses.form.errors.wholeNumber');
    if (Object.keys(fields).length > 0 || priceValue === null || days === null) {
      setError({ code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields });
      return;
    }
    setError(null);
    const trimmed = questions.map((_, i) => (answers[i] ?? '').trim());
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
    const result = await submit({ input: { consortiumId: consortium.id, priceEur: priceValue, leadTimeDays: days, message: message.trim(), answers: trimmed } });
    if (result.data) {
      onChanged(result.data.submitConsortiumResponse);
      return;
    }
    const refusal = ineligibleOf(result.error);
    if (refusal) setIneligible(refusal);
    else setError(formError(result.error));
  }

  const blocked = consortium.compositionIssues.length > 0;
  return (
    <section className="section" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('consortia.submit.title')}</h2>
      <p className="hint">{t('consortia.submit.hint')}</p>
      <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fieldLabels={labels} />
        {ineligible ? <IneligibleNotice ineligible={ineligible} /> : null}
        <Field name="priceEur" label={t('responses.form.price')} hint={t('responses.form.priceHint')} inputMode="decimal" value={price} onChange={(event) => setPrice(event.target.value)} error={error?.fields['priceEur']} required />
        <Field name="leadTimeDays" label={t('responses.form.leadTime')} hint={t('responses.form.leadTimeHint')} inputMode="numeric" value={leadTime} onChange={(event) => setLeadTime(event.target.value)} error={error?.fields['leadTimeDays']} required />
        <TextAreaField name="message" label={t('responses.form.message')} value={message} onChange={(event) => setMessage(event.target.value)} error={error?.fields['message']} />
        {questions.map((question, i) => (
          <TextAreaField
            key={i}
            name={`answers-${i}`}
            label={t('responses.form.answerLabel', { n: i + 1, question })}
            rows={3}
            value={answers[i] ?? ''}
            onChange={(event) => setAnswers((list) => questions.map((__, j) => (j === i ? event.target.value : (list[j] ?? ''))))}
            error={error?.fields[`answers-${i}`]}
          />
        ))}
        {blocked ? <p className="hint">{t('consortia.submit.blocked')}</p> : null}
        <div className="form-actions">
          <SubmitButton busy={state.fetching}>{t('consortia.submit.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function LeaveOrDissolve({ consortium, member, onChanged }: { consortium: Consortium; member: ConsortiumMember; onChanged: (c: Consortium) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [leaveState, leave] = useMutation(LEAVE_CONSORTIUM_MUTATION);
  const [dissolveState, dissolve] = useMutation(DISSOLVE_CONSORTIUM_MUTATION);
  const isLead = member.role === 'LEAD';
  if (!isLead && member.status !== 'ACCEPTED') return null;

  async function onConfirm() {
    if (isLead) {
      const result = await dissolve({ input: { consortiumId: consortium.id } });
      if (result.data) onChanged(result.data.dissolveConsortium);
      else setError(toAppError(result.error));
    } else {
      const result = await leave({ input: { consortiumId: consortium.id } });
      if (result.data) navigate('/groupements', { state: flashState({ key: 'consortia.flash.left', params: { name: consortium.name } }) });
      else setError(toAppError(result.error));
    }
    setConfirming(false);
  }

  return (
    <section className="section" aria-labelledby="leave-title">
      <h2 id="leave-title" className="h3">
        {isLead ? t('consortia.dissolve.title') : t('consortia.leave.title')}
      </h2>
      <ErrorSummary error={error} />
      {confirming ? (
        <div className="form-actions">
          <button type="button" className="button button--danger" disabled={leaveState.fetching || dissolveState.fetching} onClick={() => void onConfirm()}>
            {isLead ? t('consortia.dissolve.confirm') : t('consortia.leave.confirm')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
          {isLead ? t('consortia.dissolve.button') : t('consortia.leave.button')}
        </button>
      )}
    </section>
  );
}
