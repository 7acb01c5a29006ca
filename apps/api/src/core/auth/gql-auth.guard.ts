import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../graphql/app-error';
import type { Actor } from './actor';
import { Access, POLICY_KEY } from './policy.decorator';

/**
 * Global guard: authenticates with an API token (Authorization: Bearer) or the session cookie,
 * then enforces the operation's declared policy. No policy means denied.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard(['api-token', 'session']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
  }

  getResponse(context: ExecutionContext) {
    return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().res : context.switchToHttp().getResponse();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Access | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw AppError.forbidden('auth.noPolicy');
    const req = this.getRequest(context);
    if (req.user === undefined) await super.canActivate(context); // authenticate once per request
    return assertPolicy(policy, (req.user as Actor | null) ?? null);
  }

  // Missing or bad credentials leave the request anonymous; the policy decides what that means.
  override handleRequest<T>(_err: unknown, user: T): T {
    return (user || null) as T;
  }
}

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
