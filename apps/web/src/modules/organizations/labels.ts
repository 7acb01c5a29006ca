import type { TFunction } from 'i18next';
import type { Organization } from '../../shared/graphql/types';

/** "Acheteur public (CCP)", "Acheteur privé", "Fournisseur ESS". */
export function organizationKind(t: TFunction, org: Pick<Organization, 'type' | 'regime'>): string {
  if (org.type === 'BUYER') return org.regime ? t(`organization.kind.BUYER_${org.regime}`) : t('organization.type.BUYER');
  return t('organization.type.SUPPLIER');
}

/** 80746931700018 → "807 469 317 00018" (SIREN + NIC, as printed on French documents). */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '';
  const digits = siret.replace(/\D/g, '');
  if (digits.length !== 14) return siret;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}
