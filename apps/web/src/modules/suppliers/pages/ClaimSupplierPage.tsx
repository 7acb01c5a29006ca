import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { ErrorSummary, Notice, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/session';
import { ResendVerification } from '../../auth/ResendVerification';
import { SiretLookup } from '../components/SiretLookup';
import { KindStatusList } from '../components/Badges';
import { CLAIM_SUPPLIER_MUTATION } from '../graphql/suppliers';
import { siretCheckSentence } from '../format';
import type { SiretCheck, SupplierClaim } from '../types';
import { TextArea } from '../backoffice/common';

/** A user finds an imported structure by SIRET and asks to manage it. */
export default function ClaimSupplierPage() {
  const { t } = useTranslation();
  const session = useSession();
  const verified = session.me?.user.emailVerified ?? false;
  const [check, setCheck] = useState<SiretCheck | null>(null);
  const [claim, setClaim] = useState<SupplierClaim | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState('');
  const [{ fetching }, claimSupplier] = useMutation(CLAIM_SUPPLIER_MUTATION);

  async function onClaim(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check) return;
    const result = await claimSupplier({ input: { siret: check.siret, message: message.trim() || null } });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? toAppError({ networkError: true }));
    setError(null);
    setClaim(result.data.claimSupplier);
  }

  return (
    <Page title={t('claim.title')} lead={t('claim.lead')}>
      {!verified ? (
        <Notice kind="warning" title={t('errors.reason.EMAIL_NOT_VERIFIED')} live={false}>
          <ResendVerification />
        </Notice>
      ) : null}
      {claim ? (
        <Notice kind="success" title={t('claim.pendingTitle')}>
          <p data-testid="claim-pending">{t('claim.pending', { name: claim.supplierName })}</p>
        </Notice>
      ) : (
        <>
          <SiretLookup
            submitLabel={t('claim.search')}
            onResult={(c) => {
              setCheck(c);
              setError(null);
            }}
          />
          <div aria-live="polite">
            {check ? (
              <div className="notice notice--info" data-testid="claim-check">
                <p className="notice-title">{siretCheckSentence(check, t, currentLanguage())}</p>
                {check.kinds.length > 0 ? <KindStatusList kinds={check.kinds} /> : null}
                {check.valid && !check.onPlatform ? (
                  <p>
                    {t('claim.notOnPlatformHelp')} <Link to="/organizations/new">{t('dashboard.createOrganization')}</Link>
                  </p>
                ) : null}
                {check.onPlatform && check.claimed ? <p>{t('claim.alreadyClaimed')}</p> : null}
              </div>
            ) : null}
          </div>
          {check?.onPlatform ? (
            <form className="form" noValidate onSubmit={onClaim}>
              <ErrorSummary error={error} fieldLabels={{ message: t('claim.message') }} />
              <TextArea
                name="message"
                label={t('claim.message')}
                hint={t('claim.messageHint')}
                rows={4}
                maxLength={2000}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                error={error?.fields['message']}
              />
              <SubmitButton busy={fetching}>{t('claim.submit', { name: check.name ?? '' })}</SubmitButton>
            </form>
          ) : null}
        </>
      )}
    </Page>
  );
}
