import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../../../core/outbox';
import { OutboxEventType } from '../../../core/queue';
import { incomingProfile, mergeProfile, PROFILE_FIELDS, ProfileValues, sameProfile } from './supplier-import.merge';
import { ImportRejection, parseSiaeCsv, RawSupplierRecord, SupplierImportRecord, validateSupplierRecords } from './supplier-import.parser';

const CHUNK = 500;

export interface SupplierImportResult {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  dryRun: boolean;
}

export interface SupplierImportOptions {
  dryRun?: boolean;
  progress?: (done: number, total: number) => void;
}

/** What the database holds for a SIRET, in the shape the importer writes. */
interface ExistingSupplier {
  id: string;
  siret: string;
  type: string;
  name: string;
  claimed: boolean;
  kinds: string[];
  profile: ProfileValues | null;
}

class DryRunRollback extends Error {}

/**
 * Upserts supplier structures by SIRET: organisation (type SUPPLIER, source SIAE_IMPORT when
 * created), supplier profile and declared kinds (existing verification statuses are kept), with a
 * SUPPLIER_CHANGED outbox event per created or changed structure. Every valid record is written in
 * ONE transaction: a database error leaves nothing behind. A dry run does the same work and rolls back.
 */
export class SupplierImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox = new OutboxService(),
  ) {}

  async import(records: readonly RawSupplierRecord[], options: SupplierImportOptions = {}): Promise<SupplierImportResult> {
    const { valid, rejected } = validateSupplierRecords(records);
    const result: SupplierImportResult = { total: records.length, created: 0, updated: 0, unchanged: 0, rejected, dryRun: !!options.dryRun };
    try {
      await this.dataSource.transaction(async (manager) => {
        for (let i = 0; i < valid.length; i += CHUNK) {
          const counts = await this.importChunk(manager, valid.slice(i, i + CHUNK), rejected);
          result.created += counts.created;
          result.updated += counts.updated;
          result.unchanged += counts.unchanged;
          options.progress?.(Math.min(i + CHUNK, valid.length), valid.length);
        }
        if (valid.length === 0) options.progress?.(0, 0);
        if (options.dryRun) throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    return result;
  }

  private async importChunk(manager: EntityManager, rows: SupplierImportRecord[], rejected: ImportRejection[]) {
    const existing = await loadExisting(manager, rows.map((r) => r.siret));
    const toCreate: SupplierImportRecord[] = [];
    const renames: { id: string; name: string }[] = [];
    const profiles: { id: string; values: ProfileValues }[] = [];
    const kinds: { id: string; kind: string }[] = [];
    const changedIds: string[] = [];
    const createdIds: string[] = [];
    let unchanged = 0;
    for (const r of rows) {
      const e = existing.get(r.siret);
      if (!e) {
        toCreate.push(r);
        continue;
      }
      if (e.type !== 'SUPPLIER') {
        rejected.push({ ref: r.ref, siret: r.siret, name: r.name, reason: 'NOT_A_SUPPLIER', detail: `SIRET belongs to a ${e.type} organisation` });
        continue;
      }
      const target = mergeProfile(e.profile, incomingProfile(r), e.claimed);
      const rename = !e.claimed && e.name !== r.name;
      const missingKinds = r.kinds.filter((k) => !e.kinds.includes(k));
      const profileChanged = !e.profile || !sameProfile(e.profile, target);
      if (!rename && !profileChanged && missingKinds.length === 0) {
        unchanged += 1;
        continue;
      }
      if (rename) renames.push({ id: e.id, name: r.name });
      if (profileChanged) profiles.push({ id: e.id, values: target });
      kinds.push(...missingKinds.map((kind) => ({ id: e.id, kind })));
      changedIds.push(e.id);
    }

    if (toCreate.length > 0) {
      const created: { id: string; siret: string }[] = await manager.query(
        `INSERT INTO organization (name, type, regime, siret, siren, source)
         SELECT n, 'SUPPLIER', NULL, s, sn, 'SIAE_IMPORT' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(n, s, sn)
         RETURNING id, siret`,
        [toCreate.map((r) => r.name), toCreate.map((r) => r.siret), toCreate.map((r) => r.siren)],
      );
      const idBySiret = new Map(created.map((o) => [o.siret, o.id]));
      for (const r of toCreate) {
        const id = idBySiret.get(r.siret)!;
        createdIds.push(id);
        profiles.push({ id, values: incomingProfile(r) });
        kinds.push(...r.kinds.map((kind) => ({ id, kind })));
      }
    }
    if (renames.length > 0) {
      await manager.query(
        `UPDATE organization o SET name = t.name, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS t(id, name) WHERE o.id = t.id`,
        [renames.map((r) => r.id), renames.map((r) => r.name)],
      );
    }
    await upsertProfiles(manager, profiles);
    if (kinds.length > 0) {
      // New kinds start DECLARED (column default); kinds already there keep their status.
      await manager.query(
        `INSERT INTO supplier_kind (organization_id, kind) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
        [kinds.map((k) => k.id), kinds.map((k) => k.kind)],
      );
    }
    await this.outbox.record(manager, ...[...createdIds, ...changedIds].map((supplierId) => ({
      type: OutboxEventType.SUPPLIER_CHANGED, aggregateType: 'supplier', aggregateId: supplierId, payload: { supplierId },
    })));
    return { created: toCreate.length, updated: changedIds.length, unchanged };
  }
}

async function loadExisting(manager: EntityManager, sirets: string[]): Promise<Map<string, ExistingSupplier>> {
  const rows: (Omit<ExistingSupplier, 'profile'> & Partial<ProfileValues> & { has_profile: boolean })[] = await manager.query(
    `SELECT o.id, o.siret, o.type, o.name,
            EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id) AS claimed,
            COALESCE((SELECT array_agg(k.kind) FROM supplier_kind k WHERE k.organization_id = o.id), '{}') AS kinds,
            p.organization_id IS NOT NULL AS has_profile,
            p.brand, p.description, p.naf_code, p.legal_form, p.address, p.postcode, p.city, p.departement_code,
            p.latitude, p.longitude, p.website, p.employees_range, p.networks, p.data_source
       FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id
      WHERE o.siret = ANY($1::text[])
      FOR UPDATE OF o`,
    [sirets],
  );
  return new Map(rows.map((r) => {
    const profile = r.has_profile
      ? (Object.fromEntries([...PROFILE_FIELDS.map((f) => [f, r[f] ?? null]), ['networks', r.networks ?? []]]) as unknown as ProfileValues)
      : null;
    return [r.siret, { id: r.id, siret: r.siret, type: r.type, name: r.name, claimed: r.claimed, kinds: r.kinds, profile }];
  }));
}

async function upsertProfiles(manager: EntityManager, profiles: { id: string; values: ProfileValues }[]) {
  if (profiles.length === 0) return;
  const col = <K extends keyof ProfileValues>(k: K) => profiles.map((p) => p.values[k]);
  await manager.query(
    `INSERT INTO supplier_profile (organization_id, brand, description, naf_code, legal_form, address, postcode, city,
                                   departement_code, latitude, longitude, website, employees_range, data_source, networks)
     SELECT o, b, d, n, lf, a, pc, c, dep, lat, lon, w, e, src,
            COALESCE(ARRAY(SELECT jsonb_array_elements_text(nw)), '{}')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::float8[], $11::float8[], $12::text[], $13::text[], $14::text[], $15::jsonb[])
            AS t(o, b, d, n, lf, a, pc, c, dep, lat, lon, w, e, src, nw)
     ON CONFLICT (organization_id) DO UPDATE SET brand = EXCLUDED.brand, description = EXCLUDED.description,
       naf_code = EXCLUDED.naf_code, legal_form = EXCLUDED.legal_form, address = EXCLUDED.address, postcode = EXCLUDED.postcode,
       city = EXCLUDED.city, departement_code = EXCLUDED.departement_code, latitude = EXCLUDED.latitude,
       longitude = EXCLUDED.longitude, website = EXCLUDED.website, employees_range = EXCLUDED.employees_range,
       data_source = EXCLUDED.data_source, networks = EXCLUDED.networks, updated_at = now()`,
    [
      profiles.map((p) => p.id), col('brand'), col('description'), col('naf_code'), col('legal_form'), col('address'),
      col('postcode'), col('city'), col('departement_code'), col('latitude'), col('longitude'), col('website'),
      col('employees_range'), col('data_source'), profiles.map((p) => JSON.stringify(p.values.networks)),
    ],
  );
}

/** The real SIAE rows shipped for the demo (`cli seed --demo`). */
export const SIAE_DEMO_CSV = path.join(__dirname, '..', 'demo', 'siae_structures.csv');

export function importSiaeDemoCsv(dataSource: DataSource, progress: (label: string, done: number, total: number) => void = () => undefined) {
  return new SupplierImporter(dataSource).import(parseSiaeCsv(readFileSync(SIAE_DEMO_CSV)), {
    progress: (done, total) => progress('SIAE structures', done, total),
  });
}
