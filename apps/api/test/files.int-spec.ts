import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isValidSiret } from '@essor/domain';
import { GqlClient, startTestApp, TestContext, uniqueEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } } }`;

/** A valid SIRET (SIREN and SIRET keys) that no other test uses. */
function randomSiret(): string {
  for (;;) {
    const candidate = Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join('');
    if (isValidSiret(candidate)) return candidate;
  }
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0), Buffer.from('This program cannot be run in DOS mode.')]);
const TEXT = Buffer.from('Attestation sur l’honneur — texte brut, pas un PDF.');

interface UploadOptions {
  purpose?: string;
  type?: string;
  name?: string;
  headers?: Record<string, string>;
  field?: string;
}

describe('files: upload with content sniffing, guarded download', () => {
  let ctx: TestContext;
  let filesDir: string;
  let apiUrl: string;
  let alice: GqlClient;
  let aliceOrg: string;
  let bob: GqlClient;
  let bobOrg: string;

  const upload = (client: GqlClient | null, orgId: string, bytes: Buffer, opts: UploadOptions = {}) => {
    const form = new FormData();
    form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: opts.type ?? 'application/pdf' }), opts.name ?? 'proof.pdf');
    const query = new URLSearchParams({ purpose: opts.purpose ?? 'STATUS_PROOF', organizationId: orgId });
    return fetch(`${apiUrl}/files?${query}`, { method: 'POST', body: form, headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...opts.headers } });
  };
  const get = (client: GqlClient | null, url: string) => fetch(`${apiUrl}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'essor-files-'));
    ctx = await startTestApp({ worker: true, env: { FILES_DIR: filesDir } });
    apiUrl = ctx.graphqlUrl.replace(/\/graphql$/, '');
    alice = await verifiedClient(ctx);
    aliceOrg = (await alice.ok(CREATE_ORG, { input: { name: 'Alice Insertion', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    bob = await verifiedClient(ctx);
    bobOrg = (await bob.ok(CREATE_ORG, { input: { name: 'Bob Atelier', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('stores a real PDF under a server-chosen key outside any public folder, with its hash and detected type', async () => {
    const res = await upload(alice, aliceOrg, PDF, { name: '../../etc/Attestation DREETS é.pdf', type: 'text/plain' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ displayName: 'Attestation DREETS é.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, downloadUrl: `/files/${body.id}`, purpose: 'STATUS_PROOF', publicUrl: null });
    const [row] = await ctx.dataSource.query(`SELECT storage_key, sha256, owner_organization_id, mime_type FROM stored_file WHERE id = $1`, [body.id]);
    // The key is yyyy/mm/uuid: nothing of the client's name is in the path.
    expect(row.storage_key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(row.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(row.owner_organization_id).toBe(aliceOrg);
    expect(readFileSync(path.join(filesDir, row.storage_key))).toEqual(PDF);
  });

  it('downloads as an attachment with the detected type, nosniff and no caching; other suppliers get 404', async () => {
    const { id } = await (await upload(alice, aliceOrg, PNG, { name: 'Convention été.pdf', type: 'application/pdf' })).json();
    const res = await get(alice, `/files/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    // The offered name gets the extension of what the file really is.
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Convention ete.png"; filename*=UTF-8''Convention%20%C3%A9t%C3%A9.png`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);

    const other = await get(bob, `/files/${id}`);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Introuvable') });
    // An unknown id answers the same; a malformed one too (never a 500).
    expect((await get(alice, `/files/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await get(alice, `/files/not-a-uuid`)).status).toBe(404);
    const anonymous = await get(null, `/files/${id}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    // A proof is not public.
    expect((await get(null, `/files/${id}/public`)).status).toBe(404);

    // Staff may read any file (review of proofs).
    const staffEmail = uniqueEmail('staff');
    const staff = await verifiedClient(ctx, staffEmail);
    await ctx.dataSource.query(`UPDATE app_user SET is_staff = true WHERE email = $1`, [staffEmail]);
    expect((await get(staff, `/files/${id}`)).status).toBe(200);
  });

  it.each([
    ['an HTML page', HTML, 'application/pdf'],
    ['a Windows executable', EXE, 'application/pdf'],
    ['plain text', TEXT, 'application/pdf'],
    ['an HTML page sent as an image', HTML, 'image/png'],
  ])('refuses %s named proof.pdf, whatever its name and content type header', async (_label, bytes, type) => {
    const before = (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM stored_file`))[0].n;
    const res = await upload(alice, aliceOrg, bytes, { name: 'proof.pdf', type });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(body.message).toBe('Type de fichier refusé : seuls PDF, PNG, JPEG, WebP sont acceptés. Le contenu du fichier est vérifié, pas son nom.');
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM stored_file`))[0].n).toBe(before);
  });

  it('refuses a PDF as a logo (images only); errors are in the caller\'s language', async () => {
    const res = await upload(alice, aliceOrg, PDF, { purpose: 'LOGO', name: 'logo.png', type: 'image/png' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      reason: 'FILE_TYPE_NOT_ALLOWED',
      message: 'Type de fichier refusé : seuls PNG, JPEG, WebP sont acceptés. Le contenu du fichier est vérifié, pas son nom.',
    });
    const english = await upload(null, aliceOrg, PDF, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(english.status).toBe(401);
    expect(await english.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'You must be logged in.' });
  });

  it('refuses a file over 10 MiB with 413, and accepts one just under', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const res = await upload(alice, aliceOrg, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: 'Le fichier dépasse la taille maximale de 10 Mo.' });
    const justUnder = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length, 0x20)]);
    expect((await upload(alice, aliceOrg, justUnder)).status).toBe(201);
  });

  it('serves logos publicly inline (and nothing else), still nosniff', async () => {
    const created = await upload(alice, aliceOrg, PNG, { purpose: 'LOGO', name: 'logo.png', type: 'image/png' });
    expect(created.status).toBe(201);
    const { id, publicUrl } = await created.json();
    expect(publicUrl).toBe(`/files/${id}/public`);
    const res = await get(null, publicUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
  });

  it('refuses uploads for an organisation the caller is not a member of, anonymous uploads, bad requests and foreign origins', async () => {
    const foreign = await upload(bob, aliceOrg, PDF);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await upload(null, aliceOrg, PDF)).status).toBe(401);

    const badPurpose = await upload(alice, aliceOrg, PDF, { purpose: 'ATTACHMENT' });
    expect(badPurpose.status).toBe(400);
    expect((await badPurpose.json()).fields).toEqual([{ path: 'purpose', message: 'Usage du fichier invalide (STATUS_PROOF, LOGO, OFFER_IMAGE, NEED_ATTACHMENT ou RESPONSE_ATTACHMENT).' }]);
    const wrongField = await upload(alice, aliceOrg, PDF, { field: 'document' });
    expect(wrongField.status).toBe(400);
    expect(await wrongField.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    const noFile = await fetch(`${apiUrl}/files?purpose=STATUS_PROOF&organizationId=${aliceOrg}`, { method: 'POST', body: new FormData(), headers: { cookie: alice.cookie! } });
    expect(noFile.status).toBe(400);

    // CSRF: a simple form post from another site, or a non-multipart body, is refused before reading it.
    const evil = await upload(alice, aliceOrg, PDF, { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    expect((await upload(alice, aliceOrg, PDF, { headers: { origin: 'http://127.0.0.1:5173' } })).status).toBe(201);
    const json = await fetch(`${apiUrl}/files?purpose=STATUS_PROOF&organizationId=${aliceOrg}`, {
      method: 'POST', body: JSON.stringify({ file: PDF.toString('base64') }), headers: { cookie: alice.cookie!, 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ reason: 'MULTIPART_REQUIRED' });
    expect(bobOrg).toBeTruthy();
  });
  it('offer images: uploaded as OFFER_IMAGE, attached to an offer, served publicly; other files are refused', async () => {
    const UPSERT = `mutation($input: UpsertOfferInput!) { upsertOffer(input: $input) { id imageUrls } }`;
    const image = await (await upload(alice, aliceOrg, PNG, { purpose: 'OFFER_IMAGE', name: 'clotures.png', type: 'image/png' })).json();
    const offer = (await alice.ok(UPSERT, { input: { supplierId: aliceOrg, name: 'Clôtures rigides', imageFileIds: [image.id] } })).upsertOffer;
    expect(offer.imageUrls).toEqual([`/files/${image.id}/public`]);
    const served = await get(null, offer.imageUrls[0]);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\/png/);
    // An update without imageFileIds keeps them; a logo, or another organisation's image, is refused.
    expect((await alice.ok(UPSERT, { input: { supplierId: aliceOrg, id: offer.id, name: 'Clôtures' } })).upsertOffer.imageUrls).toEqual(offer.imageUrls);
    const logo = await (await upload(alice, aliceOrg, PNG, { purpose: 'LOGO', name: 'logo.png', type: 'image/png' })).json();
    const bobImage = await (await upload(bob, bobOrg, PNG, { purpose: 'OFFER_IMAGE', name: 'b.png', type: 'image/png' })).json();
    const refused = await alice.request(UPSERT, { input: { supplierId: aliceOrg, id: offer.id, name: 'Clôtures', imageFileIds: [image.id, logo.id, bobImage.id] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['imageFileIds.1', 'imageFileIds.2']);
  });
});
