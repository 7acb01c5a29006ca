import { listSectors } from '@essor/reference-data';
import {
  allotmentAdvice,
  compareProcedureBands,
  procedureBand,
  procedureThresholds,
  suggestLots,
  type ContractNature,
  type ProcedureBand,
  type ThresholdBuyerType,
} from './thresholds';

type Case = [ContractNature, number, ThresholdBuyerType, string, ProcedureBand];

describe('procedureBand (THR-02)', () => {
  // The test cases of THR-02, as written in procurement-rules.md.
  it.each<Case>([
    ['SERVICES', 45_000, 'OTHER_PA', '2026-03-15', 'MAPA'],
    ['SERVICES', 45_000, 'OTHER_PA', '2026-04-01', 'DISPENSE'],
    ['WORKS', 95_000, 'OTHER_PA', '2026-01-05', 'DISPENSE'],
    ['SUPPLIES', 215_000, 'OTHER_PA', '2026-02-01', 'MAPA_BOAMP_OR_JAL'],
    ['SUPPLIES', 215_000, 'OTHER_PA', '2025-06-01', 'MAPA_BOAMP_OR_JAL'],
    ['SUPPLIES', 141_000, 'CENTRAL', '2026-02-01', 'FORMALISE'],
    ['WORKS', 5_404_000, 'OTHER_PA', '2026-06-01', 'FORMALISE'],
  ])('THR-02: %s %d € %s on %s -> %s', (nature, amount, buyerType, at, expected) => {
    expect(procedureBand({ nature, amountEurExclVat: amount, buyerType, at }).band).toBe(expected);
  });

  // Each threshold is reached at its exact figure ("égale ou supérieure") and not one euro below.
  it.each<Case>([
    ['SUPPLIES', 39_999, 'OTHER_PA', '2026-03-31', 'DISPENSE'],
    ['SUPPLIES', 40_000, 'OTHER_PA', '2026-03-31', 'MAPA'],
    ['SUPPLIES', 59_999, 'OTHER_PA', '2026-04-01', 'DISPENSE'],
    ['SUPPLIES', 60_000, 'OTHER_PA', '2026-04-01', 'MAPA'],
    ['SERVICES', 89_999, 'OTHER_PA', '2026-05-01', 'MAPA'],
    ['SERVICES', 90_000, 'OTHER_PA', '2026-05-01', 'MAPA_BOAMP_OR_JAL'],
    ['SERVICES', 215_999, 'OTHER_PA', '2026-05-01', 'MAPA_BOAMP_OR_JAL'],
    ['SERVICES', 216_000, 'OTHER_PA', '2026-05-01', 'FORMALISE'],
    ['SERVICES', 220_999, 'OTHER_PA', '2025-05-01', 'MAPA_BOAMP_OR_JAL'],
    ['SERVICES', 221_000, 'OTHER_PA', '2025-05-01', 'FORMALISE'],
    ['SERVICES', 139_999, 'CENTRAL', '2026-05-01', 'MAPA_BOAMP_OR_JAL'],
    ['SERVICES', 142_999, 'CENTRAL', '2025-12-31', 'MAPA_BOAMP_OR_JAL'],
    ['SERVICES', 143_000, 'CENTRAL', '2025-12-31', 'FORMALISE'],
    ['SUPPLIES', 431_999, 'ENTITE_ADJUDICATRICE', '2026-05-01', 'MAPA_BOAMP_OR_JAL'],
    ['SUPPLIES', 432_000, 'ENTITE_ADJUDICATRICE', '2026-05-01', 'FORMALISE'],
    ['SUPPLIES', 443_000, 'ENTITE_ADJUDICATRICE', '2024-05-01', 'FORMALISE'],
    ['WORKS', 99_999, 'CENTRAL', '2025-06-01', 'DISPENSE'],
    // Works have no plain MAPA band: 100 000 € is already above the 90 000 € publicity threshold.
    ['WORKS', 100_000, 'CENTRAL', '2026-06-01', 'MAPA_BOAMP_OR_JAL'],
    ['WORKS', 5_403_999, 'OTHER_PA', '2026-06-01', 'MAPA_BOAMP_OR_JAL'],
    ['WORKS', 5_537_999, 'OTHER_PA', '2025-06-01', 'MAPA_BOAMP_OR_JAL'],
    ['WORKS', 5_538_000, 'OTHER_PA', '2025-06-01', 'FORMALISE'],
  ])('boundary: %s %d € %s on %s -> %s', (nature, amount, buyerType, at, expected) => {
    expect(procedureBand({ nature, amountEurExclVat: amount, buyerType, at }).band).toBe(expected);
  });

  it('takes an instant on its Paris calendar day (1 Apr 2026 starts at 22:00 UTC the day before)', () => {
    const input = { nature: 'SERVICES', amountEurExclVat: 45_000, buyerType: 'OTHER_PA' } as const;
    expect(procedureBand({ ...input, at: new Date('2026-03-31T21:59:00Z') }).band).toBe('MAPA');
    expect(procedureBand({ ...input, at: new Date('2026-03-31T22:00:00Z') }).band).toBe('DISPENSE');
  });

  it('says when the buyer profile and electronic procedure become mandatory (R2132-2)', () => {
    const base = { nature: 'WORKS', buyerType: 'OTHER_PA' } as const;
    expect(procedureBand({ ...base, amountEurExclVat: 45_000, at: '2026-03-01' }).buyerProfileRequired).toBe(true);
    expect(procedureBand({ ...base, amountEurExclVat: 45_000, at: '2026-04-01' }).buyerProfileRequired).toBe(false);
    expect(procedureBand({ ...base, amountEurExclVat: 39_999, at: '2026-03-01' }).buyerProfileRequired).toBe(false);
  });

  it('carries its rule id, a label key, and the evidence of the decisive threshold', () => {
    const result = procedureBand({ nature: 'SERVICES', amountEurExclVat: 100_000, buyerType: 'OTHER_PA', at: '2026-05-01' });
    expect(result).toMatchObject({
      band: 'MAPA_BOAMP_OR_JAL',
      labelKey: 'needs.procedureBand.MAPA_BOAMP_OR_JAL',
      ruleId: 'THR-02',
      evidence: 'PARTIAL',
      provisional: false,
      thresholds: { dispenseBelowEur: 60_000, buyerProfileFromEur: 60_000, boampFromEur: 90_000, euFromEur: 216_000 },
    });
  });

  it('social services stay MAPA whatever the amount, flagged as unverified', () => {
    const result = procedureBand({
      nature: 'SERVICES',
      amountEurExclVat: 2_000_000,
      buyerType: 'CENTRAL',
      at: '2026-05-01',
      socialServices: true,
    });
    expect(result.band).toBe('MAPA_BOAMP_OR_JAL');
    expect(result.evidence).toBe('UNVERIFIED');
    expect(result.notes.map((n) => n.code)).toEqual(['SOCIAL_SERVICES_LIGHT_REGIME', 'SOCIAL_SERVICES_EU_THRESHOLD']);
    const below = procedureBand({
      nature: 'SERVICES',
      amountEurExclVat: 749_999,
      buyerType: 'CENTRAL',
      at: '2026-05-01',
      socialServices: true,
    });
    expect(below.notes.map((n) => n.code)).toEqual(['SOCIAL_SERVICES_LIGHT_REGIME']);
    expect(procedureThresholds('SERVICES', 'ENTITE_ADJUDICATRICE', '2026-05-01', true).euFromEur).toBe(1_000_000);
  });

  it('uses the nearest known figures outside 2024–2027 and says so', () => {
    const later = procedureBand({ nature: 'SERVICES', amountEurExclVat: 216_000, buyerType: 'OTHER_PA', at: '2028-03-01' });
    expect(later).toMatchObject({ band: 'FORMALISE', provisional: true });
    expect(later.notes.map((n) => n.code)).toEqual(['PROVISIONAL_FIGURES']);
    const earlier = procedureBand({ nature: 'SERVICES', amountEurExclVat: 216_000, buyerType: 'OTHER_PA', at: '2023-06-01' });
    expect(earlier).toMatchObject({ band: 'MAPA_BOAMP_OR_JAL', provisional: true });
  });

  it('refuses amounts and dates it cannot read', () => {
    const base = { nature: 'SERVICES', buyerType: 'OTHER_PA', at: '2026-05-01' } as const;
    expect(() => procedureBand({ ...base, amountEurExclVat: -1 })).toThrow(RangeError);
    expect(() => procedureBand({ ...base, amountEurExclVat: Number.NaN })).toThrow(RangeError);
    expect(() => procedureBand({ ...base, amountEurExclVat: 1, at: '2026-02-30' })).toThrow(RangeError);
    expect(() => procedureBand({ ...base, amountEurExclVat: 1, at: new Date('nope') })).toThrow(RangeError);
  });

  it('is monotonic: a larger amount never gets a less formal band', () => {
    const natures: ContractNature[] = ['SUPPLIES', 'SERVICES', 'WORKS'];
    const buyers: ThresholdBuyerType[] = ['CENTRAL', 'OTHER_PA', 'ENTITE_ADJUDICATRICE'];
    for (const nature of natures)
      for (const buyerType of buyers)
        for (const at of ['2025-01-01', '2026-02-01', '2026-06-01']) {
          let previous: ProcedureBand = 'DISPENSE';
          for (let amount = 0; amount <= 6_000_000; amount += 2_500) {
            const band = procedureBand({ nature, buyerType, at, amountEurExclVat: amount }).band;
            expect(compareProcedureBands(band, previous)).toBeGreaterThanOrEqual(0);
            previous = band;
          }
        }
  });
});

