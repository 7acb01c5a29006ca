import { useTranslation } from 'react-i18next';

/** 1 … 4 5 [6] 7 8 … 20: the first, the last and two pages on each side of the current one. */
export function pageWindow(page: number, totalPages: number): (number | null)[] {
  const pages = new Set([1, totalPages]);
  for (let p = page - 2; p <= page + 2; p += 1) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push(null);
    out.push(p);
  });
  return out;
}

export function Pagination({ page, totalPages, onPage }: { page: number; totalPages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t('search.pagination.label')} className="pagination">
      <ul className="plain-list">
        <li>
          <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('search.pagination.previous')}
          </button>
        </li>
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={p}>
              <button
                type="button"
                className={['button', 'button--small', p === page ? 'button--primary' : ''].filter(Boolean).join(' ')}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('search.pagination.page', { page: p })}
                onClick={() => p !== page && onPage(p)}
              >
                {p}
              </button>
            </li>
          ),
        )}
        <li>
          <button type="button" className="button button--small" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
            {t('search.pagination.next')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
