import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../shared/i18n/i18n';

/** Last resort: a rendering crash shows a message and a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Essor: rendering failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="container site-main">
        <div role="alert" className="notice notice--error">
          <p className="notice-title">{i18n.t('errors.code.INTERNAL_SERVER_ERROR')}</p>
          <p>
            <a href="/">{i18n.t('notFound.home')}</a>
          </p>
        </div>
      </main>
    );
  }
}
