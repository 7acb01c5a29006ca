// Verification status of one declared ESS kind, derived from the status proofs of that kind.
// One place decides it, so the submission, the review and the expiry job always agree:
//
//   no proof at all                         → DECLARED
//   a VERIFIED proof still valid at `at`    → VERIFIED (whatever else exists)
//   otherwise a proof waiting for review    → PENDING
//   otherwise the latest of the rejections and expiries → REJECTED or EXPIRED
//
// A VERIFIED proof whose end date is before `at` counts as EXPIRED even if the daily job has not
// marked it yet, so the answer depends on the date, never on when the job last ran.

import type { VerificationStatus } from './verification-status';

export type KindProofStatus = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';

export interface KindProof {
  readonly status: KindProofStatus;
  /** ISO date YYYY-MM-DD, inclusive; null = no start date. */
  readonly validFrom?: string | null;
  /** ISO date YYYY-MM-DD, inclusive (valid through that whole day); null = no end date. */
  readonly validUntil?: string | null;
  readonly submittedAt: Date | string;
  /** When staff reviewed it (the time of a rejection). */
  readonly reviewedAt?: Date | string | null;
}

export interface KindStatusResult {
  readonly status: VerificationStatus;
  /** End of the verified period (latest end date of the valid verified proofs); null if open-ended or not verified. */
  readonly verifiedUntil: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date (YYYY-MM-DD) in Paris, the platform's legal time zone. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `date` plus `days` (may be negative), both YYYY-MM-DD. */
export function isoDateAddDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a VERIFIED proof still supports its kind on `at` (its end date is inclusive). */
export function isProofValidAt(proof: Pick<KindProof, 'validUntil'>, at: string): boolean {
  return !proof.validUntil || proof.validUntil >= at;
}

/** The verification status of a kind on date `at` (YYYY-MM-DD), from all the proofs of that kind. */
export function kindVerificationStatus(proofs: readonly KindProof[], at: string): KindStatusResult {
  if (proofs.length === 0) return { status: 'DECLARED', verifiedUntil: null };

  const valid = proofs.filter((p) => p.status === 'VERIFIED' && isProofValidAt(p, at));
  if (valid.length > 0) {
    const openEnded = valid.some((p) => !p.validUntil);
    const latestEnd = valid.map((p) => p.validUntil as string).sort().at(-1) ?? null;
    return { status: 'VERIFIED', verifiedUntil: openEnded ? null : latestEnd };
  }
  if (proofs.some((p) => p.status === 'PENDING')) return { status: 'PENDING', verifiedUntil: null };

  // Only terminal proofs are left (REJECTED, EXPIRED, or VERIFIED past their end date): the kind
  // shows what happened last — a rejection when it was reviewed, an expiry the day after the end date.
  const latest = [...proofs].sort((a, b) => endedAt(b) - endedAt(a))[0]!;
  return { status: latest.status === 'REJECTED' ? 'REJECTED' : 'EXPIRED', verifiedUntil: null };
}

function endedAt(proof: KindProof): number {
  if (proof.status !== 'REJECTED' && proof.validUntil) return new Date(`${isoDateAddDays(proof.validUntil, 1)}T00:00:00Z`).getTime();
  return time(proof.reviewedAt ?? proof.submittedAt);
}

function time(value: Date | string): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}
