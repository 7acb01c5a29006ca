// GME-03 (exactly one mandataire), GME-05 (capacities judged together) and the share rule the
// product applies before a consortium bids: the bidding members' (LEAD and CO_CONTRACTOR) shares of
// the work add up to 100 %. Subcontractors are not members in law (RES-09) and have no share here.

import type { ConsortiumMemberRole } from './consortium';
import { isBiddingRole } from './consortium';

export interface CompositionMember {
  readonly role: ConsortiumMemberRole;
  /** Share of the work in percent, null when not declared yet. */
  readonly sharePercent: number | null;
}

export type CompositionIssueCode = 'NO_LEAD' | 'SEVERAL_LEADS' | 'SHARE_MISSING' | 'SHARES_NOT_100';

export interface CompositionIssue {
  readonly code: CompositionIssueCode;
  readonly message_fr: string;
  readonly message_en: string;
  /** SHARES_NOT_100: the declared total. */
  readonly total?: number;
}

/** Shares are floats typed by people: 33.33 + 33.33 + 33.34 must pass. */
const SHARE_TOLERANCE = 0.01;

/** What prevents these (accepted) members from bidding together; empty when the composition is sound. */
export function consortiumCompositionIssues(members: readonly CompositionMember[]): CompositionIssue[] {
  const issues: CompositionIssue[] = [];
  const leads = members.filter((m) => m.role === 'LEAD').length;
  if (leads === 0) issues.push({ code: 'NO_LEAD', message_fr: "Le groupement n'a pas de mandataire.", message_en: 'The consortium has no lead.' });
  if (leads > 1) issues.push({ code: 'SEVERAL_LEADS', message_fr: 'Le groupement a plusieurs mandataires.', message_en: 'The consortium has more than one lead.' });
  const bidders = members.filter((m) => isBiddingRole(m.role));
  if (bidders.some((m) => m.sharePercent === null)) {
    issues.push({
      code: 'SHARE_MISSING',
      message_fr: 'Chaque mandataire et cotraitant doit déclarer sa part des prestations.',
      message_en: 'The lead and every co-contractor must declare their share of the work.',
    });
    return issues;
  }
  const total = Math.round(bidders.reduce((sum, m) => sum + (m.sharePercent ?? 0), 0) * 100) / 100;
  if (bidders.length > 0 && Math.abs(total - 100) > SHARE_TOLERANCE) {
    issues.push({
      code: 'SHARES_NOT_100',
      message_fr: `Les parts du mandataire et des cotraitants totalisent ${total} % au lieu de 100 %.`,
      message_en: `The lead's and co-contractors' shares add up to ${total}% instead of 100%.`,
      total,
    });
  }
  return issues;
}

// ------------------------------------------------------------------ combined profile (GME-05)

export interface ProfileMember {
  readonly headcount: number | null;
  readonly capacity: { readonly quantity: number; readonly unit: string; readonly period: string | null } | null;
  readonly certifications: readonly string[];
  readonly kinds: readonly string[];
  readonly areas: readonly {
    readonly areaKind: 'NATIONAL' | 'ZONES' | 'RADIUS';
    readonly regionCodes: readonly string[];
    readonly departementCodes: readonly string[];
  }[];
  readonly sectorSlugs: readonly string[];
}

export interface CombinedProfile {
  /** Sum of the declared headcounts (members without one count 0). */
  readonly headcount: number;
  /** Members whose headcount is unknown, so the buyer knows the total is a floor. */
  readonly membersWithoutHeadcount: number;
  /** Available capacity summed per unit and period only: tonnes and hours never add up. */
  readonly capacities: readonly { readonly unit: string; readonly period: string | null; readonly quantity: number; readonly members: number }[];
  readonly certifications: readonly string[];
  readonly kinds: readonly string[];
  readonly national: boolean;
  readonly regionCodes: readonly string[];
  readonly departementCodes: readonly string[];
  readonly sectorSlugs: readonly string[];
}

const sortedUnion = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

/** The consortium as the buyer judges it: capacities together (R2142-25). */
export function combinedConsortiumProfile(members: readonly ProfileMember[]): CombinedProfile {
  const capacities = new Map<string, { unit: string; period: string | null; quantity: number; members: number }>();
  for (const m of members) {
    if (!m.capacity) continue;
    const unit = m.capacity.unit.trim().toLowerCase();
    const key = `${unit}|${m.capacity.period ?? ''}`;
    const sum = capacities.get(key) ?? { unit, period: m.capacity.period, quantity: 0, members: 0 };
    sum.quantity += m.capacity.quantity;
    sum.members += 1;
    capacities.set(key, sum);
  }
  const areas = members.flatMap((m) => m.areas);
  return {
    headcount: members.reduce((sum, m) => sum + (m.headcount ?? 0), 0),
    membersWithoutHeadcount: members.filter((m) => m.headcount === null).length,
    capacities: [...capacities.values()].sort((a, b) => a.unit.localeCompare(b.unit) || (a.period ?? '').localeCompare(b.period ?? '')),
    certifications: sortedUnion(members.map((m) => m.certifications)),
    kinds: sortedUnion(members.map((m) => m.kinds)),
    national: areas.some((a) => a.areaKind === 'NATIONAL'),
    regionCodes: sortedUnion(areas.map((a) => a.regionCodes)),
    departementCodes: sortedUnion(areas.map((a) => a.departementCodes)),
    sectorSlugs: sortedUnion(members.map((m) => m.sectorSlugs)),
  };
}
