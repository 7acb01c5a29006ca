import { errorCode, GqlClient, randomSiret, startTestApp, TestContext, until } from './harness';
import { verifiedClient } from './verified-client';

const SEARCH = `query($query: String, $filters: OfferSearchFilters, $geo: GeoFilter, $sort: OfferSort, $page: Int, $perPage: Int) {
  searchOffers(query: $query, filters: $filters, geo: $geo, sort: $sort, page: $page, perPage: $perPage) {
    total totalPages hits { id name nameHighlight priceMinEur leadTimeDays distanceKm cpvCodes { code labelFr }
      supplier { id name city kinds eligibleFor } } } }`;
const WITH_FACETS = `query($filters: OfferSearchFilters) { searchOffers(filters: $filters) { total facets { name values { value count } } } }`;
const CREATE_ORG = `mutation($s: String!, $name: String!) { createOrganization(input: { name: $name, type: SUPPLIER, siret: $s }) { activeOrganization { id } } }`;
const UPDATE = `mutation($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) { id } }`;
const UPSERT_OFFER = `mutation($input: UpsertOfferInput!) { upsertOffer(input: $input) { id } }`;

interface Hit {
  id: string;
  name: string;
  nameHighlight: string | null;
  priceMinEur: number | null;
  leadTimeDays: number | null;
  distanceKm: number | null;
  cpvCodes: { code: string; labelFr: string }[];
  supplier: { id: string; name: string; city: string | null; kinds: string[]; eligibleFor: string[] };
}

const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

