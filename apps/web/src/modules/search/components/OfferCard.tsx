import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { formatCapacity, priceBand } from '../../suppliers/format';
import { escapeHtml, sanitizeHighlight } from '../highlight';
import type { OfferHit } from '../types';
import { HitPlace, SupplierBadges } from './HitParts';

/** One catalogue offer in the results: what it is, its terms, and who sells it (with the supplier's badges). */
export function OfferCard({ hit }: { hit: OfferHit }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titleId = `offer-${hit.id}`;
  const price = priceBand(hit.priceMinEur, hit.priceMaxEur, t, lang);
  const facts: [string, ReactNode][] = [];
  if (hit.cpvCodes.length > 0) {
    facts.push([
      t('offers.cpvCodes'),
      <ul key="cpv" className="plain-list">
        {hit.cpvCodes.map((c) => (
          <li key={c.code}>
            <code>{c.code}</code> {lang === 'en' ? c.labelEn : c.labelFr}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (price) facts.push([t('offers.price'), `${price}${hit.unit ? ` / ${hit.unit}` : ''}`]);
  if (hit.leadTimeDays !== null) facts.push([t('search.offerCard.leadTime'), t('search.offerCard.days', { count: hit.leadTimeDays })]);
  if (hit.capacityQuantity !== null && hit.capacityPeriod) {
    facts.push([
      t('profile.capacity'),
      formatCapacity({ quantity: hit.capacityQuantity, maxQuantity: null, unit: hit.unit ?? '', period: hit.capacityPeriod }, t, lang),
    ]);
  }
  return (
    <li className="card result-card" data-offer-id={hit.id} aria-labelledby={titleId}>
      {/* Only <mark> survives: the text is escaped first (see highlight.ts). */}
      <h3
        id={titleId}
        className="result-title"
        dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.nameHighlight ?? escapeHtml(hit.name)) }}
      />
      <p className="result-brand">
        {t('search.offerCard.soldBy')} <Link to={`/fournisseurs/${hit.supplier.id}`}>{hit.supplier.name}</Link>
      </p>
      <HitPlace city={hit.supplier.city} departementCode={hit.supplier.departementCode} distanceKm={hit.distanceKm} />
      <SupplierBadges hit={hit.supplier} />
      {facts.length > 0 ? (
        <dl className="details">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hit.snippet ? <p className="result-snippet" dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.snippet) }} /> : null}
    </li>
  );
}
