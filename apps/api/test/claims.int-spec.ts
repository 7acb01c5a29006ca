import { errorCode, GqlResult, randomSiret, startTestApp, TestContext, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CLAIM = `mutation($input: ClaimSupplierInput!) { claimSupplier(input: $input) { id supplierId supplierName siret status requesterEmail message } }`;
const DECIDE = `mutation($input: DecideClaimInput!) { decideSupplierClaim(input: $input) { id status decidedAt decisionReason } }`;
const CLAIMS = `query($s: ID) { supplierClaims(supplierId: $s) { id status supplierName requesterEmail } }`;

const fieldPaths = (result: GqlResult) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path);

describe('claiming an imported structure by SIRET', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
  });
  afterAll(() => ctx.close());

  /** An unclaimed structure as the SIAE import leaves it: organisation, profile, kind EI, no member. */
  async function importedStructure(name: string): Promise<{ id: string; siret: string }> {
    const siret = randomSiret();
    const [{ id }] = await ctx.dataSource.query(
      `INSERT INTO organization (name, type, siret, siren, source) VALUES ($1, 'SUPPLIER', $2, $3, 'SIAE_IMPORT') RETURNING id`, [name, siret, siret.slice(0, 9)],
    );
    await ctx.dataSource.query(`INSERT INTO supplier_profile (organization_id, data_source) VALUES ($1, 'ASP')`, [id]);
    await ctx.dataSource.query(`INSERT INTO supplier_kind (organization_id, kind) VALUES ($1, 'EI')`, [id]);
    return { id, siret };
  }

  async function staffClient() {
    const email = uniqueEmail('staff');
    const staff = await verifiedClient(ctx, email);
    await ctx.dataSource.query(`UPDATE app_user SET is_staff = true WHERE email = $1`, [email]);
    return { staff, email };
  }

  it('a new supplier claims an unclaimed structure; staff approve; the requester becomes its ADMIN', async () => {
    const { id, siret } = await importedStructure('Baluchon Test');
    const { staff, email: staffEmail } = await staffClient();
    const requesterEmail = uniqueEmail('claimer');
    const requester = await verifiedClient(ctx, requesterEmail);

    // Typed with spaces, as people paste it.
    const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    const { claimSupplier: claim } = await requester.ok(CLAIM, { input: { siret: spaced, message: 'Je suis la directrice.' } });
    expect(claim).toMatchObject({ supplierId: id, supplierName: 'Baluchon Test', siret, status: 'PENDING', requesterEmail, message: 'Je suis la directrice.' });
    const events = await ctx.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'supplier.claim-requested' AND aggregate_id = $1`, [claim.id]);
    expect(events).toEqual([{ payload: { claimId: claim.id } }]);
    expect(errorCode(await requester.request(CLAIM, { input: { siret } }))).toBe('CONFLICT');

    // No member yet: staff are told, and see it in their queue.
    const mail = await waitForEmail(staffEmail, 'demande à rejoindre Baluchon Test');
    expect(mail.text).toContain('/staff/revendications');
    expect((await staff.ok(CLAIMS)).supplierClaims).toContainEqual(expect.objectContaining({ id: claim.id, status: 'PENDING', requesterEmail }));
    expect((await requester.ok(CLAIMS)).supplierClaims).toEqual([expect.objectContaining({ id: claim.id })]);

    // Nobody else may decide, and the requester cannot approve their own claim.
    const stranger = await verifiedClient(ctx);
    expect(errorCode(await stranger.request(DECIDE, { input: { claimId: claim.id, approve: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await requester.request(DECIDE, { input: { claimId: claim.id, approve: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.request(CLAIMS, { s: id }))).toBe('NOT_FOUND');

    const { decideSupplierClaim } = await staff.ok(DECIDE, { input: { claimId: claim.id, approve: true } });
    expect(decideSupplierClaim).toMatchObject({ id: claim.id, status: 'APPROVED', decidedAt: expect.any(String) });
    // Decided once and for all: the structure now has an admin, so staff are out, and it cannot be re-decided.
    expect(errorCode(await staff.request(DECIDE, { input: { claimId: claim.id, approve: false } }))).toBe('NOT_FOUND');
    expect(errorCode(await requester.request(DECIDE, { input: { claimId: claim.id, approve: false } }))).toBe('CONFLICT');
    const members = await ctx.dataSource.query(
      `SELECT u.email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1`, [id],
    );
    expect(members).toEqual([{ email: requesterEmail, role: 'ADMIN' }]);
    expect(await ctx.dataSource.query(`SELECT 1 FROM outbox_event WHERE type = 'supplier.claim-decided' AND aggregate_id = $1`, [claim.id])).toHaveLength(1);
    await waitForEmail(requesterEmail, 'est acceptée');

    // The new admin edits the profile; the public page shows the structure as claimed.
    await requester.ok(`mutation($o: ID!) { switchOrganization(input: { organizationId: $o }) { activeRole } }`, { o: id });
    expect((await requester.ok(`{ mySupplier { id claimed } }`)).mySupplier).toEqual({ id, claimed: true });
    await requester.ok(`mutation($i: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $i) { id } }`, { i: { supplierId: id, description: 'Restaurant et traiteur en insertion.' } });
    expect(errorCode(await requester.request(CLAIM, { input: { siret } }))).toBe('CONFLICT');
  });

  it('once claimed, its admin decides (staff no longer can); an approved newcomer is MEMBER, a rejected one is told why', async () => {
    const { id, siret } = await importedStructure('Collecterie Test');
    const { staff } = await staffClient();
    const adminEmail = uniqueEmail('admin');
    const admin = await verifiedClient(ctx, adminEmail);
    const first = (await admin.ok(CLAIM, { input: { siret } })).claimSupplier;
    await staff.ok(DECIDE, { input: { claimId: first.id, approve: true } });

    const colleagueEmail = uniqueEmail('colleague');
    const colleague = await verifiedClient(ctx, colleagueEmail);
    const second = (await colleague.ok(CLAIM, { input: { siret } })).claimSupplier;
    await waitForEmail(adminEmail, 'demande à rejoindre Collecterie Test');
    expect(errorCode(await staff.request(DECIDE, { input: { claimId: second.id, approve: true } }))).toBe('NOT_FOUND');
    expect((await staff.ok(CLAIMS)).supplierClaims.map((c: { id: string }) => c.id)).not.toContain(second.id);
    expect((await admin.ok(CLAIMS, { s: id })).supplierClaims.map((c: { id: string; status: string }) => [c.id, c.status]))
      .toEqual([[second.id, 'PENDING'], [first.id, 'APPROVED']]);
    await admin.ok(DECIDE, { input: { claimId: second.id, approve: true } });
    const [membership] = await ctx.dataSource.query(
      `SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`, [id, colleagueEmail],
    );
    expect(membership).toEqual({ role: 'MEMBER' });

    // A MEMBER may not decide; the ADMIN rejects a third request with a reason.
    const thirdEmail = uniqueEmail('third');
    const third = await verifiedClient(ctx, thirdEmail);
    const claim3 = (await third.ok(CLAIM, { input: { siret } })).claimSupplier;
    expect(errorCode(await colleague.request(DECIDE, { input: { claimId: claim3.id, approve: true } }))).toBe('FORBIDDEN');
    const rejected = (await admin.ok(DECIDE, { input: { claimId: claim3.id, approve: false, reason: 'Inconnu dans la structure' } })).decideSupplierClaim;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Inconnu dans la structure' });
    const mail = await waitForEmail(thirdEmail, 'est refusée');
    expect(mail.text ?? mail.html ?? '').toContain('Inconnu dans la structure');
    expect(await ctx.dataSource.query(`SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`, [thirdEmail])).toHaveLength(0);
  });

  it('an unknown SIRET is NOT_FOUND, an invalid one BAD_USER_INPUT on siret', async () => {
    const user = await verifiedClient(ctx);
    expect(errorCode(await user.request(CLAIM, { input: { siret: randomSiret() } }))).toBe('NOT_FOUND');
    const bad = await user.request(CLAIM, { input: { siret: '12345678901234' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad)).toEqual(['siret']);
    expect(errorCode(await ctx.client().request(CLAIM, { input: { siret: randomSiret() } }))).toBe('UNAUTHENTICATED');
  });
});
