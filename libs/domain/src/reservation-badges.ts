// Public badges of a supplier profile: one per reservation type it is ELIGIBLE or TO_CONFIRM for,
// labelled with the article of the Code de la commande publique (e.g. "Éligible marchés réservés
// L2113-13").

import type { EligibilityStatus } from './eligibility';
import type { ReservedReservationType } from './reservation';

/** The reservation types a profile shows badges for, in display order. */
export const BADGE_RESERVATION_TYPES: readonly ReservedReservationType[] = [
  'RES_HANDICAP',
  'RES_INSERTION',
  'RES_HANDICAP_OR_INSERTION',
  'RES_PENITENTIARY',
  'RES_ESS_SERVICES',
];

/** The CCP article that creates each reservation, as buyers cite it. */
export const RESERVATION_ARTICLES: Readonly<Record<ReservedReservationType, string>> = {
  RES_HANDICAP: 'L2113-12',
  RES_INSERTION: 'L2113-13',
  RES_HANDICAP_OR_INSERTION: 'L2113-14',
  RES_PENITENTIARY: 'L2113-13-1',
  RES_ESS_SERVICES: 'L2113-15',
};

/** Label of a badge; null for INELIGIBLE (no badge). */
export function eligibilityBadgeLabel(
  reservation: ReservedReservationType,
  status: EligibilityStatus,
  lang: 'fr' | 'en',
): string | null {
  if (status === 'INELIGIBLE') return null;
  const article = RESERVATION_ARTICLES[reservation];
  const base = lang === 'en' ? `Eligible for reserved contracts ${article}` : `Éligible marchés réservés ${article}`;
  if (status === 'ELIGIBLE') return base;
  return lang === 'en' ? `To be confirmed: ${base.charAt(0).toLowerCase()}${base.slice(1)}` : `À confirmer : ${base.charAt(0).toLowerCase()}${base.slice(1)}`;
}
