import { Queue } from 'bullmq';
import { errorCode, GqlClient, randomSiret, startTestApp, TestContext, uniqueEmail, until, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const FIELDS = 'id name target query filters frequency lastRunAt createdAt';
const LIST = `{ savedSearches { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateSavedSearchInput!) { createSavedSearch(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSavedSearchInput!) { updateSavedSearch(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(input: { id: $id }) { ok } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { status } }`;
const SEARCH_NEEDS = `query($query: String) { searchNeeds(query: $query) { total } }`;
const SEARCH_SUPPLIERS = `query($query: String) { searchSuppliers(query: $query) { total } }`;

const WASTE = 'collecte-des-dechets-industriels';
const CLEANING = 'nettoyage-de-locaux';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function needInput(title: string, sectorSlug: string, departement: string) {
  return {
    kind: 'QUOTE', title, descriptionHtml: '<p>Demande de devis</p>', deadlineAt: inDays(20),
    lots: [{ title: 'Lot unique', sectorSlugs: [sectorSlug], place: { kind: 'DEPARTEMENT', code: departement }, reservation: 'NONE' }],
  };
}

describe('saved searches (alerts) and their digests', () => {
  let ctx: TestContext;
  let maintenance: Queue;
  let supplier: GqlClient;
  let supplierEmail: string;
  let buyer: GqlClient;
  let buyerEmail: string;
  let colleague: GqlClient;

  /** Runs the saved-search job as the scheduler would, at `at`, and waits for it to finish. */
  async function runSavedSearches(at: Date, jobId: string) {
    const job = await maintenance.add('run-saved-searches', { at: at.toISOString() }, { jobId });
    const state = await until(`saved-search run ${jobId}`, async () => {
      const s = await job.getState();
      return s === 'completed' || s === 'failed' ? s : undefined;
    }, 30_000);
    expect(state).toBe('completed');
  }
  const notificationsOf = (email: string) => ctx.dataSource.query(
    `SELECT n.params, n.dedupe_key, n.email_state FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE u.email = $1 AND n.category = 'SAVED_SEARCH' ORDER BY n.created_at`, [email],
  ) as Promise<{ params: Record<string, unknown>; dedupe_key: string; email_state: string }[]>;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    maintenance = new Queue('maintenance', { prefix: ctx.env.QUEUE_PREFIX, connection: { host: redis.hostname, port: Number(redis.port || 6379) } });
    supplierEmail = uniqueEmail('alert-supplier');
    supplier = await verifiedClient(ctx, supplierEmail);
    const supplierOrg = (await supplier.ok(CREATE_ORG, { input: { name: 'Tri Nord Insertion', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    buyerEmail = uniqueEmail('alert-buyer');
    buyer = await verifiedClient(ctx, buyerEmail);
    await buyer.ok(CREATE_ORG, { input: { name: 'Métropole Européenne de Lille', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    // A colleague in the same organisation: saved searches are personal all the same.
    const colleagueEmail = uniqueEmail('alert-colleague');
    colleague = await verifiedClient(ctx, colleagueEmail);
    await ctx.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) SELECT $1, id, 'MEMBER' FROM app_user WHERE email = $2`, [supplierOrg, colleagueEmail]);
    await colleague.ok(`mutation($id: ID!) { switchOrganization(input: { organizationId: $id }) { activeOrganization { id } } }`, { id: supplierOrg });
  });
  afterAll(async () => {
    await maintenance.close();
    await ctx.close();
  });

  it('creates, lists, updates and deletes the caller’s own saved searches; others’ are NOT_FOUND', async () => {
    const before = Date.now();
    const created = (await supplier.ok(CREATE, {
      input: { name: '  Déchets  du Nord ', target: 'NEEDS', query: 'collecte', filters: { sectorSlugs: [WASTE], departementCodes: ['59'] }, frequency: 'DAILY' },
    })).createSavedSearch;
    expect(created).toMatchObject({ name: 'Déchets du Nord', target: 'NEEDS', query: 'collecte', filters: { sectorSlugs: [WASTE], departementCodes: ['59'] }, frequency: 'DAILY' });
    // What is new is counted from the creation on.
    expect(new Date(created.lastRunAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await supplier.ok(LIST)).savedSearches.map((s: { id: string }) => s.id)).toEqual([created.id]);

    const updated = (await supplier.ok(UPDATE, { input: { id: created.id, name: 'Déchets', frequency: 'WEEKLY' } })).updateSavedSearch;
    expect(updated).toMatchObject({ id: created.id, name: 'Déchets', frequency: 'WEEKLY', query: 'collecte', filters: created.filters });
    const refiltered = (await supplier.ok(UPDATE, { input: { id: created.id, filters: { reservedOnly: true } } })).updateSavedSearch;
    expect(refiltered.filters).toEqual({ reservedOnly: true });

    // A colleague of the same organisation, and anyone else, neither see nor touch it.
    expect((await colleague.ok(LIST)).savedSearches).toEqual([]);
    expect(errorCode(await colleague.request(UPDATE, { input: { id: created.id, name: 'À moi' } }))).toBe('NOT_FOUND');
    expect(errorCode(await buyer.request(DELETE, { id: created.id }))).toBe('NOT_FOUND');
    expect(errorCode(await supplier.request(DELETE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(LIST))).toBe('UNAUTHENTICATED');

    expect((await supplier.ok(DELETE, { id: created.id })).deleteSavedSearch.ok).toBe(true);
    expect((await supplier.ok(LIST)).savedSearches).toEqual([]);
  });

  it('checks the filters with the search’s own rules: BAD_USER_INPUT with the field path', async () => {
    const paths = async (input: Record<string, unknown>) => {
      const result = await supplier.request(CREATE, { input: { name: 'Alerte', target: 'NEEDS', frequency: 'DAILY', ...input } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return result.errors![0]!.extensions!.fields!.map((f) => f.path);
    };
    expect(await paths({ filters: { reservations: ['RESERVED'] } })).toEqual(['filters.reservations']);
    expect(await paths({ filters: { deadlineAfter: 'demain' } })).toEqual(['filters.deadlineAfter']);
    expect(await paths({ filters: { cpvCodes: ['9051'] } })).toEqual(['filters.cpvCodes.0']);
    // A field of another search (or a typo) is refused, not silently dropped.
    expect(await paths({ filters: { eligibleFor: 'RES_INSERTION' } })).toEqual(['filters.eligibleFor']);
    expect(await paths({ filters: 'sectorSlugs=x' })).toEqual(['filters']);
    expect(await paths({ target: 'SUPPLIERS', filters: { eligibleFor: 'RES_NOTHING' } })).toEqual(['filters.eligibleFor']);
    expect(await paths({ name: '   ' })).toEqual(['name']);
    expect(await ctx.dataSource.query(`SELECT count(*)::int AS n FROM saved_search`)).toEqual([{ n: 0 }]);
  });

  it('the daily run sends one notification and one email per saved search listing what is new; a second run in the window does nothing', async () => {
    const needsAlert = (await supplier.ok(CREATE, {
      input: { name: 'Déchets du Nord', target: 'NEEDS', filters: { sectorSlugs: [WASTE], departementCodes: ['59'] }, frequency: 'DAILY' },
    })).createSavedSearch;
    const suppliersAlert = (await buyer.ok(CREATE, {
      input: { name: 'Ateliers de quinconcerie', target: 'SUPPLIERS', query: 'quinconcerie', frequency: 'WEEKLY' },
    })).createSavedSearch;
    // An alert with nothing new: no notification.
    await supplier.ok(CREATE, { input: { name: 'Rien de neuf', target: 'NEEDS', query: 'zzzyyyxxx', frequency: 'DAILY' } });

    const publish = async (input: ReturnType<typeof needInput>) => {
      const { createNeed } = await buyer.ok(CREATE_NEED, { input });
      await buyer.ok(PUBLISH_NEED, { id: createNeed.id });
      return createNeed.id as string;
    };
    const matching = [await publish(needInput('Collecte des cartons à Lille', WASTE, '59')), await publish(needInput('Enlèvement des DEEE à Roubaix', WASTE, '59'))];
    await publish(needInput('Collecte à Marseille', WASTE, '13'));
    await publish(needInput('Nettoyage à Lille', CLEANING, '59'));
    // A supplier joins the directory after the buyer saved the search.
    const newcomer = await verifiedClient(ctx);
    const newcomerId = (await newcomer.ok(CREATE_ORG, { input: { name: 'Atelier Zéphyrin', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    await newcomer.ok(`mutation($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) { id } }`, {
      input: { supplierId: newcomerId, description: 'Atelier de quinconcerie solidaire', communeCode: '59350', kinds: ['EA'] },
    });
    await until('the new needs and supplier indexed', async () => {
      const needs = (await ctx.client().ok(SEARCH_NEEDS, {})).searchNeeds.total;
      const suppliers = (await ctx.client().ok(SEARCH_SUPPLIERS, { query: 'quinconcerie' })).searchSuppliers.total;
      return needs === 4 && suppliers === 1 ? true : undefined;
    });

    // The next morning (a week later the weekly one is due too).
    const at = new Date(Date.now() + 8 * 86_400_000);
    await runSavedSearches(at, 'run-1');
    const [needsNotification, ...noOther] = await notificationsOf(supplierEmail);
    expect(noOther).toEqual([]);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(at.getTime() - 5 * 60_000));
    expect(needsNotification!.dedupe_key).toBe(`saved-search:${needsAlert.id}:${day}`);
    expect(needsNotification!.params).toMatchObject({ savedSearchId: needsAlert.id, name: 'Déchets du Nord', target: 'NEEDS', total: 2 });
    const items = needsNotification!.params.items as { id: string; title: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([...matching].sort());
    const [suppliersNotification] = await notificationsOf(buyerEmail);
    expect(suppliersNotification!.params).toMatchObject({ savedSearchId: suppliersAlert.id, target: 'SUPPLIERS', total: 1, items: [{ id: newcomerId, title: 'Atelier Zéphyrin' }] });

    const email = await waitForEmail(supplierEmail, 'Déchets du Nord');
    expect(email.text).toContain('Collecte des cartons à Lille');
    expect(email.text).toContain('Enlèvement des DEEE à Roubaix');
    expect(email.text).not.toContain('Marseille');
    await waitForEmail(buyerEmail, 'Ateliers de quinconcerie');

    // Each search now reports from the end of that window.
    const [{ last_run_at: lastRunAt }] = await ctx.dataSource.query(`SELECT last_run_at FROM saved_search WHERE id = $1`, [needsAlert.id]);
    expect(new Date(lastRunAt).getTime()).toBe(at.getTime() - 5 * 60_000);
    // Retried, or run again later the same day: nothing more.
    await runSavedSearches(at, 'run-1-retry');
    await runSavedSearches(new Date(at.getTime() + 3_600_000), 'run-2');
    expect(await notificationsOf(supplierEmail)).toHaveLength(1);
    expect(await notificationsOf(buyerEmail)).toHaveLength(1);
  });
});
