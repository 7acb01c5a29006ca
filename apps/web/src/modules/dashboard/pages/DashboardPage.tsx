import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { useSession } from '../../auth/session';
import { ResendVerification } from '../../auth/ResendVerification';
import { SWITCH_ORGANIZATION_MUTATION } from '../../organizations/graphql/organizations';
import { formatSiret, organizationKind } from '../../organizations/labels';

export default function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ fetching: switching }, switchOrganization] = useMutation(SWITCH_ORGANIZATION_MUTATION);
  const [error, setError] = useState<AppError | null>(null);
  const [switched, setSwitched] = useState<string | null>(null);
  const me = session.me;
  if (!me) return null; // RequireAuth guarantees a session

  async function activate(organizationId: string, name: string) {
    setSwitched(null);
    const result = await switchOrganization({ input: { organizationId } });
    const appError = toAppError(result.error);
    setError(appError);
    if (!appError && result.data) {
      session.setMe(result.data.switchOrganization);
      setSwitched(name);
    }
  }

  const { user, memberships, activeOrganization } = me;
  return (
    <Page title={t('dashboard.title')} lead={t('dashboard.greeting', { name: user.displayName })}>
      {!user.emailVerified ? (
        <Notice kind="warning" title={t('dashboard.unverifiedTitle')} live={false}>
          <p>{t('dashboard.unverifiedBody', { email: user.email })}</p>
          <ResendVerification />
        </Notice>
      ) : null}

      <section aria-labelledby="dash-account" className="section">
        <h2 id="dash-account">{t('dashboard.account')}</h2>
        <dl className="details">
          <div>
            <dt>{t('auth.displayName')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('auth.email')}</dt>
            <dd>
              {user.email}{' '}
              <span className={user.emailVerified ? 'badge badge--ok' : 'badge badge--warn'}>
                {user.emailVerified ? t('dashboard.verified') : t('dashboard.notVerified')}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('dashboard.activeOrganization')}</dt>
            <dd data-testid="active-organization">
              {activeOrganization ? (
                <>
                  {activeOrganization.name}
                  {me.activeRole ? ` · ${t(`roles.${me.activeRole}`)}` : ''}
                </>
              ) : (
                t('dashboard.noActiveOrganization')
              )}
            </dd>
          </div>
        </dl>
        <p>
          <Link to="/mon-espace/notifications">{t('notifications.preferences.link')}</Link>
        </p>
      </section>

      <section aria-labelledby="dash-orgs" className="section">
        <div className="section-head">
          <h2 id="dash-orgs">{t('dashboard.memberships')}</h2>
          <Link to="/organizations/new" className="button">
            {t('dashboard.createOrganization')}
          </Link>
        </div>
        <div role="status" aria-live="polite">
          {switched ? <p className="notice notice--success">{t('dashboard.switched', { name: switched })}</p> : null}
        </div>
        {error ? <QueryError error={error} /> : null}
        {memberships.length === 0 ? (
          <p>{t('dashboard.noMemberships')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="memberships">
              <caption className="visually-hidden">{t('dashboard.memberships')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organization.name')}</th>
                  <th scope="col">{t('organization.typeLabel')}</th>
                  <th scope="col">{t('organization.siret')}</th>
                  <th scope="col">{t('dashboard.role')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('dashboard.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {memberships.map(({ organization, role }) => {
                  const isActive = activeOrganization?.id === organization.id;
                  return (
                    <tr key={organization.id} data-organization-id={organization.id}>
                      <th scope="row">
                        {organization.name}
                        {isActive ? <span className="badge badge--ok">{t('dashboard.active')}</span> : null}
                      </th>
                      <td>{organizationKind(t, organization)}</td>
                      <td className="nowrap">{formatSiret(organization.siret)}</td>
                      <td data-role={role}>{t(`roles.${role}`)}</td>
                      <td className="actions">
                        <div className="actions-inner">
                        {!isActive ? (
                          <button
                            type="button"
                            className="button button--small"
                            disabled={switching}
                            onClick={() => void activate(organization.id, organization.name)}
                          >
                            {t('dashboard.makeActive')}
                            <span className="visually-hidden"> : {organization.name}</span>
                          </button>
                        ) : null}
                        <Link to={`/organizations/${organization.id}/members`} className="button button--small button--ghost">
                          {t('dashboard.members')}
                          <span className="visually-hidden"> : {organization.name}</span>
                        </Link>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
