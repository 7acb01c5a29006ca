import { AppError } from '../graphql/app-error';
import type { Actor } from './actor';

/**
 * Who may call an operation. Deny by default: the global guard refuses any resolver or controller
 * handler without a policy, and a test lists every GraphQL operation with its policy.
 * Object-level checks (which organisation's data) are done in services through AccessService.
 */
export const Access = {
  /** Anyone, logged in or not. */
  PUBLIC: 'PUBLIC',
  /** Any logged-in user or API token. */
  AUTHENTICATED: 'AUTHENTICATED',
  /** A logged-in user whose email address is confirmed. */
  VERIFIED: 'VERIFIED',
  /** A logged-in human session only (not an API token): account and credential management. */
  SESSION: 'SESSION',
  /** Platform staff only. */
  STAFF: 'STAFF',
} as const;
export type Access = (typeof Access)[keyof typeof Access];

export function assertPolicy(policy: Access, actor: Actor | null): true {
  switch (policy) {
    case Access.PUBLIC:
      return true;
    case Access.AUTHENTICATED:
      if (!actor) throw AppError.unauthenticated();
      return true;
    case Access.SESSION:
      if (!actor) throw AppError.unauthenticated();
      if (actor.via !== 'session') throw AppError.forbidden();
      return true;
    case Access.VERIFIED:
      if (!actor) throw AppError.unauthenticated();
      if (!actor.emailVerified) throw AppError.forbidden('auth.emailNotVerified', 'EMAIL_NOT_VERIFIED');
      return true;
    case Access.STAFF:
      if (!actor) throw AppError.unauthenticated();
      if (!actor.isStaff || actor.via !== 'session') throw AppError.forbidden('auth.staffOnly');
      return true;
    default: {
      const unreachable: never = policy;
      throw new Error(`unknown policy ${String(unreachable)}`);
    }
  }
}
