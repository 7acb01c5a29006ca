import { Queue } from 'bullmq';
import { NOTIFICATION_CATEGORIES } from '@essor/domain';
import { listSectors, placeByCode } from '@essor/reference-data';
import { errorCode, GqlClient, randomSiret, startTestApp, TestContext, tokenOf, uniqueEmail, waitForEmail } from './harness';
import { MAILDEV_API_URL } from './test-env';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const SWITCH = `mutation($id: ID!) { switchOrganization(input: { organizationId: $id }) { activeOrganization { id } } }`;
const LIST = `query($page: Int, $perPage: Int, $unreadOnly: Boolean) {
  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
    total page perPage totalPages unreadCount
    items { id category title body details needId linkPath read readAt createdAt }
  } }`;
const UNREAD = `{ unreadNotificationCount { unread } }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { unread } }`;
const PREFS = `{ notificationPreferences { category emailEnabled } }`;
const UPDATE_PREFS = `mutation($input: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $input) { category emailEnabled } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { category } }`;
const ME = `{ me { user { id } } }`;

interface CaughtEmail {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
}

async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const all = (await (await fetch(`${MAILDEV_API_URL}/api/email`)).json()) as CaughtEmail[];
  return all.filter((e) => e.to.some((t) => t.address === address));
}

