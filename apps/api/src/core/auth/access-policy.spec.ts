import { AppError } from '../graphql/app-error';
import type { Actor } from './actor';
import { Access, assertPolicy } from './access-policy';

const session: Actor = { userId: 'u', isStaff: false, emailVerified: true, locale: 'fr', organizationId: 'o', role: 'ADMIN', via: 'session', sessionId: 's' };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? `${error.code}:${error.options.reason ?? error.messageKey}` : 'other';
  }
}

describe('assertPolicy', () => {
  it.each([
    [Access.PUBLIC, null, undefined],
    [Access.AUTHENTICATED, null, 'UNAUTHENTICATED:auth.required'],
    [Access.AUTHENTICATED, { ...session, via: 'api-token' as const }, undefined],
    [Access.SESSION, { ...session, via: 'api-token' as const }, 'FORBIDDEN:auth.forbidden'],
    [Access.VERIFIED, { ...session, emailVerified: false }, 'FORBIDDEN:EMAIL_NOT_VERIFIED'],
    [Access.VERIFIED, session, undefined],
    [Access.STAFF, session, 'FORBIDDEN:auth.staffOnly'],
    [Access.STAFF, { ...session, isStaff: true, via: 'api-token' as const }, 'FORBIDDEN:auth.staffOnly'],
    [Access.STAFF, { ...session, isStaff: true }, undefined],
  ])('%s for %j → %s', (policy, actor, expected) => {
    expect(codeOf(() => assertPolicy(policy, actor))).toBe(expected);
  });
});
