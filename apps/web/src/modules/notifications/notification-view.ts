import type { NotificationCategory, NotificationPreference } from './types';

/** Every category, in the order the preferences page lists them (the API's order). */
export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [
  'NEED_MATCHED', 'NEED_UPDATED', 'NEED_REMINDER', 'NEED_INTEREST', 'NEED_STATUS', 'SAVED_SEARCH', 'RESPONSE', 'CONSORTIUM', 'MESSAGE',
];

export function isNotificationCategory(value: unknown): value is NotificationCategory {
  return typeof value === 'string' && (NOTIFICATION_CATEGORIES as readonly string[]).includes(value);
}

/** A page number from the URL, within 1…totalPages (when known): marking read can empty the last page. */
export function clampPage(raw: string | null, totalPages?: number): number {
  const page = Number.parseInt(raw ?? '', 10);
  const atLeastOne = Number.isFinite(page) && page >= 1 ? page : 1;
  return totalPages && totalPages >= 1 ? Math.min(atLeastOne, totalPages) : atLeastOne;
}

/** Only what the user changed, so saving touches nothing else. */
export function changedPreferences(saved: readonly NotificationPreference[], edited: Readonly<Record<string, boolean>>): NotificationPreference[] {
  return saved.flatMap((p) => {
    const value = edited[p.category];
    return value === undefined || value === p.emailEnabled ? [] : [{ category: p.category, emailEnabled: value }];
  });
}

/** "12 mars 2026, 09:41" / "12 March 2026, 09:41", in Paris time like the rest of the product. */
export function formatNotificationDate(iso: string, lang: 'fr' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
}

/** Internal web paths only: a link target coming from the API never leaves the app. */
export function safeNotificationPath(path: string | null): string | null {
  return path && /^\/(?!\/)[\w\-/?=&.]*$/.test(path) ? path : null;
}
