import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';
import type { Access } from './access-policy';

export const POLICY_KEY = 'essor:policy';
export const Policy = (access: Access) => SetMetadata(POLICY_KEY, access);

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  const req = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
  return (req?.user as Actor | undefined) ?? null;
});
