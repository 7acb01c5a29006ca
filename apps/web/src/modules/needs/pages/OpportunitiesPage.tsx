import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { Pagination } from '../../search/components/Pagination';
import { MY_MATCHED_NEEDS_QUERY } from '../graphql/needs';
import { formatDateTime } from '../labels';
import { StatusBadge } from '../components/common';
import { StageBadge } from '../components/Funnel';
import { MatchReasons } from '../components/MatchReasons';
import '../needs.css';

const PER_PAGE = 20;

/** /mes-opportunites: the needs matched to (or inviting) the active supplier organisation. */
export default function OpportunitiesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const isSupplier = me?.activeOrganization?.type === 'SUPPLIER';
  const variables = useMemo(() => ({ page, perPage: PER_PAGE }), [page]);
  const [result] = useQuery({ query: MY_MATCHED_NEEDS_QUERY, variables, pause: !isSupplier, requestPolicy: 'cache-and-network' });
  const data = result.data?.myMatchedNeeds;
  const error = toAppError(result.error);
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.perPage)) : 1;

  if (!isSupplier) {
    return (
      <Page title={t('needs.inbox.title')}>
        <Notice kind="warning" live={false}>
          <p>{t('needs.inbox.supplierOnly')}</p>
        </Notice>
      </Page>
    );
  }

  return (
    <Page title={t('needs.inbox.title')} lead={t('needs.inbox.lead')}>
      <p role="status" className="search-count">
        {data ? t('needs.inbox.count', { count: data.total }) : ''}
      </p>
      {error ? <QueryError error={error} /> : null}
      {result.fetching && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <p className="empty-state">{t('needs.inbox.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="plain-list need-list" data-testid="opportunities">
          {data.items.map((item) => {
            const headingId = `opportunity-${item.needId}`;
            return (
              <li key={item.needId} className="card need-row" data-need-id={item.needId} aria-labelledby={headingId}>
                <div className="need-row-head">
                  <h2 id={headingId} className="h3">
                    <Link to={`/besoins/${item.needId}`}>{item.title}</Link>
                  </h2>
                  <StatusBadge status={item.status} />
                </div>
                <p className="need-meta">
                  {item.buyerName} · {t('needs.mine.deadline', { date: formatDateTime(item.deadlineAt, lang) })}
                </p>
                <p>
                  {t('needs.answer.yourStage')} <StageBadge state={item.state} />
                </p>
                <MatchReasons lots={item.lots} compact />
              </li>
            );
          })}
        </ul>
      ) : null}
      <Pagination
        page={page}
        totalPages={totalPages}
        onPage={(p) => {
          const search = new URLSearchParams(params);
          if (p > 1) search.set('page', String(p));
          else search.delete('page');
          setParams(search);
        }}
      />
    </Page>
  );
}
