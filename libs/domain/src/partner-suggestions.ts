// Partner suggestions ("bourse à la co-traitance"): suppliers a supplier could team up with on a
// lot, ranked, each with the reasons for its rank. Candidates come from the matching predicate (they
// already cover the lot's place and one of its sectors); this ranks them. On a reserved lot a
// non-eligible partner would sink the consortium (RES-08), so it is left out.

import type { EligibilityStatus } from './eligibility';
import type { ReservationType } from './reservation';

export interface PartnerCandidate {
  readonly id: string;
  readonly name: string;
  /** Sectors of the candidate's activities (those covering the lot's place). */
  readonly sectorSlugs: readonly string[];
  readonly coversPlace: boolean;
  /** Available capacity, when declared. */
  readonly capacity: { readonly quantity: number; readonly unit: string } | null;
  readonly headcount: number | null;
  /** Eligibility to the lot's reservation (ELIGIBLE on an open lot). */
  readonly eligibility: EligibilityStatus;
  readonly eligibleKinds: readonly string[];
  /** Responses it submitted on the platform so far. */
  readonly pastResponses: number;
}

export interface PartnerSuggestionInput {
  readonly lotSectorSlugs: readonly string[];
  readonly reservation: ReservationType;
  /** Sectors the asking supplier already covers: partners are most useful for the others. */
  readonly callerSectorSlugs: readonly string[];
  readonly candidates: readonly PartnerCandidate[];
  readonly limit: number;
}

export type PartnerSuggestionReason =
  | { readonly type: 'COMPLEMENTARY_SECTORS'; readonly sectorSlugs: readonly string[] }
  | { readonly type: 'SAME_SECTORS'; readonly sectorSlugs: readonly string[] }
  | { readonly type: 'AREA' }
  | { readonly type: 'CAPACITY'; readonly quantity: number; readonly unit: string }
  | { readonly type: 'HEADCOUNT'; readonly headcount: number }
  | { readonly type: 'ELIGIBILITY'; readonly reservation: ReservationType; readonly status: 'ELIGIBLE' | 'TO_CONFIRM'; readonly kinds: readonly string[] }
  | { readonly type: 'EXPERIENCE'; readonly responses: number };

export interface PartnerSuggestion {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly reasons: readonly PartnerSuggestionReason[];
}

/** Points per criterion: complementing the caller matters most, then eligibility, then the rest. */
export const PARTNER_SUGGESTION_WEIGHTS = {
  complementarySector: 30,
  sameSector: 5,
  area: 10,
  eligible: 20,
  toConfirm: 5,
  capacity: 10,
  /** Per 10 people, at most 10 points. */
  headcountPer10: 2,
  /** Per past response, at most 10 points. */
  experiencePerResponse: 2,
} as const;

export function rankPartnerSuggestions(input: PartnerSuggestionInput): PartnerSuggestion[] {
  const w = PARTNER_SUGGESTION_WEIGHTS;
  const lotSectors = new Set(input.lotSectorSlugs);
  const callerSectors = new Set(input.callerSectorSlugs);
  const reserved = input.reservation !== 'NONE';
  const ranked: PartnerSuggestion[] = [];
  for (const c of input.candidates) {
    if (reserved && c.eligibility === 'INELIGIBLE') continue;
    const onLot = [...new Set(c.sectorSlugs)].filter((s) => lotSectors.has(s)).sort();
    const complementary = onLot.filter((s) => !callerSectors.has(s));
    const same = onLot.filter((s) => callerSectors.has(s));
    const reasons: PartnerSuggestionReason[] = [];
    let score = 0;
    if (complementary.length > 0) {
      reasons.push({ type: 'COMPLEMENTARY_SECTORS', sectorSlugs: complementary });
      score += w.complementarySector * complementary.length;
    }
    if (same.length > 0) {
      reasons.push({ type: 'SAME_SECTORS', sectorSlugs: same });
      score += w.sameSector;
    }
    if (c.coversPlace) {
      reasons.push({ type: 'AREA' });
      score += w.area;
    }
    if (reserved && c.eligibility !== 'INELIGIBLE') {
      reasons.push({ type: 'ELIGIBILITY', reservation: input.reservation, status: c.eligibility, kinds: [...c.eligibleKinds] });
      score += c.eligibility === 'ELIGIBLE' ? w.eligible : w.toConfirm;
    }
    if (c.capacity && c.capacity.quantity > 0) {
      reasons.push({ type: 'CAPACITY', quantity: c.capacity.quantity, unit: c.capacity.unit });
      score += w.capacity;
    }
    if (c.headcount !== null && c.headcount > 0) {
      reasons.push({ type: 'HEADCOUNT', headcount: c.headcount });
      score += Math.min(10, Math.floor(c.headcount / 10) * w.headcountPer10);
    }
    if (c.pastResponses > 0) {
      reasons.push({ type: 'EXPERIENCE', responses: c.pastResponses });
      score += Math.min(10, c.pastResponses * w.experiencePerResponse);
    }
    ranked.push({ id: c.id, name: c.name, score, reasons });
  }
  ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  return ranked.slice(0, Math.max(0, input.limit));
}

/** One reason in the reader's language; `sectorLabel` resolves slugs (reference data). */
export function formatPartnerSuggestionReason(reason: PartnerSuggestionReason, lang: 'fr' | 'en', sectorLabel: (slug: string) => string): string {
  const fr = lang === 'fr';
  switch (reason.type) {
    case 'COMPLEMENTARY_SECTORS':
      return `${fr ? 'complète vos secteurs : ' : 'complements your sectors: '}${reason.sectorSlugs.map(sectorLabel).join(', ')}`;
    case 'SAME_SECTORS':
      return `${fr ? 'même secteur que vous : ' : 'same sector as you: '}${reason.sectorSlugs.map(sectorLabel).join(', ')}`;
    case 'AREA':
      return fr ? "intervient sur le lieu d'exécution" : 'covers the place of delivery';
    case 'CAPACITY':
      return `${fr ? 'capacité disponible : ' : 'available capacity: '}${reason.quantity} ${reason.unit}`;
    case 'HEADCOUNT':
      return fr ? `${reason.headcount} salarié·es` : `${reason.headcount} employees`;
    case 'ELIGIBILITY': {
      const kinds = reason.kinds.length > 0 ? ` (${reason.kinds.join(', ')})` : '';
      if (reason.status === 'ELIGIBLE') return `${fr ? 'éligible au lot réservé' : 'eligible to the reserved lot'}${kinds}`;
      return `${fr ? 'éligibilité au lot réservé à confirmer' : 'eligibility to the reserved lot to be confirmed'}${kinds}`;
    }
    case 'EXPERIENCE':
      return fr ? `${reason.responses} réponse${reason.responses > 1 ? 's' : ''} déjà envoyée${reason.responses > 1 ? 's' : ''} sur Essor` : `${reason.responses} response${reason.responses > 1 ? 's' : ''} already sent on Essor`;
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}
