import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { withNext } from '../../../shared/routing/safe-next';
import { flashState } from '../../../shared/routing/flash';
import { useSession } from '../../auth/session';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from '../graphql/invitations';

// urql re-runs a query when its context object changes identity: keep it stable.
const PREVIEW_CONTEXT = { skipAuthRedirect: true };

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const token = params.get('token') ?? '';
  const here = location.pathname + location.search;

  const [preview] = useQuery({
    query: INVITATION_PREVIEW_QUERY,
    variables: { token },
    pause: !token,
    requestPolicy: 'network-only',
    context: PREVIEW_CONTEXT,
  });
  const [{ fetching: accepting }, accept] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [error, setError] = useState<AppError | null>(null);

  const invitation = preview.data?.invitation ?? null;
  const previewError = toAppError(preview.error);
  const notFound = !token || (preview.data && !invitation) || previewError?.code === 'NOT_FOUND';
  const expired = invitation && !invitation.acceptedAt && new Date(invitation.expiresAt).getTime() < Date.now();
  const me = session.me;
  const emailMismatch = Boolean(me && invitation && me.user.email.toLowerCase() !== invitation.email.toLowerCase());

  async function onAccept() {
    const result = await accept({ input: { token } });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    session.setMe(result.data.acceptInvitation);
    navigate('/dashboard', {
      state: flashState({ key: 'flash.invitationAccepted', params: { name: invitation?.organizationName ?? '' } }),
    });
  }

  let body: ReactNode;
  if (preview.fetching || (session.status === 'loading' && token)) {
    body = <Loading />;
  } else if (notFound) {
    body = (
      <QueryError error={{ code: 'NOT_FOUND', messageKey: 'invitation.notFound', fields: {} }}>
        <p>{t('invitation.notFoundHelp')}</p>
      </QueryError>
    );
  } else if (previewError) {
    body = <QueryError error={previewError} />;
  } else if (invitation) {
    body = (
      <>
        <div className="card invitation-card">
          <p className="lead">
            {t('invitation.intro', { organization: invitation.organizationName })}
          </p>
          <dl className="details">
            <div>
              <dt>{t('invitation.organization')}</dt>
              <dd data-testid="invitation-organization">{invitation.organizationName}</dd>
            </div>
            <div>
              <dt>{t('invitation.role')}</dt>
              <dd>{t(`roles.${invitation.role}`)}</dd>
            </div>
            <div>
              <dt>{t('invitation.email')}</dt>
              <dd>{invitation.email}</dd>
            </div>
          </dl>
        </div>
        {invitation.acceptedAt ? (
          <Notice kind="info" title={t('invitation.alreadyAccepted')}>
            <p>
              <Link to={me ? '/dashboard' : withNext('/login', '/dashboard')}>{t('invitation.goDashboard')}</Link>
            </p>
          </Notice>
        ) : expired ? (
          <Notice kind="warning" title={t('invitation.expired')} />
        ) : !me ? (
          <Notice kind="info" title={t('invitation.loginFirst')} live={false}>
            <p>{t('invitation.loginFirstBody', { email: invitation.email })}</p>
            <p className="cta-row">
              <Link className="button button--primary" to={withNext('/login', here, { email: invitation.email })}>
                {t('invitation.login')}
              </Link>
              <Link className="button" to={withNext('/signup', here, { email: invitation.email })}>
                {t('invitation.signup')}
              </Link>
            </p>
          </Notice>
        ) : (
          <>
            {emailMismatch ? (
              <Notice kind="warning" title={t('invitation.mismatchTitle')} live={false}>
                <p>{t('invitation.mismatchBody', { current: me.user.email, invited: invitation.email })}</p>
                <p>
                  <Link to="/logout">{t('nav.logout')}</Link>
                </p>
              </Notice>
            ) : null}
            {error ? <QueryError error={error} /> : null}
            <p className="cta-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => void onAccept()}
                disabled={accepting}
                aria-busy={accepting || undefined}
              >
                {accepting ? t('common.sending') : t('invitation.accept', { organization: invitation.organizationName })}
              </button>
            </p>
          </>
        )}
      </>
    );
  }

  return <Page title={t('invitation.title')}>{body}</Page>;
}