describe('offer (catalogue) search on Meilisearch', () => {
  let ctx: TestContext;
  let search: (variables?: Record<string, unknown>) => Promise<{ total: number; hits: Hit[] }>;
  const ids = (hits: Hit[]) => hits.map((h) => h.id).sort();
  let lille: { client: GqlClient; id: string };
  let marseille: { client: GqlClient; id: string };
  const offers: Record<'deee' | 'nettoyage' | 'cartons' | 'traiteur', string> = { deee: '', nettoyage: '', cartons: '', traiteur: '' };

  async function supplier(name: string, communeCode: string, kind: string) {
    const client = await verifiedClient(ctx);
    const { createOrganization } = await client.ok(CREATE_ORG, { s: randomSiret(), name });
    const id = createOrganization.activeOrganization.id as string;
    await client.ok(UPDATE, { input: { supplierId: id, communeCode, kinds: [kind] } });
    return { client, id };
  }
  const offer = async (owner: { client: GqlClient; id: string }, input: Record<string, unknown>) =>
    (await owner.client.ok(UPSERT_OFFER, { input: { supplierId: owner.id, ...input } })).upsertOffer.id as string;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const anonymous = ctx.client();
    search = async (variables = {}) => (await anonymous.ok(SEARCH, { perPage: 50, ...variables })).searchOffers;
    lille = await supplier('Envie Hauts-de-France', '59350', 'EI');
    marseille = await supplier('Atelier Calanques', '13055', 'EA');
    offers.deee = await offer(lille, {
      name: 'Collecte de DEEE en entreprise', description: 'Enlèvement des équipements électriques usagés sur site',
      cpvCodes: ['90511000-2'], priceMinEur: 80, priceMaxEur: 120, unit: 'tonne', leadTimeDays: 10, capacityQuantity: 30, capacityPeriod: 'MONTH',
    });
    offers.nettoyage = await offer(lille, { name: 'Nettoyage de bureaux', cpvCodes: ['90911200-8'], priceMinEur: 25, leadTimeDays: 3 });
    offers.cartons = await offer(marseille, { name: 'Transport des cartons usagés', cpvCodes: ['90512000-9'], priceMinEur: 50, leadTimeDays: 20 });
    offers.traiteur = await offer(marseille, { name: 'Traiteur solidaire', cpvCodes: ['55520000-1'], priceMinEur: 12 });
    await until('the four offers in the index', async () => ((await search()).total === 4 ? true : undefined));
  });
  afterAll(() => ctx.close());

  it('finds offers by words, CPV label and with a typo; each hit carries its supplier', async () => {
    const words = await search({ query: 'nettoyage' });
    expect(ids(words.hits)).toEqual([offers.nettoyage]);
    expect(words.hits[0]).toMatchObject({
      nameHighlight: '<mark>Nettoyage</mark> de bureaux',
      cpvCodes: [{ code: '90911200-8', labelFr: 'Services de nettoyage de bâtiments' }],
      supplier: { id: lille.id, name: 'Envie Hauts-de-France', city: 'Lille', kinds: ['EI'] },
    });
    expect(ids((await search({ query: 'netoyage' })).hits)).toEqual([offers.nettoyage]);
    // "ordures" is only in the CPV labels of the two waste offers.
    expect(ids((await search({ query: 'ordures' })).hits)).toEqual([offers.deee, offers.cartons].sort());
  });

  it('a CPV filter matches the code and everything below it; a malformed code is BAD_USER_INPUT', async () => {
    const waste = [offers.deee, offers.cartons].sort();
    expect(ids((await search({ filters: { cpvCodes: ['90510000-5'] } })).hits)).toEqual(waste); // class 9051
    expect(ids((await search({ filters: { cpvCodes: ['90500000'] } })).hits)).toEqual(waste); // group 905, no check digit
    expect(ids((await search({ filters: { cpvCodes: ['90511000-2'] } })).hits)).toEqual([offers.deee]); // the category itself
    expect(ids((await search({ filters: { cpvCodes: ['90000000-7'] } })).hits)).toEqual([...waste, offers.nettoyage].sort()); // division
    const malformed = await ctx.client().request(SEARCH, { filters: { cpvCodes: ['90500000-2', '9051'] } });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['filters.cpvCodes.1']);
    expect(errorCode(await ctx.client().request(SEARCH, { filters: { cpvCodes: ['90500000-3'] } }))).toBe('BAD_USER_INPUT'); // wrong check digit
  });

  it('filters on the offer (lead time) and on its supplier (kind), with facets only when asked', async () => {
    expect(ids((await search({ filters: { maxLeadTimeDays: 10 } })).hits)).toEqual([offers.deee, offers.nettoyage].sort());
    expect(ids((await search({ filters: { kinds: ['EA'] } })).hits)).toEqual([offers.cartons, offers.traiteur].sort());
    const { searchOffers } = await ctx.client().ok(WITH_FACETS, { filters: { hasCapacity: true } });
    expect(searchOffers.total).toBe(1);
    expect(searchOffers.facets).toContainEqual({ name: 'cpvDivisions', values: [{ value: '90', count: 1 }] });
  });

  it('around a place: radius, nearest first, and sort by price', async () => {
    const near = await search({ geo: { placeCode: '59350', radiusKm: 50 } });
    expect(ids(near.hits)).toEqual([offers.deee, offers.nettoyage].sort());
    expect(near.hits.every((h) => h.distanceKm !== null && h.distanceKm <= 50)).toBe(true);
    const fromMarseille = await search({ geo: { placeCode: '13055' }, sort: 'DISTANCE' });
    expect(fromMarseille.hits.map((h) => h.supplier.id)).toEqual([marseille.id, marseille.id, lille.id, lille.id]);
    const distances = fromMarseille.hits.map((h) => h.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const prices = (await search({ sort: 'PRICE' })).hits.map((h) => h.priceMinEur);
    expect(prices).toEqual([12, 25, 50, 80]);
    expect(errorCode(await ctx.client().request(SEARCH, { sort: 'DISTANCE' }))).toBe('BAD_USER_INPUT');
  });

  it('eligibleFor: offers of suppliers eligible today, updated when the supplier is verified', async () => {
    expect((await search({ filters: { eligibleFor: 'RES_INSERTION' } })).total).toBe(0);
    // Staff verify the EI with a valid convention (as the review flow leaves it), then the outbox says so.
    const [file] = await ctx.dataSource.query(
      `INSERT INTO stored_file (owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name)
       VALUES ($1, 'STATUS_PROOF', 'test/none', 'application/pdf', 1, repeat('0', 64), 'convention.pdf') RETURNING id`, [lille.id]);
    await ctx.dataSource.query(
      `INSERT INTO status_proof (organization_id, kind, proof_type, valid_from, valid_until, file_id, status, submitted_by_user_id)
       VALUES ($1, 'EI', 'IAE_CONVENTION', '2020-01-01', '2099-12-31', $2, 'VERIFIED', $1)`, [lille.id, file.id]);
    await ctx.dataSource.query(`UPDATE supplier_kind SET status = 'VERIFIED' WHERE organization_id = $1 AND kind = 'EI'`, [lille.id]);
    await ctx.dataSource.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('supplier.changed', 'supplier', $1, $2)`, [lille.id, { supplierId: lille.id }]);
    const eligible = await until('the verified supplier’s offers', async () => {
      const { hits } = await search({ filters: { eligibleFor: 'RES_INSERTION' } });
      return hits.length === 2 ? hits : undefined;
    });
    expect(ids(eligible)).toEqual([offers.deee, offers.nettoyage].sort());
    expect(eligible.every((h) => h.supplier.eligibleFor.includes('RES_INSERTION'))).toBe(true);
  });

  it('a supplier change updates its offers; a deleted offer leaves the index', async () => {
    await marseille.client.ok(UPDATE, { input: { supplierId: marseille.id, communeCode: '69123' } });
    await until('the offers at the new site', async () => {
      const { hits } = await search({ filters: { departementCodes: ['69'] } });
      return hits.length === 2 && hits.every((h) => h.supplier.city === 'Lyon') ? true : undefined;
    });
    await lille.client.ok(`mutation($input: DeleteSupplierItemInput!) { deleteOffer(input: $input) { ok } }`, { input: { supplierId: lille.id, id: offers.nettoyage } });
    await until('the deleted offer gone', async () => ((await search({ query: 'nettoyage' })).total === 0 ? true : undefined));
    expect(ids((await search()).hits)).toEqual([offers.deee, offers.cartons, offers.traiteur].sort());
  });

  it('cli reconcile finds no drift in either index; cli reindex offers rebuilds the catalogue index', async () => {
    const reconcile = await ctx.cli('reconcile', '--dry-run');
    expect(reconcile.code).toBe(0);
    const lines = reconcile.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toContainEqual(expect.objectContaining({ index: 'offers', checked: 3, drift: 0 }));
    expect(lastJsonLine(reconcile.stdout)).toMatchObject({ index: 'all', drift: 0 });

    // Drift made behind the indexer's back (no outbox event) is found, then repaired.
    await ctx.dataSource.query(`UPDATE supplier_offer SET price_min_eur = 70 WHERE id = $1`, [offers.deee]);
    const stale = await ctx.cli('reconcile', 'offers', '--dry-run');
    expect(lastJsonLine(stale.stdout)).toMatchObject({ index: 'offers', drift: 1, stale: 1 });
    expect(lastJsonLine((await ctx.cli('reconcile', 'offers')).stdout)).toMatchObject({ drift: 1, repaired: true });
    expect((await search({ query: 'DEEE' })).hits[0]?.priceMinEur).toBe(70);

    const reindex = await ctx.cli('reindex', 'offers');
    expect(reindex.code).toBe(0);
    expect(reindex.stdout).toMatch(/reindexed 3 offers/);
    expect(reindex.stdout).not.toMatch(/suppliers/);
    expect((await search()).total).toBe(3);
    expect(lastJsonLine((await ctx.cli('reconcile', '--dry-run')).stdout)).toMatchObject({ drift: 0 });
  });
});
