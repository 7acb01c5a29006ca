import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Field } from '../../../shared/ui/Field';
import { ErrorSummary, Loading, QueryError, SubmitButton } from '../../../shared/ui/feedback';
import { readForm } from '../../../shared/ui/form';
import { validate } from '../../../shared/ui/validation';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import type { MembershipRole } from '../../../shared/graphql/types';
import { roleIn, useSession } from '../../auth/session';
import { INVITE_MEMBER_MUTATION, ORGANIZATION_MEMBERS_QUERY, PENDING_INVITATIONS_QUERY } from '../graphql/organizations';
import { organizationKind } from '../labels';

// Lists refetch after an invitation: a mutation returning Invitation invalidates queries that
// declare that typename (needed when the list was empty, so the cache could not know it).
const MEMBERS_CONTEXT = { additionalTypenames: ['Member', 'Invitation'] };
const INVITATIONS_CONTEXT = { additionalTypenames: ['Invitation'] };

function useDateFormatter() {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' });
  return (value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatter.format(date);
  };
}

export default function MembersPage() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const session = useSession();
  const isAdmin = roleIn(session.me, organizationId) === 'ADMIN';
  const formatDate = useDateFormatter();

  const [members] = useQuery({
    query: ORGANIZATION_MEMBERS_QUERY,
    variables: { organizationId },
    context: MEMBERS_CONTEXT,
  });
  const [pending] = useQuery({
    query: PENDING_INVITATIONS_QUERY,
    variables: { organizationId },
    context: INVITATIONS_CONTEXT,
    pause: !isAdmin,
  });

  const organization = members.data?.organization;
  const membersError = toAppError(members.error);
  const title = organization ? t('members.titleFor', { name: organization.name }) : t('members.title');

  return (
    <Page title={title}>
      <p>
        <Link to="/dashboard">
          <span aria-hidden="true">← </span>
          {t('members.back')}
        </Link>
      </p>
      {members.fetching && !members.data ? <Loading /> : null}
      {membersError ? <QueryError error={membersError} /> : null}
      {organization ? <p className="lead">{organizationKind(t, organization)}</p> : null}

      {members.data ? (
        <section aria-labelledby="members-list" className="section">
          <h2 id="members-list">{t('members.listTitle')}</h2>
          <div className="table-wrap">
            <table className="table" data-testid="members">
              <thead>
                <tr>
                  <th scope="col">{t('auth.displayName')}</th>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('dashboard.role')}</th>
                  <th scope="col">{t('members.joinedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {members.data.members.map((member) => (
                  <tr key={member.userId}>
                    <th scope="row">{member.displayName}</th>
                    <td>{member.email}</td>
                    <td>{t(`roles.${member.role}`)}</td>
                    <td>{formatDate(member.joinedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {isAdmin && organization ? (
        <>
          <InviteForm organizationId={organizationId} />
          <section aria-labelledby="members-pending" className="section">
            <h2 id="members-pending">{t('members.pendingTitle')}</h2>
            {pending.error ? <QueryError error={toAppError(pending.error) as AppError} /> : null}
            {pending.data && pending.data.pendingInvitations.length === 0 ? <p>{t('members.noPending')}</p> : null}
            {pending.data && pending.data.pendingInvitations.length > 0 ? (
              <ul className="plain-list" data-testid="pending-invitations">
                {pending.data.pendingInvitations.map((invitation) => (
                  <li key={invitation.id}>
                    <strong>{invitation.email}</strong> · {t(`roles.${invitation.role}`)} ·{' '}
                    {t('members.expiresAt', { date: formatDate(invitation.expiresAt) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </>
      ) : null}
    </Page>
  );
}

function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [{ fetching }, invite] = useMutation(INVITE_MEMBER_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readForm(event);
    setSentTo(null);
    const clientError = validate(values, { email: ['required', 'email'], role: ['required'] }, t);
    if (clientError) return setError(clientError);
    const result = await invite({
      input: { organizationId, email: values['email'] ?? '', role: (values['role'] ?? 'MEMBER') as MembershipRole },
    });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    setSentTo(result.data.inviteMember.email);
    form.reset();
  }

  const labels = { email: t('members.inviteEmail'), role: t('members.inviteRole') };
  return (
    <section aria-labelledby="members-invite" className="section">
      <h2 id="members-invite">{t('members.inviteTitle')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fieldLabels={labels} />
        <div role="status" aria-live="polite">
          {sentTo ? <p className="notice notice--success">{t('members.invited', { email: sentTo })}</p> : null}
        </div>
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          spellCheck={false}
          required
          error={error?.fields['email']}
        />
        <div className={['field', error?.fields['role'] ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <label htmlFor="field-role">{labels.role}</label>
          <select id="field-role" name="role" defaultValue="MEMBER" aria-invalid={error?.fields['role'] ? true : undefined}>
            <option value="MEMBER">{t('roles.MEMBER')}</option>
            <option value="ADMIN">{t('roles.ADMIN')}</option>
          </select>
          {error?.fields['role'] ? <p className="field-error">{error.fields['role']}</p> : null}
        </div>
        <SubmitButton busy={fetching}>{t('members.inviteSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
