import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import type { Me, MembershipRole } from '../../shared/graphql/types';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import { useGraphqlControl } from '../../shared/graphql/GraphqlProvider';
import { currentLanguage, hasExplicitLanguage, i18n } from '../../shared/i18n/i18n';
import { fromLocale } from '../../shared/i18n/languages';
import { ME_QUERY } from './graphql/me';

export type SessionStatus = 'loading' | 'ready' | 'error';

export interface Session {
  status: SessionStatus;
  me: Me | null;
  error: AppError | null;
  /** Replace the session with the `Me` returned by a mutation (login, createOrganization…). */
  setMe: (me: Me | null, options?: { resetCache?: boolean }) => void;
  /** Reload `me` from the server (cookie state is the truth). */
  refresh: () => Promise<Me | null>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const { resetCache } = useGraphqlControl();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMeState] = useState<Me | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const setMe = useCallback(
    (next: Me | null, options?: { resetCache?: boolean }) => {
      if (options?.resetCache) resetCache();
      setMeState(next);
      setStatus('ready');
      setError(null);
      // The account's locale applies unless the visitor picked a language on this device.
      if (next && !hasExplicitLanguage()) {
        const lang = fromLocale(next.user.locale);
        // Not persisted: following the account's locale is not an explicit choice on this device.
        if (lang !== currentLanguage()) void i18n.changeLanguage(lang);
      }
    },
    [resetCache],
  );

  const refresh = useCallback(async () => {
    const result = await client
      .query(ME_QUERY, {}, { requestPolicy: 'network-only', skipAuthRedirect: true })
      .toPromise();
    if (result.error) {
      const appError = toAppError(result.error);
      if (appError?.code === 'UNAUTHENTICATED') {
        setMeState(null);
        setStatus('ready');
        return null;
      }
      setError(appError);
      setStatus('error');
      return null;
    }
    const value = result.data?.me ?? null;
    setMe(value);
    return value;
  }, [client, setMe]);

  useEffect(() => {
    void refresh();
    // Load once at start; later changes go through setMe/refresh explicitly.
  }, []);

  const value = useMemo<Session>(
    () => ({ status, me, error, setMe, refresh }),
    [status, me, error, setMe, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export function roleIn(me: Me | null, organizationId: string): MembershipRole | null {
  return me?.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
}
