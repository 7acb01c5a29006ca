import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationCategory } from '@essor/domain';
import type { NotificationCategory } from './entities/notification.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Length of an HMAC-SHA256 in base64url, without padding. */
const SIGNATURE_LENGTH = 43;

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

/**
 * The token of a per-category unsubscribe link: base64url("<userId>:<category>") followed by its
 * HMAC-SHA256, so only URL-safe characters. Stateless (no row to look up or expire): it stays valid
 * as long as the secret, which is what mail clients expect of List-Unsubscribe links.
 */
export function unsubscribeToken(secret: string, userId: string, category: NotificationCategory): string {
  const payload = `${userId}:${category}`;
  return `${Buffer.from(payload).toString('base64url')}${signature(secret, payload).toString('base64url')}`;
}

/** The user and category a token was signed for, or null when it was not signed with `secret`. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; category: NotificationCategory } | null {
  if (token.length > 200 || token.length <= SIGNATURE_LENGTH || !/^[\w-]+$/.test(token)) return null;
  const payload = Buffer.from(token.slice(0, -SIGNATURE_LENGTH), 'base64url').toString();
  const given = Buffer.from(token.slice(-SIGNATURE_LENGTH), 'base64url');
  const expected = signature(secret, payload);
  // timingSafeEqual throws on different lengths; the length of an HMAC is no secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, category, ...rest] = payload.split(':');
  if (rest.length > 0 || !userId || !UUID.test(userId) || !isNotificationCategory(category)) return null;
  return { userId, category };
}
