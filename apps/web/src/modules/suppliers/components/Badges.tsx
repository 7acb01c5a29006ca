import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { badgeText, kindLabel, verificationLabel, verificationTone } from '../format';
import type { EligibilityBadge, SupplierKindStatus } from '../types';

export function KindStatusList({ kinds }: { kinds: readonly SupplierKindStatus[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (kinds.length === 0) return <p>{t('suppliers.noKinds')}</p>;
  return (
    <ul className="plain-list kind-list" data-testid="supplier-kinds">
      {kinds.map((k) => (
        <li key={k.kind} data-kind={k.kind} data-status={k.status}>
          <strong>{kindLabel(k, lang)}</strong> <abbr title={kindLabel(k, lang)}>({k.kind})</abbr>
          <span className={`badge badge--${verificationTone(k.status)}`}>{verificationLabel(k, t, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

export function EligibilityBadges({ badges }: { badges: readonly EligibilityBadge[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (badges.length === 0) return null;
  return (
    <ul className="plain-list eligibility-badges" data-testid="eligibility-badges" aria-label={t('suppliers.eligibility.title')}>
      {badges.map((b) => (
        <li key={b.reservation} data-reservation={b.reservation} data-status={b.status}>
          <span className={`pill pill--${b.status === 'ELIGIBLE' ? 'ok' : 'warn'}`}>{badgeText(b, t, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
