// Procedure bands (THR-02) and allotment advice (THR-01) for a public buyer's need.
//
// THR-02: the band depends on the estimated value excluding VAT of the **whole** need (the total of
// all its lots, THR-01), the contract's nature, the buyer type and the figures in force on the
// launch date (a Paris calendar day):
//   - DISPENSE (R2122-8, no publicity or competition required): supplies and services < 40 000 €
//     until 31 Mar 2026, < 60 000 € from 1 Apr 2026; works < 100 000 € (temporary until 31 Dec
//     2025, permanent from 1 Jan 2026). VERIFIED.
//   - buyer profile and electronic procedure mandatory (R2132-2) from 40 000 €, 60 000 € from
//     1 Apr 2026. VERIFIED.
//   - MAPA_BOAMP_OR_JAL: ≥ 90 000 € up to the EU threshold, notice in BOAMP or a JAL. PARTIAL.
//   - FORMALISE from the EU threshold ("égale ou supérieure"): 2024–2025: 143 000 € central
//     government, 221 000 € other buyers, 443 000 € entités adjudicatrices, 5 538 000 € works;
//     2026–2027: 140 000 €, 216 000 €, 432 000 €, 5 404 000 €. VERIFIED.
//   - social and other specific services may go through MAPA whatever the amount (R2123-1 3°);
//     their EU threshold is 750 000 € (1 000 000 € for entités adjudicatrices). UNVERIFIED: the
//     answer says so in its notes.
//   - MAPA otherwise.
// Dates outside the periods the rules give (before 2024, after 2027) use the nearest period and
// come back `provisional`: the EU figures are revised every two years and must be added here.
//
// THR-01 (L2113-10, L2113-11): a need is divided into lots by default whenever distinct services
// can be identified; a buyer that keeps them together must give its reasons. The product reads
// "sectors of different groups in one lot" as distinct services, and warns when the band of the
// total is higher than the band of its largest lot (the band is never chosen lot by lot). The
// small-lot exemptions (R2122-8, R2123-1) are not modelled (UNVERIFIED in the rules).

import { isIsoDate, parisToday } from '../kind-status';
import type { EvidenceStatus } from '../supplier-kinds';

export type ContractNature = 'SUPPLIES' | 'SERVICES' | 'WORKS';
/** THR-02 buyer types: central government, other pouvoirs adjudicateurs, entités adjudicatrices. */
export type ThresholdBuyerType = 'CENTRAL' | 'OTHER_PA' | 'ENTITE_ADJUDICATRICE';
export type ProcedureBand = 'DISPENSE' | 'MAPA' | 'MAPA_BOAMP_OR_JAL' | 'FORMALISE';
/** Bands in increasing order of formality. */
export const PROCEDURE_BANDS: readonly ProcedureBand[] = ['DISPENSE', 'MAPA', 'MAPA_BOAMP_OR_JAL', 'FORMALISE'];

export interface ProcedureBandInput {
  readonly amountEurExclVat: number;
  readonly nature: ContractNature;
  readonly buyerType: ThresholdBuyerType;
  /** Launch date of the consultation: an instant (taken as its Paris day) or a YYYY-MM-DD day. */
  readonly at: Date | string;
  /** Social and other specific services (light regime, R2123-1 3°). */
  readonly socialServices?: boolean;
}

export type ProcedureNoteCode =
  /** The date is outside the periods the rules give: the nearest period's figures were used. */
  | 'PROVISIONAL_FIGURES'
  /** Social services: MAPA whatever the amount (UNVERIFIED). */
  | 'SOCIAL_SERVICES_LIGHT_REGIME'
  /** Social services at or above their EU threshold (UNVERIFIED): EU publicity is likely due. */
  | 'SOCIAL_SERVICES_EU_THRESHOLD';

export interface ProcedureNote {
  readonly code: ProcedureNoteCode;
  readonly labelKey: string;
  readonly evidence: EvidenceStatus;
}

export interface ProcedureThresholds {
  /** Below this: DISPENSE. */
  readonly dispenseBelowEur: number;
  /** From this: buyer profile and electronic procedure mandatory (R2132-2). */
  readonly buyerProfileFromEur: number;
  /** From this: notice in BOAMP or a JAL. */
  readonly boampFromEur: number;
  /** From this: formalised EU procedure (or, for social services, their EU threshold). */
  readonly euFromEur: number;
}

export interface ProcedureBandResult {
  readonly band: ProcedureBand;
  /** i18n key of the band's label, e.g. `needs.procedureBand.MAPA`. */
  readonly labelKey: string;
  readonly ruleId: 'THR-02';
  /** How well the decisive threshold is sourced (procurement-rules.md §0). */
  readonly evidence: EvidenceStatus;
  readonly buyerProfileRequired: boolean;
  readonly thresholds: ProcedureThresholds;
  readonly provisional: boolean;
  readonly notes: readonly ProcedureNote[];
}

interface EuPeriod {
  readonly from: string;
  readonly until: string;
  readonly suppliesServices: Readonly<Record<ThresholdBuyerType, number>>;
  readonly works: number;
}

