import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';
import { isSupplierKind, sirenOf, validateSiret } from '@essor/domain';

const DEMO_DIR = path.join(__dirname, 'demo');
const CHUNK = 500;

interface SiaeRow {
  siret: string; name: string; brand: string; kind: string; naf_code: string; legal_form_asp_2019: string;
  address: string; post_code: string; city: string; department: string; latitude: string; longitude: string;
  website: string; description: string; employees_range: string; source: string;
}

interface StudyStructure {
  name: string; kinds: string[]; legalForm: string | null; city: string | null; postcode: string | null;
  departementCode: string | null; description: string;
}

/** The study names families loosely; these are the matrix's kind codes for them. */
const STUDY_KIND_ALIASES: Record<string, string> = { SCOP: 'ESS_COOP_SCOP', SCIC: 'ESS_COOP_SCIC', ASSOCIATION: 'ESS_ASSOCIATION', OTHER_ESS: 'ESS_COMMERCIAL' };

export interface SeedReport { imported: number; rejected: { line: number; siret: string; reason: string }[] }

/**
 * Loads the real SIAE rows and the structures named in the study as unclaimed supplier
 * organisations (no members). Idempotent: SIAE rows upsert by SIRET, study rows by name.
 */
export class SupplierDemoSeeder {
  constructor(private readonly dataSource: DataSource) {}

  async seedSiae(progress: (label: string, done: number, total: number) => void): Promise<SeedReport> {
    const rows: SiaeRow[] = parse(readFileSync(path.join(DEMO_DIR, 'siae_structures.csv')), { columns: true, skip_empty_lines: true, bom: true });
    const rejected: SeedReport['rejected'] = [];
    const valid: (SiaeRow & { siret: string })[] = [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const siret = validateSiret(row.siret);
      if (!siret.valid) rejected.push({ line: i + 2, siret: row.siret, reason: `SIRET ${siret.reason}` });
      else if (!isSupplierKind(row.kind)) rejected.push({ line: i + 2, siret: row.siret, reason: `unknown kind ${row.kind}` });
      else if (seen.has(siret.value)) rejected.push({ line: i + 2, siret: row.siret, reason: 'duplicate SIRET' });
      else {
        seen.add(siret.value);
        valid.push({ ...row, siret: siret.value });
      }
    });
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < valid.length; i += CHUNK) {
        await upsertSiaeChunk(manager, valid.slice(i, i + CHUNK));
        progress('SIAE structures', Math.min(i + CHUNK, valid.length), valid.length);
      }
    });
    return { imported: valid.length, rejected };
  }

  async seedStudyStructures(): Promise<number> {
    const structures: StudyStructure[] = JSON.parse(readFileSync(path.join(DEMO_DIR, 'study-structures.json'), 'utf8'));
    await this.dataSource.transaction(async (manager) => {
      for (const s of structures) {
        const existing: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE source = 'DEMO' AND name = $1`, [s.name]);
        const id = existing[0]?.id ?? (await manager.query(
          `INSERT INTO organization (name, type, regime, source) VALUES ($1, 'SUPPLIER', NULL, 'DEMO') RETURNING id`, [s.name],
        ))[0].id;
        await manager.query(
          `INSERT INTO supplier_profile (organization_id, description, legal_form, postcode, city, departement_code, data_source)
           VALUES ($1, $2, $3, $4, $5, $6, 'ETUDE_BDT')
           ON CONFLICT (organization_id) DO UPDATE SET description = EXCLUDED.description,
             legal_form = EXCLUDED.legal_form, postcode = EXCLUDED.postcode, city = EXCLUDED.city,
             departement_code = EXCLUDED.departement_code, updated_at = now()`,
          [id, s.description, s.legalForm, s.postcode, s.city, s.departementCode],
        );
        await declareKinds(manager, [id], [s.kinds.map((k) => STUDY_KIND_ALIASES[k] ?? k).filter(isSupplierKind)]);
      }
    });
    return structures.length;
  }
}

async function upsertSiaeChunk(manager: EntityManager, rows: (SiaeRow & { siret: string })[]) {
  const orgs: { id: string; siret: string }[] = await manager.query(
    `INSERT INTO organization (name, type, regime, siret, siren, source)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (siret) WHERE siret IS NOT NULL DO UPDATE SET name = EXCLUDED.name, updated_at = now()
     RETURNING id, siret`,
    [
      rows.map((r) => r.name.slice(0, 200)), rows.map(() => 'SUPPLIER'), rows.map(() => null),
      rows.map((r) => r.siret), rows.map((r) => sirenOf(r.siret as never)), rows.map(() => 'SIAE_IMPORT'),
    ],
  );
  const idBySiret = new Map(orgs.map((o) => [o.siret, o.id]));
  const num = (v: string) => (v === '' || Number.isNaN(Number(v)) ? null : Number(v));
  const text = (v: string, max: number) => (v ? v.slice(0, max) : null);
  await manager.query(
    `INSERT INTO supplier_profile (organization_id, brand, description, naf_code, legal_form, address, postcode, city,
                                   departement_code, latitude, longitude, website, employees_range, data_source)
     SELECT o, b, d, n, lf, a, pc, c, dep, lat, lon, w, e, src
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::float8[], $12::float8[], $13::text[], $14::text[], $15::text[])
            AS t(o, k, b, d, n, lf, a, pc, c, dep, lat, lon, w, e, src)
     ON CONFLICT (organization_id) DO UPDATE SET brand = EXCLUDED.brand, description = EXCLUDED.description,
       naf_code = EXCLUDED.naf_code, legal_form = EXCLUDED.legal_form, address = EXCLUDED.address, postcode = EXCLUDED.postcode,
       city = EXCLUDED.city, departement_code = EXCLUDED.departement_code, latitude = EXCLUDED.latitude,
       longitude = EXCLUDED.longitude, website = EXCLUDED.website, employees_range = EXCLUDED.employees_range,
       data_source = EXCLUDED.data_source, updated_at = now()`,
    [
      rows.map((r) => idBySiret.get(r.siret)), rows.map((r) => r.kind), rows.map((r) => text(r.brand, 200)),
      rows.map((r) => r.description || null), rows.map((r) => text(r.naf_code, 6)), rows.map((r) => text(r.legal_form_asp_2019, 120)),
      rows.map((r) => text(r.address, 300)), rows.map((r) => text(r.post_code, 5)), rows.map((r) => text(r.city, 120)),
      rows.map((r) => text(r.department, 3)), rows.map((r) => num(r.latitude)), rows.map((r) => num(r.longitude)),
      rows.map((r) => text(r.website, 300)), rows.map((r) => text(r.employees_range, 60)), rows.map((r) => text(r.source, 60)),
    ],
  );
  await declareKinds(manager, rows.map((r) => idBySiret.get(r.siret)!), rows.map((r) => [r.kind]));
}

/** Declares kinds (status DECLARED until a proof is verified); existing statuses are kept. */
async function declareKinds(manager: EntityManager, organizationIds: string[], kinds: string[][]) {
  const pairs = organizationIds.flatMap((id, i) => (kinds[i] ?? []).map((k) => [id, k] as const));
  if (pairs.length === 0) return;
  await manager.query(
    `INSERT INTO supplier_kind (organization_id, kind) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}
