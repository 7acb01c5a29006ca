import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useGraphqlControl } from '../../shared/graphql/GraphqlProvider';
import { withNext } from '../../shared/routing/safe-next';
import { flashState } from '../../shared/routing/flash';
import { useSession } from './session';

const AUTH_PAGES = ['/login', '/signup', '/logout'];

/** UNAUTHENTICATED from any operation: the session is gone, go to login and come back after. */
export function AuthRedirect() {
  const { onUnauthenticated } = useGraphqlControl();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;

  useEffect(
    () =>
      onUnauthenticated(() => {
        setMe(null, { resetCache: true });
        if (AUTH_PAGES.includes(location.pathname)) return;
        navigate(withNext('/login', here), {
          replace: true,
          state: flashState({ key: 'flash.sessionExpired', kind: 'warning' }),
        });
      }),
    [onUnauthenticated, setMe, navigate, location.pathname, here],
  );
  return null;
}
