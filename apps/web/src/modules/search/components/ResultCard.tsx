import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { formatNumber } from '../../suppliers/format';
import { AddToFavourites } from '../../favourites/components/AddToFavourites';
import { escapeHtml, sanitizeHighlight } from '../highlight';
import { departementName, kindName, reservationLabel } from '../labels';
import type { SupplierHit } from '../types';

export function ResultCard({
  hit,
  canFavourite,
  favouriteOpen,
  onToggleFavourite,
}: {
  hit: SupplierHit;
  canFavourite: boolean;
  favouriteOpen: boolean;
  onToggleFavourite: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titleId = `hit-${hit.id}`;
  const place = [hit.city, hit.departementCode ? departementName(hit.departementCode) : null].filter(Boolean).join(' · ');
  return (
    <li className="card result-card" data-supplier-id={hit.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="result-title">
        {/* Only <mark> survives: the text is escaped first (see highlight.ts). */}
        <Link to={`/fournisseurs/${hit.id}`} dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.nameHighlight ?? escapeHtml(hit.name)) }} />
      </h3>
      {hit.brand ? <p className="result-brand">{hit.brand}</p> : null}
      <p className="result-meta">
        {place ? <span>{place}</span> : null}
        {hit.distanceKm !== null ? (
          <span className="result-distance">{t('search.distance', { km: formatNumber(Math.round(hit.distanceKm * 10) / 10, lang) })}</span>
        ) : null}
      </p>
      {hit.kinds.length > 0 ? (
        <ul className="plain-list result-badges" aria-label={t('search.card.kinds')}>
          {hit.kinds.map((k) => {
            const verified = hit.verifiedKinds.includes(k);
            return (
              <li key={k} data-kind={k} data-verified={verified}>
                <abbr title={kindName(k, lang)}>{k}</abbr>{' '}
                <span className={`badge badge--${verified ? 'ok' : 'warn'}`}>{t(verified ? 'search.card.verified' : 'search.card.declared')}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {hit.eligibleFor.length + hit.toConfirmFor.length > 0 ? (
        <ul className="plain-list eligibility-badges" aria-label={t('suppliers.eligibility.title')}>
          {hit.eligibleFor.map((r) => (
            <li key={r} data-reservation={r} data-status="ELIGIBLE">
              <span className="pill pill--ok">{reservationLabel(r, lang)}</span>
            </li>
          ))}
          {hit.toConfirmFor.map((r) => (
            <li key={r} data-reservation={r} data-status="TO_CONFIRM">
              <span className="pill pill--warn">{reservationLabel(r, lang, true)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {hit.sectorNames.length > 0 ? <p className="result-sectors">{t('search.card.sectors', { list: hit.sectorNames.join(', ') })}</p> : null}
      {hit.snippet ? <p className="result-snippet" dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.snippet) }} /> : null}
      <p className="result-completion">
        <span>{t('search.card.completion', { percent: hit.completion })}</span>
        <span className="completion-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, hit.completion))}%` }} />
        </span>
      </p>
      {canFavourite ? (
        <div className="result-favourite">
          <button type="button" className="button button--small" aria-expanded={favouriteOpen} onClick={onToggleFavourite}>
            {t('favourites.add')}
          </button>
          {favouriteOpen ? <AddToFavourites supplierId={hit.id} supplierName={hit.name} headingLevel={4} /> : null}
        </div>
      ) : null}
    </li>
  );
}
