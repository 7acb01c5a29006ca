import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
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

export const POLICY_KEY = 'essor:policy';
export const Policy = (access: Access) => SetMetadata(POLICY_KEY, access);

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  const req = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
  return (req?.user as Actor | undefined) ?? null;
});
