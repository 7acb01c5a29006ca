// Responses per lot, end to end with the real API and worker: a supplier responds to an open lot,
// amends (version 2, previous kept), withdraws; a reserved RES_INSERTION lot refuses an ordinary
// SAS with INELIGIBLE and its reasons and accepts a verified EI; a non-eligible subcontractor is a
// warning; the buyer lists, filters, sorts, shortlists, awards and rejects, the respondents are
// notified (in-app and email); CSV/XLSX exports; others get NOT_FOUND; nothing after the deadline.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isoDateAddDays, parisToday } from '@essor/domain';
import { listSectors } from '@essor/reference-data';
import { errorCode, GqlClient, GqlResult, randomDigits, randomSiret, startTestApp, TestContext, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } user { id } } }`;
const UPDATE_PROFILE = `mutation($i: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $i) { id } }`;
const UPSERT_ACTIVITY = `mutation($i: UpsertActivityInput!) { upsertActivity(input: $i) { id } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id lots { id title position } } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { id status } }`;
const RESPONSE_FIELDS = `id needId lotId lotTitle status version priceEur leadTimeDays message answers buyerDecision buyerMessage submittedAt declineReason
  attachments { id name url } subcontractors { organizationId name sharePercent } warnings { code level message subcontractorOrganizationId }
  respondent { id name kinds city distanceKm certifications } consortium { id } eligibility { status reservation reasons { code message } } contact { name email }`;
const RESPOND = `mutation($input: RespondToNeedInput!) { respondToNeed(input: $input) { response { ${RESPONSE_FIELDS} } warnings { code level message } } }`;
const DECLINE = `mutation($input: DeclineNeedLotInput!) { declineNeedLot(input: $input) { ${RESPONSE_FIELDS} } }`;
const INTEREST = `mutation($input: MarkInterestInput!) { markInterest(input: $input) { ${RESPONSE_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawResponse(input: { responseId: $id }) { ${RESPONSE_FIELDS} } }`;
const SHORTLIST = `mutation($id: ID!) { shortlistResponse(input: { responseId: $id }) { id buyerDecision } }`;
const AWARD = `mutation($id: ID!, $m: String) { awardResponse(input: { responseId: $id, message: $m }) { id buyerDecision buyerMessage } }`;
const REJECT = `mutation($id: ID!, $m: String!) { rejectResponse(input: { responseId: $id, message: $m }) { id buyerDecision buyerMessage } }`;
const RESPONSES = `query($needId: ID!, $lotId: ID, $filters: ResponseFiltersInput, $sort: ResponseSort) {
  responses(needId: $needId, lotId: $lotId, filters: $filters, sort: $sort) { ${RESPONSE_FIELDS} } }`;
const MY_RESPONSES = `query($needId: ID) { myResponses(needId: $needId) { id status version lotId } }`;
const EXPORT = `query($needId: ID!, $format: ExportFormat!) { exportResponses(needId: $needId, format: $format) { format url } }`;
const NOTIFICATIONS = `query { notifications(perPage: 50) { items { category title body details needId } } }`;

const TODAY = parisToday();
const WASTE_SECTORS = listSectors().filter((s) => s.groupSlug === 'collecte-traitement-des-dechets').map((s) => s.slug);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test asserts the fields it reads
type Resp = Record<string, any>;
interface Supplier { id: string; name: string; email: string; userId: string; client: GqlClient }

async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('responses', () => {
  let ctx: TestContext;
  let filesDir: string;
  let apiUrl: string;
  let buyer: GqlClient;
  let otherBuyer: GqlClient;
  const s: Record<'ei' | 'sas' | 'sub' | 'third', Supplier> = {} as never;
  let needId: string;
  let openLot: string;
  let reservedLot: string;
  const title = `Collecte des déchets ${randomDigits(6)}`;
  const responseIds: Record<string, string> = {};

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => ctx.dataSource.query(query, params) as Promise<T[]>;

  async function makeSupplier(name: string, options: { kinds?: string[]; verified?: string }): Promise<Supplier> {
    const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
    const client = await verifiedClient(ctx, email);
    const created = await client.ok(CREATE_ORG, { input: { name, type: 'SUPPLIER', siret: randomSiret() } });
    const id = created.createOrganization.activeOrganization.id as string;
    const userId = created.createOrganization.user.id as string;
    if (options.kinds) await client.ok(UPDATE_PROFILE, { i: { supplierId: id, kinds: options.kinds } });
    await client.ok(UPSERT_ACTIVITY, { i: { supplierId: id, sectorSlug: 'collecte-des-dechets-industriels', serviceTypes: ['SERVICE'], areaKind: 'ZONES', departementCodes: ['59'] } });
    if (options.verified) {
      const [file] = await sql<{ id: string }>(
        `INSERT INTO stored_file (owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name, created_by_user_id)
         VALUES ($1, 'STATUS_PROOF', $2, 'application/pdf', 1234, $3, 'convention.pdf', $4) RETURNING id`,
        [id, `test/${randomDigits(10)}`, 'a'.repeat(64), userId],
      );
      await sql(
        `INSERT INTO status_proof (organization_id, kind, proof_type, reference, valid_from, valid_until, file_id, status, submitted_by_user_id, reviewed_at)
         VALUES ($1, $2, 'IAE_CONVENTION', 'REF-1', $3, $4, $5, 'VERIFIED', $6, now())`,
        [id, options.verified, isoDateAddDays(TODAY, -30), isoDateAddDays(TODAY, 365), file!.id, userId],
      );
      await sql(`UPDATE supplier_kind SET status = 'VERIFIED' WHERE organization_id = $1 AND kind = $2`, [id, options.verified]);
    }
    return { id, name, email, userId, client };
  }

  const lotInput = (lotTitle: string, reservation: string) => ({
    title: lotTitle, sectorSlugs: WASTE_SECTORS, cpvCodes: [], serviceTypes: [], place: { kind: 'COMMUNE', code: '59350' }, reservation,
  });

  async function publish(client: GqlClient, input: Record<string, unknown>) {
    const { createNeed } = await client.ok(CREATE_NEED, { input });
    await client.ok(PUBLISH_NEED, { id: createNeed.id });
    return createNeed as { id: string; lots: { id: string; title: string; position: number }[] };
  }

  async function upload(supplier: Supplier, name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), name);
    const res = await fetch(`${apiUrl}/files?purpose=RESPONSE_ATTACHMENT&organizationId=${supplier.id}`, { method: 'POST', body: form, headers: { cookie: supplier.client.cookie! } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  const respondInput = (lotId: string, extra: Record<string, unknown> = {}) => ({
    needId, lotId, priceEur: 1000, leadTimeDays: 10, message: 'Nous pouvons commencer en mars.', answers: ['Oui, 3 camions'], attachmentFileIds: [], subcontractors: [], ...extra,
  });

  const notificationsOf = async (client: GqlClient) =>
    ((await client.ok(NOTIFICATIONS)).notifications.items as { category: string; title: string; body: string; details: string[]; needId: string }[])
      .filter((n) => n.category === 'RESPONSE' && n.needId === needId);

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'essor-responses-'));
    ctx = await startTestApp({ worker: true, env: { FILES_DIR: filesDir } });
    apiUrl = ctx.graphqlUrl.replace(/\/graphql$/, '');
    buyer = await verifiedClient(ctx, uniqueEmail('acheteur'));
    await buyer.ok(CREATE_ORG, { input: { name: 'Métropole Européenne de Lille', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    otherBuyer = await verifiedClient(ctx);
    await otherBuyer.ok(CREATE_ORG, { input: { name: 'Autre acheteur', type: 'BUYER', regime: 'PRIVATE', siret: randomSiret() } });
    s.ei = await makeSupplier('Insertion Nord Recyclage', { kinds: ['EI'], verified: 'EI' });
    s.sas = await makeSupplier('Recyclage Flandres SAS', {});
    s.sub = await makeSupplier('Transports Dupont SAS', {});
    // Declared, not verified: TO_CONFIRM on the reserved lot.
    s.third = await makeSupplier('Tri Solidaire', { kinds: ['ACI'] });
    await sql(`UPDATE supplier_profile SET city = 'Lille', latitude = 50.63, longitude = 3.06, certifications = '{ISO 14001}' WHERE organization_id = $1`, [s.ei.id]);

    const need = await publish(buyer, {
      kind: 'QUOTE', title, deadlineAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), questions: ['Combien de camions ?'],
      lots: [lotInput('Lot 1 – collecte ouverte', 'NONE'), lotInput('Lot 2 – collecte réservée', 'RES_INSERTION')],
    });
    needId = need.id;
    const lots = [...need.lots].sort((a, b) => a.position - b.position);
    openLot = lots[0]!.id;
    reservedLot = lots[1]!.id;
    // Matching has run: the funnel rows exist (responded_at is set on them).
    await eventually('matched suppliers', () => sql(`SELECT 1 FROM need_supplier WHERE need_id = $1 AND supplier_organization_id = ANY($2::uuid[])`, [needId, [s.ei.id, s.sas.id]]), (rows) => rows.length === 2, 60_000);
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('a supplier responds to an open lot with answers and an attachment; the funnel records it and the buyer is told', async () => {
    const fileId = await upload(s.sas, 'devis.pdf');
    const { respondToNeed } = await s.sas.client.ok(RESPOND, { input: respondInput(openLot, { attachmentFileIds: [fileId] }) });
    const r = respondToNeed.response;
    responseIds.sas = r.id;
    expect(r).toMatchObject({ needId, lotId: openLot, status: 'SUBMITTED', version: 1, priceEur: 1000, leadTimeDays: 10, answers: ['Oui, 3 camions'], buyerDecision: 'NONE', contact: null });
    expect(r.attachments).toEqual([{ id: fileId, name: 'devis.pdf', url: `/needs/${needId}/responses/${r.id}/attachments/${fileId}` }]);
    expect(respondToNeed.warnings).toEqual([]);
    expect(r.eligibility).toMatchObject({ status: 'ELIGIBLE', reservation: 'NONE' });
    const [funnel] = await sql<{ responded_at: Date | null }>(`SELECT responded_at FROM need_supplier WHERE need_id = $1 AND supplier_organization_id = $2`, [needId, s.sas.id]);
    expect(funnel!.responded_at).not.toBeNull();

    // More answers than questions, or someone else's file: field errors.
    const tooMany = await s.sas.client.request(RESPOND, { input: respondInput(openLot, { answers: ['a', 'b'] }) });
    expect(tooMany.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['answers']);
    const foreign = await upload(s.ei, 'autre.pdf');
    const notMine = await s.sas.client.request(RESPOND, { input: respondInput(openLot, { attachmentFileIds: [foreign] }) });
    expect(notMine.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['attachmentFileIds.0']);

    // The buyer downloads the attachment; another buyer cannot.
    const get = (c: GqlClient) => fetch(`${apiUrl}${r.attachments[0].url}`, { headers: { cookie: c.cookie! } });
    expect((await get(buyer)).status).toBe(200);
    expect((await get(otherBuyer)).status).toBe(404);

    await eventually('buyer notified of the response', async () => {
      const { notifications } = await buyer.ok(NOTIFICATIONS);
      return (notifications.items as { title: string }[]).filter((n) => n.title === `Nouvelle réponse : ${title}`).length;
    }, (n) => n === 1);
  });

  it('amending keeps the previous state as a version and bumps the version', async () => {
    const { respondToNeed } = await s.sas.client.ok(RESPOND, { input: respondInput(openLot, { priceEur: 900, leadTimeDays: 8 }) });
    expect(respondToNeed.response).toMatchObject({ id: responseIds.sas, version: 2, priceEur: 900, leadTimeDays: 8, attachments: [] });
    const versions = await sql<{ version: number; snapshot: Record<string, unknown> }>(`SELECT version, snapshot FROM need_response_version WHERE response_id = $1`, [responseIds.sas]);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, snapshot: { priceEur: 1000, leadTimeDays: 10, status: 'SUBMITTED' } });
    const mine = (await s.sas.client.ok(MY_RESPONSES, { needId })).myResponses;
    expect(mine).toEqual([{ id: responseIds.sas, status: 'SUBMITTED', version: 2, lotId: openLot }]);
  });

  it('a reserved RES_INSERTION lot refuses an ordinary SAS with INELIGIBLE and its reasons', async () => {
    const result = await s.sas.client.request(RESPOND, { input: respondInput(reservedLot) }) as GqlResult & { errors: { extensions: { reasons?: { code: string; message: string }[]; reservation?: string } }[] };
    expect(errorCode(result)).toBe('INELIGIBLE');
    expect(result.errors[0]!.extensions.reservation).toBe('RES_INSERTION');
    expect(result.errors[0]!.extensions.reasons!.map((r) => r.code)).toEqual(['NO_KIND_DECLARED']);
    expect(result.errors[0]!.extensions.reasons![0]!.message.length).toBeGreaterThan(10);
    expect(await sql(`SELECT 1 FROM need_response WHERE lot_id = $1 AND respondent_organization_id = $2`, [reservedLot, s.sas.id])).toHaveLength(0);
  });

  it('accepts the verified EI on the reserved lot; a non-eligible platform subcontractor gives a warning, not a block', async () => {
    const { respondToNeed } = await s.ei.client.ok(RESPOND, {
      input: respondInput(reservedLot, { priceEur: 1200, leadTimeDays: 5, subcontractors: [{ organizationId: s.sub.id, name: s.sub.name, sharePercent: 30 }, { name: 'Fournitures Martin', sharePercent: 5 }] }),
    });
    responseIds.ei = respondToNeed.response.id;
    expect(respondToNeed.response).toMatchObject({ status: 'SUBMITTED', version: 1, eligibility: { status: 'ELIGIBLE', reservation: 'RES_INSERTION' } });
    expect(respondToNeed.warnings).toEqual([{ code: 'SUBCONTRACTOR_NOT_ELIGIBLE', level: 'WARNING', message: expect.stringContaining('Transports Dupont SAS') }]);
    expect(respondToNeed.response.warnings[0]).toMatchObject({ code: 'SUBCONTRACTOR_NOT_ELIGIBLE', subcontractorOrganizationId: s.sub.id });
  });

  it('interest, decline and withdrawal; a withdrawn response keeps its content as a version', async () => {
    const interested = (await s.third.client.ok(INTEREST, { input: { needId, lotId: openLot } })).markInterest;
    expect(interested).toMatchObject({ status: 'INTERESTED', version: 1, submittedAt: null });
    const declined = (await s.third.client.ok(DECLINE, { input: { needId, lotId: reservedLot, reason: 'CAPACITY', comment: 'Pas de camion libre' } })).declineNeedLot;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'CAPACITY', lotId: reservedLot });

    const { respondToNeed } = await s.third.client.ok(RESPOND, { input: respondInput(openLot, { priceEur: 1500 }) });
    expect(respondToNeed.response).toMatchObject({ id: interested.id, status: 'SUBMITTED', version: 1 });
    responseIds.third = interested.id;
    const again = await s.third.client.request(INTEREST, { input: { needId, lotId: openLot } });
    expect(errorCode(again)).toBe('CONFLICT');

    const withdrawn = (await s.third.client.ok(WITHDRAW, { id: interested.id })).withdrawResponse;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', version: 1 });
    expect(await sql(`SELECT version FROM need_response_version WHERE response_id = $1`, [interested.id])).toEqual([{ version: 1 }]);
    expect(errorCode(await s.third.client.request(WITHDRAW, { id: interested.id }))).toBe('CONFLICT');
    // Someone else's response does not exist for the caller.
    expect(errorCode(await s.sas.client.request(WITHDRAW, { id: responseIds.ei }))).toBe('NOT_FOUND');
    await eventually('buyer told of the withdrawal', async () => {
      const { notifications } = await buyer.ok(NOTIFICATIONS);
      return (notifications.items as { title: string; body: string }[]).filter((n) => n.title === `Réponse retirée : ${title}`).length;
    }, (n) => n === 1);
  });

  it('the buyer lists, filters and sorts responses with respondent, eligibility and contact details', async () => {
    const all = (await buyer.ok(RESPONSES, { needId, sort: 'PRICE' })).responses as Resp[];
    // Every status, cheapest first, no price last: SAS (amended), EI, the withdrawn one, the decline.
    expect(all.map((r) => [r.status, r.priceEur])).toEqual([['SUBMITTED', 900], ['SUBMITTED', 1200], ['WITHDRAWN', 1500], ['DECLINED', null]]);
    const submitted = (await buyer.ok(RESPONSES, { needId, filters: { status: 'SUBMITTED' }, sort: 'PRICE' })).responses as Resp[];
    expect(submitted.map((r) => [r.respondent.name, r.priceEur])).toEqual([[s.sas.name, 900], [s.ei.name, 1200]]);
    const byLead = (await buyer.ok(RESPONSES, { needId, filters: { status: 'SUBMITTED' }, sort: 'LEAD_TIME' })).responses as Resp[];
    expect(byLead.map((r) => r.leadTimeDays)).toEqual([5, 8]);

    const ei = submitted.find((r) => r.id === responseIds.ei)!;
    expect(ei.respondent).toMatchObject({ id: s.ei.id, kinds: ['EI'], city: 'Lille', certifications: ['ISO 14001'] });
    expect(ei.respondent.distanceKm).toBeGreaterThanOrEqual(0);
    expect(ei.respondent.distanceKm).toBeLessThan(20);
    expect(ei.eligibility.status).toBe('ELIGIBLE');
    expect(ei.contact).toEqual([{ name: s.ei.email.split('@')[0], email: s.ei.email }]);
    expect(ei.subcontractors).toEqual([{ organizationId: s.sub.id, name: s.sub.name, sharePercent: 30 }, { organizationId: null, name: 'Fournitures Martin', sharePercent: 5 }]);

    const reservedEligible = (await buyer.ok(RESPONSES, { needId, lotId: reservedLot, filters: { eligibleOnly: true } })).responses as Resp[];
    expect(reservedEligible.map((r) => r.id)).toEqual([responseIds.ei]);
    // The declined supplier (declared ACI, not verified) is only TO_CONFIRM; it did submit once (then withdrew), so its contact shows.
    const declined = (await buyer.ok(RESPONSES, { needId, lotId: reservedLot, filters: { status: 'DECLINED' } })).responses as Resp[];
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({ respondent: { id: s.third.id }, eligibility: { status: 'TO_CONFIRM' }, contact: [{ name: s.third.email.split('@')[0], email: s.third.email }] });
  });

  it('another organisation gets NOT_FOUND for the list, the decisions and the exports', async () => {
    for (const client of [otherBuyer, s.sas.client]) {
      expect(errorCode(await client.request(RESPONSES, { needId }))).toBe('NOT_FOUND');
      expect(errorCode(await client.request(SHORTLIST, { id: responseIds.ei }))).toBe('NOT_FOUND');
      expect(errorCode(await client.request(EXPORT, { needId, format: 'CSV' }))).toBe('NOT_FOUND');
      expect((await fetch(`${apiUrl}/needs/${needId}/responses.csv`, { headers: { cookie: client.cookie! } })).status).toBe(404);
    }
    expect(errorCode(await buyer.request(RESPONSES, { needId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('shortlist, award and reject: the respondents are notified in-app and by email', async () => {
    expect((await buyer.ok(SHORTLIST, { id: responseIds.ei })).shortlistResponse.buyerDecision).toBe('SHORTLISTED');
    expect((await buyer.ok(AWARD, { id: responseIds.ei, m: 'Merci, démarrage le 1er mars.' })).awardResponse).toMatchObject({ buyerDecision: 'AWARDED', buyerMessage: 'Merci, démarrage le 1er mars.' });
    expect((await buyer.ok(REJECT, { id: responseIds.sas, m: 'Délai trop long.' })).rejectResponse).toMatchObject({ buyerDecision: 'REJECTED' });
    expect(errorCode(await buyer.request(REJECT, { id: responseIds.sas, m: '   ' }))).toBe('BAD_USER_INPUT');
    // A withdrawn response cannot be decided on.
    expect(errorCode(await buyer.request(AWARD, { id: responseIds.third }))).toBe('CONFLICT');

    const eiNotes = await eventually('EI notified', () => notificationsOf(s.ei.client), (n) => n.length === 2);
    expect(eiNotes.map((n) => n.title).sort()).toEqual([`Marché attribué : ${title}`, `Votre réponse est présélectionnée : ${title}`]);
    expect(eiNotes.find((n) => n.title.startsWith('Marché'))!.details).toEqual(['Merci, démarrage le 1er mars.']);
    const sasNotes = await eventually('SAS notified', () => notificationsOf(s.sas.client), (n) => n.length === 1);
    expect(sasNotes[0]).toMatchObject({ title: `Réponse non retenue : ${title}`, details: ['Délai trop long.'] });
    const email = await waitForEmail(s.ei.email, `Marché attribué : ${title}`);
    expect(email.text).toContain('Merci, démarrage le 1er mars.');
  });

  it('exports the responses as CSV and XLSX for the buyer', async () => {
    const { exportResponses } = await buyer.ok(EXPORT, { needId, format: 'CSV' });
    expect(exportResponses).toEqual({ format: 'CSV', url: `/needs/${needId}/responses.csv` });
    const res = await fetch(`${apiUrl}${exportResponses.url}`, { headers: { cookie: buyer.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('Répondant;');
    expect(lines).toHaveLength(1 + 4);
    const sasLine = lines.find((l) => l.includes(s.sas.name))!;
    expect(sasLine).toContain(';900;8;');
    expect(sasLine).toContain('REJECTED');
    expect(lines.find((l) => l.includes(s.ei.name))).toContain('AWARDED');

    const xlsx = await fetch(`${apiUrl}/needs/${needId}/responses.xlsx`, { headers: { cookie: buyer.cookie! } });
    expect(xlsx.status).toBe(200);
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('an INVITED need: only the invitees may respond, others get NOT_FOUND', async () => {
    const invited = await publish(buyer, {
      kind: 'QUOTE', title: `Consultation restreinte ${randomDigits(5)}`, deadlineAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      visibility: 'INVITED', invitedSupplierIds: [s.ei.id], lots: [lotInput('Lot unique', 'NONE')],
    });
    const input = { needId: invited.id, lotId: invited.lots[0]!.id, answers: [], attachmentFileIds: [], subcontractors: [], priceEur: 10 };
    expect(errorCode(await s.sas.client.request(RESPOND, { input }))).toBe('NOT_FOUND');
    expect((await s.ei.client.ok(RESPOND, { input })).respondToNeed.response.status).toBe('SUBMITTED');
    // A buyer cannot respond.
    expect(errorCode(await otherBuyer.request(RESPOND, { input: respondInput(openLot) }))).toBe('FORBIDDEN');
  });

  it('nothing after the deadline: CONFLICT response.closed', async () => {
    await sql(`UPDATE need SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [needId]);
    for (const [client, doc, vars] of [
      [s.sas.client, RESPOND, { input: respondInput(openLot, { priceEur: 1 }) }],
      [s.third.client, INTEREST, { input: { needId, lotId: openLot } }],
      [s.ei.client, WITHDRAW, { id: responseIds.ei }],
    ] as const) {
      const result = await client.request(doc, vars);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0]!.message).toContain('ne prend plus de réponses');
    }
    const [row] = await sql<{ price_eur: number; version: number }>(`SELECT price_eur, version FROM need_response WHERE id = $1`, [responseIds.sas]);
    expect(row).toEqual({ price_eur: 900, version: 2 });
  });
});
