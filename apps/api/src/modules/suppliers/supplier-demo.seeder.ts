import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { isSupplierKind } from '@essor/domain';
import { searchPlaces, searchSectors, sectorsOfNaf } from '@essor/reference-data';

const DEMO_DIR = path.join(__dirname, 'demo');

interface StudyStructure {
  name: string; kinds: string[]; legalForm: string | null; city: string | null; postcode: string | null;
  departementCode: string | null; description: string; activities: string[]; headcount: number | null;
  insertionOrDisabledWorkers: number | null; networks: string[]; certifications: string[]; clients: string[];
  capacity: { quantity: number; unit: string; period: string; maxQuantity: number | null } | null;
}

const CAPACITY_PERIODS: Record<string, string> = { jour: 'DAY', semaine: 'WEEK', mois: 'MONTH', an: 'YEAR' };

/** The sector an activity label of the study names: the whole label first, then its longest words. */
function sectorOfLabel(label: string): string | undefined {
  const whole = searchSectors(label, 1)[0];
  if (whole) return whole.slug;
  const words = label.split(/[\s'’,-]+/).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length);
  for (const word of words) {
    const hit = searchSectors(word, 1)[0];
    if (hit) return hit.slug;
  }
  return undefined;
}

/** The study names families loosely; these are the matrix's kind codes for them. */
const STUDY_KIND_ALIASES: Record<string, string> = { SCOP: 'ESS_COOP_SCOP', SCIC: 'ESS_COOP_SCIC', ASSOCIATION: 'ESS_ASSOCIATION', OTHER_ESS: 'ESS_COMMERCIAL' };

/**
 * Demo suppliers: the structures named in the study, as unclaimed organisations (no members) with
 * what the study says of them; and starting activities for imported SIAE rows, from their NAF code.
 * Idempotent (study rows by name; activities only where a structure has none).
 */
export class SupplierDemoSeeder {
  constructor(private readonly dataSource: DataSource) {}

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
        await this.describeStudyStructure(manager, id, s);
      }
    });
    return structures.length;
  }

  /** Site on its commune centroid, headcount, capacity, networks and activities from the study. */
  private async describeStudyStructure(manager: EntityManager, id: string, s: StudyStructure) {
    const commune = s.city
      ? searchPlaces(s.city, 10).find((p) => p.kind === 'COMMUNE' && (!s.departementCode || p.departementCode === s.departementCode))
      : undefined;
    const period = s.capacity ? CAPACITY_PERIODS[s.capacity.period] : undefined;
    await manager.query(
      `UPDATE supplier_profile SET site_commune_code = $2, latitude = $3, longitude = $4, postcode = COALESCE(postcode, $5),
              departement_code = COALESCE(departement_code, $6), headcount_permanent = $7, headcount_insertion = $8,
              networks = $9, certifications = $10, client_references = $11::jsonb,
              capacity_quantity = $12, capacity_max_quantity = $13, capacity_unit = $14, capacity_period = $15
        WHERE organization_id = $1`,
      [
        id, commune?.code ?? null, commune?.lat ?? null, commune?.lon ?? null, commune?.postcodes?.[0] ?? null, commune?.departementCode ?? null,
        s.headcount, s.insertionOrDisabledWorkers, s.networks, s.certifications, JSON.stringify(s.clients.map((name) => ({ name }))),
        period ? s.capacity!.quantity : null, period ? s.capacity!.maxQuantity : null, period ? s.capacity!.unit.slice(0, 40) : null, period ?? null,
      ],
    );
    const sectors = [...new Set(s.activities.map(sectorOfLabel).filter((slug): slug is string => !!slug))];
    const departement = commune?.departementCode ?? s.departementCode;
    await manager.query(`DELETE FROM supplier_activity WHERE organization_id = $1`, [id]);
    for (const [position, sector] of sectors.entries()) {
      await manager.query(
        `INSERT INTO supplier_activity (organization_id, sector_slug, service_types, area_kind, departement_codes, position)
         VALUES ($1, $2, ARRAY['MANUFACTURING','SERVICE'], $3, $4, $5)`,
        [id, sector, departement ? 'ZONES' : 'NATIONAL', departement ? [departement] : [], position],
      );
    }
  }

  /** Imported structures without activities get one per sector their NAF code names, in their département. */
  async seedImportedActivities(): Promise<number> {
    const rows: { id: string; naf_code: string | null; departement_code: string | null; kinds: string[] }[] = await this.dataSource.query(
      `SELECT o.id, p.naf_code, p.departement_code, COALESCE(array_agg(k.kind) FILTER (WHERE k.kind IS NOT NULL), '{}') AS kinds
         FROM organization o JOIN supplier_profile p ON p.organization_id = o.id
         LEFT JOIN supplier_kind k ON k.organization_id = o.id
        WHERE o.source = 'SIAE_IMPORT' AND NOT EXISTS (SELECT 1 FROM supplier_activity a WHERE a.organization_id = o.id)
        GROUP BY o.id, p.naf_code, p.departement_code`,
    );
    const activities = rows.flatMap((r) =>
      sectorsOfNaf(r.naf_code).map((sector) => ({
        id: r.id,
        sector,
        // Temporary-work structures place staff; the others provide the service.
        types: r.kinds.some((k) => k === 'ETTI' || k === 'AI' || k === 'GEIQ') ? ['STAFFING'] : ['SERVICE'],
        departement: r.departement_code,
      })),
    );
    if (activities.length === 0) return 0;
    await this.dataSource.query(
      `INSERT INTO supplier_activity (organization_id, sector_slug, service_types, area_kind, departement_codes)
       SELECT o, s, string_to_array(ty, ','), CASE WHEN d IS NULL THEN 'NATIONAL' ELSE 'ZONES' END, CASE WHEN d IS NULL THEN '{}'::text[] ELSE ARRAY[d] END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS x(o, s, ty, d)`,
      [activities.map((a) => a.id), activities.map((a) => a.sector), activities.map((a) => a.types.join(',')), activities.map((a) => a.departement)],
    );
    return activities.length;
  }
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
