import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/session';
import { AuthRedirect } from '../modules/auth/AuthRedirect';
import { Loading, Notice } from '../shared/ui/feedback';
import { readFlash } from '../shared/routing/flash';
import { withNext } from '../shared/routing/safe-next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { MessagesNavLink } from '../modules/messaging/components/MessagesNavLink';

export function Layout() {
  const { t } = useTranslation();
  const { me, status } = useSession();
  const location = useLocation();
  const flash = readFlash(location.state);
  // From a page worth coming back to (an invitation…), logging in returns there.
  const returnTo = ['/', '/login', '/signup', '/logout'].includes(location.pathname)
    ? null
    : location.pathname + location.search;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <AuthRedirect />
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path d="M9 22c3-9 8-13 14-13-1 7-5 12-14 13z" fill="#f4d35e" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/recherche">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/appels">{t('nav.needsSearch')}</NavLink>
              </li>
              {status !== 'loading' && me ? (
                <>
                  <li>
                    <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
                  </li>
                  {me.activeOrganization?.type === 'SUPPLIER' ? (
                    <>
                      <li>
                        <NavLink to="/mon-espace/fournisseur">{t('nav.supplierSpace')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/mes-opportunites">{t('nav.opportunities')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/groupements">{t('nav.consortia')}</NavLink>
                      </li>
                    </>
                  ) : null}
                  {me.activeOrganization?.type === 'BUYER' ? (
                    <>
                      <li>
                        {/* `end`: the wizard below /besoins has its own entry. */}
                        <NavLink to="/besoins" end>
                          {t('nav.myNeeds')}
                        </NavLink>
                      </li>
                      <li>
                        <NavLink to="/besoins/nouveau">{t('nav.publishNeed')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/mon-espace/favoris">{t('nav.favourites')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/verifier-siret">{t('nav.checkSiret')}</NavLink>
                      </li>
                    </>
                  ) : null}
                  {me.user.isStaff ? (
                    <>
                      <li>
                        <NavLink to="/staff/justificatifs">{t('nav.proofReview')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/staff/revendications">{t('nav.claimsReview')}</NavLink>
                      </li>
                    </>
                  ) : null}
                  {me.activeOrganization ? (
                    <li>
                      <NavLink to="/alertes">{t('nav.alerts')}</NavLink>
                    </li>
                  ) : null}
                  {me.activeOrganization ? (
                    <li>
                      <MessagesNavLink />
                    </li>
                  ) : null}
                  <li>
                    <NotificationBell />
                  </li>
                  {me.activeOrganization ? (
                    <li className="active-org" title={t('nav.activeOrganization')}>
                      <span className="visually-hidden">{t('nav.activeOrganization')} : </span>
                      {me.activeOrganization.name}
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/logout">{t('nav.logout')}</NavLink>
                  </li>
                </>
              ) : null}
              {status !== 'loading' && !me ? (
                <>
                  <li>
                    <NavLink to={withNext('/login', returnTo)}>{t('nav.login')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={withNext('/signup', returnTo)} className="button button--small">
                      {t('nav.signup')}
                    </NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        {flash ? (
          <Notice kind={flash.kind ?? 'success'}>
            <p>{t(flash.key, flash.params)}</p>
          </Notice>
        ) : null}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.tagline')}</p>
        </div>
      </footer>
    </>
  );
}
