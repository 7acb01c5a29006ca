import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../graphql/app-error';
import type { Actor } from './actor';
import { Access, assertPolicy } from './access-policy';
import { POLICY_KEY } from './policy.decorator';

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
