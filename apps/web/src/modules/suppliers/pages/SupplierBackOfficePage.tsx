import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { Loading, Notice, QueryError } from '../../../shared/ui/feedback';
import { toAppError } from '../../../shared/errors/app-error';
import { useSession } from '../../auth/session';
import { MY_SUPPLIER_QUERY } from '../graphql/suppliers';
import { CompletionPanel } from '../components/CompletionPanel';
import { KindStatusList } from '../components/Badges';
import { ProfileSection } from '../backoffice/ProfileSection';
import { ActivitiesSection } from '../backoffice/ActivitiesSection';
import { OffersSection } from '../backoffice/OffersSection';
import { ProofsSection } from '../backoffice/ProofsSection';
import { ClaimsList } from '../backoffice/ClaimsSection';

const CONTEXT = { additionalTypenames: ['Supplier', 'Activity', 'Offer', 'StatusProof'] };

export default function SupplierBackOfficePage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const active = session.me?.activeOrganization;
  const isSupplier = active?.type === 'SUPPLIER';
  const [result, refetch] = useQuery({ query: MY_SUPPLIER_QUERY, context: CONTEXT, pause: !isSupplier });
  const supplier = result.data?.mySupplier;
  const error = toAppError(result.error);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const isAdmin = session.me?.activeRole === 'ADMIN';

  // Anchor links (#activites…) from the completion panel: scroll to and focus the section.
  useEffect(() => {
    if (!supplier || !location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    if (target) {
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }
  }, [location.hash, supplier?.id]);

  const sections = [
    ['profil', t('backOffice.profile')],
    ['activites', t('activities.title')],
    ['offres', t('offers.title')],
    ['justificatifs', t('proofs.title')],
    ['membres', t('backOffice.members')],
  ] as const;

  return (
    <Page title={t('backOffice.title')} lead={supplier ? supplier.name : undefined}>
      {!isSupplier ? (
        <Notice kind="warning" live={false} title={t('backOffice.notSupplier')}>
          <p>{t('backOffice.notSupplierHelp')}</p>
          <p>
            <Link to="/organizations/new">{t('dashboard.createOrganization')}</Link> ·{' '}
            <Link to="/fournisseurs/revendiquer">{t('claim.title')}</Link>
          </p>
        </Notice>
      ) : null}
      {result.fetching && !result.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {isSupplier && result.data && !supplier ? <Notice kind="warning">{t('backOffice.noProfile')}</Notice> : null}
      {supplier ? (
        <>
          <nav aria-label={t('backOffice.sections')} className="section-nav">
            <ul>
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
              <li>
                <Link to={`/fournisseurs/${supplier.id}`}>{t('backOffice.publicPage')}</Link>
              </li>
            </ul>
          </nav>
          <CompletionPanel completion={supplier.completion} />
          <section id="profil" tabIndex={-1} aria-labelledby="bo-profile" className="section">
            <h2 id="bo-profile">{t('backOffice.profile')}</h2>
            <KindStatusList kinds={supplier.kinds} />
            <ProfileSection key={supplier.id} supplier={supplier} onSaved={reload} />
          </section>
          <section id="activites" tabIndex={-1} aria-labelledby="bo-activities" className="section">
            <h2 id="bo-activities">{t('activities.title')}</h2>
            <ActivitiesSection supplierId={supplier.id} activities={supplier.activities} reload={reload} />
          </section>
          <section id="offres" tabIndex={-1} aria-labelledby="bo-offers" className="section">
            <h2 id="bo-offers">{t('offers.title')}</h2>
            <OffersSection supplierId={supplier.id} offers={supplier.offers} reload={reload} />
          </section>
          <section id="justificatifs" tabIndex={-1} aria-labelledby="bo-proofs" className="section">
            <h2 id="bo-proofs">{t('proofs.title')}</h2>
            <p className="hint">{t('proofs.lead')}</p>
            <ProofsSection supplierId={supplier.id} kinds={supplier.kinds} reload={reload} />
          </section>
          <section id="membres" tabIndex={-1} aria-labelledby="bo-members" className="section">
            <h2 id="bo-members">{t('backOffice.members')}</h2>
            <p>
              <Link to={`/organizations/${supplier.id}/members`}>{t('backOffice.manageMembers')}</Link>
            </p>
            {isAdmin ? (
              <>
                <h3>{t('claims.title')}</h3>
                <ClaimsList supplierId={supplier.id} emptyText={t('claims.none')} />
              </>
            ) : null}
          </section>
        </>
      ) : null}
    </Page>
  );
}
