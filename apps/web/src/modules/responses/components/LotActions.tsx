import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Need, NeedLot } from '../../needs/types';

/**
 * Entry points of a lot on the need page: a supplier responds or forms a consortium (when the need
 * allows them) while the need takes responses; the buyer compares the responses.
 */
export function LotActions({ need, lot, viewer }: { need: Need; lot: NeedLot; viewer: 'supplier' | 'buyer' | null }) {
  const { t } = useTranslation();
  const open = need.status === 'PUBLISHED' && new Date(need.deadlineAt).getTime() > Date.now();
  if (viewer === 'buyer' && need.status !== 'DRAFT' && need.status !== 'PENDING_REVIEW') {
    return (
      <p className="cta-row">
        <Link className="button button--small" to={`/besoins/${need.id}/reponses?lot=${lot.id}`}>
          {t('responses.entry.compare')}
          <span className="visually-hidden"> : {lot.title}</span>
        </Link>
      </p>
    );
  }
  if (viewer !== 'supplier' || !open) return null;
  return (
    <p className="cta-row" data-testid="lot-actions">
      <Link className="button button--small button--primary" to={`/besoins/${need.id}/lots/${lot.id}/repondre`}>
        {t('responses.entry.respond')}
        <span className="visually-hidden"> : {lot.title}</span>
      </Link>{' '}
      {need.consortiaAllowed ? (
        <>
          <Link className="button button--small" to={`/groupements/nouveau?besoin=${need.id}&lot=${lot.id}`}>
            {t('responses.entry.formConsortium')}
            <span className="visually-hidden"> : {lot.title}</span>
          </Link>{' '}
          <Link className="button button--small button--ghost" to={`/bourse-cotraitance?besoin=${need.id}&lot=${lot.id}`}>
            {t('responses.entry.partnerCalls')}
            <span className="visually-hidden"> : {lot.title}</span>
          </Link>{' '}
        </>
      ) : null}
      <Link className="button button--small button--ghost" to={`/messages/nouveau?besoin=${need.id}`}>
        {t('responses.entry.writeBuyer')}
      </Link>
    </p>
  );
}
