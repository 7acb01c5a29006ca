import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestContext } from './harness';

const SIAE_CSV = path.join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'suppliers', 'siae_structures.csv');
const DEMO_CSV = path.join(__dirname, '..', 'src', 'modules', 'suppliers', 'demo', 'siae_structures.csv');
const LEMARCHE_JSON = path.join(__dirname, 'fixtures', 'lemarche-siae-page.json');
/** The shared dataset, or its copy shipped with the demo data on a clone without ../shared. */
const csvFile = () => (existsSync(SIAE_CSV) ? SIAE_CSV : DEMO_CSV);

function summaryOf(stdout: string) {
  const m = /created (\d+), updated (\d+), unchanged (\d+), rejected (\d+)/.exec(stdout);
  if (!m) throw new Error(`no summary in:\n${stdout}`);
  const [created, updated, unchanged, rejected] = m.slice(1).map(Number) as [number, number, number, number];
  return { created, updated, unchanged, rejected };
}

describe('cli import-suppliers: SIAE CSV and Le Marché JSON, idempotent, all or nothing', () => {
  let ctx: TestContext;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'essor-import-'));
  const counts = async () => (await ctx.dataSource.query(
    `SELECT (SELECT count(*)::int FROM organization WHERE source = 'SIAE_IMPORT') AS orgs,
            (SELECT count(*)::int FROM supplier_profile) AS profiles,
            (SELECT count(*)::int FROM supplier_kind) AS kinds,
            (SELECT count(*)::int FROM outbox_event WHERE type = 'supplier.changed') AS events`,
  ))[0] as { orgs: number; profiles: number; kinds: number; events: number };

  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('rolls everything back when the database refuses a row late in the file', async () => {
    // A real constraint that validation does not know: the last row (in the last chunk) breaks it,
    // after five chunks of 500 rows were already written in the transaction.
    await ctx.dataSource.query(`ALTER TABLE supplier_profile ADD CONSTRAINT ck_test_poison CHECK (city IS DISTINCT FROM 'Échecville')`);
    const poisoned = path.join(dir, 'poisoned.csv');
    writeFileSync(poisoned, `${readFileSync(csvFile(), 'utf8').trimEnd()}\n77567227200017,,true,ATELIER POISON,,EI,,,,,,Rue X,59000,Échecville,59,,,,,,ASP,,,\n`);
    try {
      const before = await counts();
      const run = await ctx.cli('import-suppliers', poisoned);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/rolled back/);
      expect(run.stderr).toMatch(/ck_test_poison/);
      expect(await counts()).toEqual(before);
      expect(before.orgs).toBe(0);
    } finally {
      await ctx.dataSource.query(`ALTER TABLE supplier_profile DROP CONSTRAINT ck_test_poison`);
    }
  });

  it('imports the shared SIAE CSV twice: same rows, no duplicates, a rejection report with reasons', async () => {
    const report = path.join(dir, 'rejections.csv');
    const first = await ctx.cli('import-suppliers', csvFile(), '--report', report);
    expect(first.code).toBe(0);
    const s1 = summaryOf(first.stdout);
    expect(s1.created).toBeGreaterThan(2400);
    expect(s1.updated + s1.unchanged).toBe(0);
    expect(s1.rejected).toBeGreaterThan(0);
    expect(first.stderr).toMatch(/suppliers \[.*\] \d+\/\d+/);
    const afterFirst = await counts();
    expect(afterFirst).toEqual({ orgs: s1.created, profiles: s1.created, kinds: s1.created, events: s1.created });

    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('ref,siret,name,reason,detail');
    expect(lines).toHaveLength(s1.rejected + 1);
    const reasons = new Set(lines.slice(1).map((l) => l.split(',')[3]));
    expect([...reasons].sort()).toEqual(['DUPLICATE_IN_FILE', 'SIRET_CHECKSUM']);
    expect(first.stdout).toMatch(/rejected line \d+\t34445638900012\tSIRET_CHECKSUM/);
    const rows = (await ctx.dataSource.query(`SELECT count(DISTINCT siret)::int AS n FROM organization WHERE source = 'SIAE_IMPORT'`))[0].n;
    expect(rows).toBe(s1.created);

    const second = await ctx.cli('import-suppliers', csvFile());
    expect(second.code).toBe(0);
    expect(summaryOf(second.stdout)).toEqual({ created: 0, updated: 0, unchanged: s1.created, rejected: s1.rejected });
    // Nothing changed, so no new rows and no new search-index events.
    expect(await counts()).toEqual(afterFirst);

    const [baluchon] = await ctx.dataSource.query(
      `SELECT o.name, o.type, o.siren, p.naf_code, p.city, p.postcode, p.departement_code, p.data_source, k.kind, k.status
         FROM organization o JOIN supplier_profile p ON p.organization_id = o.id JOIN supplier_kind k ON k.organization_id = o.id
        WHERE o.siret = '80746931700018'`,
    );
    expect(baluchon).toEqual({
      name: 'BALUCHON A TABLE CITOYENS', type: 'SUPPLIER', siren: '807469317', naf_code: '56.21Z', city: 'Romainville',
      postcode: '93230', departement_code: '93', data_source: 'ASP', kind: 'EI', status: 'DECLARED',
    });
  });

  it("imports Le Marché's API JSON: updates by SIRET, keeps verification statuses, never erases, refuses non-supplier SIRETs", async () => {
    await ctx.dataSource.query(`UPDATE supplier_kind SET status = 'VERIFIED' WHERE organization_id = (SELECT id FROM organization WHERE siret = '80746931700018')`);
    await ctx.dataSource.query(`INSERT INTO organization (name, type, regime, siret, siren, source) VALUES ('Acheteur', 'BUYER', 'PRIVATE', '41234567000019', '412345670', 'SIGNUP')`);
    const before = await counts();

    const dry = await ctx.cli('import-suppliers', LEMARCHE_JSON, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run/);
    expect(summaryOf(dry.stdout)).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 6 });
    expect(await counts()).toEqual(before);

    const run = await ctx.cli('import-suppliers', LEMARCHE_JSON, '--format', 'lemarche-json');
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 6 });
    expect(run.stdout).toMatch(/record 3 \(id 4013\)\t41234567000019\tNOT_A_SUPPLIER/);
    for (const reason of ['INACTIVE', 'SIRET_CHECKSUM', 'KIND_UNKNOWN', 'DUPLICATE_IN_FILE', 'NAME_MISSING']) expect(run.stdout).toContain(`\t${reason}\t`);
    expect(await counts()).toEqual({ ...before, orgs: before.orgs + 1, profiles: before.profiles + 1, kinds: before.kinds + 1, events: before.events + 2 });

    const [baluchon] = await ctx.dataSource.query(
      `SELECT p.website, p.networks, p.naf_code, p.data_source, k.status FROM organization o JOIN supplier_profile p ON p.organization_id = o.id
         JOIN supplier_kind k ON k.organization_id = o.id WHERE o.siret = '80746931700018'`,
    );
    expect(baluchon).toEqual({ website: 'https://www.baluchon.fr', networks: ['Réseau Cocagne'], naf_code: '56.21Z', data_source: 'LEMARCHE_API', status: 'VERIFIED' });
    const [esat] = await ctx.dataSource.query(
      `SELECT o.name, o.siret, p.city, k.kind, k.status FROM organization o JOIN supplier_profile p ON p.organization_id = o.id
         JOIN supplier_kind k ON k.organization_id = o.id WHERE o.siret = '77567227200017'`,
    );
    expect(esat).toEqual({ name: 'ESAT LES ATELIERS DU VAL', siret: '77567227200017', city: 'Roubaix', kind: 'ESAT', status: 'DECLARED' });
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM supplier_profile p JOIN organization o ON o.id = p.organization_id WHERE o.type = 'BUYER'`))[0].n).toBe(0);

    // Importing it again changes nothing.
    expect(summaryOf((await ctx.cli('import-suppliers', LEMARCHE_JSON)).stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('exits non-zero, importing nothing, when the file cannot be read or parsed', async () => {
    const before = await counts();
    const missing = await ctx.cli('import-suppliers', path.join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"results": [');
    const bad = await ctx.cli('import-suppliers', broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a readable JSON file/);
    const headerless = path.join(dir, 'headerless.csv');
    writeFileSync(headerless, 'foo,bar\n1,2\n');
    expect((await ctx.cli('import-suppliers', headerless)).stderr).toMatch(/lacks column\(s\): siret, name, kind/);
    expect((await ctx.cli('import-suppliers', headerless, '--format', 'xml')).code).toBe(1);
    expect(await counts()).toEqual(before);
  });
});
