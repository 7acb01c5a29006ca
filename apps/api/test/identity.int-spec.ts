import { errorCode, startTestApp, TestContext, tokenOf, uniqueEmail, waitForEmail } from './harness';
import { verifiedClient } from './verified-client';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id email emailVerified } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { email } } }`;
const ME = `{ me { user { email emailVerified } activeOrganization { name } activeRole memberships { role organization { name siren } } } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { activeOrganization { id name type regime siret siren } activeRole } }`;
const PASSWORD = 'correct horse battery';

describe('identity: accounts, sessions, email verification, throttling, API tokens', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true, env: { LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '10' } });
  });
  afterAll(() => ctx.close());

  it('register → verification email → verify → login → createOrganization with a valid SIRET', async () => {
    const email = uniqueEmail('buyer');
    const browser = ctx.client();
    const registered = await browser.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Alice Achat' } });
    expect(registered.register.user).toMatchObject({ email, emailVerified: false });

    // Creating an organisation needs a confirmed address.
    const early = await browser.request(CREATE_ORG, { input: { name: 'Ville de Lille', type: 'BUYER', regime: 'CCP', siret: '80746931700018' } });
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');

    const mail = await waitForEmail(email, 'Confirmez votre adresse');
    expect(mail.link).toMatch(/^http:\/\/web\.test\/verify-email\?token=/);
    await ctx.client().ok(`mutation($t: String!) { verifyEmail(input: { token: $t }) { user { emailVerified } } }`, { t: tokenOf(mail.link) });
    // The link is single-use.
    const again = await ctx.client().request(`mutation($t: String!) { verifyEmail(input: { token: $t }) { user { id } } }`, { t: tokenOf(mail.link) });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    const other = ctx.client();
    await other.ok(LOGIN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    const created = await other.ok(CREATE_ORG, { input: { name: 'Ville de Lille', type: 'BUYER', regime: 'CCP', siret: '807 469 317 00018' } });
    expect(created.createOrganization).toMatchObject({
      activeRole: 'ADMIN',
      activeOrganization: { name: 'Ville de Lille', type: 'BUYER', regime: 'CCP', siret: '80746931700018', siren: '807469317' },
    });
    const me = await other.ok(ME);
    expect(me.me.memberships).toEqual([{ role: 'ADMIN', organization: { name: 'Ville de Lille', siren: '807469317' } }]);
  });

  it('an invalid SIRET is BAD_USER_INPUT naming the field, in the caller language', async () => {
    const c = await verifiedClient(ctx);
    const bad = await c.request(CREATE_ORG, { input: { name: 'X', type: 'SUPPLIER', siret: '80746931700019' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ path: 'siret', message: "Ce SIRET n'est pas valide (clé de contrôle)." }]);
    const english = ctx.client({ 'accept-language': 'en-GB,en;q=0.9' });
    english.cookie = c.cookie;
    // The user's own locale (fr) wins over the header once logged in; a short SIRET is a format error.
    const short = await english.request(CREATE_ORG, { input: { name: 'X', type: 'BUYER', siret: '1234' } });
    expect(short.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'siret', message: 'Le SIRET doit compter 14 chiffres.' },
      { path: 'regime', message: 'Précisez le régime (commande publique ou achat privé).' },
    ]);
    const anonymousEnglish = await ctx.client({ 'accept-language': 'en' }).request(REGISTER, { input: { email: 'not-an-email', password: 'short', displayName: 'x' } });
    expect(anonymousEnglish.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['email', 'password']);
    expect(anonymousEnglish.errors?.[0]?.message).toBe('Some of the information is invalid.');
  });

  it('a protected operation without a session is UNAUTHENTICATED; logout revokes the session', async () => {
    const anonymous = await ctx.client().request(`{ members(organizationId: "6f1c1f44-3f53-4a32-9d2e-1f1f1f1f1f1f") { email } }`);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const c = await verifiedClient(ctx);
    const stolenCookie = c.cookie;
    await c.ok(`mutation { logout { ok } }`);
    const replay = ctx.client();
    replay.cookie = stolenCookie;
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it('the 11th failed login for one account within the window is throttled; aliases cannot multiply attempts', async () => {
    const email = uniqueEmail('victim');
    await ctx.client().ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Victim' } });
    const attacker = ctx.client();
    // Mutation fields run one after the other and login is non-null: the first failure ends the
    // request, and each alias that did run spent one attempt. Here: 1 attempt for the request.
    const aliased = Array.from({ length: 5 }, (_, i) => `a${i}: login(input: { email: "${email}", password: "wrong-${i}" }) { user { id } }`).join('\n');
    const burst = await attacker.request(`mutation { ${aliased} }`);
    expect(burst.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    for (let attempt = 2; attempt <= 10; attempt++) {
      expect(errorCode(await attacker.request(LOGIN, { input: { email, password: `wrong-password-${attempt}` } }))).toBe('UNAUTHENTICATED');
    }
    const eleventh = await attacker.request(LOGIN, { input: { email, password: 'wrong-password-11' } });
    expect(errorCode(eleventh)).toBe('RATE_LIMITED');
    // Even the right password is refused while throttled.
    expect(errorCode(await attacker.request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('RATE_LIMITED');
    // Another account from the same IP is not locked out by this one.
    const other = uniqueEmail('other');
    await ctx.client().ok(REGISTER, { input: { email: other, password: PASSWORD, displayName: 'Other' } });
    await attacker.ok(LOGIN, { input: { email: other, password: PASSWORD } });
  });

  it('more aliases than the limit are refused before any resolver runs', async () => {
    const email = uniqueEmail('aliases');
    const aliased = Array.from({ length: 16 }, (_, i) => `a${i}: login(input: { email: "${email}", password: "wrong-${i}" }) { user { id } }`).join('\n');
    const result = await ctx.client().request(`mutation { ${aliased} }`);
    expect(result.data).toBeUndefined();
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('password reset by email sets the new password and revokes existing sessions', async () => {
    const email = uniqueEmail('forgetful');
    const session = ctx.client();
    await session.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Forgetful' } });
    // No account enumeration: unknown addresses get the same answer.
    expect(await ctx.client().ok(`mutation { requestPasswordReset(input: { email: "nobody@test.essor.fr" }) { ok } }`)).toEqual({ requestPasswordReset: { ok: true } });
    await ctx.client().ok(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) { ok } }`, { e: email });
    const mail = await waitForEmail(email, 'Réinitialisez');
    await ctx.client().ok(`mutation($t: String!) { resetPassword(input: { token: $t, password: "a brand new passphrase" }) { ok } }`, { t: tokenOf(mail.link) });
    expect((await session.ok(ME)).me).toBeNull();
    expect(errorCode(await ctx.client().request(LOGIN, { input: { email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    await ctx.client().ok(LOGIN, { input: { email, password: 'a brand new passphrase' } });
  });

  it('stores argon2id hashes with the OWASP parameters, and only hashes of tokens', async () => {
    const email = uniqueEmail('hash');
    await ctx.client().ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Hash' } });
    const [user] = await ctx.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [email]);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await ctx.dataSource.query(`SELECT token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`, [email]);
    expect(sessions[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('API tokens act for one organisation as Bearer, and stop working once revoked', async () => {
    const admin = await verifiedClient(ctx);
    const { createOrganization } = await admin.ok(CREATE_ORG, { input: { name: 'Atelier API', type: 'SUPPLIER', siret: '75187049400026' } });
    const orgId = createOrganization.activeOrganization.id;
    const { createApiToken } = await admin.ok(`mutation($o: ID!) { createApiToken(input: { organizationId: $o, name: "ERP" }) { token apiToken { id role tokenPrefix } } }`, { o: orgId });
    expect(createApiToken.token.startsWith(createApiToken.apiToken.tokenPrefix)).toBe(true);
    const integrator = ctx.client({ authorization: `Bearer ${createApiToken.token}` });
    expect((await integrator.ok(`query($o: ID!) { organization(id: $o) { name } }`, { o: orgId })).organization.name).toBe('Atelier API');
    // A token cannot manage credentials (session-only operations).
    expect(errorCode(await integrator.request(`mutation($o: ID!) { createApiToken(input: { organizationId: $o, name: "x" }) { token } }`, { o: orgId }))).toBe('FORBIDDEN');
    const stored = await ctx.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [createApiToken.apiToken.id]);
    expect(stored[0].token_hash).not.toContain(createApiToken.token);
    await admin.ok(`mutation($o: ID!, $id: ID!) { revokeApiToken(input: { organizationId: $o, id: $id }) { ok } }`, { o: orgId, id: createApiToken.apiToken.id });
    expect(errorCode(await integrator.request(`query($o: ID!) { organization(id: $o) { name } }`, { o: orgId }))).toBe('UNAUTHENTICATED');
  });
});

