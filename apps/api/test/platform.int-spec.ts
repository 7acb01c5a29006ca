import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pendingSchemaChanges } from '../src/core/database/migrator';
import { SupplierDemoSeeder } from '../src/modules/suppliers/supplier-demo.seeder';
import { errorCode, startTestApp, TestContext } from './harness';

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.gql');

describe('platform: production settings, limits, contract, migrations, demo data', () => {
  let prod: TestContext;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', GRAPHQL_MAX_DEPTH: '3' } });
  });
  afterAll(() => prod.close());

  it('refuses introspection under production settings, even when asked for', async () => {
    const result = await prod.client().request(`{ __schema { queryType { name } } }`);
    expect(result.data).toBeUndefined();
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
  });

  it('rejects a query deeper than the limit before any resolver runs', async () => {
    const deep = `{ sectors { slug } me { memberships { organization { id } } } }`;
    const result = await prod.client().request(deep);
    // No `data` at all: validation failed, so neither `sectors` nor `me` ran.
    expect(result.data).toBeUndefined();
    expect(result.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const url = `${prod.graphqlUrl}?query=${encodeURIComponent('{ me { user { id } } }')}`;
    const res = await fetch(url, { headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('sets a session cookie that is httpOnly, SameSite and Secure in production; sends security headers', async () => {
    const res = await prod.client().raw(`mutation { register(input: { email: "cookie-${Date.now()}@test.essor.fr", password: "long enough password", displayName: "C" }) { user { id } } }`);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/essor_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('bad input is a typed BAD_USER_INPUT naming the field, never a 500', async () => {
    const bad = await prod.client().raw(`{ places(q: "lille", first: 0) { code } }`);
    expect(bad.status).toBeLessThan(500);
    const body = await bad.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fields[0].path).toBe('first');
  });

  it('the committed schema.gql is what the code serves', async () => {
    const { code, stderr } = await prod.cli('print-schema', '--check');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // And it keeps the DESIGN §5 names the web app and integrators rely on.
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(queries).toEqual(expect.arrayContaining(['me', 'organization', 'sectors', 'cpvCodes', 'nafCodes', 'places']));
    expect(mutations).toEqual(expect.arrayContaining(['register', 'login', 'logout', 'createOrganization', 'inviteMember', 'acceptInvitation', 'createApiToken']));
  });

  it('entities and migrations agree (no drift)', async () => {
    expect(await pendingSchemaChanges(prod.dataSource)).toEqual([]);
  });

  it('reference data answers from the real datasets', async () => {
    const c = prod.client();
    const data = await c.ok(`{
      lille: places(q: "lille", first: 3) { kind code name }
      postcode: places(q: "59000", first: 1) { code name }
      nord: places(q: "59", first: 1) { kind name }
      cpv: cpvCodes(q: "nettoyage", first: 50) { code labelFr }
      naf: nafCodes(q: "8899B", first: 1) { code compactCode }
      sectors { slug sectors { slug } }
    }`);
    expect(data.lille[0]).toEqual({ kind: 'COMMUNE', code: '59350', name: 'Lille' });
    expect(data.postcode[0]).toEqual({ code: '59350', name: 'Lille' });
    expect(data.nord[0]).toEqual({ kind: 'DEPARTEMENT', name: 'Nord' });
    expect(data.cpv.map((c: { code: string }) => c.code)).toContain('90911200-8');
    expect(data.naf[0]).toEqual({ code: '88.99B', compactCode: '8899B' });
    expect(data.sectors).toHaveLength(21);
    expect(data.sectors.flatMap((g: { sectors: unknown[] }) => g.sectors)).toHaveLength(166);
    const accents = await c.ok(`{ a: places(q: "Évreux", first: 1) { code } b: places(q: "EVREUX", first: 1) { code } }`);
    expect(accents.a).toEqual(accents.b);
  });

  it('loads the structures named in the study as unclaimed suppliers with their kinds', async () => {
    // (The SIAE CSV goes through `cli import-suppliers`: see import-suppliers.int-spec.ts.)
    const seeder = new SupplierDemoSeeder(prod.dataSource);
    const study = await seeder.seedStudyStructures();
    const eurofence = await prod.dataSource.query(`SELECT array_agg(k.kind) AS kinds FROM organization o JOIN supplier_kind k ON k.organization_id = o.id WHERE o.name ILIKE '%Eurofence%'`);
    expect(study).toBeGreaterThan(10);
    expect(eurofence[0].kinds).toContain('ESS_COOP_SCOP');
    // Idempotent, and unclaimed: no members.
    await seeder.seedStudyStructures();
    expect((await prod.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE source = 'DEMO' AND siret IS NULL`))[0].n).toBe(study);
    expect((await prod.dataSource.query(`SELECT count(*)::int AS n FROM membership m JOIN organization o ON o.id = m.organization_id WHERE o.source = 'DEMO' AND o.siret IS NULL`))[0].n).toBe(0);
  });
});
