import fc from 'fast-check';
import { parisToday } from '../kind-status';
import {
  digestWindow,
  EMAIL_OVER_LIMIT,
  emailDecision,
  isNotificationCategory,
  NOTIFICATION_CATEGORIES,
  parisDayStart,
  type EmailDecision,
  type NotificationCategory,
} from './notification-policy';

describe('emailDecision', () => {
  it.each<[NotificationCategory, boolean, number, number, EmailDecision]>([
    ['NEED_MATCHED', false, 0, 10, 'SEND'],
    ['NEED_MATCHED', false, 9, 10, 'SEND'],
    ['NEED_MATCHED', false, 10, 10, 'DIGEST'],
    ['NEED_MATCHED', false, 250, 10, 'DIGEST'],
    ['NEED_MATCHED', true, 0, 10, 'SKIP'],
    ['NEED_UPDATED', false, 3, 3, 'DIGEST'],
    ['NEED_INTEREST', false, 3, 3, 'DIGEST'],
    ['NEED_REMINDER', false, 2, 3, 'SEND'],
    ['NEED_REMINDER', false, 3, 3, 'SKIP'],
    ['NEED_STATUS', false, 99, 3, 'SEND'],
    ['NEED_STATUS', true, 0, 3, 'SKIP'],
    ['SAVED_SEARCH', false, 99, 3, 'SEND'],
    ['SAVED_SEARCH', true, 0, 3, 'SKIP'],
    ['NEED_MATCHED', false, 0, 0, 'DIGEST'],
    ['NEED_MATCHED', false, 1e6, Infinity, 'SEND'],
  ])('%s, opted out %s, %d sent, limit %d -> %s', (category, optedOut, sentTodayForCategory, dailyLimit, expected) => {
    expect(emailDecision({ category, optedOut, sentTodayForCategory, dailyLimit })).toBe(expected);
  });

  it('every category has an over-limit rule, and an opt-out always wins', () => {
    expect(Object.keys(EMAIL_OVER_LIMIT).sort()).toEqual([...NOTIFICATION_CATEGORIES].sort());
    fc.assert(
      fc.property(fc.constantFrom(...NOTIFICATION_CATEGORIES), fc.nat(), fc.nat(), (category, sent, limit) => {
        const decision = emailDecision({ category, optedOut: false, sentTodayForCategory: sent, dailyLimit: limit });
        return (
          emailDecision({ category, optedOut: true, sentTodayForCategory: sent, dailyLimit: limit }) === 'SKIP' &&
          decision === (sent < limit ? 'SEND' : EMAIL_OVER_LIMIT[category])
        );
      }),
    );
  });

  it('refuses counts it cannot read', () => {
    const base = { category: 'NEED_MATCHED', optedOut: false } as const;
    expect(() => emailDecision({ ...base, sentTodayForCategory: -1, dailyLimit: 5 })).toThrow(RangeError);
    expect(() => emailDecision({ ...base, sentTodayForCategory: Number.NaN, dailyLimit: 5 })).toThrow(RangeError);
    expect(() => emailDecision({ ...base, sentTodayForCategory: 0, dailyLimit: Number.NaN })).toThrow(RangeError);
    expect(() => emailDecision({ ...base, sentTodayForCategory: 0, dailyLimit: -2 })).toThrow(RangeError);
  });

  it('recognises categories', () => {
    expect(isNotificationCategory('NEED_MATCHED')).toBe(true);
    expect(isNotificationCategory('MARKETING')).toBe(false);
  });
});

describe('parisDayStart', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'], // winter, UTC+1
    ['2026-07-15', '2026-07-14T22:00:00.000Z'], // summer, UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // clocks go forward at 02:00 that day
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // clocks go back at 03:00 that day
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s starts at %s', (day, instant) => {
    expect(parisDayStart(day).toISOString()).toBe(instant);
  });

  it('is the first instant of that Paris day, for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }), (t) => {
        const day = parisToday(new Date(t));
        const start = parisDayStart(day);
        return start.getTime() <= t && parisToday(start) === day && parisToday(new Date(start.getTime() - 1)) !== day;
      }),
    );
  });

  it('refuses what is not a calendar day', () => {
    expect(() => parisDayStart('2026-02-30')).toThrow(RangeError);
    expect(() => parisDayStart('tomorrow')).toThrow(RangeError);
  });
});

describe('digestWindow', () => {
  const at = (iso: string) => new Date(iso);

  it('DAILY: due from the next Paris midnight after the last digest', () => {
    // Last digest at 22:30 Paris on 10 May (20:30 UTC): the next may go from 11 May 00:00 Paris.
    const last = at('2026-05-10T20:30:00Z');
    expect(digestWindow('DAILY', last, at('2026-05-10T21:59:59Z'))).toMatchObject({ due: false });
    const window = digestWindow('DAILY', last, at('2026-05-10T22:00:00Z'));
    expect(window).toEqual({ due: true, from: last, to: at('2026-05-10T22:00:00Z'), nextDueAt: at('2026-05-10T22:00:00Z') });
  });

  it('DAILY: a digest at 00:30 Paris is the day of the Paris calendar, not of UTC', () => {
    // 23:30 UTC on 14 Jan is 00:30 Paris on 15 Jan: the next is due on 16 Jan 00:00 Paris.
    expect(digestWindow('DAILY', at('2026-01-14T23:30:00Z'), at('2026-01-15T22:59:00Z')).due).toBe(false);
    expect(digestWindow('DAILY', at('2026-01-14T23:30:00Z'), at('2026-01-15T23:00:00Z')).due).toBe(true);
  });

  it('DAILY across the spring clock change', () => {
    expect(digestWindow('DAILY', at('2026-03-28T12:00:00Z'), at('2026-03-29T00:00:00Z')).nextDueAt.toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(digestWindow('DAILY', at('2026-03-29T12:00:00Z'), at('2026-03-29T00:00:00Z')).nextDueAt.toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });

  it('WEEKLY: due 7 Paris days after the day of the last digest', () => {
    const last = at('2026-05-04T07:00:00Z'); // Monday 09:00 Paris
    expect(digestWindow('WEEKLY', last, at('2026-05-10T21:59:00Z')).due).toBe(false);
    expect(digestWindow('WEEKLY', last, at('2026-05-10T22:00:00Z'))).toMatchObject({ due: true, nextDueAt: at('2026-05-10T22:00:00Z') });
  });

  it('never sent: due now, over everything so far', () => {
    const now = at('2026-05-10T08:00:00Z');
    expect(digestWindow('WEEKLY', null, now)).toEqual({ due: true, from: null, to: now, nextDueAt: now });
  });

  it('consecutive windows chain without gap or overlap, at most one per Paris day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DAILY' as const, 'WEEKLY' as const),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.array(fc.integer({ min: 1, max: 36 * 3_600_000 }), { minLength: 1, maxLength: 40 }),
        (frequency, start, steps) => {
          let last: Date | null = null;
          const sentDays: string[] = [];
          let now = start;
          for (const step of steps) {
            now += step;
            const window = digestWindow(frequency, last, new Date(now));
            if (!window.due) continue;
            if (last && window.from?.getTime() !== last.getTime()) return false;
            sentDays.push(parisToday(window.to));
            last = window.to;
          }
          return new Set(sentDays).size === sentDays.length;
        },
      ),
    );
  });

  it('refuses invalid dates', () => {
    expect(() => digestWindow('DAILY', new Date('x'), new Date())).toThrow(RangeError);
    expect(() => digestWindow('DAILY', null, new Date('x'))).toThrow(RangeError);
  });
});