/** A header of the raw message (maildev's parsed `headers` keeps only a few). */
async function rawHeader(email: { id: string }, name: string): Promise<string | undefined> {
  const source = await (await fetch(`${MAILDEV_API_URL}/api/email/${email.id}/source`)).text();
  const head = source.slice(0, source.indexOf('\r\n\r\n') >= 0 ? source.indexOf('\r\n\r\n') : source.indexOf('\n\n'));
  // Unfold continuation lines (RFC 5322 §2.2.3), then find the header.
  const line = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** Waits until BullMQ reports the job finished (completed or failed) and returns its state. */
async function finished(queue: Queue, jobId: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await (await queue.getJob(jobId))?.getState();
    if (state === 'completed' || state === 'failed') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} not finished within ${timeoutMs} ms`);
}

const sector = listSectors().find((s) => s.nameEn)!;
const nord = placeByCode('DEPARTEMENT', '59')!;
const NEED_ID = '7d0c2a54-1f3b-4c5e-9a6b-2c3d4e5f6a7b';
const matchedParams = (needTitle: string) => ({
  needId: NEED_ID,
  needTitle,
  buyerName: 'Métropole Européenne de Lille',
  deadlineAt: '2031-03-14T16:00:00.000Z',
  version: 1,
  lots: [{ lotId: '11111111-2222-4333-8444-555555555555', title: 'Collecte', reasons: [{ type: 'SECTOR', sectorSlug: sector.slug }, { type: 'AREA', scope: 'DEPARTEMENT', code: '59' }] }],
});

describe('notifications', () => {
  let ctx: TestContext;
  let emailQueue: Queue;
  let maintenance: Queue;
  let matching: Queue;
  let alice: GqlClient; // French, admin of orgA and orgB
  let bob: GqlClient; // English, member of orgA
  let aliceId: string;
  let bobId: string;
  let aliceEmail: string;
  let bobEmail: string;
  let orgA: string;
  let orgB: string;

  const insert = async (o: { userId: string; orgId: string; category?: string; params?: Record<string, unknown>; state?: string; createdAt?: Date; dedupeKey?: string; needId?: string | null }) => {
    const [{ id }] = await ctx.dataSource.query(
      `INSERT INTO notification (user_id, organization_id, category, dedupe_key, params, need_id, email_state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [o.userId, o.orgId, o.category ?? 'NEED_MATCHED', o.dedupeKey ?? `test:${Math.random()}`, o.params ?? matchedParams('Besoin'), o.needId === undefined ? NEED_ID : o.needId,
        o.state ?? 'NONE', o.createdAt ?? new Date()],
    );
    return id as string;
  };
  const stateOf = async (id: string) => (await ctx.dataSource.query(`SELECT email_state FROM notification WHERE id = $1`, [id]))[0].email_state as string;

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true, env: { NOTIFY_DAILY_EMAIL_LIMIT: '2' } });
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const connection = { host: redis.hostname, port: Number(redis.port || 6379) };
    emailQueue = new Queue('email', { prefix: ctx.env.QUEUE_PREFIX, connection });
    maintenance = new Queue('maintenance', { prefix: ctx.env.QUEUE_PREFIX, connection });
    matching = new Queue('matching', { prefix: ctx.env.QUEUE_PREFIX, connection });

    aliceEmail = uniqueEmail('alice');
    alice = await verifiedClient(ctx, aliceEmail);
    orgB = (await alice.ok(CREATE_ORG, { input: { name: 'Atelier Bis', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    orgA = (await alice.ok(CREATE_ORG, { input: { name: 'Atelier Alpha', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    bobEmail = uniqueEmail('bob');
    bob = await verifiedClient(ctx, bobEmail);
    aliceId = (await alice.ok(ME)).me.user.id;
    bobId = (await bob.ok(ME)).me.user.id;
    await ctx.dataSource.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [bobId]);
    await ctx.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [orgA, bobId]);
    await bob.ok(SWITCH, { id: orgA });
  });
  afterAll(async () => {
    await emailQueue.close();
    await maintenance.close();
    await matching.close();
    await ctx.close();
  });

  it("lists the caller's notifications of the active organisation, rendered in the caller's language, paginated", async () => {
    const older = new Date(Date.now() - 60_000);
    const first = await insert({ userId: aliceId, orgId: orgA, params: matchedParams('Collecte des déchets'), createdAt: older });
    const second = await insert({ userId: aliceId, orgId: orgA, category: 'NEED_STATUS', params: { needId: NEED_ID, needTitle: 'Entretien', status: 'CANCELLED' } });
    await insert({ userId: aliceId, orgId: orgB, category: 'NEED_STATUS', params: { needId: NEED_ID, needTitle: 'Autre organisation', status: 'CLOSED' } });
    await insert({ userId: bobId, orgId: orgA, params: matchedParams('Collecte des déchets') });

    const page1 = (await alice.ok(LIST, { perPage: 1 })).notifications;
    expect(page1).toMatchObject({ total: 2, page: 1, perPage: 1, totalPages: 2, unreadCount: 2 });
    expect(page1.items).toEqual([expect.objectContaining({ id: second, category: 'NEED_STATUS', title: 'Besoin annulé : Entretien', read: false, readAt: null, linkPath: `/besoins/${NEED_ID}` })]);
    const page2 = (await alice.ok(LIST, { perPage: 1, page: 2 })).notifications;
    const matched = page2.items[0];
    expect(matched).toMatchObject({ id: first, category: 'NEED_MATCHED', needId: NEED_ID, title: 'Nouveau besoin pour vous : Collecte des déchets' });
    expect(matched.body).toContain('Métropole Européenne de Lille');
    expect(matched.body).toContain('14 mars 2031 à 17:00'); // the deadline in Paris time
    expect(matched.details).toEqual([`Lot « Collecte » : secteur ${sector.nameFr} · zone d'intervention : ${nord.name}`]);

    // The same kind of notification reads in English for an English-speaking member.
    const bobs = (await bob.ok(LIST, {})).notifications.items;
    expect(bobs).toHaveLength(1);
    expect(bobs[0].title).toBe('New need for you: Collecte des déchets');
    expect(bobs[0].details).toEqual([`Lot "Collecte": sector ${sector.nameEn} · service area: ${nord.name}`]);
    expect(bobs[0].body).toContain('14 March 2031 at 17:00');
    // The language the app shows (Accept-Language) wins over the account's.
    const aliceInEnglish = ctx.client({ 'accept-language': 'en' });
    aliceInEnglish.cookie = alice.cookie;
    expect((await aliceInEnglish.ok(LIST, { perPage: 1, page: 2 })).notifications.items[0].title).toBe('New need for you: Collecte des déchets');

    // Invalid paging is a typed error, not a 500.
    expect(errorCode(await alice.request(LIST, { perPage: 500 }))).toBe('BAD_USER_INPUT');
  });

  it('counts unread, marks one or all read, ignores ids that are not the caller’s', async () => {
    await alice.ok(MARK, { all: true });
    await bob.ok(MARK, { all: true });
    const a1 = await insert({ userId: aliceId, orgId: orgA });
    const a2 = await insert({ userId: aliceId, orgId: orgA });
    const b1 = await insert({ userId: bobId, orgId: orgA });
    expect((await alice.ok(UNREAD)).unreadNotificationCount.unread).toBe(2);

    expect((await alice.ok(MARK, { ids: [a1] })).markNotificationsRead.unread).toBe(1);
    const listed = (await alice.ok(LIST, { unreadOnly: true })).notifications;
    expect(listed.items.map((n: { id: string }) => n.id)).toEqual([a2]);
    expect(listed.total).toBe(1);

    // Alice cannot mark Bob's notification read: the id is ignored, Bob's count is unchanged.
    expect((await alice.ok(MARK, { ids: [b1, a2] })).markNotificationsRead.unread).toBe(0);
    expect((await bob.ok(UNREAD)).unreadNotificationCount.unread).toBe(1);
    expect(errorCode(await bob.request(MARK, { ids: ['not-a-uuid'] }))).toBe('BAD_USER_INPUT');
    expect((await bob.ok(MARK, { all: true })).markNotificationsRead.unread).toBe(0);
    const [{ read_at: readAt }] = await ctx.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [b1]);
    expect(readAt).not.toBeNull();
  });

  it('is for people: anonymous callers and API tokens are refused', async () => {
    expect(errorCode(await ctx.client().request(UNREAD))).toBe('UNAUTHENTICATED');
    const { createApiToken } = await alice.ok(`mutation($o: ID!) { createApiToken(input: { organizationId: $o, name: "n", role: ADMIN }) { token } }`, { o: orgA });
    expect(errorCode(await ctx.client({ authorization: `Bearer ${createApiToken.token}` }).request(LIST))).toBe('FORBIDDEN');
  });

  it('email preferences: every category, on by default; updated per category', async () => {
    const prefs = (await bob.ok(PREFS)).notificationPreferences;
    expect(prefs.map((p: { category: string }) => p.category)).toEqual([...NOTIFICATION_CATEGORIES]);
    expect(prefs.every((p: { emailEnabled: boolean }) => p.emailEnabled)).toBe(true);
    const updated = (await bob.ok(UPDATE_PREFS, { input: [{ category: 'SAVED_SEARCH', emailEnabled: false }] })).updateNotificationPreferences;
    expect(updated.find((p: { category: string }) => p.category === 'SAVED_SEARCH').emailEnabled).toBe(false);
    expect(updated.filter((p: { emailEnabled: boolean }) => !p.emailEnabled)).toHaveLength(1);
    // Alice's preferences are her own.
    expect((await alice.ok(PREFS)).notificationPreferences.every((p: { emailEnabled: boolean }) => p.emailEnabled)).toBe(true);
    const twice = await bob.request(UPDATE_PREFS, { input: [{ category: 'NEED_STATUS', emailEnabled: false }, { category: 'NEED_STATUS', emailEnabled: true }] });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    await bob.ok(UPDATE_PREFS, { input: [{ category: 'SAVED_SEARCH', emailEnabled: true }] });
  });

  it('SEND_NOTIFICATION_EMAIL emails a QUEUED notification once, in French or English, with a working unsubscribe link', async () => {
    const forAlice = await insert({ userId: aliceId, orgId: orgA, params: matchedParams('Tri des biodéchets'), state: 'QUEUED' });
    const forBob = await insert({ userId: bobId, orgId: orgA, params: matchedParams('Tri des biodéchets'), state: 'QUEUED' });
    await emailQueue.addBulk([forAlice, forBob].map((id) => ({ name: 'send-notification-email', data: { notificationId: id }, opts: { jobId: `notification-${id}` } })));

    const fr = await waitForEmail(aliceEmail, 'Nouveau besoin pour vous : Tri des biodéchets');
    expect(fr.text).toContain(`http://web.test/besoins/${NEED_ID}`);
    expect(fr.text).toContain(`secteur ${sector.nameFr}`);
    expect(fr.html).toContain('<html lang="fr">');
    const en = await waitForEmail(bobEmail, 'New need for you: Tri des biodéchets');
    expect(en.text).toContain(`sector ${sector.nameEn}`);
    expect(await stateOf(forAlice)).toBe('SENT');

    // The List-Unsubscribe header and the link in the body are the same signed link.
    const header = ((await rawHeader(en, 'List-Unsubscribe')) ?? '').replace(/^<|>$/g, '');
    expect(header).toMatch(/^http:\/\/web\.test\/desabonnement\?token=[\w-]+$/);
    expect(en.text).toContain(header);
    const token = tokenOf(header);
    expect(errorCode(await ctx.client().request(UNSUBSCRIBE, { token: `${token.slice(0, -2)}xx` }))).toBe('BAD_USER_INPUT');
    expect((await ctx.client().ok(UNSUBSCRIBE, { token })).unsubscribe).toEqual({ category: 'NEED_MATCHED' });
    const prefs = (await bob.ok(PREFS)).notificationPreferences;
    expect(prefs.filter((p: { emailEnabled: boolean }) => !p.emailEnabled)).toEqual([{ category: 'NEED_MATCHED', emailEnabled: false }]);

    // A duplicated job sends nothing twice.
    await emailQueue.add('send-notification-email', { notificationId: forAlice }, { jobId: `notification-${forAlice}-again` });
    expect(await finished(emailQueue, `notification-${forAlice}-again`)).toBe('completed');
    expect((await emailsTo(aliceEmail)).filter((e) => e.subject.includes('Tri des biodéchets'))).toHaveLength(1);
  });

  it('an email whose sender died mid-send (claim without sent_at) is sent by the retry once the claim is stale, not before', async () => {
    const fresh = await insert({ userId: aliceId, orgId: orgA, params: matchedParams('Broyage de palettes'), state: 'QUEUED' });
    const stale = await insert({ userId: aliceId, orgId: orgA, params: matchedParams('Reconditionnement'), state: 'QUEUED' });
    // Another process is sending `fresh` right now; the one that claimed `stale` died an hour ago.
    await ctx.dataSource.query(`INSERT INTO email_delivery (idempotency_key, claimed_at) VALUES ($1, now()), ($2, now() - interval '1 hour')`, [`notification:${fresh}`, `notification:${stale}`]);
    await emailQueue.add('send-notification-email', { notificationId: stale }, { jobId: `notification-${stale}` });
    await emailQueue.add('send-notification-email', { notificationId: fresh }, { jobId: `notification-${fresh}`, attempts: 1 });
    await waitForEmail(aliceEmail, 'Reconditionnement');
    expect(await finished(emailQueue, `notification-${fresh}`)).toBe('failed');
    expect((await emailsTo(aliceEmail)).filter((e) => e.subject.includes('Broyage de palettes'))).toHaveLength(0);
    const [row] = await ctx.dataSource.query(`SELECT sent_at FROM email_delivery WHERE idempotency_key = $1`, [`notification:${stale}`]);
    expect(row.sent_at).not.toBeNull();
  });

  it('an opted-out user gets no email, even for a notification queued before opting out', async () => {
    // Bob turned NEED_MATCHED off in the previous test.
    const id = await insert({ userId: bobId, orgId: orgA, params: matchedParams('Désherbage'), state: 'QUEUED' });
    await emailQueue.add('send-notification-email', { notificationId: id }, { jobId: `notification-${id}` });
    expect(await finished(emailQueue, `notification-${id}`)).toBe('completed');
    expect(await stateOf(id)).toBe('OPTED_OUT');
    expect((await emailsTo(bobEmail)).filter((e) => e.subject.includes('Désherbage'))).toHaveLength(0);
    // Still in the app.
    expect((await bob.ok(LIST, {})).notifications.items.some((n: { id: string }) => n.id === id)).toBe(true);
  });

  it('the daily digest sends one email per user with every DIGEST notification, once, and skips opted-out categories', async () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    const titles = ['Digest un', 'Digest deux', 'Digest trois'];
    const digested = [];
    for (const title of titles) digested.push(await insert({ userId: aliceId, orgId: orgA, params: matchedParams(title), state: 'DIGEST', createdAt: twoDaysAgo }));
    digested.push(await insert({ userId: aliceId, orgId: orgB, category: 'NEED_STATUS', params: { needId: NEED_ID, needTitle: 'Digest quatre', status: 'CLOSED' }, state: 'DIGEST', createdAt: twoDaysAgo }));
    // Created after the last 07:00 (Paris): waits for tomorrow's digest.
    const tooRecent = await insert({ userId: aliceId, orgId: orgA, params: matchedParams('Digest demain'), state: 'DIGEST' });
    // Bob turned NEED_MATCHED emails off: his held-back notification is not emailed at all.
    const bobs = await insert({ userId: bobId, orgId: orgA, params: matchedParams('Digest Bob'), state: 'DIGEST', createdAt: twoDaysAgo });

    await maintenance.add('send-email-digests', {}, { jobId: 'digest-run-1' });
    expect(await finished(maintenance, 'digest-run-1')).toBe('completed');
    const digest = await waitForEmail(aliceEmail, 'Votre récapitulatif Essor');
    expect(digest.subject).toContain('4 notifications');
    for (const title of [...titles, 'Digest quatre']) expect(digest.text).toContain(title);
    expect(digest.text).not.toContain('Digest demain');
    expect(digest.text).toMatch(/desabonnement\?token=[\w-]+/);
    for (const id of digested) expect(await stateOf(id)).toBe('DIGESTED');
    expect(await stateOf(tooRecent)).toBe('DIGEST');
    expect(await stateOf(bobs)).toBe('OPTED_OUT');
    expect((await emailsTo(bobEmail)).filter((e) => e.subject.includes('digest'))).toHaveLength(0);

    // A second run of the same day sends nothing more.
    await ctx.dataSource.query(`UPDATE notification SET email_state = 'DIGEST' WHERE id = $1`, [digested[0]]);
    await maintenance.add('send-email-digests', {}, { jobId: 'digest-run-2' });
    expect(await finished(maintenance, 'digest-run-2')).toBe('completed');
    expect((await emailsTo(aliceEmail)).filter((e) => e.subject.includes('récapitulatif'))).toHaveLength(1);

    // Tomorrow's digest (at: an instant after tomorrow's 07:00) carries the recent one.
    const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString();
    await maintenance.add('send-email-digests', { at: tomorrow }, { jobId: 'digest-run-3' });
    expect(await finished(maintenance, 'digest-run-3')).toBe('completed');
    const next = (await emailsTo(aliceEmail)).filter((e) => e.subject.includes('récapitulatif'));
    expect(next).toHaveLength(2);
    expect(await stateOf(tooRecent)).toBe('DIGESTED');
  });

  it('the matching fan-out (notifyOrganizations): daily limit → digest, opted out, unverified, and rows a crash left PENDING', async () => {
    const user = async (label: string, verified = true) => {
      const email = uniqueEmail(label);
      const [{ id }] = await ctx.dataSource.query(
        `INSERT INTO app_user (email, display_name, password_hash, email_verified_at) VALUES ($1, $2, 'x', $3) RETURNING id`,
        [email, label, verified ? new Date() : null],
      );
      return { id: id as string, email };
    };
    const org = async (name: string, type: string, members: { id: string }[]) => {
      const [{ id }] = await ctx.dataSource.query(`INSERT INTO organization (name, type, siret, regime) VALUES ($1, $2, $3, $4) RETURNING id`,
        [name, type, randomSiret(), type === 'BUYER' ? 'PRIVATE' : null]);
      for (const m of members) await ctx.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [id, m.id]);
      return id as string;
    };
    const [carol, dave, erin, frank, grace] = [await user('carol'), await user('dave', false), await user('erin'), await user('frank'), await user('grace')];
    const orgC = await org('Fan-out C', 'SUPPLIER', [carol, dave, erin, frank]);
    const orgD = await org('Fan-out D', 'SUPPLIER', [grace]);
    const buyer = await org('Acheteur Fan-out', 'BUYER', []);
    const [{ id: needId }] = await ctx.dataSource.query(
      `INSERT INTO need (buyer_organization_id, created_by_user_id, kind, title, status, deadline_at, version, published_at)
       VALUES ($1, $2, 'QUOTE', 'Entretien des espaces verts', 'PUBLISHED', now() + interval '10 days', 1, now()) RETURNING id`,
      [buyer, aliceId],
    );
    const [{ id: lotId }] = await ctx.dataSource.query(
      `INSERT INTO need_lot (need_id, title, place_kind, sector_slugs) VALUES ($1, 'Tonte', 'NATIONAL', $2) RETURNING id`, [needId, [sector.slug]],
    );
    for (const supplier of [orgC, orgD]) {
      await ctx.dataSource.query(`INSERT INTO need_supplier (need_id, supplier_organization_id) VALUES ($1, $2)`, [needId, supplier]);
      await ctx.dataSource.query(`INSERT INTO need_match (lot_id, supplier_organization_id, need_id, reasons) VALUES ($1, $2, $3, $4)`,
        [lotId, supplier, needId, JSON.stringify([{ type: 'SECTOR', sectorSlug: sector.slug }, { type: 'AREA', scope: 'NATIONAL' }])]);
    }
    // Carol already had her 2 NEED_MATCHED emails of the day (NOTIFY_DAILY_EMAIL_LIMIT=2 here).
    for (let i = 0; i < 2; i++) await insert({ userId: carol.id, orgId: orgC, state: 'SENT' });
    await ctx.dataSource.query(`INSERT INTO notification_preference (user_id, category, email_enabled) VALUES ($1, 'NEED_MATCHED', false)`, [erin.id]);
    // A fan-out that crashed after writing Grace's notification, before deciding its email.
    const dedupeKey = `need:${needId}:v1`;
    const left = await insert({ userId: grace.id, orgId: orgD, dedupeKey, state: 'PENDING', params: { ...matchedParams('Entretien des espaces verts'), needId }, needId });

    await matching.add('notify-need-matches', { needId, version: 1, supplierIds: [orgC, orgD] }, { jobId: 'fanout-1' });
    expect(await finished(matching, 'fanout-1')).toBe('completed');
    const rows: { user_id: string; id: string; email_state: string }[] = await ctx.dataSource.query(
      `SELECT user_id, id, email_state FROM notification WHERE dedupe_key = $1`, [dedupeKey],
    );
    const stateByUser = Object.fromEntries(rows.map((r) => [r.user_id, r.email_state]));
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.user_id === grace.id)?.id).toBe(left);
    await waitForEmail(frank.email, 'Nouveau besoin pour vous : Entretien des espaces verts');
    const graceMail = await waitForEmail(grace.email, 'Nouveau besoin pour vous');
    expect(graceMail.text).toContain(`http://web.test/besoins/${needId}`);
    const settled: { user_id: string; email_state: string }[] = await ctx.dataSource.query(`SELECT user_id, email_state FROM notification WHERE dedupe_key = $1`, [dedupeKey]);
    expect(Object.fromEntries(settled.map((r) => [r.user_id, r.email_state]))).toEqual({
      ...stateByUser, [carol.id]: 'DIGEST', [dave.id]: 'NONE', [erin.id]: 'OPTED_OUT', [frank.id]: 'SENT', [grace.id]: 'SENT',
    });
    // The notification reads in the app like the email.
    const [frankRow] = await ctx.dataSource.query(`SELECT params FROM notification WHERE user_id = $1 AND dedupe_key = $2`, [frank.id, dedupeKey]);
    expect(frankRow.params.lots).toEqual([expect.objectContaining({ lotId, title: 'Tonte' })]);

    // The chunk runs again (a retried job): nothing new is written, nobody is emailed twice.
    await ctx.dataSource.query(`UPDATE need_supplier SET notified_version = 0 WHERE need_id = $1`, [needId]);
    await matching.add('notify-need-matches', { needId, version: 1, supplierIds: [orgC, orgD] }, { jobId: 'fanout-2' });
    expect(await finished(matching, 'fanout-2')).toBe('completed');
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE dedupe_key = $1`, [dedupeKey]))[0].n).toBe(5);
    await new Promise((r) => setTimeout(r, 500));
    for (const u of [frank, grace]) expect((await emailsTo(u.email)).length).toBe(1);
    for (const u of [carol, dave, erin]) expect(await emailsTo(u.email)).toEqual([]);
  });

  it('the worker schedules the digest daily at 07:00 Paris time', async () => {
    const schedulers = await maintenance.getJobSchedulers();
    expect(schedulers).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'send-email-digests', pattern: '0 7 * * *', tz: 'Europe/Paris' })]));
  });
});
