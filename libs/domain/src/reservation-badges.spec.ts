import { BADGE_RESERVATION_TYPES, eligibilityBadgeLabel, RESERVATION_ARTICLES } from './reservation-badges';
import { RESERVATION_RULES } from './reservation';

describe('reservation badges', () => {
  it('labels an eligible supplier with the article, French first', () => {
    expect(eligibilityBadgeLabel('RES_INSERTION', 'ELIGIBLE', 'fr')).toBe('Éligible marchés réservés L2113-13');
    expect(eligibilityBadgeLabel('RES_HANDICAP', 'ELIGIBLE', 'en')).toBe('Eligible for reserved contracts L2113-12');
  });

  it('flags a supplier to confirm, and gives no badge when ineligible', () => {
    expect(eligibilityBadgeLabel('RES_ESS_SERVICES', 'TO_CONFIRM', 'fr')).toBe('À confirmer : éligible marchés réservés L2113-15');
    expect(eligibilityBadgeLabel('RES_ESS_SERVICES', 'TO_CONFIRM', 'en')).toBe('To be confirmed: eligible for reserved contracts L2113-15');
    expect(eligibilityBadgeLabel('RES_PENITENTIARY', 'INELIGIBLE', 'fr')).toBeNull();
  });

  it('each badge article is the one the reservation rule cites', () => {
    for (const r of BADGE_RESERVATION_TYPES) expect(RESERVATION_RULES[r].article).toContain(RESERVATION_ARTICLES[r]);
  });
});
