import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { SiretLookup } from '../components/SiretLookup';
import { KindStatusList } from '../components/Badges';
import { isVerifiedInclusive, siretCheckSentence } from '../format';
import type { SiretCheck } from '../types';

/** "Fournisseur inclusif ?": is this SIRET on Essor, with which ESS kinds and verification statuses. */
export default function CheckSiretPage() {
  const { t } = useTranslation();
  const [check, setCheck] = useState<SiretCheck | null>(null);
  return (
    <Page title={t('siretCheck.title')} lead={t('siretCheck.lead')}>
      <SiretLookup submitLabel={t('siretCheck.submit')} onResult={setCheck} />
      <div aria-live="polite" data-testid="siret-check-result">
        {check ? (
          <div
            className={`notice notice--${check.valid && check.onPlatform && isVerifiedInclusive(check.kinds) ? 'success' : check.valid ? 'info' : 'warning'}`}
          >
            <p className="notice-title">{siretCheckSentence(check, t, currentLanguage())}</p>
            {check.onPlatform && check.kinds.length > 0 ? <KindStatusList kinds={check.kinds} /> : null}
            {check.onPlatform ? (
              <p>{isVerifiedInclusive(check.kinds) ? t('siretCheck.inclusiveYes') : t('siretCheck.inclusiveUnverified')}</p>
            ) : null}
            {check.onPlatform && check.supplierId ? (
              <p>
                <Link to={`/fournisseurs/${check.supplierId}`}>{t('siretCheck.openProfile', { name: check.name ?? '' })}</Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </Page>
  );
}
