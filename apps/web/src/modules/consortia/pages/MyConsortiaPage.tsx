import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { useSession } from '../../auth/session';
import { MY_CONSORTIA_QUERY } from '../graphql/consortia';

const FIRST_PAGE = { page: 1, perPage: 50 };

/** /groupements: the consortia the active supplier belongs to or is invited to. */
export default function MyConsortiaPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [result] = useQuery({ query: MY_CONSORTIA_QUERY, variables: FIRST_PAGE, requestPolicy: 'cache-and-network' });
  const error = toAppError(result.error);
  const items = result.data?.myConsortia.items ?? [];
  const orgId = me?.activeOrganization?.id ?? null;
  return (
    <Page title={t('consortia.mine.title')}>
      <p>
        <Link to="/bourse-cotraitance">{t('nav.partnerCalls')}</Link>
      </p>
      {result.fetching && !result.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {result.data && items.length === 0 ? <p className="empty-state">{t('consortia.mine.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list cards-list" data-testid="my-consortia">
          {items.map((c) => {
            const invited = c.members.some((m) => m.organizationId === orgId && m.status === 'INVITED');
            return (
              <li key={c.id} className="card" data-consortium-id={c.id}>
                <h2 className="h3">
                  <Link to={`/groupements/${c.id}`}>{c.name}</Link>
                </h2>
                <p>
                  <span className="badge badge--neutral">{t(`consortia.status.${c.status}`)}</span>{' '}
                  {invited ? <span className="badge badge--warn">{t('consortia.mine.invited')}</span> : null}{' '}
                  {c.isLead ? <span className="badge badge--ok">{t('consortia.mine.lead')}</span> : null}
                </p>
                {c.lotTitle ? <p className="hint">{t('consortia.mine.lot', { need: c.needTitle ?? '', lot: c.lotTitle })}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Page>
  );
}
