import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NEED_FUNNEL_QUERY } from '../graphql/needs';
import { funnelBar } from '../status';
import type { NeedFunnel, SupplierFunnelState } from '../types';
import { supplierStage } from '../status';

/**
 * The follow-up funnel of a need as a compact list: each step's count with a bar of its share of
 * the matched suppliers (the bars are decoration; the numbers carry the information).
 */
export function FunnelView({ funnel, title }: { funnel: NeedFunnel; title: string }) {
  const { t } = useTranslation();
  return (
    <figure className="funnel" data-testid="need-funnel" data-matched={funnel.matched}>
      <figcaption className="funnel-title">{title}</figcaption>
      <ol className="plain-list funnel-steps">
        {funnelBar(funnel).map((item) => (
          <li key={item.step} data-step={item.step} data-count={item.count}>
            <span className="funnel-label">{t(`needs.funnel.${item.step}`)}</span>
            <span className="funnel-track" aria-hidden="true">
              <span className="funnel-fill" style={{ width: `${item.percent}%` }} />
            </span>
            <strong className="funnel-count">{item.count}</strong>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Loads and shows a need's funnel (its buyer only). */
export function NeedFunnelSummary({ needId, title }: { needId: string; title?: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: NEED_FUNNEL_QUERY, variables: { needId } });
  if (result.fetching && !result.data) return <p className="hint">{t('common.loading')}</p>;
  if (!result.data) return <p className="hint">{t('needs.funnel.unavailable')}</p>;
  return <FunnelView funnel={result.data.needFunnel} title={title ?? t('needs.funnel.title')} />;
}

/** One supplier's step, as a badge. */
export function StageBadge({ state }: { state: SupplierFunnelState }) {
  const { t } = useTranslation();
  const stage = supplierStage(state);
  const tone = stage === 'INTERESTED' || stage === 'RESPONDED' ? 'ok' : stage === 'DECLINED' ? 'error' : 'neutral';
  return (
    <span className={`badge badge--${tone}`} data-stage={stage}>
      {t(`needs.stage.${stage}`)}
    </span>
  );
}
