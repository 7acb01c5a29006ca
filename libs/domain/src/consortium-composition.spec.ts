import { combinedConsortiumProfile, consortiumCompositionIssues } from './consortium-composition';

describe('consortiumCompositionIssues (GME-03, shares)', () => {
  it('accepts one lead and co-contractor shares summing to 100 (60/40)', () => {
    expect(consortiumCompositionIssues([{ role: 'LEAD', sharePercent: 60 }, { role: 'CO_CONTRACTOR', sharePercent: 40 }])).toEqual([]);
  });

  it('tolerates rounding (33.33 + 33.33 + 33.34) and ignores subcontractors', () => {
    expect(consortiumCompositionIssues([
      { role: 'LEAD', sharePercent: 33.33 }, { role: 'CO_CONTRACTOR', sharePercent: 33.33 }, { role: 'CO_CONTRACTOR', sharePercent: 33.34 },
      { role: 'SUBCONTRACTOR', sharePercent: null },
    ])).toEqual([]);
  });

  it('GME-03: a groupement without a mandataire, or with two, is invalid', () => {
    expect(consortiumCompositionIssues([{ role: 'CO_CONTRACTOR', sharePercent: 100 }]).map((i) => i.code)).toEqual(['NO_LEAD']);
    expect(consortiumCompositionIssues([{ role: 'LEAD', sharePercent: 50 }, { role: 'LEAD', sharePercent: 50 }]).map((i) => i.code)).toEqual(['SEVERAL_LEADS']);
  });

  it('names the total when shares do not add up, and asks for missing shares', () => {
    const [issue] = consortiumCompositionIssues([{ role: 'LEAD', sharePercent: 60 }, { role: 'CO_CONTRACTOR', sharePercent: 30 }]);
    expect(issue).toMatchObject({ code: 'SHARES_NOT_100', total: 90 });
    expect(issue!.message_fr).toContain('90 %');
    expect(consortiumCompositionIssues([{ role: 'LEAD', sharePercent: 60 }, { role: 'CO_CONTRACTOR', sharePercent: null }]).map((i) => i.code)).toEqual(['SHARE_MISSING']);
  });
});

describe('combinedConsortiumProfile (GME-05)', () => {
  const base = { certifications: [], kinds: [], areas: [], sectorSlugs: [] };
  it('sums headcount and capacity of the same unit only, and unions the rest', () => {
    const profile = combinedConsortiumProfile([
      { ...base, headcount: 12, capacity: { quantity: 100, unit: 't', period: 'WEEK' }, certifications: ['ISO 14001'], kinds: ['EI'],
        areas: [{ areaKind: 'ZONES', regionCodes: [], departementCodes: ['59'] }], sectorSlugs: ['a'] },
      { ...base, headcount: 8, capacity: { quantity: 75, unit: 'T ', period: 'WEEK' }, certifications: ['ISO 14001', 'Qualiopi'], kinds: ['ACI'],
        areas: [{ areaKind: 'ZONES', regionCodes: ['32'], departementCodes: ['62'] }], sectorSlugs: ['b'] },
      { ...base, headcount: null, capacity: { quantity: 300, unit: 'h', period: 'MONTH' } },
    ]);
    expect(profile).toEqual({
      headcount: 20,
      membersWithoutHeadcount: 1,
      capacities: [{ unit: 'h', period: 'MONTH', quantity: 300, members: 1 }, { unit: 't', period: 'WEEK', quantity: 175, members: 2 }],
      certifications: ['ISO 14001', 'Qualiopi'],
      kinds: ['ACI', 'EI'],
      national: false,
      regionCodes: ['32'],
      departementCodes: ['59', '62'],
      sectorSlugs: ['a', 'b'],
    });
  });

  it('is national as soon as one member works nationwide', () => {
    expect(combinedConsortiumProfile([{ ...base, headcount: 1, capacity: null, areas: [{ areaKind: 'NATIONAL', regionCodes: [], departementCodes: [] }] }]).national).toBe(true);
  });
});
