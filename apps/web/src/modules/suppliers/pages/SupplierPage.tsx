import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { formatSiret } from '../../organizations/labels';
import { ELIGIBILITY_QUERY, SUPPLIER_QUERY } from '../graphql/suppliers';
import { EligibilityBadges, KindStatusList } from '../components/Badges';
import { CompletionPanel } from '../components/CompletionPanel';
import { areaSummary, formatCapacity, formatDate, formatEuros, formatNumber, priceBand } from '../format';
import { RESERVATION_TYPES, type ReservationType, type Supplier } from '../types';
import { AddToFavourites } from '../../favourites/components/AddToFavourites';

export default function SupplierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const [result] = useQuery({ query: SUPPLIER_QUERY, variables: { id } });
  const supplier = result.data?.supplier;
  const error = toAppError(result.error);
  const active = session.me?.activeOrganization;
  const isOwner = !!supplier && active?.id === supplier.id;
  const isBuyer = active?.type === 'BUYER';

  return (
    <Page title={supplier ? supplier.name : t('supplierPage.title')}>
      {result.fetching && !supplier ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {supplier ? (
        <>
          <SupplierHeader supplier={supplier} />
          {isOwner ? (
            <>
              <p>
                <Link to="/mon-espace/fournisseur" className="button">
                  {t('supplierPage.edit')}
                </Link>
              </p>
              <CompletionPanel completion={supplier.completion} linkTo="/mon-espace/fournisseur" />
            </>
          ) : null}
          {isBuyer ? <AddToFavourites supplierId={supplier.id} supplierName={supplier.name} /> : null}
          <SupplierDetails supplier={supplier} />
          <EligibilityChecker supplierId={supplier.id} />
        </>
      ) : null}
    </Page>
  );
}

