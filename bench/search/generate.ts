/*
 * Seeded generator of the supplier-search benchmark data, written into the dedicated database
 * `essor_bench` (dropped and recreated; schema by `cli migrate`, reference data by `cli seed`).
 *
 *   node -r ./tools/register.js bench/search/generate.ts --suppliers 5000 --offers 25000 [--seed 42] [--reuse]
 *
 * Randomness comes only from the inline mulberry32 PRNG (lib.ts) seeded with --seed, so a given
 * (seed, suppliers, offers) always gives the same rows, ids included. Rows are inserted with
 * multi-row `INSERT … SELECT FROM unnest($1::…[], …)` in chunks of 5,000 (no COPY dependency),
 * one transaction per 25,000 suppliers; memory stays flat whatever the size.
 */
import { Client } from 'pg';
import { acceptedProofTypes, type SupplierKind } from '@essor/domain';
import { adminUrl, BENCH_DB, benchEnv, clearQueues, options, Rng, runNode } from './lib';
import { BIG_COMMUNES, CERTIFICATIONS, DEPARTEMENT_POPULATION, GROUP_WORDS, NAME_PREFIXES, NAME_SUFFIXES, NETWORKS, SENTENCES } from './vocab';

const CHUNK = 5000;
const SUPPLIERS_PER_TX = 25_000;
const BENCH_USER = '00000000-0000-4000-8000-00000000b0b0';

interface Commune { code: string; name: string; dep: string; region: string; postcode: string; lat: number; lon: number }
interface Sector { slug: string; group: string; name: string; cpv: string[] }

/** Kinds with their share of the generated population. */
const KIND_WEIGHTS: [SupplierKind, number][] = [
  ['EI', 18], ['ACI', 16], ['AI', 8], ['ETTI', 6], ['EITI', 2], ['GEIQ', 3], ['EA', 14], ['ESAT', 12], ['EATT', 1], ['SEP', 1],
  ['TIH', 2], ['ESS_ASSOCIATION', 8], ['ESS_COOP_SCOP', 6], ['ESS_COOP_SCIC', 3], ['ESS_COMMERCIAL', 2], ['ESUS', 2],
];
const EXTRA_KINDS: SupplierKind[] = ['ESS_ASSOCIATION', 'ESUS', 'ESS_COOP_SCOP', 'ESS_COOP_SCIC'];
const STATUS_WEIGHTS: [string, number][] = [['VERIFIED', 40], ['DECLARED', 35], ['PENDING', 15], ['EXPIRED', 5], ['REJECTED', 5]];
const NAF = ['81.21Z', '38.32Z', '81.30Z', '43.32A', '56.21Z', '96.01A', '25.62B', '27.33Z', '52.29A', '88.10C', '94.99Z', '49.41B'];
const PRODUCT_WORDS = ['Prestation', 'Offre', 'Forfait', 'Service', 'Fabrication', 'Lot', 'Contrat', 'Intervention'];

const cumulative = (weights: number[]) => weights.reduce<number[]>((acc, w) => [...acc, (acc[acc.length - 1] ?? 0) + w], []);
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface GenerateResult { seconds: number; suppliers: number; offers: number; kinds: number; proofs: number; activities: number; reused: boolean }

