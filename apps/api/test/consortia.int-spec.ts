// Consortia (GME) end to end with the real API and worker: on a lot reserved RES_INSERTION a verified
// EI (lead) and a verified ACI form a JOINT_AND_SEVERAL consortium 60/40 and respond; an ordinary
// SAS as co-contractor makes it ineligible (RES-08) while the same composition answers the open lot;
// GME-03 (one live consortium led per lot), GME-07 (frozen once submitted), non-members, deadline,
// partner calls and partner suggestions.
import { randomUUID } from 'node:crypto';
import { isoDateAddDays, parisToday } from '@essor/domain';
import { errorCode, GqlClient, GqlResult, randomDigits, randomSiret, startTestApp, TestContext, tokenOf, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id } user { id } } }`;
const UPDATE_PROFILE = `mutation($i: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $i) { id } }`;
const UPSERT_ACTIVITY = `mutation($i: UpsertActivityInput!) { upsertActivity(input: $i) { id } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id lots { id position } } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(input: { needId: $id }) { id status } }`;
const CONSORTIUM_FIELDS = `id scope name form status needId lotId leadOrganizationId isLead submittedAt
  members { id organizationId organizationName invitedEmail role sharePercent status expiresAt }
  compositionIssues { code message }
  eligibility { reservation status at reasons { code message organizationId } members { organizationId organizationName role status reasons } warnings { code message organizationId } }
  combinedProfile { headcount kinds departementCodes sectorSlugs capacities { unit quantity } }`;
const CREATE = `mutation($i: CreateConsortiumInput!) { createConsortium(input: $i) { ${CONSORTIUM_FIELDS} } }`;
const INVITE = `mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { ${CONSORTIUM_FIELDS} } }`;
const ANSWER = `mutation($i: AnswerConsortiumInvitationInput!) { answerConsortiumInvitation(input: $i) { ${CONSORTIUM_FIELDS} } }`;
const UPDATE_MEMBER = `mutation($i: UpdateConsortiumMemberInput!) { updateConsortiumMember(input: $i) { ${CONSORTIUM_FIELDS} } }`;
const LEAVE = `mutation($i: ConsortiumIdInput!) { leaveConsortium(input: $i) { ok } }`;
const SUBMIT = `mutation($i: SubmitConsortiumResponseInput!) { submitConsortiumResponse(input: $i) { ${CONSORTIUM_FIELDS} } }`;
const READ = `query($id: ID!) { consortium(id: $id) { ${CONSORTIUM_FIELDS} } }`;
const MY = `query { myConsortia { total items { id status isLead } } }`;
const CALL_FIELDS = `id needId lotId consortiumId title reservationNeeded roleOffered status isMine applications { id organizationId status }`;
const CREATE_CALL = `mutation($i: CreatePartnerCallInput!) { createPartnerCall(input: $i) { ${CALL_FIELDS} } }`;
const CALLS = `query($lotId: ID) { partnerCalls(lotId: $lotId) { total items { ${CALL_FIELDS} } } }`;
const APPLY = `mutation($i: ApplyToPartnerCallInput!) { applyToPartnerCall(input: $i) { ${CALL_FIELDS} } }`;
const DECIDE = `mutation($i: DecidePartnerApplicationInput!) { decidePartnerApplication(input: $i) { ${CALL_FIELDS} } }`;
const SUGGESTIONS = `query($lotId: ID!) { partnerSuggestions(lotId: $lotId, limit: 10) { supplierId name score summary reasons { type label } } }`;

const TODAY = parisToday();
const INDUSTRIAL = 'collecte-des-dechets-industriels';

interface Supplier { id: string; name: string; userId: string; client: GqlClient }
type Consortium = { id: string; status: string; members: { id: string; organizationId: string | null; role: string; sharePercent: number | null; status: string }[]; eligibility: Eligibility; compositionIssues: { code: string }[]; combinedProfile: Record<string, unknown> };
type Eligibility = { status: string; reservation: string; reasons: { code: string; message: string; organizationId: string | null }[] };

async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('consortia (GME), partner calls and suggestions', () => {
  let ctx: TestContext;
  let buyer: GqlClient;
  const s: Record<'ei' | 'aci' | 'sas' | 'outsider', Supplier> = {} as never;
  let needId: string;
  let reservedLot: string;
  let openLot: string;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => ctx.dataSource.query(query, params) as Promise<T[]>;

  async function makeSupplier(name: string, options: { kinds?: string[]; verified?: string; sector: string; headcount?: number }): Promise<Supplier> {
    const client = await verifiedClient(ctx, uniqueEmail(name.toLowerCase().replace(/\W+/g, '-')));
    const created = await client.ok(CREATE_ORG, { input: { name, type: 'SUPPLIER', siret: randomSiret() } });
    const id = created.createOrganization.activeOrganization.id as string;
    const userId = created.createOrganization.user.id as string;
    if (options.kinds) await client.ok(UPDATE_PROFILE, { i: { supplierId: id, kinds: options.kinds } });
    await client.ok(UPSERT_ACTIVITY, { i: { supplierId: id, sectorSlug: options.sector, serviceTypes: ['SERVICE'], areaKind: 'ZONES', departementCodes: ['59'] } });
    if (options.headcount) await sql(`UPDATE supplier_profile SET headcount_permanent = $2 WHERE organization_id = $1`, [id, options.headcount]);
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
    return { id, name, userId, client };
  }

  const lotInput = (title: string, reservation: string) => ({
    title, sectorSlugs: [INDUSTRIAL, 'collecte-du-verre'], cpvCodes: [], serviceTypes: [], place: { kind: 'DEPARTEMENT', code: '59' }, reservation,
  });

  async function publish(title: string, lots: Record<string, unknown>[]) {
    const deadlineAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const { createNeed } = await buyer.ok(CREATE_NEED, { input: { kind: 'QUOTE', title, deadlineAt, lots } });
    await buyer.ok(PUBLISH_NEED, { id: createNeed.id });
    const sorted = [...createNeed.lots].sort((a: { position: number }, b: { position: number }) => a.position - b.position) as { id: string }[];
    return { needId: createNeed.id as string, lotIds: sorted.map((l) => l.id) };
  }

  const memberOf = (c: Consortium, orgId: string) => c.members.find((m) => m.organizationId === orgId)!;
  const submit = (client: GqlClient, consortiumId: string) =>
    client.request(SUBMIT, { i: { consortiumId, priceEur: 12_000, leadTimeDays: 15, message: 'Réponse du groupement', answers: [] } });
  const reasonsOf = (result: GqlResult) => (result.errors?.[0]?.extensions as { reasons?: { code: string; organizationId: string | null; message: string }[] } | undefined)?.reasons ?? [];
  const notified = (userId: string, dedupeKey: string) =>
    eventually(`notification ${dedupeKey}`, async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND category = 'CONSORTIUM' AND dedupe_key = $2`, [userId, dedupeKey]))[0]!.n, (n) => n > 0);

  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    buyer = await verifiedClient(ctx);
    await buyer.ok(CREATE_ORG, { input: { name: 'Ville de Roubaix', type: 'BUYER', regime: 'CCP', siret: randomSiret() } });
    s.ei = await makeSupplier('Insertion Nord Recyclage', { kinds: ['EI'], verified: 'EI', sector: INDUSTRIAL, headcount: 12 });
    s.aci = await makeSupplier('Chantier Flandres', { kinds: ['ACI'], verified: 'ACI', sector: INDUSTRIAL, headcount: 30 });
    s.sas = await makeSupplier('Verre Flandres SAS', { sector: 'collecte-du-verre' });
    s.outsider = await makeSupplier('Autre Structure', { kinds: ['EI'], verified: 'EI', sector: INDUSTRIAL });
    const published = await publish(`Collecte des déchets ${randomDigits(6)}`, [lotInput('Lot réservé', 'RES_INSERTION'), lotInput('Lot ouvert', 'NONE')]);
    needId = published.needId;
    [reservedLot, openLot] = published.lotIds as [string, string];
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
  });

  let consortium: Consortium;

  it('a verified EI forms a JOINT_AND_SEVERAL consortium on the reserved lot; leading a second one there is a CONFLICT (GME-03)', async () => {
    const input = { scope: 'LOT', needId, lotId: reservedLot, name: 'GME Nord Propre', form: 'JOINT_AND_SEVERAL' };
    consortium = (await s.ei.client.ok(CREATE, { i: input })).createConsortium;
    expect(consortium).toMatchObject({ status: 'FORMING', form: 'JOINT_AND_SEVERAL', leadOrganizationId: s.ei.id, isLead: true });
    expect(consortium.members).toEqual([expect.objectContaining({ organizationId: s.ei.id, role: 'LEAD', status: 'ACCEPTED' })]);
    const second = await s.ei.client.request(CREATE, { i: { ...input, name: 'Autre GME' } });
    expect(errorCode(second)).toBe('CONFLICT');
    // A buyer organisation cannot form one.
    expect(errorCode(await buyer.request(CREATE, { i: input }))).toBe('FORBIDDEN');
  });

  it('the lead invites the ACI at 40 %, sets its own share to 60 %; a pending invitation blocks the response; the ACI accepts', async () => {
    consortium = (await s.ei.client.ok(INVITE, { i: { consortiumId: consortium.id, organizationId: s.aci.id, role: 'CO_CONTRACTOR', sharePercent: 40 } })).inviteToConsortium;
    const invitation = memberOf(consortium, s.aci.id);
    expect(invitation).toMatchObject({ status: 'INVITED', sharePercent: 40 });
    consortium = (await s.ei.client.ok(UPDATE_MEMBER, { i: { memberId: memberOf(consortium, s.ei.id).id, sharePercent: 60 } })).updateConsortiumMember;

    const pending = await submit(s.ei.client, consortium.id);
    expect(errorCode(pending)).toBe('BAD_USER_INPUT');
    await notified(s.aci.userId, `consortium:${consortium.id}:INVITED:${invitation.id}`);

    // Only the invited organisation answers; the invitation shows in its consortia.
    expect(errorCode(await s.outsider.client.request(ANSWER, { i: { memberId: invitation.id, accept: true } }))).toBe('NOT_FOUND');
    expect((await s.aci.client.ok(MY)).myConsortia.items.map((c: { id: string }) => c.id)).toContain(consortium.id);
    consortium = (await s.aci.client.ok(ANSWER, { i: { memberId: invitation.id, accept: true } })).answerConsortiumInvitation;
    expect(memberOf(consortium, s.aci.id).status).toBe('ACCEPTED');
    await notified(s.ei.userId, `consortium:${consortium.id}:ACCEPTED:${invitation.id}`);
  });

  it('shows RES-08 eligibility (every member eligible) and the combined profile; non-members get NOT_FOUND', async () => {
    consortium = (await s.aci.client.ok(READ, { id: consortium.id })).consortium;
    expect(consortium.eligibility).toMatchObject({ reservation: 'RES_INSERTION', status: 'ELIGIBLE', reasons: [{ code: 'ALL_MEMBERS_ELIGIBLE' }] });
    expect(consortium.compositionIssues).toEqual([]);
    expect(consortium.combinedProfile).toMatchObject({ headcount: 42, kinds: ['ACI', 'EI'], departementCodes: ['59'], sectorSlugs: [INDUSTRIAL] });
    expect(errorCode(await s.outsider.client.request(READ, { id: consortium.id }))).toBe('NOT_FOUND');
    expect(errorCode(await buyer.request(READ, { id: consortium.id }))).toBe('NOT_FOUND');
    expect(errorCode(await s.outsider.client.request(READ, { id: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('an ordinary SAS as co-contractor makes it ineligible, with a reason naming the SAS; submitting is INELIGIBLE; members other than the lead may not submit', async () => {
    consortium = (await s.ei.client.ok(INVITE, { i: { consortiumId: consortium.id, organizationId: s.sas.id, role: 'CO_CONTRACTOR', sharePercent: 0 } })).inviteToConsortium;
    consortium = (await s.sas.client.ok(ANSWER, { i: { memberId: memberOf(consortium, s.sas.id).id, accept: true } })).answerConsortiumInvitation;
    expect(consortium.eligibility.status).toBe('INELIGIBLE');
    expect(consortium.eligibility.reasons).toEqual([expect.objectContaining({ code: 'MEMBER_INELIGIBLE', organizationId: s.sas.id })]);
    expect(consortium.eligibility.reasons[0]!.message).toContain('Verre Flandres SAS');

    const refused = await submit(s.ei.client, consortium.id);
    expect(errorCode(refused)).toBe('INELIGIBLE');
    expect(reasonsOf(refused)).toEqual([expect.objectContaining({ code: 'MEMBER_INELIGIBLE', organizationId: s.sas.id })]);
    expect(reasonsOf(refused)[0]!.message).toContain('Verre Flandres SAS');
    expect(errorCode(await submit(s.aci.client, consortium.id))).toBe('FORBIDDEN');
    expect(errorCode(await submit(s.outsider.client, consortium.id))).toBe('NOT_FOUND');
    expect(await sql(`SELECT 1 FROM need_response WHERE consortium_id = $1`, [consortium.id])).toHaveLength(0);

    await s.sas.client.ok(LEAVE, { i: { consortiumId: consortium.id } });
    expect(errorCode(await s.ei.client.request(LEAVE, { i: { consortiumId: consortium.id } }))).toBe('CONFLICT');
  });

  it('the lead submits: a need_response with consortium_id, composition frozen (GME-07), every member notified', async () => {
    consortium = (await s.ei.client.ok(READ, { id: consortium.id })).consortium;
    expect(consortium.eligibility.status).toBe('ELIGIBLE');
    const result = await submit(s.ei.client, consortium.id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitConsortiumResponse.status).toBe('SUBMITTED');
    const rows = await sql<{ respondent_organization_id: string; status: string; price_eur: number; lot_id: string }>(
      `SELECT respondent_organization_id, status, price_eur, lot_id FROM need_response WHERE consortium_id = $1`, [consortium.id],
    );
    expect(rows).toEqual([{ respondent_organization_id: s.ei.id, status: 'SUBMITTED', price_eur: 12_000, lot_id: reservedLot }]);

    expect(errorCode(await s.ei.client.request(INVITE, { i: { consortiumId: consortium.id, organizationId: s.outsider.id, role: 'CO_CONTRACTOR' } }))).toBe('CONFLICT');
    expect(errorCode(await s.aci.client.request(LEAVE, { i: { consortiumId: consortium.id } }))).toBe('CONFLICT');
    expect(errorCode(await submit(s.ei.client, consortium.id))).toBe('CONFLICT');
    for (const member of [s.ei, s.aci]) await notified(member.userId, `consortium:${consortium.id}:SUBMITTED:`);
    expect(await sql(`SELECT 1 FROM notification WHERE user_id = $1 AND dedupe_key = $2`, [s.sas.userId, `consortium:${consortium.id}:SUBMITTED:`])).toHaveLength(0);
  });

  it('the same composition with the SAS may answer the open lot', async () => {
    let open: Consortium = (await s.ei.client.ok(CREATE, { i: { scope: 'LOT', needId, lotId: openLot, name: 'GME ouvert', form: 'JOINT' } })).createConsortium;
    open = (await s.ei.client.ok(INVITE, { i: { consortiumId: open.id, organizationId: s.sas.id, role: 'CO_CONTRACTOR', sharePercent: 40 } })).inviteToConsortium;
    open = (await s.ei.client.ok(UPDATE_MEMBER, { i: { memberId: memberOf(open, s.ei.id).id, sharePercent: 60 } })).updateConsortiumMember;
    open = (await s.sas.client.ok(ANSWER, { i: { memberId: memberOf(open, s.sas.id).id, accept: true } })).answerConsortiumInvitation;
    expect(open.eligibility).toMatchObject({ reservation: 'NONE', status: 'ELIGIBLE', reasons: [{ code: 'NOT_RESERVED' }] });

    // Shares must add up to 100 % first.
    await s.ei.client.ok(UPDATE_MEMBER, { i: { memberId: memberOf(open, s.sas.id).id, sharePercent: 30 } });
    const shares = await submit(s.ei.client, open.id);
    expect(errorCode(shares)).toBe('BAD_USER_INPUT');
    await s.ei.client.ok(UPDATE_MEMBER, { i: { memberId: memberOf(open, s.sas.id).id, sharePercent: 40 } });
    expect((await submit(s.ei.client, open.id)).errors).toBeUndefined();
    expect(await sql(`SELECT 1 FROM need_response WHERE consortium_id = $1 AND lot_id = $2 AND status = 'SUBMITTED'`, [open.id, openLot])).toHaveLength(1);
  });

  it('submitting after the deadline is refused', async () => {
    const late = await publish(`Collecte tardive ${randomDigits(6)}`, [lotInput('Lot unique', 'NONE')]);
    let c: Consortium = (await s.ei.client.ok(CREATE, { i: { scope: 'LOT', needId: late.needId, lotId: late.lotIds[0], name: 'GME tardif', form: 'JOINT' } })).createConsortium;
    c = (await s.ei.client.ok(UPDATE_MEMBER, { i: { memberId: memberOf(c, s.ei.id).id, sharePercent: 100 } })).updateConsortiumMember;
    await sql(`UPDATE need SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [late.needId]);
    const refused = await submit(s.ei.client, c.id);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await sql(`SELECT 1 FROM need_response WHERE consortium_id = $1`, [c.id])).toHaveLength(0);
  });

  it('partner calls: an ineligible applicant is refused (INELIGIBLE); an accepted one joins the consortium; both sides notified', async () => {
    const { createPartnerCall: call } = await s.aci.client.ok(CREATE_CALL, { i: {
      needId, lotId: reservedLot, title: 'Cherche cotraitant insertion', description: 'Collecte du verre', sectorSlugs: ['collecte-du-verre'], kinds: ['EI'],
      departementCodes: ['59'], regionCodes: [], reservationNeeded: 'RES_INSERTION', roleOffered: 'CO_CONTRACTOR',
    } });
    expect(call).toMatchObject({ status: 'OPEN', isMine: true, consortiumId: expect.any(String) });
    const listed = (await s.outsider.client.ok(CALLS, { lotId: reservedLot })).partnerCalls;
    expect(listed.items.map((c: { id: string }) => c.id)).toContain(call.id);

    const refused = await s.sas.client.request(APPLY, { i: { callId: call.id, message: 'Nous collectons le verre' } });
    expect(errorCode(refused)).toBe('INELIGIBLE');
    const applied = (await s.outsider.client.ok(APPLY, { i: { callId: call.id, message: 'Partants' } })).applyToPartnerCall;
    expect(applied.applications).toEqual([expect.objectContaining({ organizationId: s.outsider.id, status: 'PENDING' })]);
    expect(errorCode(await s.outsider.client.request(APPLY, { i: { callId: call.id, message: 'encore' } }))).toBe('CONFLICT');
    const applicationId = applied.applications[0].id as string;
    await notified(s.aci.userId, `consortium:${call.consortiumId}:APPLIED:${applicationId}`);

    expect(errorCode(await s.outsider.client.request(DECIDE, { i: { applicationId, accept: true } }))).toBe('NOT_FOUND');
    const decided = (await s.aci.client.ok(DECIDE, { i: { applicationId, accept: true } })).decidePartnerApplication;
    expect(decided.applications[0].status).toBe('ACCEPTED');
    const joined: Consortium = (await s.outsider.client.ok(READ, { id: call.consortiumId })).consortium;
    expect(memberOf(joined, s.outsider.id)).toMatchObject({ role: 'CO_CONTRACTOR', status: 'ACCEPTED' });
    expect(memberOf(joined, s.aci.id).role).toBe('LEAD');
    await notified(s.outsider.userId, `consortium:${call.consortiumId}:APPLICATION_ACCEPTED:${applicationId}`);
  });

  it('partner suggestions: ranked suppliers with structured and rendered reasons', async () => {
    const { partnerSuggestions } = await s.sas.client.ok(SUGGESTIONS, { lotId: openLot });
    const ids = partnerSuggestions.map((p: { supplierId: string }) => p.supplierId);
    expect(ids).toEqual(expect.arrayContaining([s.ei.id, s.aci.id, s.outsider.id]));
    expect(ids).not.toContain(s.sas.id);
    const scores = partnerSuggestions.map((p: { score: number }) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const aci = partnerSuggestions.find((p: { supplierId: string }) => p.supplierId === s.aci.id);
    expect(aci.reasons.map((r: { type: string }) => r.type)).toEqual(expect.arrayContaining(['COMPLEMENTARY_SECTORS', 'AREA', 'HEADCOUNT']));
    expect(aci.summary).toContain('complète vos secteurs : Collecte des déchets industriels');
    // Both complement the SAS; the ACI's 30 people rank it above the EI without a declared headcount.
    expect(ids.indexOf(s.aci.id)).toBeLessThan(ids.indexOf(s.outsider.id));
    // Not for a lot one cannot read.
    expect(errorCode(await s.sas.client.request(SUGGESTIONS, { lotId: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('an email not yet on the platform is invited by a link whose token only the email holds; once registered it joins a STANDING consortium', async () => {
    let standing: Consortium = (await s.aci.client.ok(CREATE, { i: { scope: 'STANDING', name: `Réseau Flandres ${randomDigits(4)}`, form: 'JOINT' } })).createConsortium;
    const email = uniqueEmail('partenaire');
    standing = (await s.aci.client.ok(INVITE, { i: { consortiumId: standing.id, email, role: 'CO_CONTRACTOR', sharePercent: 50 } })).inviteToConsortium;
    expect(standing.members.find((m) => m.organizationId === null)).toMatchObject({ status: 'INVITED' });
    const mail = await waitForEmail(email, 'groupement');
    const token = tokenOf(mail.link);
    const [stored] = await sql<{ invitation_token_hash: string }>(`SELECT invitation_token_hash FROM consortium_member WHERE consortium_id = $1 AND invited_email = $2`, [standing.id, email]);
    expect(stored!.invitation_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.invitation_token_hash).not.toContain(token);

    const newcomer = await verifiedClient(ctx, email);
    const orgId = (await newcomer.ok(CREATE_ORG, { input: { name: 'Nouvelle Structure', type: 'SUPPLIER', siret: randomSiret() } })).createOrganization.activeOrganization.id;
    const ACCEPT = `mutation($i: AcceptConsortiumEmailInvitationInput!) { acceptConsortiumEmailInvitation(input: $i) { id members { organizationId status } } }`;
    expect(errorCode(await newcomer.request(ACCEPT, { i: { token: 'not-a-token' } }))).toBe('NOT_FOUND');
    const joined = (await newcomer.ok(ACCEPT, { i: { token } })).acceptConsortiumEmailInvitation;
    expect(joined.members).toContainEqual({ organizationId: orgId, status: 'ACCEPTED' });
    expect(errorCode(await newcomer.request(ACCEPT, { i: { token } }))).toBe('NOT_FOUND'); // used: the hash is gone
    // Listed publicly.
    const { standingConsortia } = await ctx.client().ok(`query { standingConsortia { items { id name } } }`);
    expect(standingConsortia.items.map((c: { id: string }) => c.id)).toContain(standing.id);
  });
});