describe('allotment (THR-01)', () => {
  // Real sector slugs and groups from the reference data.
  const sectors = listSectors();
  const groupOf = (slug: string) => sectors.find((s) => s.slug === slug)?.groupSlug;
  const CLEANING = 'nettoyage-de-locaux';
  const URBAN_CLEANING = 'nettoyage-urbain';
  const GREEN_SPACES = 'creation-et-entretien-des-espaces-verts';

  it('the reference data puts the sectors used here in the groups expected', () => {
    expect(groupOf(CLEANING)).toBe('hygiene-et-proprete');
    expect(groupOf(URBAN_CLEANING)).toBe('hygiene-et-proprete');
    expect(groupOf(GREEN_SPACES)).toBe('espaces-verts-exterieurs');
  });

  it('suggests one lot per group of sectors, keeping single-group lots as they are', () => {
    expect(suggestLots([{ sectorSlugs: [CLEANING, GREEN_SPACES, URBAN_CLEANING] }, { sectorSlugs: [GREEN_SPACES] }], groupOf)).toEqual([
      { fromLotIndex: 0, groupSlug: 'hygiene-et-proprete', sectorSlugs: [CLEANING, URBAN_CLEANING] },
      { fromLotIndex: 0, groupSlug: 'espaces-verts-exterieurs', sectorSlugs: [GREEN_SPACES] },
      { fromLotIndex: 1, groupSlug: 'espaces-verts-exterieurs', sectorSlugs: [GREEN_SPACES] },
    ]);
  });

  it('gathers sectors of unknown group together', () => {
    expect(suggestLots([{ sectorSlugs: ['x', 'y', CLEANING] }], groupOf)).toEqual([
      { fromLotIndex: 0, groupSlug: null, sectorSlugs: ['x', 'y'] },
      { fromLotIndex: 0, groupSlug: 'hygiene-et-proprete', sectorSlugs: [CLEANING] },
    ]);
  });

  it('advises splitting a lot that mixes groups, and only that lot', () => {
    const result = allotmentAdvice({
      lots: [
        { sectorSlugs: [CLEANING, URBAN_CLEANING], amountEurExclVat: 10_000 },
        { sectorSlugs: [CLEANING, GREEN_SPACES], amountEurExclVat: 10_000 },
      ],
      sectorGroupOf: groupOf,
    });
    expect(result.advice).toEqual([
      {
        code: 'SPLIT_MIXED_LOT',
        ruleId: 'THR-01',
        labelKey: 'needs.allotment.SPLIT_MIXED_LOT',
        lotIndex: 1,
        groups: [
          { groupSlug: 'hygiene-et-proprete', sectorSlugs: [CLEANING] },
          { groupSlug: 'espaces-verts-exterieurs', sectorSlugs: [GREEN_SPACES] },
        ],
      },
    ]);
    expect(result.band).toBeNull();
  });

  it('computes the band on the total of the lots and warns when the total crosses a band', () => {
    const procedure = { nature: 'SERVICES', buyerType: 'OTHER_PA', at: '2026-05-01' } as const;
    const result = allotmentAdvice({
      lots: [
        { sectorSlugs: [CLEANING], amountEurExclVat: 50_000 },
        { sectorSlugs: [GREEN_SPACES], amountEurExclVat: 45_000 },
      ],
      sectorGroupOf: groupOf,
      procedure,
    });
    expect(result.totalEurExclVat).toBe(95_000);
    expect(result.band?.band).toBe('MAPA_BOAMP_OR_JAL');
    expect(result.advice).toEqual([
      {
        code: 'BAND_ON_TOTAL',
        ruleId: 'THR-01',
        labelKey: 'needs.allotment.BAND_ON_TOTAL',
        totalEurExclVat: 95_000,
        band: 'MAPA_BOAMP_OR_JAL',
        largestLotBand: 'DISPENSE',
      },
    ]);
  });

  it('gives no band warning when the largest lot is already in the total band', () => {
    const result = allotmentAdvice({
      lots: [
        { sectorSlugs: [CLEANING], amountEurExclVat: 100_000 },
        { sectorSlugs: [CLEANING], amountEurExclVat: 5_000 },
      ],
      sectorGroupOf: groupOf,
      procedure: { nature: 'SERVICES', buyerType: 'OTHER_PA', at: '2026-05-01' },
    });
    expect(result.advice).toEqual([]);
    expect(result.amountsComplete).toBe(true);
  });

  it('sums only known amounts and says the total is incomplete', () => {
    const result = allotmentAdvice({
      lots: [
        { sectorSlugs: [CLEANING], amountEurExclVat: 30_000 },
        { sectorSlugs: [CLEANING], amountEurExclVat: null },
      ],
      sectorGroupOf: groupOf,
      procedure: { nature: 'SERVICES', buyerType: 'OTHER_PA', at: '2026-05-01' },
    });
    expect(result).toMatchObject({ totalEurExclVat: 30_000, amountsComplete: false });
    expect(result.band?.band).toBe('DISPENSE');
  });
});
