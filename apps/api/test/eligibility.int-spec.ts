import { errorCode, GqlResult, randomDigits, randomSiret, startTestApp, TestContext } from './harness';
import { verifiedClient } from './verified-client';

const ELIGIBILITY = `query($s: ID!, $r: ReservationType!, $at: String, $regime: BuyerRegime, $cpv: [String!]) {
  eligibility(supplierId: $s, reservation: $r, at: $at, buyerRegime: $regime, cpvCodes: $cpv) { status reservation at reasons { code message kind proofValidUntil } } }`;
const CHECK = `query($s: String!) { checkSiret(siret: $s) { siret valid onPlatform supplierId name claimed kinds { kind status verifiedUntil } } }`;

const fieldPaths = (result: GqlResult) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path).sort();
const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const TODAY = new Date().toISOString().slice(0, 10);
const VALID_UNTIL = addDays(TODAY, 200);

describe('eligibility, badges and the SIRET check', () => {
  let ctx: TestContext;
  let supplierId: string;
  let siret: string;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    // A supplier signs up, declares kind EI; its DREETS convention was verified by staff (set by SQL here:
    // the review itself belongs to the status-proofs suite).
    const supplier = await verifiedClient(ctx);
    siret = randomSiret();
    const created = await supplier.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } user { id } } }`, {
      input: { name: 'Insertion Test', type: 'SUPPLIER', siret },
    });
    supplierId = created.createOrganization.activeOrganization.id;
    const userId = created.createOrganization.user.id;
    await supplier.ok(`mutation($i: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $i) { id } }`, { i: { supplierId, kinds: ['EI'] } });
    const [file] = await ctx.dataSource.query(
      `INSERT INTO stored_file (owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name, created_by_user_id)
       VALUES ($1, 'STATUS_PROOF', $2, 'application/pdf', 1234, $3, 'convention.pdf', $4) RETURNING id`,
      [supplierId, `test/${randomDigits(10)}`, 'a'.repeat(64), userId],
    );
    await ctx.dataSource.query(
      `INSERT INTO status_proof (organization_id, kind, proof_type, reference, valid_from, valid_until, file_id, status, submitted_by_user_id, reviewed_at)
       VALUES ($1, 'EI', 'IAE_CONVENTION', 'CONV-2026-001', $2, $3, $4, 'VERIFIED', $5, now())`,
      [supplierId, addDays(TODAY, -30), VALID_UNTIL, file.id, userId],
    );
    await ctx.dataSource.query(`UPDATE supplier_kind SET status = 'VERIFIED' WHERE organization_id = $1 AND kind = 'EI'`, [supplierId]);
  });
  afterAll(() => ctx.close());

  it('RES_INSERTION is ELIGIBLE with the proof as reason; RES_HANDICAP INELIGIBLE with a reason', async () => {
    const visitor = ctx.client();
    const { eligibility } = await visitor.ok(ELIGIBILITY, { s: supplierId, r: 'RES_INSERTION' });
    expect(eligibility).toMatchObject({ status: 'ELIGIBLE', reservation: 'RES_INSERTION', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(eligibility.reasons).toContainEqual(expect.objectContaining({ code: 'KIND_ELIGIBLE', kind: 'EI', proofValidUntil: VALID_UNTIL }));
    const [y, m, d] = VALID_UNTIL.split('-');
    expect(eligibility.reasons[0].message).toContain(`${d}/${m}/${y}`);

    const handicap = (await visitor.ok(ELIGIBILITY, { s: supplierId, r: 'RES_HANDICAP' })).eligibility;
    expect(handicap.status).toBe('INELIGIBLE');
    expect(handicap.reasons).toEqual([expect.objectContaining({ code: 'KIND_NOT_ELIGIBLE', kind: 'EI', message: expect.stringContaining('non éligible') })]);

    // Messages follow the caller's language.
    const english = (await ctx.client({ 'accept-language': 'en-GB,en' }).ok(ELIGIBILITY, { s: supplierId, r: 'RES_HANDICAP' })).eligibility;
    expect(english.reasons[0].message).toContain('not eligible');
  });

  it("follows the proof's validity: the last day still counts, the day after does not", async () => {
    const onLastDay = (await ctx.client().ok(ELIGIBILITY, { s: supplierId, r: 'RES_INSERTION', at: VALID_UNTIL })).eligibility;
    expect(onLastDay).toMatchObject({ status: 'ELIGIBLE', at: VALID_UNTIL });
    const after = (await ctx.client().ok(ELIGIBILITY, { s: supplierId, r: 'RES_INSERTION', at: addDays(VALID_UNTIL, 1) })).eligibility;
    expect(after.status).not.toBe('ELIGIBLE');
    expect(after.reasons).toContainEqual(expect.objectContaining({ code: 'PROOF_EXPIRED', kind: 'EI', proofValidUntil: VALID_UNTIL }));
    // The lot itself can rule everyone out: an ESS-services reservation by a private buyer.
    const lot = (await ctx.client().ok(ELIGIBILITY, { s: supplierId, r: 'RES_ESS_SERVICES', regime: 'PRIVATE' })).eligibility;
    expect(lot.status).toBe('INELIGIBLE');
    expect(lot.reasons.map((r: { code: string }) => r.code)).toContain('RESERVATION_BUYER_NOT_ALLOWED');
  });

  it('bad inputs answer BAD_USER_INPUT with field paths; an unknown supplier NOT_FOUND', async () => {
    const bad = await ctx.client().request(ELIGIBILITY, { s: supplierId, r: 'RES_INSERTION', at: '2026-02-30', cpv: ['90911200-8', '999'] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad)).toEqual(['at', 'cpvCodes.1']);
    expect(errorCode(await ctx.client().request(ELIGIBILITY, { s: '00000000-0000-4000-8000-000000000000', r: 'RES_INSERTION' }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(ELIGIBILITY, { s: 'not-an-id', r: 'RES_INSERTION' }))).toBe('NOT_FOUND');
  });

  it('the public profile shows the badge with the proof date and the verified period of the kind', async () => {
    const { supplier } = await ctx.client().ok(`query($id: ID!) { supplier(id: $id) { kinds { kind status verifiedUntil } badges { reservation status label proofValidUntil } completion { missing } } }`, { id: supplierId });
    expect(supplier.kinds).toEqual([{ kind: 'EI', status: 'VERIFIED', verifiedUntil: VALID_UNTIL }]);
    expect(supplier.badges).toContainEqual({ reservation: 'RES_INSERTION', status: 'ELIGIBLE', label: 'Éligible marchés réservés L2113-13', proofValidUntil: VALID_UNTIL });
    expect(supplier.badges).toContainEqual(expect.objectContaining({ reservation: 'RES_HANDICAP_OR_INSERTION', status: 'ELIGIBLE', label: 'Éligible marchés réservés L2113-14' }));
    expect(supplier.badges.map((b: { reservation: string }) => b.reservation)).not.toContain('RES_HANDICAP');
    expect(supplier.completion.missing).not.toContain('proofs');
    const english = (await ctx.client({ 'accept-language': 'en' }).ok(`query($id: ID!) { supplier(id: $id) { badges { reservation label } } }`, { id: supplierId })).supplier;
    expect(english.badges).toContainEqual({ reservation: 'RES_INSERTION', label: 'Eligible for reserved contracts L2113-13' });
  });

  it('checkSiret: on the platform, unknown but valid, invalid; login required', async () => {
    const buyer = await verifiedClient(ctx);
    const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    expect((await buyer.ok(CHECK, { s: spaced })).checkSiret).toEqual({
      siret, valid: true, onPlatform: true, supplierId, name: 'Insertion Test', claimed: true,
      kinds: [{ kind: 'EI', status: 'VERIFIED', verifiedUntil: VALID_UNTIL }],
    });
    const unknown = randomSiret();
    expect((await buyer.ok(CHECK, { s: unknown })).checkSiret).toEqual({
      siret: unknown, valid: true, onPlatform: false, supplierId: null, name: null, claimed: false, kinds: [],
    });
    const invalid = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
    expect((await buyer.ok(CHECK, { s: invalid })).checkSiret).toMatchObject({ valid: false, onPlatform: false, supplierId: null, kinds: [] });
    expect((await buyer.ok(CHECK, { s: 'abc' })).checkSiret).toMatchObject({ valid: false, onPlatform: false });
    expect(errorCode(await ctx.client().request(CHECK, { s: siret }))).toBe('UNAUTHENTICATED');
  });
});
