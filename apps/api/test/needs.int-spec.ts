import { Queue } from 'bullmq';
import { errorCode, GqlClient, randomSiret, startTestApp, TestContext } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const NEED_FIELDS = `id kind title descriptionHtml status visibility version deadlineAt isMine statusReason invitedSupplierIds
  buyer { id name } attachments { id name url }
  lots { id position title sectorSlugs cpvCodes reservation radiusKm socialClauseHours amountMinEur amountMaxEur place { kind code name departementCode regionCode } }`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { ${NEED_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { ${NEED_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeNeed(input: { needId: $id }) { status } }`;
const AWARD = `mutation($id: ID!) { awardNeed(input: { needId: $id }) { status } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelNeed(input: { needId: $id, reason: $reason }) { status statusReason } }`;
const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const MY_NEEDS = `query($statuses: [NeedStatus!], $page: Int, $perPage: Int) { myNeeds(statuses: $statuses, page: $page, perPage: $perPage) { total page items { id title status } } }`;
const VERSIONS = `query($id: ID!) { needVersions(needId: $id) { version changedFields } }`;
const ADVICE = `query($input: ProcurementAdviceInput!) { procurementAdvice(input: $input) { totalEurExclVat amountsComplete band { band ruleId thresholds { dispenseBelowEur euFromEur } } advice { code lotIndex suggestedLots band } } }`;

const WASTE = 'collecte-des-dechets-industriels';
const CLEANING = 'nettoyage-de-locaux';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function needInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'TENDER',
    title: '  Collecte   des déchets du site de Lille ',
    descriptionHtml: '<p>Collecte <strong>hebdomadaire</strong><script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <a href="https://essor.example">cahier</a></p>',
    deadlineAt: inDays(20),
    durationMonths: 24,
    questions: ['Quelle fréquence de collecte proposez-vous ?', '  '],
    lots: [
      { title: 'Collecte et tri', sectorSlugs: [WASTE], cpvCodes: ['90511000-2'], place: { kind: 'DEPARTEMENT', code: '59' }, reservation: 'RES_INSERTION', socialClauseHours: 1200, amountMinEur: 80_000, amountMaxEur: 120_000 },
      { title: 'Nettoyage des bureaux', sectorSlugs: [CLEANING], place: { kind: 'COMMUNE', code: '59350' }, radiusKm: 30, reservation: 'NONE' },
    ],
    ...overrides,
  };
}

describe('buyer needs: content, lifecycle, versions, visibility', () => {
  let ctx: TestContext;
  let buyer: GqlClient;
  let buyerOrg: string;
  let privateBuyer: GqlClient;
  let supplier: GqlClient;
  let supplierOrg: string;
  let outsider: GqlClient;
  let apiUrl: string;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    apiUrl = ctx.graphqlUrl.replace(/\/graphql$/, '');
    buyer = await verifiedClient(ctx);
    buyerOrg = (await buyer.ok(CREATE_ORG, { input: { name: 'Métropole Européenne de Lille', type: 'BUYER', regime: 'CCP', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    privateBuyer = await verifiedClient(ctx);
    await privateBuyer.ok(CREATE_ORG, { input: { name: 'Industriel du Nord', type: 'BUYER', regime: 'PRIVATE', siret: randomSiret() } });
    supplier = await verifiedClient(ctx);
    supplierOrg = (await supplier.ok(CREATE_ORG, { input: { name: 'Tri Nord Insertion', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    outsider = await verifiedClient(ctx);
    await outsider.ok(CREATE_ORG, { input: { name: 'Autre Atelier', type: 'SUPPLIER', siret: randomSiret() } });
  });
  afterAll(() => ctx.close());

  it('creates a draft with normalised lots, a sanitised description and places resolved from INSEE codes', async () => {
    const need = (await buyer.ok(CREATE, { input: needInput() })).createNeed;
    expect(need).toMatchObject({ status: 'DRAFT', title: 'Collecte des déchets du site de Lille', version: 1, isMine: true, buyer: { id: buyerOrg } });
    expect(need.descriptionHtml).toContain('<strong>hebdomadaire</strong>');
    expect(need.descriptionHtml).toContain('href="https://essor.example"');
    expect(need.descriptionHtml).not.toMatch(/script|onerror|javascript:|<img/);
    expect(need.lots).toHaveLength(2);
    expect(need.lots[0]).toMatchObject({ position: 0, reservation: 'RES_INSERTION', socialClauseHours: 1200, place: { kind: 'DEPARTEMENT', code: '59', name: 'Nord', regionCode: '32' } });
    expect(need.lots[1].place).toMatchObject({ kind: 'COMMUNE', code: '59350', name: 'Lille', departementCode: '59' });
    // Drafts are the buyer's own: another organisation (or anonymous) cannot tell they exist.
    expect(errorCode(await supplier.request(NEED, { id: need.id }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(NEED, { id: need.id }))).toBe('NOT_FOUND');
    const outbox = await ctx.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1`, [need.id]);
    expect(outbox).toEqual([]);
  });

  it('refuses bad content with every field path, and reservations the rules forbid', async () => {
    const bad = await buyer.request(CREATE, {
      input: needInput({
        title: '   ',
        deadlineAt: inDays(-1),
        lots: [
          { title: 'Sans objet', sectorSlugs: [], cpvCodes: [], place: { kind: 'DEPARTEMENT', code: '999' }, reservation: 'NONE' },
          { title: 'Mauvais', sectorSlugs: ['pas-un-secteur'], cpvCodes: ['12345678-0'], place: { kind: 'COMMUNE' }, reservation: 'NONE', amountMinEur: 10, amountMaxEur: 5 },
          { title: 'ESS hors liste', sectorSlugs: [CLEANING], cpvCodes: ['90911200-8'], place: { kind: 'NATIONAL' }, radiusKm: 10, reservation: 'RES_ESS_SERVICES' },
        ],
      }),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const paths = bad.errors![0]!.extensions!.fields!.map((f) => f.path).sort();
    expect(paths).toEqual(
      ['deadlineAt', 'lots.0.place.code', 'lots.0.sectorSlugs', 'lots.1.amountMaxEur', 'lots.1.cpvCodes.0', 'lots.1.place.code', 'lots.1.sectorSlugs.0', 'lots.2.cpvCodes', 'lots.2.radiusKm', 'title'].sort(),
    );
    // L2113-15 is a public buyer's tool only (RES-06).
    const privateEss = await privateBuyer.request(CREATE, { input: needInput({ lots: [{ title: 'Accompagnement', sectorSlugs: [], cpvCodes: ['85312320-8'], place: { kind: 'NATIONAL' }, reservation: 'RES_ESS_SERVICES' }], durationMonths: 12 }) });
    expect(privateEss.errors![0]!.extensions!.fields).toEqual([{ path: 'lots.0.reservation', message: expect.stringContaining('L2113-15') }]);
    // Only buyers post needs.
    expect(errorCode(await supplier.request(CREATE, { input: needInput() }))).toBe('FORBIDDEN');
    expect(await ctx.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE title = 'Mauvais'`)).toEqual([{ n: 0 }]);
  });

  it('publishes (outbox: match + index), versions edits after publication, closes, awards; refuses what the lifecycle forbids', async () => {
    const draft = (await buyer.ok(CREATE, { input: needInput() })).createNeed;
    const published = (await buyer.ok(PUBLISH, { id: draft.id })).publishNeed;
    expect(published.status).toBe('PUBLISHED');
    expect(errorCode(await buyer.request(PUBLISH, { id: draft.id }))).toBe('CONFLICT');
    const events = await ctx.dataSource.query(`SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [draft.id]);
    expect(events).toEqual([
      { type: 'need.changed', payload: { needId: draft.id } },
      { type: 'need.published', payload: { needId: draft.id, version: 1 } },
    ]);

    // Once published, anyone can read a PUBLIC need, and a matched supplier's visit is recorded.
    await ctx.dataSource.query(`INSERT INTO need_supplier (need_id, supplier_organization_id) VALUES ($1, $2)`, [draft.id, supplierOrg]);
    expect((await supplier.ok(NEED, { id: draft.id })).need).toMatchObject({ id: draft.id, isMine: false, invitedSupplierIds: [] });
    expect((await ctx.client().ok(NEED, { id: draft.id })).need.title).toBe(published.title);
    const [{ viewed_at }] = await ctx.dataSource.query(`SELECT viewed_at FROM need_supplier WHERE need_id = $1`, [draft.id]);
    expect(viewed_at).not.toBeNull();

    // An unchanged save is not a new version; a real change is, with what changed and a re-match.
    const same = needInput({ lots: published.lots.map((l: Record<string, unknown>, i: number) => ({ ...needInput().lots[i], id: l.id })) });
    expect((await buyer.ok(UPDATE, { input: { ...same, needId: draft.id, deadlineAt: published.deadlineAt } })).updateNeed.version).toBe(1);
    const edited = (await buyer.ok(UPDATE, {
      input: { ...same, needId: draft.id, deadlineAt: published.deadlineAt, title: 'Collecte des déchets – lot étendu', lots: [{ ...same.lots[0], radiusKm: 40 }] },
    })).updateNeed;
    expect(edited).toMatchObject({ version: 2, title: 'Collecte des déchets – lot étendu' });
    expect(edited.lots.map((l: { id: string }) => l.id)).toEqual([published.lots[0].id]);
    expect((await buyer.ok(VERSIONS, { id: draft.id })).needVersions).toEqual([{ version: 1, changedFields: ['title', 'lots'] }]);
    const republished = await ctx.dataSource.query(`SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.published' ORDER BY id`, [draft.id]);
    expect(republished.map((r: { payload: unknown }) => r.payload)).toEqual([{ needId: draft.id, version: 1 }, { needId: draft.id, version: 2 }]);
    expect(errorCode(await supplier.request(VERSIONS, { id: draft.id }))).toBe('FORBIDDEN');
    expect(errorCode(await privateBuyer.request(VERSIONS, { id: draft.id }))).toBe('NOT_FOUND');
    expect(errorCode(await supplier.request(CLOSE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(errorCode(await privateBuyer.request(CLOSE, { id: draft.id }))).toBe('NOT_FOUND');

    expect(errorCode(await buyer.request(AWARD, { id: draft.id }))).toBe('CONFLICT');
    expect((await buyer.ok(CLOSE, { id: draft.id })).closeNeed.status).toBe('CLOSED');
    expect(errorCode(await buyer.request(UPDATE, { input: { ...same, needId: draft.id, deadlineAt: inDays(30) } }))).toBe('CONFLICT');
    expect((await buyer.ok(AWARD, { id: draft.id })).awardNeed.status).toBe('AWARDED');
    expect(errorCode(await buyer.request(CANCEL, { id: draft.id, reason: 'trop tard' }))).toBe('CONFLICT');
    const lifecycle = await ctx.dataSource.query(`SELECT payload->>'event' AS event FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.event' ORDER BY id`, [draft.id]);
    expect(lifecycle.map((r: { event: string }) => r.event)).toEqual(['CLOSED', 'AWARDED']);
  });

  it('the deadline job closes published needs whose deadline has passed, and only those', async () => {
    const due = (await buyer.ok(PUBLISH, { id: (await buyer.ok(CREATE, { input: needInput() })).createNeed.id })).publishNeed;
    const later = (await buyer.ok(PUBLISH, { id: (await buyer.ok(CREATE, { input: needInput({ deadlineAt: inDays(40) }) })).createNeed.id })).publishNeed;
    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: ctx.env.QUEUE_PREFIX });
    try {
      // Run by the worker as the scheduler would, at an instant between the two deadlines.
      await queue.add('close-expired-needs', { at: new Date(Date.now() + 25 * 86_400_000).toISOString() });
      await waitFor(async () => (await ctx.dataSource.query(`SELECT status FROM need WHERE id = $1`, [due.id]))[0].status === 'CLOSED');
    } finally {
      await queue.close();
    }
    const statuses = await ctx.dataSource.query(`SELECT id, status FROM need WHERE id = ANY($1::uuid[])`, [[due.id, later.id]]);
    expect(Object.fromEntries(statuses.map((r: { id: string; status: string }) => [r.id, r.status]))).toEqual({ [due.id]: 'CLOSED', [later.id]: 'PUBLISHED' });
    expect(await ctx.dataSource.query(`SELECT payload->>'event' AS event FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.event'`, [due.id])).toEqual([{ event: 'CLOSED' }]);
  });

  it('an INVITED need is visible only to its buyer and the invited suppliers (NOT_FOUND for others)', async () => {
    const invited = (await buyer.ok(CREATE, { input: needInput({ visibility: 'INVITED', invitedSupplierIds: [supplierOrg] }) })).createNeed;
    expect(invited.invitedSupplierIds).toEqual([supplierOrg]);
    await buyer.ok(PUBLISH, { id: invited.id });
    expect((await supplier.ok(NEED, { id: invited.id })).need).toMatchObject({ visibility: 'INVITED', invitedSupplierIds: [] });
    expect(errorCode(await outsider.request(NEED, { id: invited.id }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(NEED, { id: invited.id }))).toBe('NOT_FOUND');
    const missing = await buyer.request(CREATE, { input: needInput({ visibility: 'INVITED', invitedSupplierIds: [] }) });
    expect(missing.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['invitedSupplierIds']);
    const notSupplier = await buyer.request(CREATE, { input: needInput({ visibility: 'INVITED', invitedSupplierIds: [buyerOrg] }) });
    expect(notSupplier.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['invitedSupplierIds.0']);
  });

  it('attachments: only the buyer’s NEED_ATTACHMENT files, downloadable by whoever may read the need', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'CCTP collecte.pdf');
    const uploaded = await fetch(`${apiUrl}/files?purpose=NEED_ATTACHMENT&organizationId=${buyerOrg}`, { method: 'POST', body: form, headers: { cookie: buyer.cookie! } });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string };
    const need = (await buyer.ok(CREATE, { input: needInput({ attachmentFileIds: [file.id] }) })).createNeed;
    expect(need.attachments).toEqual([{ id: file.id, name: 'CCTP collecte.pdf', url: `/needs/${need.id}/attachments/${file.id}` }]);
    const get = (c: GqlClient) => fetch(`${apiUrl}${need.attachments[0].url}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
    expect((await get(supplier)).status).toBe(404);
    await buyer.ok(PUBLISH, { id: need.id });
    const download = await get(supplier);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    // Someone else's file cannot be attached.
    const stranger = await privateBuyer.request(CREATE, { input: needInput({ attachmentFileIds: [file.id], lots: [needInput().lots[1]] }) });
    expect(stranger.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['attachmentFileIds.0']);
  });

  it('lists my needs by status with pagination, and gives allotment and threshold advice', async () => {
    const all = (await buyer.ok(MY_NEEDS, { page: 1, perPage: 2 })).myNeeds;
    expect(all.items).toHaveLength(2);
    const total = (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE buyer_organization_id = $1`, [buyerOrg]))[0].n;
    expect(all.total).toBe(total);
    const drafts = (await buyer.ok(MY_NEEDS, { statuses: ['DRAFT'] })).myNeeds;
    expect(drafts.items.every((n: { status: string }) => n.status === 'DRAFT')).toBe(true);
    expect(errorCode(await supplier.request(MY_NEEDS, {}))).toBe('FORBIDDEN');

    const advice = (await buyer.ok(ADVICE, { input: { nature: 'SERVICES', lots: [{ sectorSlugs: [WASTE, CLEANING], amountEurExclVat: 150_000 }, { sectorSlugs: [CLEANING], amountEurExclVat: 100_000 }] } })).procurementAdvice;
    expect(advice).toMatchObject({ totalEurExclVat: 250_000, amountsComplete: true, band: { band: 'FORMALISE', ruleId: 'THR-02' } });
    expect(advice.advice.find((a: { code: string }) => a.code === 'SPLIT_MIXED_LOT')).toMatchObject({ lotIndex: 0, suggestedLots: [[WASTE], [CLEANING]] });
    expect(advice.advice.find((a: { code: string }) => a.code === 'BAND_ON_TOTAL')).toMatchObject({ band: 'FORMALISE' });
    const privateAdvice = (await privateBuyer.ok(ADVICE, { input: { nature: 'SERVICES', lots: [{ sectorSlugs: [WASTE], amountEurExclVat: 500_000 }] } })).procurementAdvice;
    expect(privateAdvice.band).toBeNull();
  });
});

