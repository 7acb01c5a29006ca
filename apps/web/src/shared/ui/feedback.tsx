import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../errors/app-error';
import { fieldId } from './Field';

function focusField(event: { preventDefault: () => void }, name: string) {
  const container = document.getElementById(fieldId(name));
  const target = container?.matches('input, select, textarea') ? container : container?.querySelector('input, select, textarea');
  if (target instanceof HTMLElement) {
    event.preventDefault();
    target.focus();
  }
}

export function useErrorText(): (error: AppError) => { title: string; detail?: string } {
  const { t } = useTranslation();
  return (error) => {
    const title = t(error.messageKey, { seconds: error.retryAfter ?? 0 });
    // The server's localised message adds context when it says more than the code does.
    const showDetail =
      error.serverMessage &&
      error.serverMessage !== title &&
      Object.keys(error.fields).length === 0 &&
      error.code !== 'UNAUTHENTICATED' &&
      error.code !== 'RATE_LIMITED';
    return showDetail ? { title, detail: error.serverMessage } : { title };
  };
}

/**
 * Form-level error summary: announced (role=alert), focused, and listing field errors as links to
 * their fields.
 */
export function ErrorSummary({
  error,
  fieldLabels = {},
}: {
  error: AppError | null;
  /** Translated labels of the form's fields; a field error whose name is listed links to it. */
  fieldLabels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const describe = useErrorText();
  const { t } = useTranslation();
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return <div role="alert" aria-live="assertive" className="visually-empty" />;
  const { title, detail } = describe(error);
  const fields = Object.entries(error.fields);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="notice notice--error" data-error-code={error.code}>
      <p className="notice-title">{fields.length > 0 ? t('errors.fixFields') : title}</p>
      {detail ? <p>{detail}</p> : null}
      {fields.length > 0 ? (
        <ul>
          {fields.map(([name, message]) => (
            <li key={name}>
              {fieldLabels[name] ? (
                <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                  {t('errors.fieldMessage', { field: fieldLabels[name], message })}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Error for a whole page (a query that failed). */
export function QueryError({ error, children }: { error: AppError; children?: ReactNode }) {
  const describe = useErrorText();
  const { title, detail } = describe(error);
  return (
    <div role="alert" className="notice notice--error" data-error-code={error.code}>
      <p className="notice-title">{title}</p>
      {detail ? <p>{detail}</p> : null}
      {children}
    </div>
  );
}

export function Notice({
  kind = 'info',
  title,
  children,
  live = true,
}: {
  kind?: 'info' | 'success' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div className={`notice notice--${kind}`} role={live ? 'status' : undefined}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
      {busy ? t('common.sending') : children}
    </button>
  );
}
