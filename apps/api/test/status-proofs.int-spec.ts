import { Queue } from 'bullmq';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isoDateAddDays, isValidSiret, parisToday } from '@essor/domain';
import { MAILDEV_API_URL } from './test-env';
import { errorCode, GqlClient, GqlResult, startTestApp, TestContext, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;
const PROOF_FIELDS = `id supplierId supplierName kind proofType proofTypeLabel reference validFrom validUntil status rejectionReason submittedAt reviewedAt
  file { id displayName mimeType sizeBytes downloadUrl }`;
const SUBMIT = `mutation($input: SubmitStatusProofInput!) { submitStatusProof(input: $input) { ${PROOF_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewStatusProofInput!) { reviewStatusProof(input: $input) { ${PROOF_FIELDS} } }`;
const LIST = `query($s: ID!) { statusProofs(supplierId: $s) { ${PROOF_FIELDS} } }`;
const QUEUE = `query($first: Int, $offset: Int) { proofReviewQueue(first: $first, offset: $offset) { id supplierName status } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function randomSiret(): string {
  for (;;) {
    const candidate = Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join('');
    if (isValidSiret(candidate)) return candidate;
  }
}

function fields(result: GqlResult): string[] {
  return (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path);
}

async function emailsTo(address: string, subjectPart: string): Promise<number> {
  const all = (await (await fetch(`${MAILDEV_API_URL}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
  return all.filter((e) => e.to.some((t) => t.address === address) && e.subject.includes(subjectPart)).length;
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, label: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('status proofs: submission, staff review, kind status, expiry job', () => {
  let ctx: TestContext;
  let filesDir: string;
  let apiUrl: string;
  let maintenance: Queue;
  let aliceEmail: string;
  let alice: GqlClient;
  let aliceOrg: string;
  let bob: GqlClient;
  let bobOrg: string;
  let staff: GqlClient;
  const today = parisToday();

  const upload = async (client: GqlClient, orgId: string, bytes: Buffer, purpose = 'STATUS_PROOF', type = 'application/pdf') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'convention.pdf');
    const res = await fetch(`${apiUrl}/files?purpose=${purpose}&organizationId=${orgId}`, { method: 'POST', body: form, headers: { cookie: client.cookie! } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const kindStatus = async (orgId: string, kind: string) =>
    (await ctx.dataSource.query(`SELECT status FROM supplier_kind WHERE organization_id = $1 AND kind = $2`, [orgId, kind]))[0]?.status as string | undefined;
  const proofRow = async (id: string) =>
    (await ctx.dataSource.query(`SELECT status, expiry_notified_at FROM status_proof WHERE id = $1`, [id]))[0] as { status: string; expiry_notified_at: Date | null };
  const outboxCount = async (type: string, aggregateId: string) =>
    (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND aggregate_id = $2`, [type, aggregateId]))[0].n as number;
  const runExpiry = async (at: string) => {
    const job = await maintenance.add('expire-status-proofs', { at });
    await until(async () => (await job.getState()) as string, (s) => s === 'completed' || s === 'failed', `expiry job on ${at}`);
    const state = await job.getState();
    if (state !== 'completed') throw new Error(`expiry job ${state}: ${(await maintenance.getJob(job.id!))?.failedReason}`);
  };

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'essor-proofs-'));
    ctx = await startTestApp({ worker: true, env: { FILES_DIR: filesDir } });
    apiUrl = ctx.graphqlUrl.replace(/\/graphql$/, '');
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    maintenance = new Queue('maintenance', { prefix: ctx.env.QUEUE_PREFIX, connection: { host: redis.hostname, port: Number(redis.port || 6379) } });

    aliceEmail = uniqueEmail('alice');
    alice = await verifiedClient(ctx, aliceEmail);
    aliceOrg = (await alice.ok(CREATE_ORG, { input: { name: 'Alice Insertion', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    bob = await verifiedClient(ctx);
    bobOrg = (await bob.ok(CREATE_ORG, { input: { name: 'Bob Atelier', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    // Declared kinds (the profile editor's job; set directly so this file tests proofs only).
    await ctx.dataSource.query(`INSERT INTO supplier_kind (organization_id, kind) VALUES ($1, 'EI'), ($1, 'ESUS'), ($2, 'EA')`, [aliceOrg, bobOrg]);
    const staffEmail = uniqueEmail('staff');
    staff = await verifiedClient(ctx, staffEmail);
    await ctx.dataSource.query(`UPDATE app_user SET is_staff = true WHERE email = $1`, [staffEmail]);
  });
  afterAll(async () => {
    await maintenance?.close();
    await ctx.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('lists the accepted proof types of a kind for anyone, in both languages', async () => {
    const { proofTypesFor } = await ctx.client().ok(`{ proofTypesFor(kind: EI) { code labelFr labelEn } }`);
    expect(proofTypesFor).toContainEqual({ code: 'IAE_CONVENTION', labelFr: 'Convention DREETS/DDETS', labelEn: 'State IAE agreement (DREETS/DDETS)' });
    expect(proofTypesFor.map((o: { code: string }) => o.code)).not.toContain('CPOM');
    const ea = await ctx.client().ok(`{ proofTypesFor(kind: EA) { code } }`);
    expect(ea.proofTypesFor.map((o: { code: string }) => o.code)).toContain('CPOM');
  });

  it('validates a submission: declared kind, accepted proof type, dates, and a proof file of that supplier', async () => {
    const fileId = await upload(alice, aliceOrg, PDF);
    const base = { supplierId: aliceOrg, kind: 'EI', proofType: 'IAE_CONVENTION', validFrom: today, validUntil: isoDateAddDays(today, 365), fileId };
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'ESAT', proofType: 'ARS_AUTHORISATION' }, 'kind'],
      [{ proofType: 'CPOM' }, 'proofType'],
      [{ proofType: 'NOT_A_TYPE' }, 'proofType'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ validUntil: isoDateAddDays(today, -1), validFrom: isoDateAddDays(today, -30) }, 'validUntil'],
      [{ validFrom: isoDateAddDays(today, 10), validUntil: isoDateAddDays(today, 5) }, 'validUntil'],
      [{ fileId: await upload(bob, bobOrg, PDF) }, 'fileId'],
      [{ fileId: await upload(alice, aliceOrg, PNG, 'LOGO', 'image/png') }, 'fileId'],
    ];
    for (const [override, path] of cases) {
      const result = await alice.request(SUBMIT, { input: { ...base, ...override } });
      expect([override, errorCode(result), fields(result)]).toEqual([override, 'BAD_USER_INPUT', [path]]);
    }
    const notDeclared = await alice.request(SUBMIT, { input: { ...base, kind: 'ESAT', proofType: 'ARS_AUTHORISATION' } });
    expect(notDeclared.errors?.[0]?.extensions?.fields?.[0]?.message).toBe("Déclarez d'abord ce statut dans le profil de la structure.");
    expect(await ctx.dataSource.query(`SELECT 1 FROM status_proof WHERE organization_id = $1`, [aliceOrg])).toHaveLength(0);
    expect(await kindStatus(aliceOrg, 'EI')).toBe('DECLARED');
  });

  it('submit → PENDING; another supplier can neither read nor download it; staff approve → VERIFIED; reject needs a reason', async () => {
    const fileId = await upload(alice, aliceOrg, PDF);
    const validUntil = isoDateAddDays(today, 40);
    const { submitStatusProof: proof } = await alice.ok(SUBMIT, {
      input: { supplierId: aliceOrg, kind: 'EI', proofType: 'IAE_CONVENTION', reference: ' CONV-2026-042 ', validFrom: today, validUntil, fileId },
    });
    expect(proof).toMatchObject({
      supplierId: aliceOrg, supplierName: 'Alice Insertion', kind: 'EI', proofType: 'IAE_CONVENTION', proofTypeLabel: 'Convention DREETS/DDETS',
      reference: 'CONV-2026-042', validFrom: today, validUntil, status: 'PENDING', rejectionReason: null, reviewedAt: null,
      file: { id: fileId, mimeType: 'application/pdf', downloadUrl: `/files/${fileId}` },
    });
    expect(await kindStatus(aliceOrg, 'EI')).toBe('PENDING');
    expect(await outboxCount('supplier.changed', aliceOrg)).toBeGreaterThanOrEqual(1);

    // Tenant isolation: Bob sees nothing of Alice's proofs.
    expect(errorCode(await bob.request(LIST, { s: aliceOrg }))).toBe('NOT_FOUND');
    expect((await fetch(`${apiUrl}/files/${fileId}`, { headers: { cookie: bob.cookie! } })).status).toBe(404);
    expect(errorCode(await bob.request(SUBMIT, { input: { supplierId: aliceOrg, kind: 'EI', proofType: 'IAE_CONVENTION', fileId } }))).toBe('NOT_FOUND');
    expect(errorCode(await ctx.client().request(LIST, { s: aliceOrg }))).toBe('UNAUTHENTICATED');
    expect((await alice.ok(LIST, { s: aliceOrg })).statusProofs.map((p: { id: string }) => p.id)).toEqual([proof.id]);
    expect((await staff.ok(LIST, { s: aliceOrg })).statusProofs).toHaveLength(1);

    // Review is staff only; the queue is paginated (≤ 50), oldest first.
    expect(errorCode(await alice.request(QUEUE))).toBe('FORBIDDEN');
    expect(errorCode(await alice.request(REVIEW, { input: { proofId: proof.id, decision: 'APPROVE' } }))).toBe('FORBIDDEN');
    expect((await staff.ok(QUEUE, { first: 50 })).proofReviewQueue).toContainEqual({ id: proof.id, supplierName: 'Alice Insertion', status: 'PENDING' });
    expect(fields(await staff.request(QUEUE, { first: 51 }))).toEqual(['first']);

    const noReason = await staff.request(REVIEW, { input: { proofId: proof.id, decision: 'REJECT', reason: '  ' } });
    expect([errorCode(noReason), fields(noReason)]).toEqual(['BAD_USER_INPUT', ['reason']]);
    expect((await proofRow(proof.id)).status).toBe('PENDING');

    const { reviewStatusProof } = await staff.ok(REVIEW, { input: { proofId: proof.id, decision: 'APPROVE' } });
    expect(reviewStatusProof).toMatchObject({ status: 'VERIFIED', reviewedAt: expect.any(String) });
    expect(await kindStatus(aliceOrg, 'EI')).toBe('VERIFIED');
    expect(await outboxCount('supplier.proof-reviewed', proof.id)).toBe(1);
    expect(errorCode(await staff.request(REVIEW, { input: { proofId: proof.id, decision: 'REJECT', reason: 'trop tard' } }))).toBe('CONFLICT');
    expect((await staff.ok(QUEUE)).proofReviewQueue.map((p: { id: string }) => p.id)).not.toContain(proof.id);
    const approvedMail = await waitForEmail(aliceEmail, 'Justificatif validé');
    expect(approvedMail.text).toContain('Convention DREETS/DDETS');

    // A second proof of the same kind, rejected: the kind stays VERIFIED thanks to the first one.
    const second = (await alice.ok(SUBMIT, { input: { supplierId: aliceOrg, kind: 'EI', proofType: 'IAE_CONVENTION', validUntil: isoDateAddDays(today, 400), fileId: await upload(alice, aliceOrg, PNG, 'STATUS_PROOF', 'image/png') } })).submitStatusProof;
    expect(await kindStatus(aliceOrg, 'EI')).toBe('VERIFIED');
    const rejected = (await staff.ok(REVIEW, { input: { proofId: second.id, decision: 'REJECT', reason: 'Annexe financière manquante' } })).reviewStatusProof;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Annexe financière manquante' });
    expect(await kindStatus(aliceOrg, 'EI')).toBe('VERIFIED');
    const rejectedMail = await waitForEmail(aliceEmail, 'Justificatif refusé');
    expect(rejectedMail.text).toContain('Motif : Annexe financière manquante');

    // A rejection with no verified proof left makes the kind REJECTED.
    const esus = (await alice.ok(SUBMIT, { input: { supplierId: aliceOrg, kind: 'ESUS', proofType: 'ESUS_APPROVAL', validUntil: isoDateAddDays(today, 700), fileId: await upload(alice, aliceOrg, PDF) } })).submitStatusProof;
    expect(await kindStatus(aliceOrg, 'ESUS')).toBe('PENDING');
    await staff.ok(REVIEW, { input: { proofId: esus.id, decision: 'REJECT', reason: 'Arrêté illisible' } });
    expect(await kindStatus(aliceOrg, 'ESUS')).toBe('REJECTED');
  });

  it('the daily job is scheduled; run "in the future" it notices once 30 days before, then expires the proof and the kind', async () => {
    const scheduler = await maintenance.getJobScheduler('expire-status-proofs');
    expect(scheduler).toMatchObject({ name: 'expire-status-proofs', pattern: '0 3 * * *', tz: 'Europe/Paris' });

    const [verified] = await ctx.dataSource.query(
      `SELECT id, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM status_proof WHERE organization_id = $1 AND kind = 'EI' AND status = 'VERIFIED'`,
      [aliceOrg],
    );
    expect(verified).toBeDefined();
    // 40 days before the end: too early for the notice.
    await runExpiry(isoDateAddDays(verified.valid_until, -40));
    expect((await proofRow(verified.id)).expiry_notified_at).toBeNull();

    // 25 days before the end, twice: one notice, one email.
    await runExpiry(isoDateAddDays(verified.valid_until, -25));
    await runExpiry(isoDateAddDays(verified.valid_until, -24));
    expect((await proofRow(verified.id)).expiry_notified_at).not.toBeNull();
    await waitForEmail(aliceEmail, 'Votre justificatif expire le');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await emailsTo(aliceEmail, 'Votre justificatif expire le')).toBe(1);
    expect(await outboxCount('supplier.proof-expiry-notice', verified.id)).toBe(1);
    expect((await proofRow(verified.id)).status).toBe('VERIFIED');
    expect(await kindStatus(aliceOrg, 'EI')).toBe('VERIFIED');

    // On its end date it is still valid; the day after, the proof and the kind are EXPIRED.
    await runExpiry(verified.valid_until);
    expect((await proofRow(verified.id)).status).toBe('VERIFIED');
    await runExpiry(isoDateAddDays(verified.valid_until, 1));
    expect((await proofRow(verified.id)).status).toBe('EXPIRED');
    // The later rejection happened before the expiry: the kind shows the expiry.
    expect(await kindStatus(aliceOrg, 'EI')).toBe('EXPIRED');
    expect((await alice.ok(LIST, { s: aliceOrg })).statusProofs.find((p: { id: string }) => p.id === verified.id).status).toBe('EXPIRED');
    await waitForEmail(aliceEmail, 'Votre justificatif a expiré');
    // Bob's untouched kind is still only declared.
    expect(await kindStatus(bobOrg, 'EA')).toBe('DECLARED');
  });
});