describe('buyer needs with moderation on (NEEDS_MODERATION=true)', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true, env: { NEEDS_MODERATION: 'true' } });
  });
  afterAll(() => ctx.close());

  it('a published need waits for staff review; rejection needs a reason and sends it back to the draft; approval publishes it', async () => {
    const buyer = await verifiedClient(ctx);
    await buyer.ok(CREATE_ORG, { input: { name: 'Département du Nord', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    const staffEmail = `staff-${Date.now()}@essor.test`;
    const staff = await verifiedClient(ctx, staffEmail);
    await ctx.dataSource.query(`UPDATE app_user SET is_staff = true WHERE email = $1`, [staffEmail]);
    const REVIEW = `mutation($input: ReviewNeedInput!) { reviewNeed(input: $input) { status statusReason } }`;
    const QUEUE = `{ needsPendingReview { id status } }`;

    const need = (await buyer.ok(CREATE, { input: needInput() })).createNeed;
    expect((await buyer.ok(PUBLISH, { id: need.id })).publishNeed.status).toBe('PENDING_REVIEW');
    expect(errorCode(await ctx.client().request(NEED, { id: need.id }))).toBe('NOT_FOUND');
    expect((await staff.ok(QUEUE)).needsPendingReview).toEqual([{ id: need.id, status: 'PENDING_REVIEW' }]);
    expect(errorCode(await buyer.request(QUEUE))).toBe('FORBIDDEN');
    expect(errorCode(await buyer.request(REVIEW, { input: { needId: need.id, approve: true } }))).toBe('FORBIDDEN');
    // Nothing is matched while the need waits.
    expect(await ctx.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.published'`, [need.id])).toEqual([]);

    expect(errorCode(await staff.request(REVIEW, { input: { needId: need.id, approve: false } }))).toBe('BAD_USER_INPUT');
    expect((await staff.ok(REVIEW, { input: { needId: need.id, approve: false, reason: 'Précisez le lieu de collecte.' } })).reviewNeed)
      .toEqual({ status: 'DRAFT', statusReason: 'Précisez le lieu de collecte.' });
    await buyer.ok(PUBLISH, { id: need.id });
    expect((await staff.ok(REVIEW, { input: { needId: need.id, approve: true } })).reviewNeed.status).toBe('PUBLISHED');
    expect(await ctx.dataSource.query(`SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.published'`, [need.id])).toEqual([{ payload: { needId: need.id, version: 1 } }]);
    expect((await ctx.client().ok(NEED, { id: need.id })).need.status).toBe('PUBLISHED');
  });
});
