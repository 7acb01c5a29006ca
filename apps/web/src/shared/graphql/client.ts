import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { currentLanguage } from '../i18n/i18n';
import { hasCode } from '../errors/app-error';

export type UnauthenticatedListener = () => void;

/** Operations that may legitimately answer UNAUTHENTICATED without meaning "your session ended". */
export interface EssorOperationContext {
  skipAuthRedirect?: boolean;
}

export function createGraphqlClient(onUnauthenticated: UnauthenticatedListener): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'include',
      headers: { 'Accept-Language': currentLanguage() },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const ctx = operation.context as EssorOperationContext;
          if (!ctx.skipAuthRedirect && hasCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
