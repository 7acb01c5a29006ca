import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { escapeHtml, sanitizeHighlight } from '../../search/highlight';
import { formatDateTime, reservationBadge } from '../../needs/labels';
import type { NeedHit, NeedHitLot } from '../types';

/** Lots listed on a card; the rest are counted ("+ 2 autres lots"). */
const LOTS_SHOWN = 3;

function lotPlace(lot: NeedHitLot, t: (key: string) => string): string {
  return lot.placeKind === 'NATIONAL' || !lot.placeName ? t('needs.place.national') : lot.placeName;
}

/** One published need: title, buyer, kind, deadline, and a summary of its lots, linking to /besoins/:id. */
export function NeedHitCard({ hit, now }: { hit: NeedHit; now: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titleId = `need-hit-${hit.id}`;
  const closed = new Date(hit.deadlineAt).getTime() <= now;
  const sectors = [...new Set(hit.lots.flatMap((l) => l.sectorNames))];
  const amount =
    hit.amountMaxEur !== null
      ? new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
          hit.amountMaxEur,
        )
      : null;
  return (
    <li className="card result-card need-hit" data-need-id={hit.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="result-title">
        {/* Only <mark> survives: the text is escaped first (see search/highlight.ts). */}
        <Link
          to={`/besoins/${hit.id}`}
          dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.titleHighlight ?? escapeHtml(hit.title)) }}
        />
      </h3>
      <p className="result-meta">
        <span>{hit.buyerName}</span>
        <span>{t(`needs.kind.${hit.kind}`)}</span>
        <span className="need-hit-deadline">
          {t('needsSearch.card.deadline', { date: formatDateTime(hit.deadlineAt, lang) })}
          {closed ? <span className="badge badge--neutral">{t('needsSearch.card.closed')}</span> : null}
        </span>
      </p>
      <ul className="plain-list result-badges" aria-label={t('needsSearch.card.features')}>
        {hit.reserved ? (
          <li>
            <span className="pill pill--ok">{t('needsSearch.card.reserved')}</span>
          </li>
        ) : null}
        {hit.consortiaAllowed ? (
          <li>
            <span className="badge badge--ok">{t('needsSearch.card.consortiaAllowed')}</span>
          </li>
        ) : null}
        {amount ? <li>{t('needsSearch.card.amountUpTo', { amount })}</li> : null}
        <li className="hint">{t('needsSearch.card.published', { date: formatDateTime(hit.publishedAt, lang) })}</li>
      </ul>
      {hit.snippet ? <p className="result-snippet" dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.snippet) }} /> : null}
      {sectors.length > 0 ? <p className="result-sectors">{t('search.card.sectors', { list: sectors.join(', ') })}</p> : null}
      {hit.lots.length > 0 ? (
        <>
          <ul className="plain-list need-hit-lots" aria-label={t('needsSearch.card.lots', { count: hit.lots.length })}>
            {hit.lots.slice(0, LOTS_SHOWN).map((lot, i) => (
              <li key={i} data-reservation={lot.reservation}>
                <span className="need-hit-lot-title">{lot.title}</span>
                <span className="hint"> · {lotPlace(lot, t)}</span>
                {lot.reservation !== 'NONE' ? (
                  <>
                    {' '}
                    <span className="pill pill--ok">{reservationBadge(lot.reservation, t)}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {hit.lots.length > LOTS_SHOWN ? (
            <p className="hint">{t('needsSearch.card.moreLots', { count: hit.lots.length - LOTS_SHOWN })}</p>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
