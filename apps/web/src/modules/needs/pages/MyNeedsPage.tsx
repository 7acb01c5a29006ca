import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { SelectField } from '../../suppliers/backoffice/common';
import { Pagination } from '../../search/components/Pagination';
import { MY_NEEDS_QUERY } from '../graphql/needs';
import { formatDateTime } from '../labels';
import { NEED_STATUSES, type Need, type NeedStatus } from '../types';
import { StatusBadge } from '../components/common';
import { NeedActions } from '../components/NeedActions';
import { NeedFunnelSummary } from '../components/Funnel';
import '../needs.css';

const PER_PAGE = 10;

const isStatus = (value: string | null): value is NeedStatus => !!value && (NEED_STATUSES as readonly string[]).includes(value);

/** /besoins: the active buyer organisation's needs, filtered by status, with their funnel and actions. */
export default function MyNeedsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status = isStatus(statusParam) ? statusParam : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const isBuyer = me?.activeOrganization?.type === 'BUYER';
  const variables = useMemo(() => ({ statuses: status ? [status] : null, page, perPage: PER_PAGE }), [status, page]);
  const [result, reexecute] = useQuery({ query: MY_NEEDS_QUERY, variables, pause: !isBuyer, requestPolicy: 'cache-and-network' });
  const data = result.data?.myNeeds;
  const error = toAppError(result.error);
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.perPage)) : 1;

  function update(next: { statut?: string | null; page?: number }) {
    const search = new URLSearchParams(params);
    if (next.statut !== undefined) {
      if (next.statut) search.set('statut', next.statut);
      else search.delete('statut');
      search.delete('page');
    }
    if (next.page !== undefined) {
      if (next.page > 1) search.set('page', String(next.page));
      else search.delete('page');
    }
    setParams(search);
  }

  if (!isBuyer) {
    return (
      <Page title={t('needs.mine.title')}>
        <Notice kind="warning" live={false}>
          <p>{t('needs.buyerOnly')}</p>
        </Notice>
      </Page>
    );
  }

  return (
    <Page title={t('needs.mine.title')} lead={t('needs.mine.lead')}>
      <div className="section-head">
        <SelectField name="statusFilter" label={t('needs.mine.filter')} value={status ?? ''} onChange={(value) => update({ statut: value || null })}>
          <option value="">{t('needs.mine.allStatuses')}</option>
          {NEED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`needs.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Link to="/besoins/nouveau" className="button button--primary">
          {t('nav.publishNeed')}
        </Link>
      </div>
      <p role="status" className="search-count">
        {data ? t('needs.mine.count', { count: data.total }) : ''}
      </p>
      {error ? <QueryError error={error} /> : null}
      {result.fetching && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <p className="empty-state">{status ? t('needs.mine.noneWithStatus') : t('needs.mine.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="plain-list need-list" data-testid="my-needs">
          {data.items.map((need) => (
            <NeedRow key={need.id} need={need} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      ) : null}
      <Pagination page={page} totalPages={totalPages} onPage={(p) => update({ page: p })} />
    </Page>
  );
}

function NeedRow({ need, onChanged }: { need: Need; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const headingId = `need-${need.id}-title`;
  return (
    <li className="card need-row" data-need-id={need.id} data-status={need.status} aria-labelledby={headingId}>
      <div className="need-row-head">
        <h2 id={headingId} className="h3">
          <Link to={`/besoins/${need.id}`}>{need.title}</Link>
        </h2>
        <StatusBadge status={need.status} />
      </div>
      <p className="need-meta">
        {t(`needs.kind.${need.kind}`)} · {t('needs.page.lots', { count: need.lots.length })} · {t('needs.mine.deadline', { date: formatDateTime(need.deadlineAt, lang) })}
      </p>
      {need.status !== 'DRAFT' ? <NeedFunnelSummary needId={need.id} /> : null}
      <NeedActions need={need} onChanged={onChanged} />
    </li>
  );
}
