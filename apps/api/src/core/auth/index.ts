export type { Actor } from './actor';
export { Access, assertPolicy } from './access-policy';
export { GqlAuthGuard } from './gql-auth.guard';
export { CurrentActor, Policy, POLICY_KEY } from './policy.decorator';
export { hashToken, newToken } from './tokens';
