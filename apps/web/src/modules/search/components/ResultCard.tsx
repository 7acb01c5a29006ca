import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AddToFavourites } from '../../favourites/components/AddToFavourites';
import { escapeHtml, sanitizeHighlight } from '../highlight';
import type { SupplierHit } from '../types';
import { HitPlace, SupplierBadges } from './HitParts';

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
  const titleId = `hit-${hit.id}`;
  return (
    <li className="card result-card" data-supplier-id={hit.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="result-title">
        {/* Only <mark> survives: the text is escaped first (see highlight.ts). */}
        <Link to={`/fournisseurs/${hit.id}`} dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.nameHighlight ?? escapeHtml(hit.name)) }} />
      </h3>
      {hit.brand ? <p className="result-brand">{hit.brand}</p> : null}
      <HitPlace city={hit.city} departementCode={hit.departementCode} distanceKm={hit.distanceKm} />
      <SupplierBadges hit={hit} />
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