function SupplierHeader({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sp-identity" className="section supplier-identity">
      <div className="identity-head">
        {supplier.logoUrl ? (
          <img src={supplier.logoUrl} alt={t('supplierPage.logoAlt', { name: supplier.name })} className="logo" width="96" height="96" />
        ) : null}
        <div>
          <h2 id="sp-identity">{t('supplierPage.identity')}</h2>
          {supplier.brand ? <p className="lead">{supplier.brand}</p> : null}
          {!supplier.claimed ? <p className="badge badge--neutral">{t('supplierPage.unclaimed')}</p> : null}
        </div>
      </div>
      <EligibilityBadges badges={supplier.badges} />
      <h3>{t('supplierPage.kinds')}</h3>
      <KindStatusList kinds={supplier.kinds} />
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SupplierDetails({ supplier: s }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const site = [s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const percent = (share: number | null) => (share == null ? null : `${formatNumber(share * 100, lang)} %`);
  return (
    <>
      {s.description ? (
        <section aria-labelledby="sp-description" className="section">
          <h2 id="sp-description">{t('supplierPage.description')}</h2>
          <p className="prewrap" data-testid="supplier-description">
            {s.description}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="sp-facts" className="section">
        <h2 id="sp-facts">{t('supplierPage.facts')}</h2>
        <dl className="details">
          <Detail term={t('organization.siret')}>{formatSiret(s.siret)}</Detail>
          <Detail term={t('supplierPage.naf')}>{s.nafCode ? `${s.nafCode}${s.nafLabel ? ` · ${s.nafLabel}` : ''}` : null}</Detail>
          <Detail term={t('profile.legalForm')}>{s.legalForm}</Detail>
          <Detail term={t('supplierPage.site')}>
            {site ? (
              <span data-testid="supplier-site">
                {site}
                {s.departementCode ? ` (${s.departementCode})` : ''}
              </span>
            ) : null}
          </Detail>
          <Detail term={t('profile.website')}>
            {s.website ? (
              <a href={s.website} rel="noopener noreferrer nofollow">
                {s.website}
              </a>
            ) : null}
          </Detail>
          <Detail term={t('profile.yearFounded')}>{s.yearFounded}</Detail>
          <Detail term={t('profile.headcountPermanent')}>
            {s.headcountPermanent != null ? formatNumber(s.headcountPermanent, lang) : null}
          </Detail>
          <Detail term={t('profile.headcountInsertion')}>
            {s.headcountInsertion != null ? formatNumber(s.headcountInsertion, lang) : null}
          </Detail>
          <Detail term={t('profile.disabledWorkersShare')}>{percent(s.disabledWorkersShare)}</Detail>
          <Detail term={t('profile.disadvantagedWorkersShare')}>{percent(s.disadvantagedWorkersShare)}</Detail>
          <Detail term={t('profile.revenueEur')}>{s.revenueEur != null ? formatEuros(s.revenueEur, lang) : null}</Detail>
          <Detail term={t('profile.capacity')}>
            {s.capacity ? <span data-testid="supplier-capacity">{formatCapacity(s.capacity, t, lang)}</span> : null}
          </Detail>
          <Detail term={t('profile.productionMeans')}>{s.productionMeans}</Detail>
          <Detail term={t('profile.certifications')}>{s.certifications.length > 0 ? s.certifications.join(', ') : null}</Detail>
          <Detail term={t('profile.networks')}>{s.networks.length > 0 ? s.networks.join(', ') : null}</Detail>
        </dl>
      </section>

      {s.clientReferences.length > 0 ? (
        <section aria-labelledby="sp-references" className="section">
          <h2 id="sp-references">{t('profile.clientReferences')}</h2>
          <ul className="plain-list">
            {s.clientReferences.map((ref, index) => (
              <li key={`${ref.name}-${index}`}>
                <strong>{ref.name}</strong>
                {ref.year ? ` (${ref.year})` : ''}
                {ref.description ? ` — ${ref.description}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sp-activities" className="section">
        <h2 id="sp-activities">{t('activities.title')}</h2>
        {s.activities.length === 0 ? (
          <p>{t('activities.none')}</p>
        ) : (
          <ul className="cards-list" data-testid="supplier-activities">
            {s.activities.map((a) => (
              <li key={a.id} className="card">
                <h3>{lang === 'en' ? a.sector.nameEn : a.sector.nameFr}</h3>
                <p>{a.serviceTypes.map((st) => t(`activities.serviceType.${st}`)).join(', ')}</p>
                <p>{areaSummary(a, t)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sp-offers" className="section">
        <h2 id="sp-offers">{t('offers.title')}</h2>
        {s.offers.length === 0 ? (
          <p>{t('offers.none')}</p>
        ) : (
          <ul className="cards-list" data-testid="supplier-offers">
            {s.offers.map((o) => {
              const price = priceBand(o.priceMinEur, o.priceMaxEur, t, lang);
              return (
                <li key={o.id} className="card">
                  <h3>{o.name}</h3>
                  {o.imageUrls.length > 0 ? (
                    <ul className="thumbs">
                      {o.imageUrls.map((url) => (
                        <li key={url}>
                          <img src={url} alt={t('offers.imageAlt', { name: o.name })} width={160} height={120} loading="lazy" />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {o.description ? <p className="prewrap">{o.description}</p> : null}
                  {o.cpvCodes.length > 0 ? (
                    <p>
                      {t('offers.cpvCodes')} : {o.cpvCodes.map((c) => `${c.code} ${lang === 'en' ? c.labelEn : c.labelFr}`).join(' ; ')}
                    </p>
                  ) : null}
                  {price ? (
                    <p>
                      {t('offers.price')} : {price}
                      {o.unit ? ` / ${o.unit}` : ''}
                    </p>
                  ) : null}
                  {o.leadTimeDays != null ? <p>{t('offers.leadTime', { count: o.leadTimeDays })}</p> : null}
                  {o.minimumOrder != null ? (
                    <p>
                      {t('offers.minimumOrder')} : {formatNumber(o.minimumOrder, lang)}
                      {o.unit ? ` ${o.unit}` : ''}
                    </p>
                  ) : null}
                  {o.capacityQuantity != null && o.capacityPeriod ? (
                    <p>
                      {t('profile.capacity')} :{' '}
                      {formatCapacity(
                        { quantity: o.capacityQuantity, maxQuantity: null, unit: o.unit ?? '', period: o.capacityPeriod },
                        t,
                        lang,
                      )}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="hint">{t('supplierPage.updatedAt', { date: formatDate(s.updatedAt, lang) })}</p>
    </>
  );
}

/** "Is this supplier eligible for a reserved contract of type X?" with the reasons. */
function EligibilityChecker({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [reservation, setReservation] = useState<ReservationType | ''>('');
  const [result] = useQuery({
    query: ELIGIBILITY_QUERY,
    variables: { supplierId, reservation: (reservation || 'RES_INSERTION') as ReservationType },
    pause: !reservation,
  });
  const error = toAppError(result.error);
  const answer = result.data?.eligibility;
  return (
    <section aria-labelledby="sp-eligibility" className="section">
      <h2 id="sp-eligibility">{t('eligibility.title')}</h2>
      <div className="field">
        <label htmlFor="field-reservation">{t('eligibility.reservation')}</label>
        <select id="field-reservation" value={reservation} onChange={(event) => setReservation(event.target.value as ReservationType | '')}>
          <option value="">{t('eligibility.choose')}</option>
          {RESERVATION_TYPES.map((r) => (
            <option key={r} value={r}>
              {t(`eligibility.reservationType.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite" data-testid="eligibility-answer">
        {reservation && result.fetching ? <Loading /> : null}
        {error ? <QueryError error={error} /> : null}
        {answer && reservation && !result.fetching ? (
          <div
            className={`notice notice--${answer.status === 'ELIGIBLE' ? 'success' : answer.status === 'TO_CONFIRM' ? 'warning' : 'error'}`}
          >
            <p className="notice-title" data-status={answer.status}>
              {t(`eligibility.status.${answer.status}`)}
            </p>
            {answer.reasons.length > 0 ? (
              <details open={answer.status !== 'ELIGIBLE'}>
                <summary>{t('eligibility.why')}</summary>
                <ul>
                  {answer.reasons.map((reason, index) => (
                    <li key={`${reason.code}-${index}`} data-code={reason.code}>
                      {reason.message}
                      {reason.proofValidUntil
                        ? ` (${t('suppliers.eligibility.proofValidUntil', { date: formatDate(reason.proofValidUntil, lang) })})`
                        : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <p className="hint">{t('eligibility.at', { date: formatDate(answer.at, lang) })}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
