import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { formatNumber } from '../../suppliers/format';
import { departementName, kindName, reservationLabel } from '../labels';
import type { HitBadges } from '../types';

// Parts shared by the supplier and the offer result cards.

/** A supplier's kinds (verified or declared) and reservations it is eligible to, as on the supplier page. */
export function SupplierBadges({ hit }: { hit: HitBadges }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      {hit.kinds.length > 0 ? (
        <ul className="plain-list result-badges" aria-label={t('search.card.kinds')}>
          {hit.kinds.map((k) => {
            const verified = hit.verifiedKinds.includes(k);
            return (
              <li key={k} data-kind={k} data-verified={verified}>
                <abbr title={kindName(k, lang)}>{k}</abbr>{' '}
                <span className={`badge badge--${verified ? 'ok' : 'warn'}`}>
                  {t(verified ? 'search.card.verified' : 'search.card.declared')}
                </span>
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
    </>
  );
}

/** "Lille · Nord (59)   à 3,2 km": where the supplier is, and how far from the searched place. */
export function HitPlace({
  city,
  departementCode,
  distanceKm,
}: {
  city: string | null;
  departementCode: string | null;
  distanceKm: number | null;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const place = [city, departementCode ? departementName(departementCode) : null].filter(Boolean).join(' · ');
  return (
    <p className="result-meta">
      {place ? <span>{place}</span> : null}
      {distanceKm !== null ? (
        <span className="result-distance">{t('search.distance', { km: formatNumber(Math.round(distanceKm * 10) / 10, lang) })}</span>
      ) : null}
    </p>
  );
}
