/*
 * The "simple alternative": the same supplier search done in Postgres only.
 *   text      tsvector ('french' config over unaccented text) on organisation name, profile
 *             description and sector names; pg_trgm word similarity on the name and the sector
 *             names for typos;
 *   filters   the same as the API's, in SQL (eligibility approximated, see ELIGIBLE_KINDS);
 *   radius    haversine distance in SQL from the place's centroid;
 *   facets    GROUP BY counts over the matching set (the same 12 facets as the API).
 * The indexes it needs are created in the bench database only (preparePostgres).
 */
import type { Pool } from 'pg';
import { placeByCode } from '@essor/reference-data';
import { SUPPLIER_KIND_DEFINITIONS, SUPPLIER_KINDS, supplierKindsOfFamily, type SupplierFamily } from '@essor/domain';
import type { BenchQuery } from './queries';

export async function preparePostgres(pool: Pool): Promise<number> {
  const started = Date.now();
  // One connection without the load's statement timeout: building the GIN indexes takes a while.
  const client = await pool.connect();
  try {
  await client.query('SET statement_timeout = 0');
  // unaccent() is only STABLE; an IMMUTABLE wrapper (fixed dictionary) can be used in index expressions.
  await client.query(`CREATE OR REPLACE FUNCTION bench_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
  await client.query(`CREATE INDEX IF NOT EXISTS bench_org_name_tsv ON organization USING gin (to_tsvector('french', bench_unaccent(name)))`);
  await client.query(`CREATE INDEX IF NOT EXISTS bench_org_name_trgm ON organization USING gin (bench_unaccent(lower(name)) gin_trgm_ops)`);
  await client.query(`CREATE INDEX IF NOT EXISTS bench_profile_desc_tsv ON supplier_profile USING gin (to_tsvector('french', bench_unaccent(coalesce(description, ''))))`);
  await client.query(`CREATE INDEX IF NOT EXISTS bench_status_proof_org_kind ON status_proof (organization_id, kind)`);
  await client.query('ANALYZE organization, supplier_profile, status_proof');
  } finally {
    client.release();
  }
  return (Date.now() - started) / 1000;
}

/** Kinds whose VERIFIED status with a valid verified proof makes a supplier ELIGIBLE (approximation of eligibility()). */
const ELIGIBLE_KINDS: Record<string, string[]> = {
  RES_INSERTION: ['EI', 'ETTI', 'AI', 'ACI'],
  RES_HANDICAP: ['EA', 'ESAT'],
  RES_HANDICAP_OR_INSERTION: ['EI', 'ETTI', 'AI', 'ACI', 'EA', 'ESAT'],
  RES_PENITENTIARY: ['SEP'],
};
const FAMILY_OF = SUPPLIER_KINDS.map((k) => [k, SUPPLIER_KIND_DEFINITIONS[k].family] as const);

const eligibleSql = (kindsParam: string) => `EXISTS (SELECT 1 FROM supplier_kind k JOIN status_proof sp ON sp.organization_id = k.organization_id AND sp.kind = k.kind
   WHERE k.organization_id = p.organization_id AND k.kind = ANY(${kindsParam}) AND k.status = 'VERIFIED' AND sp.status = 'VERIFIED'
     AND (sp.valid_until IS NULL OR sp.valid_until >= current_date))`;

export interface PgResult { total: number; hits: unknown[]; facets: unknown[] }

export function pgSearchSql(q: BenchQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const place = placeByCode('COMMUNE', q.placeCode)!;
  const term = param(q.term);
  const lat = param(place.lat);
  const lng = param(place.lon);
  const f = q.filters;
  const where: string[] = [];
  if (f.kinds?.length) where.push(`EXISTS (SELECT 1 FROM supplier_kind k WHERE k.organization_id = p.organization_id AND k.kind = ANY(${param(f.kinds)}))`);
  if (f.kindFamilies?.length) {
    const kinds = f.kindFamilies.flatMap((fam) => supplierKindsOfFamily(fam as SupplierFamily));
    where.push(`EXISTS (SELECT 1 FROM supplier_kind k WHERE k.organization_id = p.organization_id AND k.kind = ANY(${param(kinds)}))`);
  }
  if (f.verifiedOnly) where.push(`EXISTS (SELECT 1 FROM supplier_kind k WHERE k.organization_id = p.organization_id AND k.status = 'VERIFIED')`);
  if (f.eligibleFor) where.push(eligibleSql(param(ELIGIBLE_KINDS[f.eligibleFor] ?? [])));
  if (f.sectorGroupSlugs?.length)
    where.push(`EXISTS (SELECT 1 FROM supplier_activity a JOIN sector s ON s.slug = a.sector_slug WHERE a.organization_id = p.organization_id AND s.group_slug = ANY(${param(f.sectorGroupSlugs)}))`);
  if (f.servingDepartementCode) {
    const dep = param(f.servingDepartementCode);
    const region = param(placeByCode('DEPARTEMENT', f.servingDepartementCode)?.regionCode ?? '');
    where.push(`(p.departement_code = ${dep} OR EXISTS (SELECT 1 FROM supplier_activity a WHERE a.organization_id = p.organization_id
                  AND (a.area_kind = 'NATIONAL' OR ${dep} = ANY(a.departement_codes) OR ${region} = ANY(a.region_codes))))`);
  }
  if (f.hasOffers !== undefined) where.push(`${f.hasOffers ? '' : 'NOT '}EXISTS (SELECT 1 FROM supplier_offer x WHERE x.organization_id = p.organization_id)`);
  if (f.headcountMin !== undefined) where.push(`coalesce(p.headcount_permanent, 0) + coalesce(p.headcount_insertion, 0) >= ${param(f.headcountMin)}`);
  const radius = param(q.radiusKm);
  const families = param(FAMILY_OF.map(([k]) => k));
  const familyNames = param(FAMILY_OF.map(([, fam]) => fam));
  const eligibleFacets = Object.entries(ELIGIBLE_KINDS)
    .map(([res, kinds]) => `SELECT 'eligibleFor', '${res}', count(*) FROM m JOIN supplier_profile p ON p.organization_id = m.id WHERE ${eligibleSql(param(kinds))}`)
    .join('\n UNION ALL ');
  const text = `
WITH s AS (
  SELECT slug FROM sector
   WHERE to_tsvector('french', bench_unaccent(name_fr)) @@ plainto_tsquery('french', bench_unaccent(${term}))
      OR bench_unaccent(lower(${term})) <% bench_unaccent(lower(name_fr))
), t AS (
  SELECT o.id, 3.0 AS score FROM organization o
   WHERE to_tsvector('french', bench_unaccent(o.name)) @@ plainto_tsquery('french', bench_unaccent(${term}))
  UNION ALL
  SELECT o.id, 2.0 * word_similarity(bench_unaccent(lower(${term})), bench_unaccent(lower(o.name))) FROM organization o
   WHERE bench_unaccent(lower(${term})) <% bench_unaccent(lower(o.name))
  UNION ALL
  SELECT p.organization_id, 1.0 FROM supplier_profile p
   WHERE to_tsvector('french', bench_unaccent(coalesce(p.description, ''))) @@ plainto_tsquery('french', bench_unaccent(${term}))
  UNION ALL
  SELECT a.organization_id, 1.5 FROM supplier_activity a WHERE a.sector_slug IN (SELECT slug FROM s)
), m AS MATERIALIZED (
  SELECT t.id, t.score, d.km
    FROM (SELECT id, sum(score) AS score FROM t GROUP BY id) t
    JOIN organization o ON o.id = t.id AND o.type = 'SUPPLIER'
    JOIN supplier_profile p ON p.organization_id = t.id
    CROSS JOIN LATERAL (SELECT 2 * 6371 * asin(sqrt(power(sin(radians(p.latitude - ${lat}) / 2), 2)
                          + cos(radians(${lat})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${lng}) / 2), 2))) AS km) d
   WHERE d.km <= ${radius}${where.length ? `\n     AND ${where.join('\n     AND ')}` : ''}
)
SELECT (SELECT count(*)::int FROM m) AS total,
  (SELECT coalesce(json_agg(h), '[]') FROM (
     SELECT m.id, o.name, p.city, p.departement_code, round(m.km::numeric, 1) AS distance_km,
            (SELECT array_agg(k.kind) FROM supplier_kind k WHERE k.organization_id = m.id) AS kinds,
            (SELECT array_agg(s.name_fr) FROM supplier_activity a JOIN sector s ON s.slug = a.sector_slug WHERE a.organization_id = m.id) AS sectors
       FROM m JOIN organization o ON o.id = m.id JOIN supplier_profile p ON p.organization_id = m.id
      ORDER BY m.score DESC, m.km ASC, m.id LIMIT 20) h) AS hits,
  (SELECT coalesce(json_agg(f), '[]') FROM (
     SELECT 'kinds' AS facet, k.kind AS value, count(*) AS n FROM m JOIN supplier_kind k ON k.organization_id = m.id GROUP BY k.kind
     UNION ALL SELECT 'kindFamilies', fm.family, count(DISTINCT m.id) FROM m JOIN supplier_kind k ON k.organization_id = m.id
               JOIN unnest(${families}::text[], ${familyNames}::text[]) AS fm(kind, family) ON fm.kind = k.kind GROUP BY fm.family
     UNION ALL SELECT 'sectorGroupSlugs', s.group_slug, count(DISTINCT m.id) FROM m JOIN supplier_activity a ON a.organization_id = m.id JOIN sector s ON s.slug = a.sector_slug GROUP BY s.group_slug
     UNION ALL SELECT 'sectorSlugs', a.sector_slug, count(DISTINCT m.id) FROM m JOIN supplier_activity a ON a.organization_id = m.id GROUP BY a.sector_slug
     UNION ALL SELECT 'departementCode', p.departement_code, count(*) FROM m JOIN supplier_profile p ON p.organization_id = m.id GROUP BY p.departement_code
     UNION ALL SELECT 'regionCode', pl.region_code, count(*) FROM m JOIN supplier_profile p ON p.organization_id = m.id
               JOIN place pl ON pl.kind = 'DEPARTEMENT' AND pl.code = p.departement_code GROUP BY pl.region_code
     UNION ALL ${eligibleFacets}
     UNION ALL SELECT 'networks', n.v, count(*) FROM m JOIN supplier_profile p ON p.organization_id = m.id CROSS JOIN unnest(p.networks) AS n(v) GROUP BY n.v
     UNION ALL SELECT 'certifications', c.v, count(*) FROM m JOIN supplier_profile p ON p.organization_id = m.id CROSS JOIN unnest(p.certifications) AS c(v) GROUP BY c.v
     UNION ALL SELECT 'serviceTypes', st.v, count(DISTINCT m.id) FROM m JOIN supplier_activity a ON a.organization_id = m.id CROSS JOIN unnest(a.service_types) AS st(v) GROUP BY st.v
     UNION ALL SELECT 'verified', (EXISTS (SELECT 1 FROM supplier_kind k WHERE k.organization_id = m.id AND k.status = 'VERIFIED'))::text, count(*) FROM m GROUP BY 2
     UNION ALL SELECT 'hasOffers', (EXISTS (SELECT 1 FROM supplier_offer x WHERE x.organization_id = m.id))::text, count(*) FROM m GROUP BY 2
  ) f) AS facets`;
  return { text, values };
}

export async function pgSearch(pool: Pool, q: BenchQuery): Promise<PgResult> {
  const { text, values } = pgSearchSql(q);
  const { rows } = await pool.query(text, values);
  return rows[0] as PgResult;
}
