// Messaging between a buyer and suppliers about a need, end to end with the real API and worker:
// who may start a thread, unread counts, read marks, pagination, notifications of the other side,
// and the contact details rule (a buyer sees a supplier's contact persons only once the supplier
// responded or is in a thread with it).
import { listSectors } from '@essor/reference-data';
import { errorCode, GqlClient, randomDigits, randomSiret, startTestApp, TestContext, uniqueEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } user { id } } }`;
const UPSERT_ACTIVITY = `mutation($i: UpsertActivityInput!) { upsertActivity(input: $i) { id } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id lots { id } } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { id status } }`;
const INTEREST = `mutation($input: MarkInterestInput!) { markInterest(input: $input) { id status } }`;
const RESPONSES = `query($needId: ID!) { responses(needId: $needId) { id respondent { id } contact { name email } } }`;
const THREAD_FIELDS = `id needId needTitle buyer { id name } supplier { id name } consortium { id } unreadCount lastMessageAt lastMessageExcerpt contact { name email }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { thread { ${THREAD_FIELDS} } message { id body mine authorName authorOrganizationName attachments { id } } } }`;
const THREADS = `query($needId: ID) { messageThreads(needId: $needId) { ${THREAD_FIELDS} } }`;
const THREAD = `query($id: ID!, $page: Int, $perPage: Int) { messageThread(id: $id, page: $page, perPage: $perPage) {
  thread { ${THREAD_FIELDS} } messages { total page perPage items { id body mine authorOrganizationName } } } }`;
const MARK_READ = `mutation($id: ID!) { markThreadRead(input: { threadId: $id }) { id unreadCount } }`;
const NOTIFICATIONS = `query { notifications(perPage: 50) { items { category title body needId } } }`;

const WASTE_SECTORS = listSectors().filter((s) => s.groupSlug === 'collecte-traitement-des-dechets').map((s) => s.slug);

interface Org { id: string; email: string; client: GqlClient }

async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('messaging', () => {
  let ctx: TestContext;
  let buyer: Org;
  let otherBuyer: Org;
  let matched: Org;
  let stranger: Org;
  let needId: string;
  let lotId: string;
  let threadId: string;
  const title = `Collecte du verre ${randomDigits(6)}`;

  async function org(name: string, type: 'BUYER' | 'SUPPLIER', departement?: string): Promise<Org> {
    const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
    const client = await verifiedClient(ctx, email);
    const { createOrganization } = await client.ok(CREATE_ORG, { input: { name, type, siret: randomSiret(), ...(type === 'BUYER' ? { regime: 'PRIVATE' } : {}) } });
    const id = createOrganization.activeOrganization.id as string;
    if (departement) await client.ok(UPSERT_ACTIVITY, { i: { supplierId: id, sectorSlug: 'collecte-du-verre', serviceTypes: ['SERVICE'], areaKind: 'ZONES', departementCodes: [departement] } });
    return { id, email, client };
  }

  const messageNotes = async (client: GqlClient) =>
    ((await client.ok(NOTIFICATIONS)).notifications.items as { category: string; title: string; body: string; needId: string }[]).filter((n) => n.category === 'MESSAGE' && n.needId === needId);

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    buyer = await org('Verrerie Industrielle du Nord', 'BUYER');
    otherBuyer = await org('Autre acheteur', 'BUYER');
    matched = await org('Nord Recyclage Solidaire', 'SUPPLIER', '59');
    stranger = await org('Rhône Tri', 'SUPPLIER', '69');
    const { createNeed } = await buyer.client.ok(CREATE_NEED, {
      input: {
        kind: 'QUOTE', title, deadlineAt: new Date(Date.now() + 15 * 86_400_000).toISOString(),
        lots: [{ title: 'Collecte', sectorSlugs: WASTE_SECTORS, cpvCodes: [], serviceTypes: [], place: { kind: 'DEPARTEMENT', code: '59' }, reservation: 'NONE' }],
      },
    });
    await buyer.client.ok(PUBLISH_NEED, { id: createNeed.id });
    needId = createNeed.id;
    lotId = createNeed.lots[0].id;
    await eventually('matching', () => ctx.dataSource.query(`SELECT 1 FROM need_supplier WHERE need_id = $1 AND supplier_organization_id = $2`, [needId, matched.id]), (r: unknown[]) => r.length === 1, 60_000);
  }, 240_000);
  afterAll(() => ctx?.close());

  it('the buyer does not see contact details of a supplier that only showed interest', async () => {
    await matched.client.ok(INTEREST, { input: { needId, lotId } });
    const { responses } = await buyer.client.ok(RESPONSES, { needId });
    expect(responses).toEqual([{ id: expect.any(String), respondent: { id: matched.id }, contact: null }]);
  });

  it('the buyer starts a thread with a matched supplier; the supplier is notified; contact details appear for the buyer only', async () => {
    const { sendMessage } = await buyer.client.ok(SEND, { input: { needId, supplierOrganizationId: matched.id, body: 'Bonjour, pouvez-vous passer sur site mardi ?' } });
    threadId = sendMessage.thread.id;
    const contact = [{ name: matched.email.split('@')[0], email: matched.email }];
    expect(sendMessage.thread).toMatchObject({ needId, needTitle: title, buyer: { id: buyer.id }, supplier: { id: matched.id }, consortium: null, unreadCount: 0, contact });
    expect(sendMessage.message).toMatchObject({ body: 'Bonjour, pouvez-vous passer sur site mardi ?', mine: true, authorOrganizationName: 'Verrerie Industrielle du Nord' });
    expect((await buyer.client.ok(RESPONSES, { needId })).responses[0].contact).toEqual(contact);

    const notes = await eventually('supplier notified', () => messageNotes(matched.client), (n) => n.length === 1);
    expect(notes[0]).toMatchObject({ title: `Message de Verrerie Industrielle du Nord : ${title}`, body: 'Bonjour, pouvez-vous passer sur site mardi ?' });

    const { messageThreads } = await matched.client.ok(THREADS, { needId });
    expect(messageThreads).toEqual([expect.objectContaining({ id: threadId, unreadCount: 1, contact: null, lastMessageExcerpt: 'Bonjour, pouvez-vous passer sur site mardi ?' })]);
    // Writing again to the same supplier reuses the thread.
    const again = await buyer.client.ok(SEND, { input: { needId, supplierOrganizationId: matched.id, body: 'Ou mercredi.' } });
    expect(again.sendMessage.thread.id).toBe(threadId);
    expect((await matched.client.ok(THREADS, { needId })).messageThreads[0].unreadCount).toBe(2);
  });

  it('the supplier replies in the thread; unread counts, read marks and pagination', async () => {
    const { sendMessage } = await matched.client.ok(SEND, { input: { needId, threadId, body: 'Mardi 10 h, parfait.' } });
    expect(sendMessage.thread).toMatchObject({ id: threadId, contact: null });
    expect((await buyer.client.ok(THREADS, {})).messageThreads).toEqual([expect.objectContaining({ id: threadId, unreadCount: 1 })]);
    await eventually('buyer notified', () => messageNotes(buyer.client), (n) => n.length === 1);

    expect((await buyer.client.ok(MARK_READ, { id: threadId })).markThreadRead.unreadCount).toBe(0);
    expect((await matched.client.ok(MARK_READ, { id: threadId })).markThreadRead.unreadCount).toBe(0);

    const full = (await buyer.client.ok(THREAD, { id: threadId })).messageThread;
    expect(full.messages.total).toBe(3);
    expect(full.messages.items.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([
      ['Bonjour, pouvez-vous passer sur site mardi ?', true], ['Ou mercredi.', true], ['Mardi 10 h, parfait.', false],
    ]);
    const latest = (await matched.client.ok(THREAD, { id: threadId, page: 1, perPage: 1 })).messageThread.messages;
    expect(latest).toMatchObject({ total: 3, page: 1, perPage: 1, items: [{ body: 'Mardi 10 h, parfait.', mine: true }] });
    const older = (await matched.client.ok(THREAD, { id: threadId, page: 2, perPage: 2 })).messageThread.messages;
    expect(older.items.map((m: { body: string }) => m.body)).toEqual(['Bonjour, pouvez-vous passer sur site mardi ?']);
  });

  it('a supplier that can read a public need writes to its buyer; the buyer cannot start a thread with an unrelated supplier', async () => {
    const unrelated = await org('Sans Lien SARL', 'SUPPLIER', '13');
    expect(errorCode(await buyer.client.request(SEND, { input: { needId, supplierOrganizationId: unrelated.id, body: 'Bonjour' } }))).toBe('FORBIDDEN');
    expect(errorCode(await buyer.client.request(SEND, { input: { needId, body: 'À qui ?' } }))).toBe('BAD_USER_INPUT');

    const { sendMessage } = await stranger.client.ok(SEND, { input: { needId, body: 'Intervenez-vous aussi dans le Rhône ?' } });
    expect(sendMessage.thread).toMatchObject({ supplier: { id: stranger.id }, buyer: { id: buyer.id }, contact: null });
    expect(sendMessage.thread.id).not.toBe(threadId);
    const threads = (await buyer.client.ok(THREADS, { needId })).messageThreads as { id: string; supplier: { id: string }; unreadCount: number; contact: unknown }[];
    expect(threads.map((t) => t.supplier.id)).toEqual([stranger.id, matched.id]);
    expect(threads[0]).toMatchObject({ unreadCount: 1, contact: [{ name: stranger.email.split('@')[0], email: stranger.email }] });
    // Each supplier sees only its own thread.
    expect((await stranger.client.ok(THREADS, {})).messageThreads.map((t: { id: string }) => t.id)).toEqual([sendMessage.thread.id]);
  });

  it('another organisation sees nothing: NOT_FOUND on the thread, empty lists', async () => {
    expect(errorCode(await otherBuyer.client.request(THREAD, { id: threadId }))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.client.request(THREAD, { id: threadId }))).toBe('NOT_FOUND');
    expect(errorCode(await otherBuyer.client.request(SEND, { input: { needId, threadId, body: 'Intrusion' } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherBuyer.client.request(MARK_READ, { id: threadId }))).toBe('NOT_FOUND');
    expect((await otherBuyer.client.ok(THREADS, {})).messageThreads).toEqual([]);
    const [{ n }] = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM message WHERE thread_id = $1`, [threadId]);
    expect(n).toBe(3);
  });
});
