import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './client';

interface GraphqlControl {
  /** Drops every cached result (after login/logout, so nothing of one session leaks into the next). */
  resetCache: () => void;
  /** Called when any operation answers UNAUTHENTICATED (expired session). Returns an unsubscribe. */
  onUnauthenticated: (listener: () => void) => () => void;
}

const GraphqlControlContext = createContext<GraphqlControl | null>(null);

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<() => void>());
  const make = useCallback(
    () => createGraphqlClient(() => listeners.current.forEach((listener) => listener())),
    [],
  );
  const [client, setClient] = useState(make);
  const control = useMemo<GraphqlControl>(
    () => ({
      resetCache: () => setClient(make()),
      onUnauthenticated: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [make],
  );
  return (
    <GraphqlControlContext.Provider value={control}>
      <Provider value={client}>{children}</Provider>
    </GraphqlControlContext.Provider>
  );
}

export function useGraphqlControl(): GraphqlControl {
  const ctx = useContext(GraphqlControlContext);
  if (!ctx) throw new Error('useGraphqlControl outside GraphqlProvider');
  return ctx;
}
