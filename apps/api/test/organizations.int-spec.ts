import { errorCode, GqlClient, startTestApp, TestContext, tokenOf, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role organizationName } }`;

async function newOrg(c: GqlClient, name: string, siret: string, type = 'BUYER', regime: string | null = 'PRIVATE') {
  const data = await c.ok(CREATE_ORG, { input: { name, type, regime, siret } });
  return data.createOrganization.activeOrganization.id as string;
}

describe('organisations: invitations, roles, switching, tenant isolation', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
  });
  afterAll(() => ctx.close());

  it('an admin invites by email; the invitee accepts with the emailed link and becomes MEMBER', async () => {
    const admin = await verifiedClient(ctx);
    const orgId = await newOrg(admin, 'Métropole Test', '20009320100016', 'BUYER', 'CCP');
    const inviteeEmail = uniqueEmail('invitee');
    const { inviteMember } = await admin.ok(INVITE, { input: { organizationId: orgId, email: inviteeEmail, role: 'MEMBER' } });
    expect(inviteMember).toMatchObject({ email: inviteeEmail, role: 'MEMBER', organizationName: 'Métropole Test' });

    const mail = await waitForEmail(inviteeEmail, 'Rejoignez Métropole Test');
    const token = tokenOf(mail.link);
    expect((await ctx.client().ok(`query($t: String!) { invitation(token: $t) { organizationName role } }`, { t: token })).invitation)
      .toEqual({ organizationName: 'Métropole Test', role: 'MEMBER' });

    // Someone else, logged in with another address, cannot use the link.
    const intruder = await verifiedClient(ctx);
    const stolen = await intruder.request(`mutation($t: String!) { acceptInvitation(input: { token: $t }) { activeRole } }`, { t: token });
    expect(errorCode(stolen)).toBe('FORBIDDEN');

    const invitee = await verifiedClient(ctx, inviteeEmail);
    const accepted = await invitee.ok(`mutation($t: String!) { acceptInvitation(input: { token: $t }) { activeRole activeOrganization { id } } }`, { t: token });
    expect(accepted.acceptInvitation).toEqual({ activeRole: 'MEMBER', activeOrganization: { id: orgId } });
    const again = await invitee.request(`mutation($t: String!) { acceptInvitation(input: { token: $t }) { activeRole } }`, { t: token });
    expect(errorCode(again)).toBe('CONFLICT');

    const { members } = await admin.ok(`query($o: ID!) { members(organizationId: $o) { email role } }`, { o: orgId });
    expect(members.map((m: { role: string }) => m.role).sort()).toEqual(['ADMIN', 'MEMBER']);
    // A MEMBER may not invite.
    expect(errorCode(await invitee.request(INVITE, { input: { organizationId: orgId, email: uniqueEmail('x'), role: 'ADMIN' } }))).toBe('FORBIDDEN');
  });

  it("another organisation's objects answer NOT_FOUND, for every role and for API tokens", async () => {
    const alice = await verifiedClient(ctx);
    const aliceOrg = await newOrg(alice, 'Alice Industrie', '80746931700018');
    const bob = await verifiedClient(ctx);
    await newOrg(bob, 'Bob Achats', '75187049400026');
    const { createApiToken } = await bob.ok(`mutation { createApiToken(input: { organizationId: "${(await bob.ok('{ me { activeOrganization { id } } }')).me.activeOrganization.id}", name: "t" }) { token } }`);
    const bobToken = ctx.client({ authorization: `Bearer ${createApiToken.token}` });
    for (const caller of [bob, bobToken]) {
      for (const [query, vars] of [
        [`query($o: ID!) { organization(id: $o) { name } }`, { o: aliceOrg }],
        [`query($o: ID!) { members(organizationId: $o) { email } }`, { o: aliceOrg }],
        [`mutation($o: ID!) { inviteMember(input: { organizationId: $o, email: "x@y.fr", role: ADMIN }) { id } }`, { o: aliceOrg }],
      ] as const) {
        expect(errorCode(await caller.request(query, vars))).toBe('NOT_FOUND');
      }
    }
    expect(errorCode(await bob.request(`mutation($o: ID!) { switchOrganization(input: { organizationId: $o }) { activeRole } }`, { o: aliceOrg }))).toBe('NOT_FOUND');
    // An unknown id answers exactly like someone else's: existence does not leak.
    expect(errorCode(await bob.request(`query { organization(id: "00000000-0000-4000-8000-000000000000") { name } }`))).toBe('NOT_FOUND');
  });

  it('a user in two organisations switches the active one; the session remembers it', async () => {
    const user = await verifiedClient(ctx);
    const first = await newOrg(user, 'Première', '90000000100017');
    const second = await newOrg(user, 'Seconde', '73282932000074', 'SUPPLIER', null);
    expect((await user.ok('{ me { activeOrganization { id } } }')).me.activeOrganization.id).toBe(second);
    await user.ok(`mutation($o: ID!) { switchOrganization(input: { organizationId: $o }) { activeRole } }`, { o: first });
    expect((await user.ok('{ me { activeOrganization { id } activeRole } }')).me).toEqual({ activeOrganization: { id: first }, activeRole: 'ADMIN' });
    // Creating an organisation with a SIRET already on the platform is a CONFLICT.
    const dup = await user.request(CREATE_ORG, { input: { name: 'Copie', type: 'SUPPLIER', siret: '90000000100017' } });
    expect(errorCode(dup)).toBe('CONFLICT');
    // A supplier organisation gets its (empty) supplier profile row.
    const rows = await ctx.dataSource.query(`SELECT data_source FROM supplier_profile WHERE organization_id = $1`, [second]);
    expect(rows).toEqual([{ data_source: 'SIGNUP' }]);
  });
});
