import { errorCode, GqlClient, GqlResult, randomDigits, randomSiret, startTestApp, TestContext, uniqueEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const UPDATE = `mutation($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) {
  id name postcode city departementCode communeCode latitude longitude nafCode nafLabel networks certifications
  disabledWorkersShare yearFounded kinds { kind status labelFr verifiedUntil } completion { score missing } } }`;
const UPSERT_ACTIVITY = `mutation($input: UpsertActivityInput!) { upsertActivity(input: $input) {
  id position areaKind radiusKm serviceTypes sector { slug } regions { code } departements { code name } communes { code } } }`;
const UPSERT_OFFER = `mutation($input: UpsertOfferInput!) { upsertOffer(input: $input) { id name position priceMinEur priceMaxEur cpvCodes { code labelFr } } }`;


async function newOrg(c: GqlClient, type: 'BUYER' | 'SUPPLIER', name = `${type} ${randomDigits(4)}`): Promise<string> {
  const regime = type === 'BUYER' ? 'CCP' : null;
  const data = await c.ok(CREATE_ORG, { input: { name, type, regime, siret: randomSiret() } });
  return data.createOrganization.activeOrganization.id as string;
}

const fieldPaths = (result: GqlResult) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path).sort();

describe('supplier profiles: editing, access, outbox, activities and offers', () => {
  let ctx: TestContext;
  let sectorSlug: string;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const { sectors } = await ctx.client().ok(`{ sectors { sectors { slug } } }`);
    sectorSlug = sectors[0].sectors[0].slug;
  });
  afterAll(() => ctx.close());

  it('a supplier edits its profile: commune centroid, NAF, cleaned lists, declared kinds; an outbox event is left', async () => {
    const supplier = await verifiedClient(ctx);
    const id = await newOrg(supplier, 'SUPPLIER', 'Métallerie Solidaire');
    const before = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'supplier.changed' AND aggregate_id = $1`, [id]);

    const { updateSupplierProfile: p } = await supplier.ok(UPDATE, { input: {
      supplierId: id, communeCode: '59350', nafCode: '2511Z', disabledWorkersShare: 0.2, yearFounded: 1998,
      networks: ['  Vitamine T ', 'vitamine t', 'Envie', ''], certifications: ['ISO 9001', 'ISO 9001 '],
      kinds: ['EI', 'ESS_COOP_SCIC', 'EI'],
    } });
    expect(p).toMatchObject({
      id, name: 'Métallerie Solidaire', communeCode: '59350', city: 'Lille', departementCode: '59', nafCode: '25.11Z',
      networks: ['Vitamine T', 'Envie'], certifications: ['ISO 9001'], disabledWorkersShare: 0.2, yearFounded: 1998,
    });
    expect(p.postcode).toMatch(/^590\d\d$/);
    expect(p.latitude).toBeCloseTo(50.63, 1);
    expect(p.longitude).toBeCloseTo(3.05, 1);
    expect(p.nafLabel).toEqual(expect.any(String));
    expect(p.kinds.map((k: { kind: string; status: string }) => [k.kind, k.status])).toEqual([['EI', 'DECLARED'], ['ESS_COOP_SCIC', 'DECLARED']]);
    expect(p.completion.missing).toEqual(expect.arrayContaining(['description', 'activities', 'offers', 'proofs']));
    expect(p.completion.missing).not.toContain('siteLocation');

    const events = await ctx.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'supplier.changed' AND aggregate_id = $1 ORDER BY id`, [id],
    );
    expect(events.length).toBe(before[0].n + 1);
    expect(events.at(-1).payload).toEqual({ supplierId: id });

    // Removing a kind deletes it; the kept one keeps its status.
    await ctx.dataSource.query(`UPDATE supplier_kind SET status = 'PENDING' WHERE organization_id = $1 AND kind = 'EI'`, [id]);
    const again = await supplier.ok(UPDATE, { input: { supplierId: id, kinds: ['EI'], description: 'Atelier de métallerie en insertion : clôtures, portails et serrurerie.' } });
    expect(again.updateSupplierProfile.kinds).toEqual([expect.objectContaining({ kind: 'EI', status: 'PENDING' })]);
    expect(again.updateSupplierProfile.completion.missing).not.toContain('description');
    expect((await ctx.dataSource.query(`SELECT kind FROM supplier_kind WHERE organization_id = $1`, [id]))).toEqual([{ kind: 'EI' }]);
  });

  it('bad inputs answer BAD_USER_INPUT naming each field', async () => {
    const supplier = await verifiedClient(ctx);
    const id = await newOrg(supplier, 'SUPPLIER');
    const bad = await supplier.request(UPDATE, { input: {
      supplierId: id, nafCode: '99.99Z', communeCode: '00000', yearFounded: new Date().getFullYear() + 1, website: 'pas une url',
      capacity: { quantity: 175, maxQuantity: 100, unit: 't', period: 'WEEK' },
    } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad)).toEqual(['capacity.maxQuantity', 'communeCode', 'nafCode', 'website', 'yearFounded']);
    const share = await supplier.request(UPDATE, { input: { supplierId: id, disadvantagedWorkersShare: 1.5 } });
    expect(errorCode(share)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(share)).toEqual(['disadvantagedWorkersShare']);
    // Nothing was written by the refused calls.
    const [row] = await ctx.dataSource.query(`SELECT naf_code, year_founded, disadvantaged_workers_share FROM supplier_profile WHERE organization_id = $1`, [id]);
    expect(row).toEqual({ naf_code: null, year_founded: null, disadvantaged_workers_share: null });
  });

  it('a buyer, another supplier and an anonymous visitor cannot edit a supplier', async () => {
    const owner = await verifiedClient(ctx);
    const id = await newOrg(owner, 'SUPPLIER');
    const buyer = await verifiedClient(ctx);
    const buyerOrg = await newOrg(buyer, 'BUYER');
    const other = await verifiedClient(ctx);
    await newOrg(other, 'SUPPLIER');
    for (const caller of [buyer, other]) {
      expect(errorCode(await caller.request(UPDATE, { input: { supplierId: id, description: 'pirate' } }))).toBe('NOT_FOUND');
      expect(errorCode(await caller.request(UPSERT_OFFER, { input: { supplierId: id, name: 'pirate' } }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await ctx.client().request(UPDATE, { input: { supplierId: id, description: 'pirate' } }))).toBe('UNAUTHENTICATED');
    // A buyer's own organisation is not a supplier either.
    expect(errorCode(await buyer.request(UPDATE, { input: { supplierId: buyerOrg, description: 'x' } }))).toBe('NOT_FOUND');
    const [row] = await ctx.dataSource.query(`SELECT description FROM supplier_profile WHERE organization_id = $1`, [id]);
    expect(row.description).toBeNull();
    expect((await buyer.ok(`{ mySupplier { id } }`)).mySupplier).toBeNull();
    expect((await owner.ok(`{ mySupplier { id } }`)).mySupplier).toEqual({ id });
  });

  it('activities: zones and radius are checked against reference data and the site; ordering and deletion', async () => {
    const supplier = await verifiedClient(ctx);
    const id = await newOrg(supplier, 'SUPPLIER');
    const noZone = await supplier.request(UPSERT_ACTIVITY, { input: { supplierId: id, sectorSlug, serviceTypes: ['SERVICE'], areaKind: 'ZONES' } });
    expect(errorCode(noZone)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(noZone)).toEqual(['regionCodes']);
    const badCodes = await supplier.request(UPSERT_ACTIVITY, { input: { supplierId: id, sectorSlug: 'no-such-sector', serviceTypes: ['SERVICE'], areaKind: 'ZONES', departementCodes: ['59', '999'] } });
    expect(fieldPaths(badCodes)).toEqual(['departementCodes.1', 'sectorSlug']);
    const radius = await supplier.request(UPSERT_ACTIVITY, { input: { supplierId: id, sectorSlug, serviceTypes: ['MANUFACTURING'], areaKind: 'RADIUS', radiusKm: 5000 } });
    expect(fieldPaths(radius)).toEqual(['areaKind', 'radiusKm']);

    const zones = (await supplier.ok(UPSERT_ACTIVITY, { input: {
      supplierId: id, sectorSlug, serviceTypes: ['SERVICE', 'STAFFING', 'SERVICE'], areaKind: 'ZONES', regionCodes: ['32'], departementCodes: ['59'], radiusKm: 30,
    } })).upsertActivity;
    expect(zones).toMatchObject({ position: 0, areaKind: 'ZONES', radiusKm: null, serviceTypes: ['SERVICE', 'STAFFING'], regions: [{ code: '32' }], departements: [{ code: '59', name: 'Nord' }], communes: [] });

    await supplier.ok(UPDATE, { input: { supplierId: id, communeCode: '59350' } });
    const around = (await supplier.ok(UPSERT_ACTIVITY, { input: { supplierId: id, sectorSlug, serviceTypes: ['MANUFACTURING'], areaKind: 'RADIUS', radiusKm: 80 } })).upsertActivity;
    expect(around).toMatchObject({ position: 1, areaKind: 'RADIUS', radiusKm: 80 });
    const national = (await supplier.ok(UPSERT_ACTIVITY, { input: { supplierId: id, sectorSlug, serviceTypes: ['SERVICE'], areaKind: 'NATIONAL' } })).upsertActivity;

    // Editing keeps the id; another supplier's activity id is NOT_FOUND.
    const edited = (await supplier.ok(UPSERT_ACTIVITY, { input: { supplierId: id, id: zones.id, sectorSlug, serviceTypes: ['SERVICE'], areaKind: 'NATIONAL' } })).upsertActivity;
    expect(edited).toMatchObject({ id: zones.id, areaKind: 'NATIONAL', regions: [], departements: [] });
    const other = await verifiedClient(ctx);
    const otherId = await newOrg(other, 'SUPPLIER');
    expect(errorCode(await other.request(UPSERT_ACTIVITY, { input: { supplierId: otherId, id: zones.id, sectorSlug, serviceTypes: ['SERVICE'], areaKind: 'NATIONAL' } }))).toBe('NOT_FOUND');

    const REORDER = `mutation($input: ReorderInput!) { reorderActivities(input: $input) { id position } }`;
    expect(errorCode(await supplier.request(REORDER, { input: { supplierId: id, ids: [national.id, zones.id] } }))).toBe('BAD_USER_INPUT');
    const reordered = (await supplier.ok(REORDER, { input: { supplierId: id, ids: [national.id, zones.id, around.id] } })).reorderActivities;
    expect(reordered).toEqual([{ id: national.id, position: 0 }, { id: zones.id, position: 1 }, { id: around.id, position: 2 }]);
    await supplier.ok(`mutation($input: DeleteSupplierItemInput!) { deleteActivity(input: $input) { ok } }`, { input: { supplierId: id, id: zones.id } });
    const { supplier: pub } = await ctx.client().ok(`query($id: ID!) { supplier(id: $id) { activities { id } } }`, { id });
    expect(pub.activities).toEqual([{ id: national.id }, { id: around.id }]);
  });

  it('offers: CPV codes and price band are checked; the public profile shows them without personal data', async () => {
    const email = uniqueEmail('offers');
    const supplier = await verifiedClient(ctx, email);
    const id = await newOrg(supplier, 'SUPPLIER', 'Clôtures du Nord');
    const bad = await supplier.request(UPSERT_OFFER, { input: { supplierId: id, name: 'Clôtures', cpvCodes: ['45340000-2', '12345678-9'], priceMinEur: 50, priceMaxEur: 10 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad)).toEqual(['cpvCodes.1', 'priceMaxEur']);
    const offer = (await supplier.ok(UPSERT_OFFER, { input: {
      supplierId: id, name: '  Clôtures rigides ', cpvCodes: ['45340000', '45340000-2'], priceMinEur: 40, priceMaxEur: 60, capacityQuantity: 175, capacityPeriod: 'WEEK',
    } })).upsertOffer;
    expect(offer).toMatchObject({ name: 'Clôtures rigides', position: 0, priceMinEur: 40, priceMaxEur: 60, cpvCodes: [{ code: '45340000-2' }] });
    const second = (await supplier.ok(UPSERT_OFFER, { input: { supplierId: id, name: 'Portails' } })).upsertOffer;
    const reordered = (await supplier.ok(`mutation($input: ReorderInput!) { reorderOffers(input: $input) { id } }`, { input: { supplierId: id, ids: [second.id, offer.id] } })).reorderOffers;
    expect(reordered.map((o: { id: string }) => o.id)).toEqual([second.id, offer.id]);

    const res = await ctx.client().request(`query($id: ID!) { supplier(id: $id) { name claimed offers { name } kinds { kind } badges { label } completion { score } } }`, { id });
    expect(res.data?.supplier).toMatchObject({ name: 'Clôtures du Nord', claimed: true, offers: [{ name: 'Portails' }, { name: 'Clôtures rigides' }] });
    expect(JSON.stringify(res)).not.toContain(email);
    expect(errorCode(await ctx.client().request(`{ supplier(id: "00000000-0000-4000-8000-000000000000") { id } }`))).toBe('NOT_FOUND');
  });

  it('an imported, unclaimed structure has a public profile', async () => {
    const siret = randomSiret();
    const [{ id }] = await ctx.dataSource.query(
      `INSERT INTO organization (name, type, siret, siren, source) VALUES ('ACI Importé', 'SUPPLIER', $1, $2, 'SIAE_IMPORT') RETURNING id`, [siret, siret.slice(0, 9)],
    );
    await ctx.dataSource.query(`INSERT INTO supplier_profile (organization_id, city, data_source) VALUES ($1, 'Montreuil', 'ASP')`, [id]);
    await ctx.dataSource.query(`INSERT INTO supplier_kind (organization_id, kind) VALUES ($1, 'ACI')`, [id]);
    const { supplier } = await ctx.client().ok(`query($id: ID!) { supplier(id: $id) { id siret city claimed kinds { kind status } badges { reservation status label } } }`, { id });
    expect(supplier).toMatchObject({ id, siret, city: 'Montreuil', claimed: false, kinds: [{ kind: 'ACI', status: 'DECLARED' }] });
    // A declared (unverified) ACI is "to confirm" for insertion reservations, never eligible.
    expect(supplier.badges).toContainEqual({ reservation: 'RES_INSERTION', status: 'TO_CONFIRM', label: 'À confirmer : éligible marchés réservés L2113-13' });
    expect(supplier.badges.every((b: { status: string }) => b.status !== 'ELIGIBLE')).toBe(true);
  });
});