// THR-02 "EU formalised procedure" rows.
const EU_PERIODS: readonly EuPeriod[] = [
  {
    from: '2024-01-01',
    until: '2025-12-31',
    suppliesServices: { CENTRAL: 143_000, OTHER_PA: 221_000, ENTITE_ADJUDICATRICE: 443_000 },
    works: 5_538_000,
  },
  {
    from: '2026-01-01',
    until: '2027-12-31',
    suppliesServices: { CENTRAL: 140_000, OTHER_PA: 216_000, ENTITE_ADJUDICATRICE: 432_000 },
    works: 5_404_000,
  },
];
const FIRST_KNOWN_DAY = '2024-01-01';
const LAST_KNOWN_DAY = '2027-12-31';

/** Supplies and services dispense threshold and R2132-2 threshold: 40 000 € → 60 000 € on 1 Apr 2026. */
const SUPPLIES_SERVICES_DISPENSE_RAISED_ON = '2026-04-01';
const WORKS_DISPENSE_EUR = 100_000;
const BOAMP_FROM_EUR = 90_000;
const SOCIAL_SERVICES_EU_EUR: Readonly<Record<ThresholdBuyerType, number>> = {
  CENTRAL: 750_000,
  OTHER_PA: 750_000,
  ENTITE_ADJUDICATRICE: 1_000_000,
};

const note = (code: ProcedureNoteCode, evidence: EvidenceStatus): ProcedureNote => ({
  code,
  labelKey: `needs.procedureNote.${code}`,
  evidence,
});

/** The figures of THR-02 in force on `day` (YYYY-MM-DD), nearest period outside the known ones. */
export function procedureThresholds(
  nature: ContractNature,
  buyerType: ThresholdBuyerType,
  day: string,
  socialServices = false,
): ProcedureThresholds {
  const known = day < FIRST_KNOWN_DAY ? FIRST_KNOWN_DAY : day > LAST_KNOWN_DAY ? LAST_KNOWN_DAY : day;
  const period = EU_PERIODS.find((p) => p.from <= known && known <= p.until) ?? EU_PERIODS[EU_PERIODS.length - 1]!;
  const lowThreshold = known >= SUPPLIES_SERVICES_DISPENSE_RAISED_ON ? 60_000 : 40_000;
  const dispenseBelowEur = nature === 'WORKS' ? WORKS_DISPENSE_EUR : lowThreshold;
  const euFromEur = socialServices
    ? SOCIAL_SERVICES_EU_EUR[buyerType]
    : nature === 'WORKS'
      ? period.works
      : period.suppliesServices[buyerType];
  return { dispenseBelowEur, buyerProfileFromEur: lowThreshold, boampFromEur: BOAMP_FROM_EUR, euFromEur };
}

export function procedureBand(input: ProcedureBandInput): ProcedureBandResult {
  const { amountEurExclVat: amount, nature, buyerType } = input;
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError('procedureBand: amount must be a finite number ≥ 0');
  const day = launchDay(input.at);
  const social = input.socialServices === true;
  const thresholds = procedureThresholds(nature, buyerType, day, social);
  const provisional = day < FIRST_KNOWN_DAY || day > LAST_KNOWN_DAY;
  const notes: ProcedureNote[] = [];
  if (provisional) notes.push(note('PROVISIONAL_FIGURES', 'UNVERIFIED'));

  let band: ProcedureBand;
  let evidence: EvidenceStatus;
  if (amount < thresholds.dispenseBelowEur) {
    band = 'DISPENSE';
    evidence = 'VERIFIED';
  } else if (social) {
    // R2123-1 3°: MAPA whatever the amount; the publicity bands still apply below that.
    band = amount >= thresholds.boampFromEur ? 'MAPA_BOAMP_OR_JAL' : 'MAPA';
    evidence = 'UNVERIFIED';
    notes.push(note('SOCIAL_SERVICES_LIGHT_REGIME', 'UNVERIFIED'));
    if (amount >= thresholds.euFromEur) notes.push(note('SOCIAL_SERVICES_EU_THRESHOLD', 'UNVERIFIED'));
  } else if (amount >= thresholds.euFromEur) {
    band = 'FORMALISE';
    evidence = 'VERIFIED';
  } else if (amount >= thresholds.boampFromEur) {
    band = 'MAPA_BOAMP_OR_JAL';
    evidence = 'PARTIAL';
  } else {
    band = 'MAPA';
    evidence = 'VERIFIED';
  }
  return {
    band,
    labelKey: `needs.procedureBand.${band}`,
    ruleId: 'THR-02',
    evidence,
    buyerProfileRequired: amount >= thresholds.buyerProfileFromEur,
    thresholds,
    provisional,
    notes,
  };
}

function launchDay(at: Date | string): string {
  if (typeof at === 'string') {
    if (!isIsoDate(at)) throw new RangeError('procedureBand: `at` must be a Date or a YYYY-MM-DD day');
    return at;
  }
  if (Number.isNaN(at.getTime())) throw new RangeError('procedureBand: `at` must be a valid Date');
  return parisToday(at);
}

