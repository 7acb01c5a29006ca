import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ClaimsList } from '../../suppliers/backoffice/ClaimsSection';
import { RequireStaff } from '../RequireStaff';

/** Staff decide claims on structures that have no member yet. */
export default function ClaimsReviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('staffClaims.title')} lead={t('staffClaims.lead')}>
      <RequireStaff>
        <ClaimsList supplierId={null} emptyText={t('staffClaims.none')} />
      </RequireStaff>
    </Page>
  );
}