export async function generate(opts: { suppliers: number; offers: number; seed: number; reuse: boolean }): Promise<GenerateResult> {
  const env = benchEnv();
  const started = Date.now();
  if (opts.reuse && (await sameDataset(env.DATABASE_URL, opts))) {
    console.log(`generate: reusing ${BENCH_DB} (same seed and sizes)`);
    return { seconds: 0, suppliers: opts.suppliers, offers: opts.offers, kinds: 0, proofs: 0, activities: 0, reused: true };
  }
  const admin = new Client({ connectionString: adminUrl(env.DATABASE_URL) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  // The queues of the dropped database go with it (their job ids are its outbox row ids).
  for (const prefix of [env.QUEUE_PREFIX!, 'bench-fanout']) console.log(`generate: ${await clearQueues(env, prefix)} ${prefix}:* queue keys deleted`);
  await runNode('apps/api/src/cli.ts', ['migrate'], env);
  await runNode('apps/api/src/cli.ts', ['seed'], env);

  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  try {
    const ref = await loadReference(db, opts.seed);
    const rng = new Rng(opts.seed);
    const offerCounts = offerCountsFor(opts.suppliers, opts.offers, new Rng(opts.seed ^ 0x9e3779b9));
    const totals = { kinds: 0, proofs: 0, activities: 0, offers: 0 };
    const today = new Date();
    for (let start = 0; start < opts.suppliers; start += SUPPLIERS_PER_TX) {
      await db.query('BEGIN');
      for (let chunk = start; chunk < Math.min(opts.suppliers, start + SUPPLIERS_PER_TX); chunk += CHUNK) {
        const end = Math.min(opts.suppliers, chunk + CHUNK, start + SUPPLIERS_PER_TX);
        const rows = buildChunk(rng, ref, chunk, end, offerCounts, today);
        await insertChunk(db, rows);
        totals.kinds += rows.kinds.org.length;
        totals.proofs += rows.proofs.id.length;
        totals.activities += rows.activities.org.length;
        totals.offers += rows.offers.org.length;
        const secs = (Date.now() - started) / 1000;
        process.stderr.write(`generate: ${end}/${opts.suppliers} suppliers, ${totals.offers} offers (${secs.toFixed(0)} s)\n`);
      }
      await db.query('COMMIT');
    }
    await db.query('ANALYZE');
    await db.query(`CREATE TABLE bench_meta (seed int, suppliers int, offers int, generated_at timestamptz DEFAULT now())`);
    await db.query(`INSERT INTO bench_meta (seed, suppliers, offers) VALUES ($1, $2, $3)`, [opts.seed, opts.suppliers, opts.offers]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`generate: ${opts.suppliers} suppliers, ${totals.offers} offers, ${totals.kinds} kinds, ${totals.proofs} proofs, ${totals.activities} activities in ${seconds.toFixed(1)} s`);
    return { seconds, suppliers: opts.suppliers, reused: false, ...totals };
  } finally {
    await db.end();
  }
}

async function sameDataset(url: string, opts: { suppliers: number; offers: number; seed: number }): Promise<boolean> {
  const db = new Client({ connectionString: url });
  try {
    await db.connect();
    const { rows } = await db.query(`SELECT seed, suppliers, offers FROM bench_meta`);
    return rows.length === 1 && rows[0].seed === opts.seed && rows[0].suppliers === opts.suppliers && rows[0].offers === opts.offers;
  } catch {
    return false;
  } finally {
    await db.end().catch(() => undefined);
  }
}

async function loadReference(db: Client, seed: number) {
  const communes: Commune[] = (
    await db.query(`SELECT code, name, departement_code AS dep, region_code AS region, coalesce(postcodes[1], '') AS postcode, latitude AS lat, longitude AS lon
                      FROM place WHERE kind = 'COMMUNE' AND latitude IS NOT NULL AND departement_code IS NOT NULL ORDER BY code`)
  ).rows;
  const byDep = new Map<string, Commune[]>();
  for (const c of communes) byDep.set(c.dep, [...(byDep.get(c.dep) ?? []), c]);
  const deps = [...byDep.keys()].sort();
  const depCumulative = cumulative(deps.map((d) => DEPARTEMENT_POPULATION[d] ?? 250));
  const big = new Map(communes.filter((c) => BIG_COMMUNES.includes(c.code)).map((c) => [c.dep, c]));
  const depsByRegion = new Map<string, string[]>();
  for (const d of deps) {
    const region = byDep.get(d)![0]!.region;
    depsByRegion.set(region, [...(depsByRegion.get(region) ?? []), d]);
  }
  const cpvRows: { code: string; label: string }[] = (await db.query(`SELECT code, label_fr AS label FROM cpv_code WHERE level IN ('category', 'subcategory') ORDER BY code`)).rows;
  const rng = new Rng(seed ^ 0x5bd1e995);
  const sectors: Sector[] = (await db.query(`SELECT slug, group_slug AS group, name_fr AS name FROM sector ORDER BY position, slug`)).rows.map(
    (s: { slug: string; group: string; name: string }) => {
      // CPV codes whose label shares a word with the sector name, else a random handful.
      const words = fold(s.name).split(/[^a-z]+/).filter((w) => w.length >= 6);
      const related = cpvRows.filter((c) => words.some((w) => fold(c.label).includes(w)));
      const pool = related.length >= 3 ? rng.sample(related, 12) : rng.sample(cpvRows, 8);
      return { ...s, cpv: pool.map((c) => c.code), cpvLabels: pool.map((c) => c.label) };
    },
  );
  const sectorsByGroup = new Map<string, Sector[]>();
  for (const s of sectors) sectorsByGroup.set(s.group, [...(sectorsByGroup.get(s.group) ?? []), s]);
  const cpvLabel = new Map(cpvRows.map((c) => [c.code, c.label]));
  return { byDep, deps, depCumulative, big, depsByRegion, sectors, sectorsByGroup, groups: [...sectorsByGroup.keys()].sort(), cpvLabel };
}
type Reference = Awaited<ReturnType<typeof loadReference>>;

/** Offers per supplier (a fifth have none), adjusted so that the total is exactly `offers`. */
function offerCountsFor(suppliers: number, offers: number, rng: Rng): Uint8Array {
  const counts = new Uint8Array(suppliers);
  const mean = offers / Math.max(1, suppliers * 0.8);
  const max = Math.max(1, Math.min(250, Math.round(mean * 2 - 1)));
  let total = 0;
  for (let i = 0; i < suppliers; i++) {
    counts[i] = rng.chance(0.2) ? 0 : rng.int(1, max);
    total += counts[i]!;
  }
  while (total !== offers && suppliers > 0) {
    const i = rng.int(0, suppliers - 1);
    if (total < offers && counts[i]! < 250) (counts[i]++, total++);
    else if (total > offers && counts[i]! > 0) (counts[i]--, total--);
  }
  return counts;
}

function luhnDigit(payload: string): string {
  let sum = 0;
  const digits = `${payload}0`;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid SIREN and SIRET (the SIRET as a whole is Luhn-valid too), unique per index. */
export function siretFor(i: number): { siren: string; siret: string } {
  const payload = String(30_000_000 + i);
  const siren = payload + luhnDigit(payload);
  const nicPayload = `${siren}000${1 + (i % 9)}`;
  return { siren, siret: nicPayload + luhnDigit(nicPayload) };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

function buildChunk(rng: Rng, ref: Reference, from: number, to: number, offerCounts: Uint8Array, today: Date) {
  const org = { id: [] as string[], name: [] as string[], siret: [] as string[], siren: [] as string[] };
  const profile = {
    org: [] as string[], brand: [] as (string | null)[], description: [] as string[], naf: [] as string[], postcode: [] as string[], city: [] as string[],
    dep: [] as string[], lat: [] as number[], lon: [] as number[], commune: [] as string[], hcPerm: [] as (number | null)[], hcIns: [] as (number | null)[],
    disabled: [] as (number | null)[], disadvantaged: [] as (number | null)[], certifications: [] as string[], networks: [] as string[],
    capacity: [] as (number | null)[], capacityUnit: [] as (string | null)[], capacityPeriod: [] as (string | null)[],
  };
  const kinds = { org: [] as string[], kind: [] as string[], status: [] as string[] };
  const files = { id: [] as string[], owner: [] as string[], key: [] as string[], sha: [] as string[], name: [] as string[] };
  const proofs = { id: [] as string[], org: [] as string[], kind: [] as string[], type: [] as string[], from: [] as string[], until: [] as string[], file: [] as string[], status: [] as string[] };
  const activities = { org: [] as string[], sector: [] as string[], serviceTypes: [] as string[], area: [] as string[], regions: [] as string[], deps: [] as string[], radius: [] as (number | null)[], position: [] as number[] };
  const offers = { org: [] as string[], name: [] as string[], cpv: [] as string[], position: [] as number[] };
  const kindCum = cumulative(KIND_WEIGHTS.map(([, w]) => w));
  const statusCum = cumulative(STATUS_WEIGHTS.map(([, w]) => w));

  for (let i = from; i < to; i++) {
    const id = rng.uuid();
    // Where: a populated département first, then its big city for 40 % of them, else any commune.
    const dep = rng.weighted(ref.deps, ref.depCumulative);
    const big = ref.big.get(dep);
    const commune = big && rng.chance(0.4) ? big : rng.pick(ref.byDep.get(dep)!);
    // What: 1–4 activities, mostly in one sector group.
    const group = rng.pick(ref.groups);
    const sectorCount = rng.weighted([1, 2, 3, 4], [40, 75, 92, 100]);
    const chosen = new Set<Sector>([rng.pick(ref.sectorsByGroup.get(group)!)]);
    while (chosen.size < sectorCount) chosen.add(rng.chance(0.6) ? rng.pick(ref.sectorsByGroup.get(group)!) : rng.pick(ref.sectors));
    const sectors = [...chosen];
    // Who: 1–3 kinds.
    const primary = rng.weighted(KIND_WEIGHTS.map(([k]) => k), kindCum);
    const kindSet = new Set<SupplierKind>([primary]);
    if (rng.chance(0.3)) kindSet.add(rng.pick(EXTRA_KINDS));
    if (rng.chance(0.08)) kindSet.add(rng.pick(EXTRA_KINDS));
    const word = rng.pick(GROUP_WORDS[group] ?? ['Services']);
    const name = supplierName(rng, primary, word, commune.name);
    const { siren, siret } = siretFor(i);
    org.id.push(id);
    org.name.push(name.slice(0, 200));
    org.siret.push(siret);
    org.siren.push(siren);

    const kindLabel = { EA: 'Entreprise adaptée', ESAT: 'ESAT', EI: "Entreprise d'insertion", ACI: "Atelier chantier d'insertion", AI: 'Association intermédiaire', ETTI: "Entreprise de travail temporaire d'insertion" }[primary as string] ?? 'Structure';
    const description = `${kindLabel} basée à ${commune.name} (${dep}), spécialisée en ${sectors.map((s) => s.name.toLowerCase()).join(', ')}. ${word} pour les entreprises et les acheteurs publics. ${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)}`;
    const handicap = primary === 'EA' || primary === 'ESAT' || primary === 'EATT';
    const insertion = ['EI', 'ACI', 'AI', 'ETTI', 'EITI'].includes(primary);
    profile.org.push(id);
    profile.brand.push(rng.chance(0.15) ? `${word} ${rng.pick(NAME_SUFFIXES) || 'Pro'}` : null);
    profile.description.push(rng.chance(0.92) ? description : '');
    profile.naf.push(rng.pick(NAF));
    profile.postcode.push(commune.postcode);
    profile.city.push(commune.name);
    profile.dep.push(dep);
    profile.lat.push(commune.lat);
    profile.lon.push(commune.lon);
    profile.commune.push(commune.code);
    profile.hcPerm.push(rng.chance(0.8) ? rng.int(2, 120) : null);
    profile.hcIns.push(insertion || handicap ? rng.int(3, 200) : null);
    profile.disabled.push(handicap ? Math.round((0.55 + rng.next() * 0.4) * 100) / 100 : null);
    profile.disadvantaged.push(insertion ? Math.round((0.3 + rng.next() * 0.6) * 100) / 100 : null);
    profile.certifications.push(rng.sample(CERTIFICATIONS, rng.weighted([0, 1, 2, 3], [55, 80, 95, 100])).join('|'));
    profile.networks.push(rng.sample(NETWORKS, rng.weighted([0, 1, 2], [60, 92, 100])).join('|'));
    const hasCapacity = rng.chance(0.35);
    profile.capacity.push(hasCapacity ? rng.int(10, 5000) : null);
    profile.capacityUnit.push(hasCapacity ? rng.pick(['heures', 'pièces', 'tonnes', 'repas', 'm²']) : null);
    profile.capacityPeriod.push(hasCapacity ? rng.pick(['WEEK', 'MONTH', 'YEAR']) : null);

    for (const kind of kindSet) {
      const status = rng.weighted(STATUS_WEIGHTS.map(([s]) => s), statusCum);
      kinds.org.push(id);
      kinds.kind.push(kind);
      kinds.status.push(status);
      const proofType = acceptedProofTypes(kind)[0];
      if (!proofType || status === 'DECLARED') continue;
      // VERIFIED kinds hold a verified proof (10 % of them lapsed since), PENDING ones a pending
      // proof, EXPIRED ones an expired proof, REJECTED ones a rejected proof; each needs its file.
      const lapsed = status === 'EXPIRED' || (status === 'VERIFIED' && rng.chance(0.1));
      const validFrom = addDays(today, -rng.int(100, 1000));
      const validUntil = lapsed ? addDays(today, -rng.int(1, 90)) : addDays(today, rng.int(30, 900));
      const fileId = rng.uuid();
      files.id.push(fileId);
      files.owner.push(id);
      files.key.push(`bench/${id}/${fileId}.pdf`);
      files.sha.push(fileId.replace(/-/g, '').padEnd(64, '0'));
      files.name.push(`justificatif-${kind.toLowerCase()}.pdf`);
      proofs.id.push(rng.uuid());
      proofs.org.push(id);
      proofs.kind.push(kind);
      proofs.type.push(proofType);
      proofs.from.push(isoDate(validFrom));
      proofs.until.push(isoDate(validUntil));
      proofs.file.push(fileId);
      proofs.status.push(status === 'VERIFIED' ? 'VERIFIED' : status);
    }

    sectors.forEach((s, position) => {
      const areaKind = rng.weighted(['NATIONAL', 'ZONES', 'RADIUS'], [8, 88, 100]);
      const regionDeps = ref.depsByRegion.get(commune.region) ?? [dep];
      const zoneRoll = rng.next();
      activities.org.push(id);
      activities.sector.push(s.slug);
      activities.serviceTypes.push(
        s.group === 'capacites-industrielles' || s.group === 'sous-traitance-industrielle' ? 'MANUFACTURING' : primary === 'ETTI' || primary === 'AI' ? 'STAFFING|SERVICE' : 'SERVICE',
      );
      activities.area.push(areaKind);
      activities.regions.push(areaKind === 'ZONES' && zoneRoll >= 0.8 ? commune.region : '');
      activities.deps.push(areaKind !== 'ZONES' || zoneRoll >= 0.8 ? '' : zoneRoll < 0.5 ? dep : [dep, ...rng.sample(regionDeps.filter((d) => d !== dep), rng.int(1, 3))].join('|'));
      activities.radius.push(areaKind === 'RADIUS' ? rng.pick([30, 50, 80, 100]) : null);
      activities.position.push(position);
    });

    for (let k = 0; k < offerCounts[i]!; k++) {
      const s = sectors[k % sectors.length]!;
      const cpv = rng.sample(s.cpv, rng.weighted([1, 2], [70, 100]));
      offers.org.push(id);
      offers.name.push(`${rng.pick(PRODUCT_WORDS)} ${s.name.toLowerCase()} : ${(ref.cpvLabel.get(cpv[0]!) ?? '').toLowerCase()}`.slice(0, 200));
      offers.cpv.push(cpv.join('|'));
      offers.position.push(k);
    }
  }
  return { org, profile, kinds, files, proofs, activities, offers };
}

function supplierName(rng: Rng, kind: SupplierKind, word: string, city: string): string {
  const roll = rng.next();
  if (kind === 'ESAT' && roll < 0.5) return `ESAT ${rng.pick(['Les Ateliers de', 'Le Pré de', 'Les Jardins de', 'de'])} ${city}`;
  if (kind === 'EA' && roll < 0.3) return `${word} Adaptée ${city}`;
  if (roll < 0.45) return `${rng.pick(NAME_PREFIXES)} ${word} ${city}`;
  if (roll < 0.8) return `${word} ${rng.pick(NAME_SUFFIXES)} ${city}`.replace(/\s+/g, ' ');
  return `${rng.pick(NAME_PREFIXES)} ${rng.pick(NAME_SUFFIXES) || 'Solidaire'} ${word}`;
}

type Rows = ReturnType<typeof buildChunk>;

/** Inserts column arrays through unnest, 5,000 rows per statement. */
async function insertMany(db: Client, sql: string, columns: unknown[][]): Promise<void> {
  const n = columns[0]!.length;
  for (let i = 0; i < n; i += CHUNK) await db.query(sql, columns.map((c) => c.slice(i, i + CHUNK)));
}

async function insertChunk(db: Client, r: Rows): Promise<void> {
  await insertMany(
    db,
    `INSERT INTO organization (id, name, type, siret, siren, source)
     SELECT id, name, 'SUPPLIER', siret, siren, 'DEMO' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(id, name, siret, siren)`,
    [r.org.id, r.org.name, r.org.siret, r.org.siren],
  );
  const p = r.profile;
  await insertMany(
    db,
    `INSERT INTO supplier_profile (organization_id, brand, description, naf_code, postcode, city, departement_code, latitude, longitude, site_commune_code,
                                   headcount_permanent, headcount_insertion, disabled_workers_share, disadvantaged_workers_share, certifications, networks,
                                   capacity_quantity, capacity_unit, capacity_period, data_source)
     SELECT o, b, nullif(d, ''), naf, pc, city, dep, lat, lon, com, hp, hi, ds, dv, string_to_array(ce, '|'), string_to_array(nw, '|'), cq, cu, cp, 'bench'
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::text[],
                   $11::int[], $12::int[], $13::float8[], $14::float8[], $15::text[], $16::text[], $17::float8[], $18::text[], $19::text[])
            AS t(o, b, d, naf, pc, city, dep, lat, lon, com, hp, hi, ds, dv, ce, nw, cq, cu, cp)`,
    [p.org, p.brand, p.description, p.naf, p.postcode, p.city, p.dep, p.lat, p.lon, p.commune, p.hcPerm, p.hcIns, p.disabled, p.disadvantaged,
      p.certifications, p.networks, p.capacity, p.capacityUnit, p.capacityPeriod],
  );
  await insertMany(
    db,
    `INSERT INTO supplier_kind (organization_id, kind, status) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
    [r.kinds.org, r.kinds.kind, r.kinds.status],
  );
  await insertMany(
    db,
    `INSERT INTO stored_file (id, owner_organization_id, purpose, storage_key, mime_type, size_bytes, sha256, display_name)
     SELECT id, o, 'STATUS_PROOF', k, 'application/pdf', 48213, sha, n FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(id, o, k, sha, n)`,
    [r.files.id, r.files.owner, r.files.key, r.files.sha, r.files.name],
  );
  await insertMany(
    db,
    `INSERT INTO status_proof (id, organization_id, kind, proof_type, valid_from, valid_until, file_id, status, submitted_by_user_id, reviewed_at)
     SELECT id, o, k, pt, vf, vu, f, s, '${BENCH_USER}', CASE WHEN s = 'PENDING' THEN NULL ELSE now() END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::uuid[], $8::text[]) AS t(id, o, k, pt, vf, vu, f, s)`,
    [r.proofs.id, r.proofs.org, r.proofs.kind, r.proofs.type, r.proofs.from, r.proofs.until, r.proofs.file, r.proofs.status],
  );
  const a = r.activities;
  await insertMany(
    db,
    `INSERT INTO supplier_activity (organization_id, sector_slug, service_types, area_kind, region_codes, departement_codes, radius_km, position)
     SELECT o, s, string_to_array(st, '|'), ak, string_to_array(rc, '|'), string_to_array(dc, '|'), rk, pos
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[]) AS t(o, s, st, ak, rc, dc, rk, pos)`,
    [a.org, a.sector, a.serviceTypes, a.area, a.regions, a.deps, a.radius, a.position],
  );
  await insertMany(
    db,
    `INSERT INTO supplier_offer (organization_id, name, cpv_codes, position)
     SELECT o, n, string_to_array(c, '|'), pos FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS t(o, n, c, pos)`,
    [r.offers.org, r.offers.name, r.offers.cpv, r.offers.position],
  );
}

if (require.main === module) {
  const opts = options({ suppliers: 5000, offers: 25000, seed: 42, reuse: false });
  generate(opts).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
