import path from 'node:path';
import { GqlClient, ownMeiliServer, randomSiret, startTestApp, TestContext, until } from './harness';
import { verifiedClient } from './verified-client';

const DEMO_CSV = path.join(__dirname, '..', 'src', 'modules', 'suppliers', 'demo', 'siae_structures.csv');
const SEARCH = `query($query: String, $filters: SupplierSearchFilters, $geo: GeoFilter, $page: Int, $perPage: Int) {
  searchSuppliers(query: $query, filters: $filters, geo: $geo, page: $page, perPage: $perPage) {
    total totalPages hits { id name city distanceKm eligibleFor snippet } facets { name values { value count } } } }`;

/** Every hit of a search, page by page. */
async function allHits(client: GqlClient, variables: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { searchSuppliers } = await client.ok(SEARCH, { ...variables, page, perPage: 50 });
    ids.push(...searchSuppliers.hits.map((h: { id: string }) => h.id));
    if (page >= searchSuppliers.totalPages) return ids;
  }
}

describe('supplier search on Meilisearch', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const imported = await ctx.cli('import-suppliers', DEMO_CSV);
    expect(imported.code).toBe(0);
    const reindex = await ctx.cli('reindex');
    expect(reindex.stdout).toMatch(/reindexed \d+ suppliers/);
  });
  afterAll(() => ctx.close());

  it('finds structures by words, with a typo, nearest first around a place', async () => {
    const c = ctx.client();
    const exact = (await c.ok(SEARCH, { query: 'recyclage', geo: { placeCode: '59350' } })).searchSuppliers;
    expect(exact.total).toBeGreaterThan(3);
    // A typo still finds the structures (the exact word also matches synonyms such as "réemploi").
    const typo = (await c.ok(SEARCH, { query: 'recylage', geo: { placeCode: '59350' } })).searchSuppliers;
    const exactIds = new Set(await allHits(c, { query: 'recyclage' }));
    expect(typo.total).toBeGreaterThan(3);
    expect(typo.hits.filter((h: { id: string }) => !exactIds.has(h.id))).toEqual([]);
    const distances = exact.hits.map((h: { distanceKm: number | null }) => h.distanceKm).filter((d: number | null) => d !== null);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    const near = (await c.ok(SEARCH, { query: 'recyclage', geo: { placeCode: '59350', radiusKm: 30 } })).searchSuppliers;
    expect(near.total).toBeLessThan(exact.total);
    expect(near.hits.every((h: { distanceKm: number }) => h.distanceKm <= 30)).toBe(true);
  });

  it('a profile change is searchable with the new data within seconds (outbox → queue → index)', async () => {
    const supplier = await verifiedClient(ctx);
    const { createOrganization } = await supplier.ok(
      `mutation($s: String!) { createOrganization(input: { name: "Atelier Zéphyrin", type: SUPPLIER, siret: $s }) { activeOrganization { id } } }`,
      { s: randomSiret() },
    );
    const id = createOrganization.activeOrganization.id;
    const started = Date.now();
    await supplier.ok(`mutation($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) { id } }`, {
      input: { supplierId: id, description: 'Câblage de faisceaux quinconcerie pour l’aéronautique', communeCode: '59350', kinds: ['EA'] },
    });
    const hit = await until('the changed profile in search', async () => {
      const { searchSuppliers } = await ctx.client().ok(SEARCH, { query: 'quinconcerie' });
      return searchSuppliers.hits.find((h: { id: string }) => h.id === id);
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(hit).toMatchObject({ name: 'Atelier Zéphyrin', city: 'Lille' });
  });

  it('eligibleFor: RES_INSERTION returns exactly the suppliers whose eligibility() is ELIGIBLE', async () => {
    // Verify a few EI/ACI structures with a valid convention; one with a lapsed one.
    const picked: { organization_id: string }[] = await ctx.dataSource.query(
      `SELECT organization_id FROM supplier_kind WHERE kind IN ('EI', 'ACI') ORDER BY organization_id LIMIT 6`,
    );
    for (const [i, { organization_id: id }] of picked.entries()) {
      const [file] = await ctx.dataSource.query(
        `INSERT INTO stored_file (owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name)
         VALUES ($1, 'STATUS_PROOF', 'test/none', 'application/pdf', 1, repeat('0', 64), 'convention.pdf') RETURNING id`, [id]);
      const kind = (await ctx.dataSource.query(`SELECT kind FROM supplier_kind WHERE organization_id = $1 AND kind IN ('EI','ACI') LIMIT 1`, [id]))[0].kind;
      const until = i === 0 ? '2020-12-31' : '2099-12-31';
      await ctx.dataSource.query(
        `INSERT INTO status_proof (organization_id, kind, proof_type, valid_from, valid_until, file_id, status, submitted_by_user_id)
         VALUES ($1, $2, 'IAE_CONVENTION', '2020-01-01', $3, $4, 'VERIFIED', $1)`, [id, kind, until, file.id]);
      await ctx.dataSource.query(`UPDATE supplier_kind SET status = $3 WHERE organization_id = $1 AND kind = $2`, [id, kind, i === 0 ? 'EXPIRED' : 'VERIFIED']);
      await ctx.dataSource.query(
        `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('supplier.changed', 'supplier', $1, $2)`, [id, { supplierId: id }]);
    }
    const c = ctx.client();
    // Wait until the last change is indexed.
    await until('the verified suppliers in the index', async () => {
      const ids = await allHits(c, { filters: { eligibleFor: 'RES_INSERTION' } });
      return ids.length === picked.length - 1 ? ids : undefined;
    });
    const indexed = new Set(await allHits(c, { filters: { eligibleFor: 'RES_INSERTION' } }));
    // The same question asked to eligibility() for every supplier in the database, 15 at a time.
    const all: { id: string }[] = await ctx.dataSource.query(`SELECT id FROM organization WHERE type = 'SUPPLIER'`);
    const eligible = new Set<string>();
    for (let i = 0; i < all.length; i += 15) {
      const chunk = all.slice(i, i + 15);
      const query = `{ ${chunk.map((s, j) => `e${j}: eligibility(supplierId: "${s.id}", reservation: RES_INSERTION) { status }`).join(' ')} }`;
      const data = await c.ok(query);
      chunk.forEach((s, j) => data[`e${j}`].status === 'ELIGIBLE' && eligible.add(s.id));
    }
    expect(eligible.size).toBe(picked.length - 1);
    expect([...indexed].sort()).toEqual([...eligible].sort());
  });

  it('reconcile finds no drift after the changes above', async () => {
    const { stdout, code } = await ctx.cli('reconcile', '--dry-run');
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toMatchObject({ drift: 0 });
  });

  it('bad search input is a typed error', async () => {
    const res = await ctx.client().request(SEARCH, { perPage: 500 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const geo = await ctx.client().request(SEARCH, { geo: { placeCode: '00000', radiusKm: 10 } });
    expect(geo.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('geo.placeCode');
  });
});

describe('search index recovery', () => {
  it('Meilisearch killed during a reindex: after restart, reconcile repairs to 0 drift', async () => {
    const meili = await ownMeiliServer();
    const ctx = await startTestApp({ meili });
    try {
      expect((await ctx.cli('import-suppliers', DEMO_CSV)).code).toBe(0);
      const reindex = ctx.cli('reindex');
      await new Promise((r) => setTimeout(r, 2500));
      meili.kill();
      const interrupted = await reindex;
      expect(interrupted.code).not.toBe(0);
      await meili.start();
      const repaired = await ctx.cli('reconcile');
      expect(repaired.code).toBe(0);
      const check = await ctx.cli('reconcile', '--dry-run');
      expect(JSON.parse(check.stdout.trim().split('\n').pop()!)).toMatchObject({ drift: 0, checked: expect.any(Number) });
    } finally {
      await ctx.close();
      meili.kill();
    }
  });
});
