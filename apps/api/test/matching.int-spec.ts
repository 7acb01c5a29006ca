// Matching on publish, end to end with the real API and worker: a public buyer publishes a need in
// the Nord with a lot reserved RES_INSERTION in waste collection and an open lot; the right
// suppliers are matched, each member gets one email and one in-app notification with the reasons;
// duplicated jobs change nothing; interest, decline, reminders, status; a supplier verified later is
// matched; and a worker killed in the middle of a fan-out ends with everyone notified exactly once.
import { Queue } from 'bullmq';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { isoDateAddDays, parisToday } from '@essor/domain';
import { listSectors } from '@essor/reference-data';
import { errorCode, GqlClient, randomDigits, randomSiret, startTestApp, TestContext, uniqueEmail, waitForEmail } from './harness';
import { MAILDEV_API_URL } from './test-env';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } user { id } } }`;
const UPDATE_PROFILE = `mutation($i: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $i) { id } }`;
const UPSERT_ACTIVITY = `mutation($i: UpsertActivityInput!) { upsertActivity(input: $i) { id } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version lots { id title position } } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { id status version } }`;
const LOT_FIELDS = `lotId title position summary reasons { type label }`;
const STATE_FIELDS = `matchedAt notifiedAt emailedAt viewedAt interest interestAt declineReason respondedAt remindedAt`;
const NEED_MATCHES = `query($id: ID!, $page: Int, $perPage: Int) { needMatches(needId: $id, page: $page, perPage: $perPage) {
  total page perPage items { supplierId supplierName lots { ${LOT_FIELDS} } state { ${STATE_FIELDS} } } } }`;
const FUNNEL = `query($id: ID!) { needFunnel(needId: $id) { needId matched notified emailed viewed interested declined responded } }`;
const MY_MATCHED = `query { myMatchedNeeds { total items { needId title status deadlineAt buyerName lots { ${LOT_FIELDS} } state { ${STATE_FIELDS} } } } }`;
const INTEREST = `mutation($id: ID!) { expressInterest(input: { needId: $id }) { needId state { interest interestAt } } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineNeed(input: { needId: $id, reason: $reason }) { needId state { interest declineReason } } }`;
const NOTIFICATIONS = `query { notifications(perPage: 50) { items { category title body details needId } } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const TODAY = parisToday();
const WASTE_SECTORS = listSectors().filter((s) => s.groupSlug === 'collecte-traitement-des-dechets').map((s) => s.slug);

interface Supplier {
  id: string;
  name: string;
  email: string;
  userId: string;
  client: GqlClient;
}

async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function emailsTo(address: string, subjectPart: string): Promise<number> {
  const all = (await (await fetch(`${MAILDEV_API_URL}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
  return all.filter((e) => e.to.some((t) => t.address === address) && e.subject.includes(subjectPart)).length;
}

describe('matching on publish, fan-out, follow-up', () => {
  let ctx: TestContext;
  let filesDir: string;
  let matchingQueue: Queue;
  let maintenanceQueue: Queue;
  let buyer: GqlClient;
  let buyerEmail: string;
  let otherBuyer: GqlClient;
  let staff: GqlClient;
  const s: Record<'ei' | 'sas' | 'eiRhone' | 'eiGreen' | 'aciDeclared' | 'ea' | 'later', Supplier> = {} as never;
  let needId: string;
  let lots: { id: string; title: string; position: number }[];
  const title = `Collecte des déchets du siège ${randomDigits(6)}`;
  let reservedNeedId: string;
  const reservedTitle = `Tri des déchets de bureau ${randomDigits(6)}`;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => ctx.dataSource.query(query, params) as Promise<T[]>;

  async function makeSupplier(name: string, options: { kinds?: string[]; verified?: string; sector: string; departement: string }): Promise<Supplier> {
    const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
    const client = await verifiedClient(ctx, email);
    const created = await client.ok(CREATE_ORG, { input: { name, type: 'SUPPLIER', siret: randomSiret() } });
    const id = created.createOrganization.activeOrganization.id as string;
    const userId = created.createOrganization.user.id as string;
    if (options.kinds) await client.ok(UPDATE_PROFILE, { i: { supplierId: id, kinds: options.kinds } });
    await client.ok(UPSERT_ACTIVITY, { i: { supplierId: id, sectorSlug: options.sector, serviceTypes: ['SERVICE'], areaKind: 'ZONES', departementCodes: [options.departement] } });
    if (options.verified) {
      // Verified by staff with a proof valid at the deadline (the review itself is the status-proofs suite's).
      const [file] = await sql<{ id: string }>(
        `INSERT INTO stored_file (owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name, created_by_user_id)
         VALUES ($1, 'STATUS_PROOF', $2, 'application/pdf', 1234, $3, 'convention.pdf', $4) RETURNING id`,
        [id, `test/${randomDigits(10)}`, 'a'.repeat(64), userId],
      );
      await sql(
        `INSERT INTO status_proof (organization_id, kind, proof_type, reference, valid_from, valid_until, file_id, status, submitted_by_user_id, reviewed_at)
         VALUES ($1, $2, $3, 'REF-1', $4, $5, $6, 'VERIFIED', $7, now())`,
        [id, options.verified, options.verified === 'EA' ? 'CPOM' : 'IAE_CONVENTION', isoDateAddDays(TODAY, -30), isoDateAddDays(TODAY, 365), file!.id, userId],
      );
      await sql(`UPDATE supplier_kind SET status = 'VERIFIED' WHERE organization_id = $1 AND kind = $2`, [id, options.verified]);
    }
    return { id, name, email, userId, client };
  }

  const lotInput = (title: string, reservation: string) => ({
    title, sectorSlugs: WASTE_SECTORS, cpvCodes: [], serviceTypes: [], place: { kind: 'DEPARTEMENT', code: '59' }, reservation,
  });

  async function publish(input: Record<string, unknown>) {
    const { createNeed } = await buyer.ok(CREATE_NEED, { input });
    const { publishNeed } = await buyer.ok(PUBLISH_NEED, { id: createNeed.id });
    expect(publishNeed.status).toBe('PUBLISHED');
    return createNeed as { id: string; lots: { id: string; title: string; position: number }[] };
  }

  const jobFinished = async (queue: Queue, jobId: string) => {
    const state = await eventually(`job ${jobId}`, async () => (await queue.getJob(jobId))?.getState(), (st) => st === 'completed' || st === 'failed');
    if (state !== 'completed') throw new Error(`job ${jobId} ${state}: ${(await queue.getJob(jobId))?.failedReason}`);
  };

  const notificationCount = async (userId: string, dedupeKey: string) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND dedupe_key = $2`, [userId, dedupeKey]))[0]!.n;

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'essor-matching-'));
    ctx = await startTestApp({ worker: true, env: { FILES_DIR: filesDir } });
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const connection = { host: redis.hostname, port: Number(redis.port || 6379) };
    matchingQueue = new Queue('matching', { prefix: ctx.env.QUEUE_PREFIX, connection });
    maintenanceQueue = new Queue('maintenance', { prefix: ctx.env.QUEUE_PREFIX, connection });

    buyerEmail = uniqueEmail('acheteur');
    buyer = await verifiedClient(ctx, buyerEmail);
    await buyer.ok(CREATE_ORG, { input: { name: 'Métropole Européenne de Lille', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    otherBuyer = await verifiedClient(ctx);
    await otherBuyer.ok(CREATE_ORG, { input: { name: 'Autre acheteur', type: 'BUYER', regime: 'PRIVATE', siret: randomSiret() } });
    const staffEmail = uniqueEmail('staff');
    staff = await verifiedClient(ctx, staffEmail);
    await sql(`UPDATE app_user SET is_staff = true WHERE email = $1`, [staffEmail]);

    const industrial = 'collecte-des-dechets-industriels';
    s.ei = await makeSupplier('Insertion Nord Recyclage', { kinds: ['EI'], verified: 'EI', sector: industrial, departement: '59' });
    s.sas = await makeSupplier('Recyclage Flandres SAS', { sector: 'collecte-du-verre', departement: '59' });
    s.eiRhone = await makeSupplier('Insertion Rhône Recyclage', { kinds: ['EI'], verified: 'EI', sector: industrial, departement: '69' });
    s.eiGreen = await makeSupplier('Jardins du Nord', { kinds: ['EI'], verified: 'EI', sector: 'creation-et-entretien-des-espaces-verts', departement: '59' });
    s.aciDeclared = await makeSupplier('Chantier Déclaré', { kinds: ['ACI'], sector: industrial, departement: '59' });
    s.ea = await makeSupplier('Atelier Adapté Lillois', { kinds: ['EA'], verified: 'EA', sector: industrial, departement: '59' });
    s.later = await makeSupplier('Insertion Tardive', { kinds: ['EI'], sector: industrial, departement: '59' });

    const deadlineAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const need = await publish({
      kind: 'QUOTE', title, deadlineAt, lots: [lotInput('Lot 1 – collecte réservée', 'RES_INSERTION'), lotInput('Lot 2 – collecte ouverte', 'NONE')],
    });
    needId = need.id;
    lots = [...need.lots].sort((a, b) => a.position - b.position);
    // Only verified structures here: the later one is matched once staff verify it.
    reservedNeedId = (await publish({ kind: 'QUOTE', title: reservedTitle, deadlineAt, lots: [lotInput('Tri sélectif', 'RES_INSERTION')] })).id;
  }, 240_000);
  afterAll(async () => {
    await matchingQueue?.close();
    await maintenanceQueue?.close();
    await ctx?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('matches only eligible structures covering the Nord and the sector on the reserved lot; the open lot also reaches the others', async () => {
    const expected = [s.ei, s.sas, s.aciDeclared, s.ea, s.later].map((x) => x.id).sort();
    const funnel = await eventually('every matched supplier notified', async () => (await buyer.ok(FUNNEL, { id: needId })).needFunnel,
      (f) => f.matched === expected.length && f.notified === expected.length, 60_000);
    expect(funnel).toMatchObject({ needId, matched: 5, notified: 5, emailed: 5, viewed: 0, interested: 0, declined: 0, responded: 0 });

    const { needMatches } = await buyer.ok(NEED_MATCHES, { id: needId });
    expect(needMatches.total).toBe(5);
    expect(needMatches.items.map((m: { supplierId: string }) => m.supplierId).sort()).toEqual(expected);
    const lotsOf = (supplierId: string) => needMatches.items.find((m: { supplierId: string }) => m.supplierId === supplierId).lots as { lotId: string; summary: string; reasons: { type: string; label: string }[] }[];
    expect(lotsOf(s.ei.id).map((l) => l.lotId)).toEqual([lots[0]!.id, lots[1]!.id]);
    for (const other of [s.sas, s.aciDeclared, s.ea, s.later]) expect(lotsOf(other.id).map((l) => l.lotId)).toEqual([lots[1]!.id]);

    // Why, in the reader's language: sector, place and eligibility.
    const reserved = lotsOf(s.ei.id)[0]!;
    expect(reserved.summary).toBe("secteur Collecte des déchets industriels · zone d'intervention : Nord · éligible marché réservé L2113-13 (EI)");
    expect(reserved.reasons.map((r) => r.type)).toEqual(['SECTOR', 'AREA', 'ELIGIBILITY']);
    expect(lotsOf(s.sas.id)[0]!.summary).toBe("secteur Collecte du verre · zone d'intervention : Nord");
    const stored = await sql<{ reasons: unknown }>(`SELECT reasons FROM need_match WHERE lot_id = $1 AND supplier_organization_id = $2`, [lots[0]!.id, s.ei.id]);
    expect(stored[0]!.reasons).toEqual([
      { type: 'SECTOR', sectorSlug: 'collecte-des-dechets-industriels' },
      { type: 'AREA', scope: 'DEPARTEMENT', code: '59' },
      { type: 'ELIGIBILITY', reservation: 'RES_INSERTION', status: 'ELIGIBLE', kinds: ['EI'] },
    ]);
    // Not matched anywhere: another département, another sector.
    expect(await sql(`SELECT 1 FROM need_supplier WHERE need_id = $1 AND supplier_organization_id = ANY($2::uuid[])`, [needId, [s.eiRhone.id, s.eiGreen.id]])).toHaveLength(0);
  });

  it('each matched supplier member gets exactly one email and one in-app notification with the reasons', async () => {
    for (const supplier of [s.ei, s.sas, s.aciDeclared, s.ea, s.later]) {
      const email = await waitForEmail(supplier.email, title);
      expect(email.subject).toBe(`Essor – Nouveau besoin pour vous : ${title}`);
      expect(email.text).toContain("zone d'intervention : Nord");
      const { notifications } = await supplier.client.ok(NOTIFICATIONS);
      const mine = notifications.items.filter((n: { needId: string }) => n.needId === needId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ category: 'NEED_MATCHED', title: `Nouveau besoin pour vous : ${title}` });
      expect(mine[0].body).toContain('Métropole Européenne de Lille');
      if (supplier === s.ei) {
        expect(email.text).toContain('éligible marché réservé L2113-13 (EI)');
        expect(mine[0].details).toEqual([
          "Lot « Lot 1 – collecte réservée » : secteur Collecte des déchets industriels · zone d'intervention : Nord · éligible marché réservé L2113-13 (EI)",
          "Lot « Lot 2 – collecte ouverte » : secteur Collecte des déchets industriels · zone d'intervention : Nord",
        ]);
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    for (const supplier of [s.ei, s.sas, s.aciDeclared, s.ea, s.later]) expect(await emailsTo(supplier.email, title)).toBe(1);
    for (const supplier of [s.eiRhone, s.eiGreen]) expect(await emailsTo(supplier.email, title)).toBe(0);
    // Payloads carry ids and versions only.
    for (const job of await matchingQueue.getJobs(['completed'])) {
      for (const value of Object.values(job.data as Record<string, unknown>)) {
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) expect(String(v)).toMatch(/^([0-9a-f-]{36}|\d+|[A-Z]+)$/);
      }
    }
  });

  it('duplicated MATCH_NEED and NOTIFY_NEED_MATCHES jobs change nothing', async () => {
    const before = await sql<{ n: number }>(`SELECT (SELECT count(*) FROM notification WHERE need_id = $1)::int + (SELECT count(*) FROM need_match WHERE need_id = $1)::int * 1000 AS n`, [needId]);
    const deliveries = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_delivery`))[0]!.n;
    const supplierIds = [s.ei, s.sas, s.aciDeclared, s.ea, s.later].map((x) => x.id).sort();
    await matchingQueue.add('match-need', { needId, version: 1 }, { jobId: `dup-match-${needId}` });
    await matchingQueue.add('notify-need-matches', { needId, version: 1, supplierIds }, { jobId: `dup-notify-${needId}` });
    await matchingQueue.add('notify-need-matches', { needId, version: 1, supplierIds: supplierIds.slice(0, 2) }, { jobId: `dup-notify-part-${needId}` });
    for (const id of [`dup-match-${needId}`, `dup-notify-${needId}`, `dup-notify-part-${needId}`]) await jobFinished(matchingQueue, id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sql(`SELECT (SELECT count(*) FROM notification WHERE need_id = $1)::int + (SELECT count(*) FROM need_match WHERE need_id = $1)::int * 1000 AS n`, [needId])).toEqual(before);
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_delivery`))[0]!.n).toBe(deliveries);
    for (const supplier of [s.ei, s.sas]) {
      expect(await notificationCount(supplier.userId, `need:${needId}:v1`)).toBe(1);
      expect(await emailsTo(supplier.email, title)).toBe(1);
    }
  });

  it('suppliers see their matched needs; interest and decline reach the buyer; others get NOT_FOUND', async () => {
    const { myMatchedNeeds } = await s.ei.client.ok(MY_MATCHED);
    const mine = myMatchedNeeds.items.find((n: { needId: string }) => n.needId === needId);
    expect(mine).toMatchObject({ title, status: 'PUBLISHED', buyerName: 'Métropole Européenne de Lille', state: { interest: null, viewedAt: null } });
    expect(mine.lots.map((l: { lotId: string }) => l.lotId)).toEqual([lots[0]!.id, lots[1]!.id]);
    expect(mine.lots[0].summary).toContain('éligible marché réservé L2113-13 (EI)');
    expect(mine.state.notifiedAt).not.toBeNull();

    // Opening the need is the "viewed" step.
    await s.ei.client.ok(`query($id: ID!) { need(id: $id) { id } }`, { id: needId });
    const interested = (await s.ei.client.ok(INTEREST, { id: needId })).expressInterest;
    expect(interested.state.interest).toBe('INTERESTED');
    await s.ei.client.ok(INTEREST, { id: needId }); // twice: the buyer hears once
    const declined = (await s.ea.client.ok(DECLINE, { id: needId, reason: '  Pas de capacité ce trimestre  ' })).declineNeed;
    expect(declined.state).toEqual({ interest: 'DECLINED', declineReason: 'Pas de capacité ce trimestre' });
    await s.ea.client.ok(`query($id: ID!) { need(id: $id) { id } }`, { id: needId });
    expect(await sql(`SELECT 1 FROM outbox_event WHERE type = 'need.event' AND payload->>'needId' = $1 AND payload->>'event' = 'INTERESTED'`, [needId])).toHaveLength(1);

    // Not matched, not invited: NOT_FOUND; a bad reason: BAD_USER_INPUT.
    expect(errorCode(await s.eiRhone.client.request(INTEREST, { id: needId }))).toBe('NOT_FOUND');
    expect(errorCode(await s.eiRhone.client.request(INTEREST, { id: 'not-a-need' }))).toBe('NOT_FOUND');
    expect(errorCode(await s.sas.client.request(DECLINE, { id: needId, reason: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await otherBuyer.request(NEED_MATCHES, { id: needId }))).toBe('NOT_FOUND');
    expect(errorCode(await s.ei.client.request(FUNNEL, { id: needId }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(FUNNEL, { id: needId }))).toBe('UNAUTHENTICATED');

    const funnel = await eventually('funnel', async () => (await buyer.ok(FUNNEL, { id: needId })).needFunnel, (f) => f.viewed === 2);
    expect(funnel).toMatchObject({ matched: 5, notified: 5, viewed: 2, interested: 1, declined: 1, responded: 0 });
    type Note = { category: string; title: string };
    const buyerNotes = await eventually('buyer told of the interest and the decline', async () => (await buyer.ok(NOTIFICATIONS)).notifications.items as Note[],
      (items) => items.filter((n) => n.category === 'NEED_INTEREST').length >= 2);
    const interest = buyerNotes.filter((n) => n.category === 'NEED_INTEREST');
    expect(interest.map((n) => n.title).sort()).toEqual([
      `Atelier Adapté Lillois décline : ${title}`, `Insertion Nord Recyclage est intéressé : ${title}`,
    ]);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await buyer.ok(NOTIFICATIONS)).notifications.items.filter((n: { category: string }) => n.category === 'NEED_INTEREST')).toHaveLength(2);
  });

  it('reminds once, 48 hours before the deadline, the suppliers who viewed the need and did not answer', async () => {
    await sql(`UPDATE need SET deadline_at = now() + interval '30 hours' WHERE id = $1`, [needId]);
    for (const round of [1, 2]) {
      const job = await maintenanceQueue.add('send-need-reminders', { at: new Date().toISOString() }, { jobId: `reminders-${round}-${randomUUID()}` });
      await jobFinished(maintenanceQueue, job.id!);
    }
    expect(await notificationCount(s.ei.userId, `need:${needId}:reminder`)).toBe(1); // viewed, interested, no response yet
    expect(await notificationCount(s.ea.userId, `need:${needId}:reminder`)).toBe(0); // declined
    expect(await notificationCount(s.sas.userId, `need:${needId}:reminder`)).toBe(0); // never opened it
    const { needMatches } = await buyer.ok(NEED_MATCHES, { id: needId, perPage: 2, page: 1 });
    expect(needMatches).toMatchObject({ total: 5, page: 1, perPage: 2 });
    expect(needMatches.items).toHaveLength(2);
  });

  it('a supplier verified later is matched to the open need and notified', async () => {
    expect(await sql(`SELECT 1 FROM need_supplier WHERE need_id = $1`, [reservedNeedId])).toHaveLength(1); // the verified EI only
    const apiUrl = ctx.graphqlUrl.replace(/\/graphql$/, '');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'convention.pdf');
    const upload = await fetch(`${apiUrl}/files?purpose=STATUS_PROOF&organizationId=${s.later.id}`, { method: 'POST', body: form, headers: { cookie: s.later.client.cookie! } });
    expect(upload.status).toBe(201);
    const fileId = ((await upload.json()) as { id: string }).id;
    const { submitStatusProof } = await s.later.client.ok(`mutation($input: SubmitStatusProofInput!) { submitStatusProof(input: $input) { id } }`, {
      input: { supplierId: s.later.id, kind: 'EI', proofType: 'IAE_CONVENTION', validFrom: TODAY, validUntil: isoDateAddDays(TODAY, 365), fileId },
    });
    await staff.ok(`mutation($input: ReviewStatusProofInput!) { reviewStatusProof(input: $input) { id status } }`, { input: { proofId: submitStatusProof.id, decision: 'APPROVE' } });

    await eventually('the later supplier matched and notified', async () =>
      (await sql<{ notified_version: number }>(`SELECT notified_version FROM need_supplier WHERE need_id = $1 AND supplier_organization_id = $2`, [reservedNeedId, s.later.id]))[0],
    (row) => row?.notified_version === 1, 60_000);
    const email = await waitForEmail(s.later.email, reservedTitle);
    expect(email.text).toContain('éligible marché réservé L2113-13 (EI)');
    expect(await notificationCount(s.later.userId, `need:${reservedNeedId}:v1`)).toBe(1);
    // On the first need it now matches the reserved lot too (it was told about that need already).
    expect(await sql(`SELECT 1 FROM need_match WHERE lot_id = $1 AND supplier_organization_id = $2`, [lots[0]!.id, s.later.id])).toHaveLength(1);
    expect(await notificationCount(s.later.userId, `need:${needId}:v1`)).toBe(1);
  });

  it('an INVITED need matches only the invited suppliers, and tells each of them (INVITED when it does not match)', async () => {
    const invitedTitle = `Consultation restreinte ${randomDigits(6)}`;
    const need = await publish({
      kind: 'QUOTE', title: invitedTitle, visibility: 'INVITED', invitedSupplierIds: [s.ei.id, s.eiRhone.id],
      deadlineAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      lots: [lotInput('Collecte', 'NONE'), lotInput('Collecte en ESAT', 'RES_HANDICAP')],
    });
    const [open, handicap] = [...need.lots].sort((a, b) => a.position - b.position);
    await eventually('both invited suppliers notified', async () =>
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM need_supplier WHERE need_id = $1 AND notified_version = 1`, [need.id]))[0]!.n, (n) => n === 2);
    const rows = await sql<{ lot_id: string; supplier_organization_id: string; reasons: { type: string }[] }>(
      `SELECT lot_id, supplier_organization_id, reasons FROM need_match WHERE need_id = $1 ORDER BY supplier_organization_id`, [need.id],
    );
    // Not invited, though it would match: nothing. Neither EI is eligible to the RES_HANDICAP lot.
    expect(rows.map((r) => r.supplier_organization_id).sort()).toEqual([s.ei.id, s.eiRhone.id].sort());
    expect(rows.every((r) => r.lot_id === open!.id && r.lot_id !== handicap!.id)).toBe(true);
    expect(rows.find((r) => r.supplier_organization_id === s.eiRhone.id)!.reasons).toEqual([{ type: 'INVITED' }]);
    expect(rows.find((r) => r.supplier_organization_id === s.ei.id)!.reasons.map((r) => r.type)).toEqual(['SECTOR', 'AREA']);
    const email = await waitForEmail(s.eiRhone.email, invitedTitle);
    expect(email.text).toContain("invité par l'acheteur");
    expect(await notificationCount(s.ei.userId, `need:${need.id}:v1`)).toBe(1);
    expect(await emailsTo(s.sas.email, invitedTitle)).toBe(0);
  });

  it('closing the need tells every notified supplier once', async () => {
    await buyer.ok(`mutation($id: ID!) { closeNeed(input: { needId: $id }) { status } }`, { id: needId });
    for (const supplier of [s.ei, s.sas, s.aciDeclared, s.ea, s.later]) {
      await eventually(`${supplier.name} told of the closing`, () => notificationCount(supplier.userId, `need:${needId}:CLOSED`), (n) => n === 1);
    }
    expect(errorCode(await s.sas.client.request(INTEREST, { id: needId }))).toBe('BAD_USER_INPUT');
  });

  it('a worker killed in the middle of a fan-out: after a restart every matched supplier is notified exactly once', async () => {
    // 2,000 claimed cleaning suppliers in the Pas-de-Calais (8 notification chunks): members without a
    // confirmed address get in-app notifications only, except five of the last chunk, who are emailed.
    // (Not of the chunks running at the kill: MailService claims its idempotency key before the SMTP
    // call, so an email cut by the kill is not sent again; reported, core/mail is not this module's.)
    const count = 2000;
    const ids = Array.from({ length: count }, () => randomUUID()).sort();
    const emailed = new Set(ids.slice(count - 5));
    const users = ids.map((id) => ({ org: id, user_id: randomUUID(), email: uniqueEmail('bulk'), verified: emailed.has(id) }));
    await sql(`INSERT INTO organization (id, name, type) SELECT o, 'Nettoyage ' || left(o::text, 8), 'SUPPLIER' FROM unnest($1::uuid[]) o`, [ids]);
    await sql(
      `INSERT INTO app_user (id, email, display_name, password_hash, email_verified_at)
       SELECT u.user_id, u.email, 'Membre', 'x', CASE WHEN u.verified THEN now() END FROM jsonb_to_recordset($1::jsonb) AS u(user_id uuid, email text, verified boolean)`,
      [JSON.stringify(users)],
    );
    await sql(`INSERT INTO membership (organization_id, user_id, role) SELECT u.org, u.user_id, 'ADMIN' FROM jsonb_to_recordset($1::jsonb) AS u(org uuid, user_id uuid)`, [JSON.stringify(users)]);
    await sql(
      `INSERT INTO supplier_activity (organization_id, sector_slug, service_types, area_kind, departement_codes) SELECT o, 'nettoyage-de-locaux', '{SERVICE}', 'ZONES', '{62}' FROM unnest($1::uuid[]) o`,
      [ids],
    );
    const bulkTitle = `Nettoyage des écoles ${randomDigits(6)}`;
    const { id: bulkNeedId } = await publish({
      kind: 'QUOTE', title: bulkTitle, deadlineAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      lots: [{ title: 'Nettoyage', sectorSlugs: ['nettoyage-de-locaux'], cpvCodes: [], serviceTypes: [], place: { kind: 'DEPARTEMENT', code: '62' }, reservation: 'NONE' }],
    });
    const notified = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM need_supplier WHERE need_id = $1 AND notified_version = 1`, [bulkNeedId]))[0]!.n;
    const atKill = await eventually('the first chunk notified', notified, (n) => n > 0, 60_000);
    await ctx.killWorker();
    const afterKill = await notified();
    expect(afterKill).toBeLessThan(count); // the fan-out was cut in the middle
    await ctx.startWorker();

    await eventually('every supplier notified after the restart', notified, (n) => n === count, 150_000);
    const perUser = await sql<{ n: number; users: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT n.user_id)::int AS users FROM notification n WHERE n.need_id = $1 AND n.dedupe_key = $2`,
      [bulkNeedId, `need:${bulkNeedId}:v1`],
    );
    expect(perUser[0]).toEqual({ n: count, users: count });
    expect(await sql(`SELECT 1 FROM notification n JOIN membership m ON m.user_id = n.user_id WHERE n.need_id = $1 AND n.organization_id <> m.organization_id`, [bulkNeedId])).toHaveLength(0);
    for (const u of users.filter((x) => x.verified)) await waitForEmail(u.email, bulkTitle, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    for (const u of users.filter((x) => x.verified)) expect([u.email, await emailsTo(u.email, bulkTitle)]).toEqual([u.email, 1]);
    expect({ atKill: atKill > 0, afterKill: afterKill < count }).toEqual({ atKill: true, afterKill: true });
  }, 300_000);
});
