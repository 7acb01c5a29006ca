import type { PartnerCandidate } from './partner-suggestions';
import { formatPartnerSuggestionReason, rankPartnerSuggestions } from './partner-suggestions';

const candidate = (over: Partial<PartnerCandidate> & { id: string }): PartnerCandidate => ({
  name: over.id, sectorSlugs: [], coversPlace: true, capacity: null, headcount: null, eligibility: 'ELIGIBLE', eligibleKinds: [], pastResponses: 0, ...over,
});

describe('rankPartnerSuggestions', () => {
  const lot = { lotSectorSlugs: ['nettoyage', 'espaces-verts'], callerSectorSlugs: ['nettoyage'], limit: 10 };

  it('ranks partners covering the sectors the caller lacks first, with their reasons', () => {
    const ranked = rankPartnerSuggestions({
      ...lot, reservation: 'NONE',
      candidates: [candidate({ id: 'same', sectorSlugs: ['nettoyage'] }), candidate({ id: 'green', sectorSlugs: ['espaces-verts', 'autre'] })],
    });
    expect(ranked.map((s) => s.id)).toEqual(['green', 'same']);
    expect(ranked[0]!.reasons).toEqual([{ type: 'COMPLEMENTARY_SECTORS', sectorSlugs: ['espaces-verts'] }, { type: 'AREA' }]);
    expect(ranked[1]!.reasons[0]).toEqual({ type: 'SAME_SECTORS', sectorSlugs: ['nettoyage'] });
  });

  it('RES-08: on a reserved lot, leaves out non-eligible partners and prefers eligible ones over to-confirm', () => {
    const ranked = rankPartnerSuggestions({
      ...lot, reservation: 'RES_INSERTION',
      candidates: [
        candidate({ id: 'sas', sectorSlugs: ['espaces-verts'], eligibility: 'INELIGIBLE' }),
        candidate({ id: 'eiti', sectorSlugs: ['espaces-verts'], eligibility: 'TO_CONFIRM', eligibleKinds: ['EITI'] }),
        candidate({ id: 'aci', sectorSlugs: ['espaces-verts'], eligibility: 'ELIGIBLE', eligibleKinds: ['ACI'] }),
      ],
    });
    expect(ranked.map((s) => s.id)).toEqual(['aci', 'eiti']);
    expect(ranked[0]!.reasons).toContainEqual({ type: 'ELIGIBILITY', reservation: 'RES_INSERTION', status: 'ELIGIBLE', kinds: ['ACI'] });
  });

  it('uses capacity, headcount and past responses to break ties, then the name; honours the limit', () => {
    const ranked = rankPartnerSuggestions({
      ...lot, reservation: 'NONE', limit: 2,
      candidates: [
        candidate({ id: 'b', name: 'B', sectorSlugs: ['espaces-verts'] }),
        candidate({ id: 'a', name: 'A', sectorSlugs: ['espaces-verts'] }),
        candidate({ id: 'big', name: 'Z', sectorSlugs: ['espaces-verts'], capacity: { quantity: 5, unit: 't' }, headcount: 40, pastResponses: 3 }),
      ],
    });
    expect(ranked.map((s) => s.id)).toEqual(['big', 'a']);
    expect(ranked[0]!.reasons.map((r) => r.type)).toEqual(['COMPLEMENTARY_SECTORS', 'AREA', 'CAPACITY', 'HEADCOUNT', 'EXPERIENCE']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('renders each reason in French and English', () => {
    const label = (slug: string) => slug.toUpperCase();
    expect(formatPartnerSuggestionReason({ type: 'COMPLEMENTARY_SECTORS', sectorSlugs: ['espaces-verts'] }, 'fr', label)).toBe('complète vos secteurs : ESPACES-VERTS');
    expect(formatPartnerSuggestionReason({ type: 'EXPERIENCE', responses: 2 }, 'en', label)).toBe('2 responses already sent on Essor');
    expect(formatPartnerSuggestionReason({ type: 'ELIGIBILITY', reservation: 'RES_INSERTION', status: 'ELIGIBLE', kinds: ['ACI'] }, 'fr', label)).toBe('éligible au lot réservé (ACI)');
  });
});
