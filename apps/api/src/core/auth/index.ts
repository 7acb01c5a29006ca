export type { Actor } from './actor';
export { GqlAuthGuard, assertPolicy } from './gql-auth.guard';
export { Access, CurrentActor, Policy, POLICY_KEY } from './policy.decorator';
export { hashToken, newToken } from './tokens';
