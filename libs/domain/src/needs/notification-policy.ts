// Email fan-out rules. In-app notifications are always written; these rules only decide what
// happens to the email of one notification for one user, and when a digest is due.
//
// emailDecision, in order:
//   1. the user opted out of emails for the category → SKIP
//   2. below the daily limit of emails of that category (Paris day) → SEND
//   3. over it: per category, EMAIL_OVER_LIMIT (DIGEST: goes into the next daily digest;
//      SKIP: dropped, the in-app notification stays; SEND: never throttled)
//
// digestWindow: a digest is due once per Paris calendar day (DAILY) or once every 7 Paris days
// (WEEKLY), counted from the day of the last one, from midnight Paris time. It covers what was
// created after the last digest (exclusive) up to now (inclusive); store `to` as the new last
// digest time, so consecutive windows neither overlap nor leave a gap.

import { isIsoDate, isoDateAddDays, parisToday } from '../kind-status';

/** Categories a user can opt out of by email (the API's notification.category values). */
export const NOTIFICATION_CATEGORIES = [
  'NEED_MATCHED',
  'NEED_UPDATED',
  'NEED_REMINDER',
  'NEED_INTEREST',
  'NEED_STATUS',
  'SAVED_SEARCH',
  'RESPONSE',
  'CONSORTIUM',
  'MESSAGE',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export type EmailDecision = 'SEND' | 'DIGEST' | 'SKIP';

/** What becomes of an email once the user's daily limit for its category is reached. */
export const EMAIL_OVER_LIMIT: Readonly<Record<NotificationCategory, EmailDecision>> = {
  // The volume category: a busy supplier gets the rest of the day's matches in one digest.
  NEED_MATCHED: 'DIGEST',
  NEED_UPDATED: 'DIGEST',
  NEED_INTEREST: 'DIGEST',
  // A nudge: not worth a digest line, and the in-app notification remains.
  NEED_REMINDER: 'SKIP',
  // Outcome of something the user acted on (closed, awarded, cancelled, review): rare, always sent.
  NEED_STATUS: 'SEND',
  // Already a digest, one per saved search and window.
  SAVED_SEARCH: 'SEND',
  // Responses submitted or decided, consortium invitations and answers: rare and awaited.
  RESPONSE: 'SEND',
  CONSORTIUM: 'SEND',
  // Conversations can be chatty: past the limit, the rest of the day's messages go into the digest.
  MESSAGE: 'DIGEST',
};

export interface EmailDecisionInput {
  readonly category: NotificationCategory;
  readonly optedOut: boolean;
  /** Emails of this category already sent to this user today (Paris day, see parisDayStart). */
  readonly sentTodayForCategory: number;
  /** Maximum emails of this category per user per day; Infinity for none. */
  readonly dailyLimit: number;
}

export function emailDecision(input: EmailDecisionInput): EmailDecision {
  const { sentTodayForCategory: sent, dailyLimit } = input;
  if (!(sent >= 0) || !Number.isFinite(sent)) throw new RangeError('emailDecision: sentTodayForCategory must be a finite number ≥ 0');
  if (!(dailyLimit >= 0)) throw new RangeError('emailDecision: dailyLimit must be ≥ 0 (Infinity for no limit)');
  if (input.optedOut) return 'SKIP';
  if (sent < dailyLimit) return 'SEND';
  return EMAIL_OVER_LIMIT[input.category];
}

export function isNotificationCategory(value: unknown): value is NotificationCategory {
  return typeof value === 'string' && (NOTIFICATION_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The instant a Paris calendar day (YYYY-MM-DD) starts. Paris changes time at 02:00/03:00, never
 * at midnight, so every day has exactly one midnight (UTC+1 in winter, UTC+2 in summer).
 */
export function parisDayStart(day: string): Date {
  if (!isIsoDate(day)) throw new RangeError(`parisDayStart: not a calendar day: ${day}`);
  const utcMidnight = new Date(`${day}T00:00:00Z`).getTime();
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (parisToday(candidate) === day && parisToday(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  // Unreachable while Paris is UTC+1 or UTC+2.
  throw new RangeError(`parisDayStart: no Paris midnight found for ${day}`);
}

export type DigestFrequency = 'DAILY' | 'WEEKLY';
export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = ['DAILY', 'WEEKLY'];

export interface DigestWindow {
  readonly due: boolean;
  /** Exclusive lower bound: items created strictly after it; null = everything so far. */
  readonly from: Date | null;
  /** Inclusive upper bound (= now); the new "last sent" once the digest goes out. */
  readonly to: Date;
  /** When the next digest may go (the start of a Paris day); equals `now` if never sent. */
  readonly nextDueAt: Date;
}

const PERIOD_DAYS: Readonly<Record<DigestFrequency, number>> = { DAILY: 1, WEEKLY: 7 };

export function digestWindow(frequency: DigestFrequency, lastSentAt: Date | null, now: Date): DigestWindow {
  if (Number.isNaN(now.getTime()) || (lastSentAt && Number.isNaN(lastSentAt.getTime()))) {
    throw new RangeError('digestWindow: dates must be valid');
  }
  if (!lastSentAt) return { due: true, from: null, to: now, nextDueAt: now };
  const nextDueAt = parisDayStart(isoDateAddDays(parisToday(lastSentAt), PERIOD_DAYS[frequency]));
  return { due: now.getTime() >= nextDueAt.getTime(), from: lastSentAt, to: now, nextDueAt };
}
