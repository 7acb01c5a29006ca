// The builder's live share check: the lead's and co-contractors' shares of the work add up to
// 100 % (subcontractors have no share in the consortium, RES-09). Shares are typed by people, so a
// small tolerance lets 33,33 + 33,33 + 33,34 pass, as the server does. Pure, unit-tested.
import { parseDecimal } from '../responses/form';
import type { ConsortiumMember, ConsortiumMemberRole, ConsortiumMemberStatus } from './types';

const TOLERANCE = 0.01;

export interface ShareLine {
  role: ConsortiumMemberRole;
  status: ConsortiumMemberStatus;
  /** As typed ("40", "33,3") or as stored. */
  share: string | number | null;
}

export interface ShareCheck {
  /** Sum of the parsed shares of the bidding members that count, rounded to 2 decimals. */
  total: number;
  /** Bidding members without a (valid) share. */
  missing: number;
  /** What is left to reach 100 (negative when over). */
  remaining: number;
  state: 'ok' | 'under' | 'over' | 'missing';
}

/** Members that count: accepted, or invited and so still expected. */
const COUNTS: readonly ConsortiumMemberStatus[] = ['ACCEPTED', 'INVITED'];

function shareValue(share: ShareLine['share']): number | null {
  if (share === null) return null;
  if (typeof share === 'number') return Number.isFinite(share) ? share : null;
  const parsed = parseDecimal(share);
  return parsed !== null && Number.isFinite(parsed) && parsed >= 0 && parsed <= 100 ? parsed : null;
}

export function checkShares(lines: readonly ShareLine[]): ShareCheck {
  const bidders = lines.filter((l) => l.role !== 'SUBCONTRACTOR' && COUNTS.includes(l.status));
  let total = 0;
  let missing = 0;
  for (const line of bidders) {
    const value = shareValue(line.share);
    if (value === null) missing += 1;
    else total += value;
  }
  total = Math.round(total * 100) / 100;
  const remaining = Math.round((100 - total) * 100) / 100;
  let state: ShareCheck['state'] = 'ok';
  if (total - 100 > TOLERANCE) state = 'over';
  else if (missing > 0) state = 'missing';
  else if (100 - total > TOLERANCE) state = 'under';
  return { total, missing, remaining, state };
}

/** The builder's lines: stored members, with the shares being edited in place of theirs. */
export function shareLines(members: readonly ConsortiumMember[], edits: Readonly<Record<string, string>>): ShareLine[] {
  return members.map((m) => ({ role: m.role, status: m.status, share: m.id in edits ? (edits[m.id] ?? '') : m.sharePercent }));
}

/** A typed share → the mutation's value: null when empty, NaN when not a share. */
export function parseShare(text: string): number | null {
  const value = parseDecimal(text);
  if (value === null) return null;
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : Number.NaN;
}
