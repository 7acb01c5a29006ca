import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Notice } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { flashState } from '../../../shared/routing/flash';
import { useSession } from '../../auth/session';
import { ACCEPT_CONSORTIUM_EMAIL_INVITATION_MUTATION } from '../graphql/consortia';

/** /groupements/invitation?token=…: the emailed invitation, accepted for the active supplier organisation. */
export default function EmailInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [error, setError] = useState<AppError | null>(null);
  const [state, accept] = useMutation(ACCEPT_CONSORTIUM_EMAIL_INVITATION_MUTATION);
  const organization = me?.activeOrganization ?? null;

  async function onAccept() {
    const result = await accept({ input: { token } });
    if (result.data) {
      const consortium = result.data.acceptConsortiumEmailInvitation;
      navigate(`/groupements/${consortium.id}`, { state: flashState({ key: 'consortia.flash.joined', params: { name: consortium.name } }) });
    } else setError(toAppError(result.error));
  }

  return (
    <Page title={t('consortia.emailInvitation.title')}>
      {!token ? <Notice kind="warning">{t('consortia.emailInvitation.noToken')}</Notice> : null}
      {token && organization?.type !== 'SUPPLIER' ? (
        <Notice kind="info">
          <p>{t('consortia.emailInvitation.needSupplier')}</p>
        </Notice>
      ) : null}
      {token && organization?.type === 'SUPPLIER' ? (
        <>
          <p>{t('consortia.emailInvitation.text', { name: organization.name })}</p>
          <ErrorSummary error={error} />
          <button type="button" className="button button--primary" disabled={state.fetching} onClick={() => void onAccept()}>
            {t('consortia.invitation.accept')}
          </button>
        </>
      ) : null}
    </Page>
  );
}
