import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../shared/ui/feedback';
import { withNext } from '../../shared/routing/safe-next';
import { useSession } from './session';

/** Renders children for a logged-in user; otherwise sends to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'error' && session.error) {
    return (
      <QueryError error={session.error}>
        <button type="button" className="button" onClick={() => void session.refresh()}>
          {t('common.retry')}
        </button>
      </QueryError>
    );
  }
  if (!session.me) {
    return <Navigate to={withNext('/login', location.pathname + location.search)} replace />;
  }
  return <>{children}</>;
}
