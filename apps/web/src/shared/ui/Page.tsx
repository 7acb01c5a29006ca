import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let initialPageShown = false;

/**
 * A page: sets document.title and, on client-side navigations (not the first load), moves focus
 * to the heading so screen-reader users hear where they landed.
 */
export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (initialPageShown) heading.current?.focus({ preventScroll: false });
    initialPageShown = true;
  }, []);

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
