import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';
import { errorCode, GqlClient, startTestApp, TestContext, uniqueEmail } from './harness';
import { verifiedClient } from './verified-client';

/**
 * The authorisation matrix, generated from the committed schema: every operation must declare a
 * policy; every non-public one refuses anonymous callers; every operation that names an
 * organisation answers NOT_FOUND to each role (admin, member, API token) of another organisation.
 */
const AUTH_REQUIRED = 'Vous devez être connecté·e.';
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.gql'), 'utf8'));
const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, field: f })),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, field: f })),
];

/** A value of the right shape for any input type; organisation ids point at the target. */
function sample(type: GraphQLInputType, name: string, orgId: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, orgId);
  if (isListType(type)) return [sample(type.ofType, name, orgId)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type, f.name, orgId)]));
  }
  if (isScalarType(type)) {
    if (type.name === 'ID') return name === 'organizationId' || name === 'id' ? orgId : '00000000-0000-4000-8000-000000000000';
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (name === 'email') return uniqueEmail('matrix');
    if (name === 'siret') return '80746931700018';
    return 'matrix-value-1234';
  }
  return null;
}

function namesOrganization(field: GraphQLField<unknown, unknown>): boolean {
  const names = (args: readonly GraphQLArgument[]): string[] =>
    args.flatMap((a) => {
      const t = isNonNullType(a.type) ? a.type.ofType : a.type;
      return isInputObjectType(t) ? Object.keys(t.getFields()) : [a.name];
    });
  return names(field.args).some((n) => n === 'organizationId') || field.args.some((a) => a.name === 'id');
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} M${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} { __typename } }`;
}

describe('authorisation matrix (generated from schema.gql)', () => {
  let ctx: TestContext;
  let policies: Map<string, string | null>;
  let targetOrg: string;
  let callers: [string, GqlClient][];

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const { stdout } = await ctx.cli('policies');
    policies = new Map((JSON.parse(stdout) as { name: string; policy: string | null }[]).map((p) => [p.name, p.policy]));
    // Organisation A (the target) and organisation B with an admin, a member and an API token.
    const alice = await verifiedClient(ctx);
    targetOrg = (await alice.ok(`mutation { createOrganization(input: { name: "A", type: SUPPLIER, siret: "80746931700018" }) { activeOrganization { id } } }`))
      .createOrganization.activeOrganization.id;
    const bobAdmin = await verifiedClient(ctx);
    const orgB = (await bobAdmin.ok(`mutation { createOrganization(input: { name: "B", type: BUYER, regime: CCP, siret: "75187049400026" }) { activeOrganization { id } } }`))
      .createOrganization.activeOrganization.id;
    const memberEmail = uniqueEmail('member');
    const bobMember = await verifiedClient(ctx, memberEmail);
    await ctx.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) SELECT $1, id, 'MEMBER' FROM app_user WHERE email = $2`, [orgB, memberEmail]);
    const { createApiToken } = await bobAdmin.ok(`mutation($o: ID!) { createApiToken(input: { organizationId: $o, name: "m", role: ADMIN }) { token } }`, { o: orgB });
    callers = [['admin of B', bobAdmin], ['member of B', bobMember], ['API token of B', ctx.client({ authorization: `Bearer ${createApiToken.token}` })]];
  });
  afterAll(() => ctx.close());

  it('every operation of the schema declares a policy', () => {
    const missing = operations.filter(({ field }) => !policies.get(field.name)).map(({ field }) => field.name);
    expect(missing).toEqual([]);
  });

  it.each(operations.map((o) => [o.field.name, o] as const))('%s refuses anonymous callers unless public', async (_name, { kind, field }) => {
    const policy = policies.get(field.name);
    const vars = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, a.name, targetOrg)]));
    const result = await ctx.client().request(documentFor(kind, field), vars);
    // A public operation may still fail on its own terms (login: wrong credentials), never for lack of a session.
    if (policy === 'PUBLIC') expect(result.errors?.[0]?.message).not.toBe(AUTH_REQUIRED);
    else expect({ code: errorCode(result), message: result.errors?.[0]?.message }).toEqual({ code: 'UNAUTHENTICATED', message: AUTH_REQUIRED });
  });

  const scoped = operations.filter(({ field }) => namesOrganization(field));
  it('finds the organisation-scoped operations', () => {
    expect(scoped.map((o) => o.field.name)).toEqual(expect.arrayContaining(['organization', 'members', 'inviteMember', 'switchOrganization', 'createApiToken']));
  });

  it.each(scoped.map((o) => [o.field.name, o] as const))("%s answers NOT_FOUND to every role of another organisation", async (_name, { kind, field }) => {
    // A public read (the supplier directory's `supplier(id)`) shows the same thing to everyone.
    if (policies.get(field.name) === 'PUBLIC') return;
    const vars = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, a.name, targetOrg)]));
    for (const [who, client] of callers) {
      const code = errorCode(await client.request(documentFor(kind, field), vars));
      // Session-only operations refuse API tokens before looking at the object (FORBIDDEN).
      const expected = who === 'API token of B' && policies.get(field.name) === 'SESSION' ? 'FORBIDDEN' : 'NOT_FOUND';
      expect({ who, code }).toEqual({ who, code: expected });
    }
  });
});