export function compareProcedureBands(a: ProcedureBand, b: ProcedureBand): number {
  return PROCEDURE_BANDS.indexOf(a) - PROCEDURE_BANDS.indexOf(b);
}

// ---------------------------------------------------------------------------------------------
// Allotment (THR-01)

export interface AllotmentLot {
  readonly sectorSlugs: readonly string[];
  /** Estimated value excluding VAT; null when the buyer gave none. */
  readonly amountEurExclVat: number | null;
}

/** The sector group of a sector slug (reference data); null or undefined when unknown. */
export type SectorGroupOf = (sectorSlug: string) => string | null | undefined;

export interface SuggestedLot {
  /** Index of the lot it comes from. */
  readonly fromLotIndex: number;
  /** Null gathers the sectors whose group is unknown. */
  readonly groupSlug: string | null;
  readonly sectorSlugs: readonly string[];
}

/**
 * THR-01 (L2113-10): one lot per group of sectors. A lot whose sectors share one group is kept as
 * it is; a lot mixing groups is split into one lot per group, in the order the sectors come.
 */
export function suggestLots(lots: readonly Pick<AllotmentLot, 'sectorSlugs'>[], sectorGroupOf: SectorGroupOf): SuggestedLot[] {
  return lots.flatMap((lot, fromLotIndex) =>
    groupSectors(lot.sectorSlugs, sectorGroupOf).map(({ groupSlug, sectorSlugs }) => ({ fromLotIndex, groupSlug, sectorSlugs })),
  );
}

function groupSectors(sectorSlugs: readonly string[], sectorGroupOf: SectorGroupOf): { groupSlug: string | null; sectorSlugs: string[] }[] {
  const groups = new Map<string | null, string[]>();
  for (const slug of new Set(sectorSlugs)) {
    const group = sectorGroupOf(slug) ?? null;
    const list = groups.get(group);
    if (list) list.push(slug);
    else groups.set(group, [slug]);
  }
  return [...groups].map(([groupSlug, slugs]) => ({ groupSlug, sectorSlugs: slugs }));
}

export type AllotmentAdvice =
  | {
      /** L2113-10: the lot mixes distinct services; split it, or give reasons not to (L2113-11). */
      readonly code: 'SPLIT_MIXED_LOT';
      readonly ruleId: 'THR-01';
      readonly labelKey: string;
      readonly lotIndex: number;
      readonly groups: readonly { readonly groupSlug: string | null; readonly sectorSlugs: readonly string[] }[];
    }
  | {
      /** The band of the total is higher than the band of any single lot: the total decides. */
      readonly code: 'BAND_ON_TOTAL';
      readonly ruleId: 'THR-01';
      readonly labelKey: string;
      readonly totalEurExclVat: number;
      readonly band: ProcedureBand;
      readonly largestLotBand: ProcedureBand;
    };

export interface AllotmentInput {
  readonly lots: readonly AllotmentLot[];
  readonly sectorGroupOf: SectorGroupOf;
  /** When given (public buyers), the band is computed on the total of the lots. */
  readonly procedure?: Omit<ProcedureBandInput, 'amountEurExclVat'>;
}

export interface AllotmentResult {
  /** Sum of the lots' known amounts. */
  readonly totalEurExclVat: number;
  /** False when some lot has no amount: the band may be understated. */
  readonly amountsComplete: boolean;
  /** THR-02 band of the total; null without `procedure`. */
  readonly band: ProcedureBandResult | null;
  readonly advice: readonly AllotmentAdvice[];
}

export function allotmentAdvice(input: AllotmentInput): AllotmentResult {
  const advice: AllotmentAdvice[] = [];
  input.lots.forEach((lot, lotIndex) => {
    const groups = groupSectors(lot.sectorSlugs, input.sectorGroupOf);
    if (groups.length > 1) {
      advice.push({ code: 'SPLIT_MIXED_LOT', ruleId: 'THR-01', labelKey: 'needs.allotment.SPLIT_MIXED_LOT', lotIndex, groups });
    }
  });

  const amounts = input.lots.map((lot) => lot.amountEurExclVat).filter((a): a is number => a !== null);
  const totalEurExclVat = amounts.reduce((sum, a) => sum + a, 0);
  const amountsComplete = amounts.length === input.lots.length;
  let band: ProcedureBandResult | null = null;
  if (input.procedure) {
    band = procedureBand({ ...input.procedure, amountEurExclVat: totalEurExclVat });
    if (amounts.length > 1) {
      const largestLotBand = procedureBand({ ...input.procedure, amountEurExclVat: Math.max(...amounts) }).band;
      if (compareProcedureBands(band.band, largestLotBand) > 0) {
        advice.push({
          code: 'BAND_ON_TOTAL',
          ruleId: 'THR-01',
          labelKey: 'needs.allotment.BAND_ON_TOTAL',
          totalEurExclVat,
          band: band.band,
          largestLotBand,
        });
      }
    }
  }
  return { totalEurExclVat, amountsComplete, band, advice };
}
