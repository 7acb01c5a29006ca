import { errorCode, GqlClient, randomSiret, startTestApp, TestContext, until } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id lots { id } } }`;
const UPDATE = `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id version } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { status } }`;
const CLOSE = `mutation($id: ID!) { closeNeed(input: { needId: $id }) { status } }`;
const CANCEL = `mutation($id: ID!) { cancelNeed(input: { needId: $id, reason: "Plus nécessaire" }) { status } }`;
const SEARCH = `query($query: String, $filters: NeedSearchFilters, $sort: NeedSort, $perPage: Int) {
  searchNeeds(query: $query, filters: $filters, sort: $sort, perPage: $perPage) {
    total hits { id title titleHighlight snippet kind buyerName deadlineAt reserved lots { title sectorNames reservation placeKind placeName } } } }`;
const FACETS = `query($filters: NeedSearchFilters) { searchNeeds(filters: $filters) { total facets { name values { value count } } } }`;

const WASTE = 'collecte-des-dechets-industriels';
const CLEANING = 'nettoyage-de-locaux';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);
const MEILI_URL = process.env.MEILI_URL ?? 'http://127.0.0.1:7700';
const MEILI_KEY = process.env.MEILI_MASTER_KEY ?? 'essor-dev-master-key-change-me';

interface Hit {
  id: string;
  title: string;
  titleHighlight: string | null;
  snippet: string | null;
  buyerName: string;
  reserved: boolean;
  lots: { title: string; sectorNames: string[]; reservation: string; placeKind: string; placeName: string | null }[];
}

function needInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'TENDER',
    title: 'Collecte des déchets du site de Lille',
    descriptionHtml: '<p>Collecte <strong>hebdomadaire</strong> des bennes de quinconcerie, tri &amp; valorisation</p>',
    deadlineAt: inDays(20),
    durationMonths: 24,
    lots: [
      { title: 'Collecte et tri', sectorSlugs: [WASTE], cpvCodes: ['90511000-2'], place: { kind: 'DEPARTEMENT', code: '59' }, reservation: 'RES_INSERTION', socialClauseHours: 1200, amountMaxEur: 120_000 },
    ],
    ...overrides,
  };
}

describe('public needs search on Meilisearch', () => {
  let ctx: TestContext;
  let buyer: GqlClient;
  let supplierOrg: string;
  let search: (variables?: Record<string, unknown>) => Promise<{ total: number; hits: Hit[] }>;
  const ids = (hits: Hit[]) => hits.map((h) => h.id).sort();
  const needs = { lille: '', national: '', invited: '', draft: '' };

  const create = async (overrides: Record<string, unknown> = {}) => (await buyer.ok(CREATE, { input: needInput(overrides) })).createNeed.id as string;
  const publish = async (overrides: Record<string, unknown> = {}) => {
    const id = await create(overrides);
    await buyer.ok(PUBLISH, { id });
    return id;
  };
  /** The need's document straight from Meilisearch (null when absent), whatever the API would show. */
  const indexedDocument = async (id: string) => {
    const res = await fetch(`${MEILI_URL}/indexes/${ctx.env.MEILI_INDEX_PREFIX}needs/documents/${id}`, { headers: { authorization: `Bearer ${MEILI_KEY}` } });
    return res.status === 404 ? null : ((await res.json()) as Record<string, unknown>);
  };

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const anonymous = ctx.client();
    search = async (variables = {}) => (await anonymous.ok(SEARCH, { perPage: 50, ...variables })).searchNeeds;
    buyer = await verifiedClient(ctx);
    await buyer.ok(CREATE_ORG, { input: { name: 'Métropole Européenne de Lille', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    const supplier = await verifiedClient(ctx);
    supplierOrg = (await supplier.ok(CREATE_ORG, { input: { name: 'Tri Nord Insertion', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
  });
  afterAll(() => ctx.close());

  it('a published PUBLIC need is searchable within seconds: words, typo, CPV labels', async () => {
    const started = Date.now();
    needs.lille = await publish();
    const hit = await until('the published need in search', async () => (await search({ query: 'quinconcerie' })).hits.find((h) => h.id === needs.lille));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(hit).toMatchObject({
      title: 'Collecte des déchets du site de Lille', buyerName: 'Métropole Européenne de Lille', reserved: true,
      lots: [{ title: 'Collecte et tri', reservation: 'RES_INSERTION', placeKind: 'DEPARTEMENT', placeName: 'Nord', sectorNames: [expect.any(String)] }],
    });
    // The description is indexed as text: no markup, entities decoded, matched words marked.
    expect(hit!.snippet).toContain('<mark>quinconcerie</mark>');
    expect(hit!.snippet).toContain('tri & valorisation');
    expect(hit!.snippet).not.toContain('<strong>');
    expect(ids((await search({ query: 'quinconcrie' })).hits)).toEqual([needs.lille]);
    // "ordures" is only in the label of the lot's CPV code.
    expect(ids((await search({ query: 'ordures' })).hits)).toEqual([needs.lille]);
  });

  it('filters by sector, CPV (with descendants), reservation and place; a national lot matches any place', async () => {
    needs.national = await publish({
      kind: 'QUOTE', title: 'Nettoyage des agences', descriptionHtml: '<p>Entretien des locaux de toutes nos agences</p>', consortiaAllowed: false,
      lots: [{ title: 'Nettoyage', sectorSlugs: [CLEANING], cpvCodes: ['90911200-8'], place: { kind: 'NATIONAL' }, reservation: 'NONE' }],
    });
    await until('both needs in search', async () => ((await search()).total === 2 ? true : undefined));
    const both = [needs.lille, needs.national].sort();
    expect(ids((await search({ filters: { sectorSlugs: [WASTE] } })).hits)).toEqual([needs.lille]);
    expect(ids((await search({ filters: { cpvCodes: ['90500000-2'] } })).hits)).toEqual([needs.lille]);
    expect(ids((await search({ filters: { cpvCodes: ['90000000-7'] } })).hits)).toEqual(both);
    expect(ids((await search({ filters: { reservations: ['RES_INSERTION'] } })).hits)).toEqual([needs.lille]);
    expect(ids((await search({ filters: { reservedOnly: true } })).hits)).toEqual([needs.lille]);
    expect(ids((await search({ filters: { reservations: ['NONE'] } })).hits)).toEqual([needs.national]);
    expect(ids((await search({ filters: { departementCodes: ['59'] } })).hits)).toEqual(both);
    expect(ids((await search({ filters: { departementCodes: ['13'] } })).hits)).toEqual([needs.national]);
    // Provence-Alpes-Côte d'Azur: only the national need; Hauts-de-France: both.
    expect(ids((await search({ filters: { regionCodes: ['93'] } })).hits)).toEqual([needs.national]);
    expect(ids((await search({ filters: { regionCodes: ['32'] } })).hits)).toEqual(both);
    expect(ids((await search({ filters: { kinds: ['QUOTE'] } })).hits)).toEqual([needs.national]);
    expect(ids((await search({ filters: { consortiaAllowed: true } })).hits)).toEqual([needs.lille]);
    expect(ids((await search({ filters: { deadlineAfter: inDays(30) } })).hits)).toEqual([]);
    expect(ids((await search({ filters: { publishedAfter: inDays(-1) } })).hits)).toEqual(both);
    // Newest first: the national need was published last.
    expect((await search({ sort: 'NEWEST' })).hits.map((h) => h.id)).toEqual([needs.national, needs.lille]);
    const { searchNeeds } = await ctx.client().ok(FACETS, {});
    expect(searchNeeds.facets).toContainEqual({ name: 'reservations', values: expect.arrayContaining([{ value: 'RES_INSERTION', count: 1 }, { value: 'NONE', count: 1 }]) });
  });

  it('bad input is BAD_USER_INPUT with the field path', async () => {
    const unknownCpv = await ctx.client().request(SEARCH, { filters: { cpvCodes: ['90500000-2', '9051'] } });
    expect(errorCode(unknownCpv)).toBe('BAD_USER_INPUT');
    expect(unknownCpv.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['filters.cpvCodes.1']);
    expect(errorCode(await ctx.client().request(SEARCH, { perPage: 500 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ctx.client().request(SEARCH, { filters: { reservations: ['RESERVED'] } }))).toBe('BAD_USER_INPUT');
  });

  it('an INVITED need and a draft are never in the index', async () => {
    needs.invited = await publish({ title: 'Collecte confidentielle quinconcerie', visibility: 'INVITED', invitedSupplierIds: [supplierOrg] });
    needs.draft = await create({ title: 'Brouillon quinconcerie' });
    // Jobs run in order: once a need published after them is indexed, theirs have run too.
    const marker = await publish({ title: 'Repère de synchronisation', descriptionHtml: '' });
    await until('the marker need', async () => ((await search({ query: 'synchronisation' })).total === 1 ? true : undefined));
    await buyer.ok(CANCEL, { id: marker });
    expect(await indexedDocument(needs.invited)).toBeNull();
    expect(await indexedDocument(needs.draft)).toBeNull();
    expect(await indexedDocument(needs.lille)).toMatchObject({ id: needs.lille, buyerName: 'Métropole Européenne de Lille' });
    expect(ids((await search({ query: 'quinconcerie' })).hits)).toEqual([needs.lille]);
  });

  it('an edit after publication is reindexed; closing or cancelling removes the need', async () => {
    const lille = (await buyer.ok(`query($id: ID!) { need(id: $id) { deadlineAt lots { id } } }`, { id: needs.lille })).need;
    const base = needInput();
    await buyer.ok(UPDATE, { input: { ...base, needId: needs.lille, deadlineAt: lille.deadlineAt, title: 'Collecte des déchets – Roubaix', lots: [{ ...base.lots[0], id: lille.lots[0].id }] } });
    await until('the edited title', async () => ((await search({ query: 'Roubaix' })).total === 1 ? true : undefined));

    await buyer.ok(CLOSE, { id: needs.lille });
    await buyer.ok(CANCEL, { id: needs.national });
    await until('closed and cancelled needs gone', async () => ((await search()).total === 0 ? true : undefined));
    expect(await indexedDocument(needs.lille)).toBeNull();
    expect(await indexedDocument(needs.national)).toBeNull();
  });

  it('cli reconcile needs reports no drift, finds and repairs drift made behind its back; cli reindex needs rebuilds', async () => {
    const open = [await publish({ title: 'Tri des papiers de bureau' }), await publish({ title: 'Broyage de documents' })];
    await until('the two open needs', async () => ((await search()).total === 2 ? true : undefined));
    const clean = await ctx.cli('reconcile', 'needs', '--dry-run');
    expect(clean.code).toBe(0);
    expect(lastJsonLine(clean.stdout)).toMatchObject({ index: 'needs', checked: 2, drift: 0 });

    // No outbox event: the index does not know.
    await ctx.dataSource.query(`UPDATE need SET title = 'Tri des archives' WHERE id = $1`, [open[0]]);
    await ctx.dataSource.query(`UPDATE need SET visibility = 'INVITED' WHERE id = $1`, [open[1]]);
    const drift = await ctx.cli('reconcile', 'needs', '--dry-run');
    expect(lastJsonLine(drift.stdout)).toMatchObject({ index: 'needs', drift: 2, stale: 1, extra: 1 });
    expect(lastJsonLine((await ctx.cli('reconcile', 'needs')).stdout)).toMatchObject({ drift: 2, repaired: true });
    expect((await search()).hits.map((h) => h.title)).toEqual(['Tri des archives']);
    expect(await indexedDocument(open[1]!)).toBeNull();

    const reindex = await ctx.cli('reindex', 'needs');
    expect(reindex.code).toBe(0);
    expect(reindex.stdout).toMatch(/reindexed 1 needs/);
    expect(reindex.stdout).not.toMatch(/suppliers|offers/);
    expect((await search()).total).toBe(1);
    // "all" includes the needs index.
    const all = await ctx.cli('reconcile', '--dry-run');
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.index)).toEqual(['suppliers', 'offers', 'needs', 'all']);
    expect(lines).toContainEqual(expect.objectContaining({ index: 'needs', checked: 1, drift: 0 }));
  });
});
