import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from './shared/i18n/i18n';
import { GraphqlProvider } from './shared/graphql/GraphqlProvider';
import { SessionProvider } from './modules/auth/session';
import { AppRoutes } from './app/routes';
import { ErrorBoundary } from './app/ErrorBoundary';
import './app/styles.css';

const i18n = initI18n();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary>
    <I18nextProvider i18n={i18n}>
      <GraphqlProvider>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </GraphqlProvider>
    </I18nextProvider>
    </ErrorBoundary>
  </StrictMode>,
);
