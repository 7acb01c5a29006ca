// The matching predicate of libs/domain/src/needs/matching.ts as ONE SQL query per lot, plus the
// loader that turns stored rows into the predicate's inputs. No NestJS here: the property test
// (apps/api/test/matching-predicate.int-spec.ts) runs this very SQL and this very loader against a
// database of random suppliers and checks both agree with `matchSupplierToLot`.
//
// Clause by clause (see the header of matching.ts; P = the lot's place, resolved from reference
// data and passed as parameters, so SQL needs no geography table):
//   active        EXISTS membership
//   verified      EXISTS supplier_kind with status VERIFIED (only when the need is verified_only)
//   FITS          cardinality(lot types) = 0 OR a.service_types && lot types
//   WHAT          a.sector_slug = ANY(lot sectors) OR the supplier has an offer CPV of a lot class
//                 (offer codes are reference codes: see cpvCodesOfClasses)
//   COVERS        per area kind and place kind; a REGION place is also covered by a listed
//                 département of that région, and a RADIUS site in it: both through the list of
//                 the région's départements (departementsOfRegion), the mirror of regionOfDepartement
//   LOT_RADIUS    haversine(site, P) ≤ lot radius (the same formula and operand order as haversineKm)
// A null never equals anything and every clause is positive, so SQL's three-valued logic gives the
// same answer as the TypeScript `eq`/`listed` helpers.

import {
  candidateKindsFor, cpvClassPrefix, eligibilityMatchReason, eligibilityProfileFromRecords, matchSupplierToLot, supplierEligibility,
} from '@essor/domain';
import type {
  BuyerRegime, KindRecord, MatchActivity, MatchGeo, MatchLot, MatchPlace, MatchReason, MatchSupplier, ProofRecord, ReservationType,
  ServiceAreaKind, ServiceType, SupplierEligibilityProfile,
} from '@essor/domain';
import { departementsOfRegion, listCpv, placeByCode } from '@essor/reference-data';

/** Runs one parameterised query (a DataSource, an EntityManager or a test's connection). */
export type QueryRunnerFn = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Geography of the predicate, from reference data (the SQL mirror is `departementsOfRegion`). */
export const MATCH_GEO: MatchGeo = { regionOfDepartement: (code) => placeByCode('DEPARTEMENT', code)?.regionCode ?? null };

/** The lot's place as the predicate reads it; an unknown code keeps only the code itself. */
export function matchPlaceOf(kind: MatchPlace['kind'], code: string | null): MatchPlace {
  const none = { departementCode: null, regionCode: null, lat: null, lon: null };
  if (kind === 'NATIONAL' || code === null) return { kind: 'NATIONAL', code: null, ...none };
  const place = placeByCode(kind, code);
  return {
    kind,
    code,
    departementCode: kind === 'COMMUNE' ? (place?.departementCode ?? null) : kind === 'DEPARTEMENT' ? code : null,
    regionCode: kind === 'REGION' ? code : (place?.regionCode ?? null),
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
  };
}

export interface LotRow {
  sectorSlugs: readonly string[];
  cpvCodes: readonly string[];
  serviceTypes: readonly string[];
  placeKind: MatchPlace['kind'];
  placeCode: string | null;
  radiusKm: number | null;
}

export function matchLotOf(lot: LotRow, verifiedOnly: boolean): MatchLot {
  return {
    sectorSlugs: lot.sectorSlugs,
    cpvCodes: lot.cpvCodes,
    serviceTypes: lot.serviceTypes as ServiceType[],
    place: matchPlaceOf(lot.placeKind, lot.placeCode),
    radiusKm: lot.radiusKm,
    verifiedOnly,
  };
}

/**
 * Every CPV code of the reference list in the classes (first 4 digits) of these lot codes. Offers
 * store reference codes only (upsertOffer keeps `cpvByCode(c).code`), so "an offer code of a lot
 * class" is "an offer code in this list": the GIN index on supplier_offer.cpv_codes answers it
 * (`&&`) instead of a scan of every offer.
 */
export function cpvCodesOfClasses(lotCodes: readonly string[]): string[] {
  const classes = new Set(lotCodes.map(cpvClassPrefix).filter((c): c is string => c !== null));
  if (classes.size === 0) return [];
  return listCpv().filter((c) => classes.has(c.code.slice(0, 4))).map((c) => c.code);
}

export interface CandidateQueryOptions {
  /** Reserved lots: only suppliers holding a claim that could make them eligible (candidateKindsFor). */
  readonly reservation?: ReservationType;
  /** Only these suppliers (the invited ones, or suppliers that just changed); null: all. */
  readonly supplierIds?: readonly string[] | null;
}

// Great-circle distance from the supplier's site to the place: haversineKm(site, place), null when a coordinate is missing.
const SITE_KM = `2 * 6371 * asin(least(1, sqrt(
      power(sin(radians($9::float8 - p.latitude) / 2), 2)
      + cos(radians(p.latitude)) * cos(radians($9::float8)) * power(sin(radians($10::float8 - p.longitude) / 2), 2))))`;

const CANDIDATES_SQL = `
WITH cpv_suppliers AS MATERIALIZED (
  SELECT DISTINCT f.organization_id
    FROM supplier_offer f
   WHERE f.cpv_codes && $2::text[] AND ($13::uuid[] IS NULL OR f.organization_id = ANY($13::uuid[]))
), what AS (
  -- Activities passing WHAT, from two indexed lookups (sector; suppliers with an offer of a lot class).
  SELECT a.* FROM supplier_activity a
   WHERE a.sector_slug = ANY($1::text[]) AND ($13::uuid[] IS NULL OR a.organization_id = ANY($13::uuid[]))
  UNION ALL
  SELECT a.* FROM cpv_suppliers cs JOIN supplier_activity a ON a.organization_id = cs.organization_id
), covered AS (
  SELECT DISTINCT a.organization_id
    FROM what a
    LEFT JOIN supplier_profile p ON p.organization_id = a.organization_id
    CROSS JOIN LATERAL (SELECT ${SITE_KM} AS km) site
   WHERE (cardinality($3::text[]) = 0 OR a.service_types && $3::text[])
     AND (
           a.area_kind = 'NATIONAL'
        OR (a.area_kind = 'ZONES' AND (
               ($4::text = 'COMMUNE' AND ($5::text = ANY(a.commune_codes) OR $6::text = ANY(a.departement_codes) OR $7::text = ANY(a.region_codes)))
            OR ($4::text = 'DEPARTEMENT' AND ($5::text = ANY(a.departement_codes) OR $7::text = ANY(a.region_codes)))
            OR ($4::text = 'REGION' AND ($5::text = ANY(a.region_codes) OR a.departement_codes && $8::text[]))))
        OR (a.area_kind = 'RADIUS' AND $4::text <> 'NATIONAL' AND (
               ($4::text = 'COMMUNE' AND p.site_commune_code = $5::text)
            OR ($4::text = 'DEPARTEMENT' AND p.departement_code = $5::text)
            OR ($4::text = 'REGION' AND p.departement_code = ANY($8::text[]))
            OR site.km <= a.radius_km))
        OR site.km <= $11::int
     )
)
SELECT o.id
  FROM covered c
  JOIN organization o ON o.id = c.organization_id
 WHERE o.type = 'SUPPLIER'
   AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id)
   AND (NOT $12::boolean OR EXISTS (SELECT 1 FROM supplier_kind k WHERE k.organization_id = o.id AND k.status = 'VERIFIED'))
   AND ($14::boolean OR EXISTS (
         SELECT 1 FROM supplier_kind k WHERE k.organization_id = o.id AND k.kind = ANY($15::text[]) AND k.status = ANY($16::text[])))
 ORDER BY o.id`;

/** The query returning the ids of every supplier the predicate matches to `lot` (before eligibility). */
export function candidateQuery(lot: MatchLot, options: CandidateQueryOptions = {}): { sql: string; params: unknown[] } {
  const classCodes = cpvCodesOfClasses(lot.cpvCodes);
  const place = lot.place;
  const regionDepartements = place.kind === 'REGION' && place.code ? departementsOfRegion(place.code).map((d) => d.code) : [];
  const kinds = candidateKindsFor(options.reservation ?? 'NONE');
  return {
    sql: CANDIDATES_SQL,
    params: [
      lot.sectorSlugs, classCodes, lot.serviceTypes,
      place.kind, place.code, place.departementCode, place.regionCode, regionDepartements, place.lat, place.lon,
      lot.radiusKm, lot.verifiedOnly,
      options.supplierIds ? [...options.supplierIds] : null,
      kinds.anySupplier, kinds.kinds, kinds.statuses,
    ],
  };
}

export async function candidateIds(run: QueryRunnerFn, lot: MatchLot, options: CandidateQueryOptions = {}): Promise<string[]> {
  const { sql, params } = candidateQuery(lot, options);
  return (await run(sql, params)).map((r) => r.id as string);
}

/** What matching knows of one supplier: the predicate's input and the eligibility evidence. */
export interface MatchCandidate {
  supplier: MatchSupplier;
  eligibility: SupplierEligibilityProfile;
}

/**
 * Loads the predicate inputs of these suppliers in five set-based queries. Eligibility is built by
 * the one rule of libs/domain (`eligibilityProfileFromRecords`), from the same records the
 * eligibility() query and the search index read (kinds with their status, proofs as YYYY-MM-DD).
 */
export async function loadMatchCandidates(run: QueryRunnerFn, ids: readonly string[]): Promise<Map<string, MatchCandidate>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const q = (sql: string) => run(sql, [wanted]);
  const [orgs, kinds, proofs, activities, offers] = await Promise.all([
    q(`SELECT o.id, p.organization_id IS NOT NULL AS has_profile, p.site_commune_code, p.departement_code, p.latitude, p.longitude,
              p.disabled_workers_share, p.disadvantaged_workers_share,
              EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id) AS active
         FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id
        WHERE o.id = ANY($1::uuid[]) AND o.type = 'SUPPLIER'`),
    q(`SELECT organization_id, kind, status FROM supplier_kind WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id, kind COLLATE "C"`),
    q(`SELECT organization_id, kind, proof_type, status, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM status_proof WHERE organization_id = ANY($1::uuid[])`),
    q(`SELECT organization_id, sector_slug, service_types, area_kind, region_codes, departement_codes, commune_codes, radius_km
         FROM supplier_activity WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id, position, created_at, id`),
    q(`SELECT f.organization_id, array_agg(DISTINCT c ORDER BY c) AS codes
         FROM supplier_offer f CROSS JOIN unnest(f.cpv_codes) c WHERE f.organization_id = ANY($1::uuid[]) GROUP BY f.organization_id`),
  ]);
  const group = (rows: Record<string, unknown>[]) => {
    const map = new Map<string, Record<string, unknown>[]>();
    for (const r of rows) {
      const id = r.organization_id as string;
      const list = map.get(id);
      if (list) list.push(r);
      else map.set(id, [r]);
    }
    return map;
  };
  const kindsBy = group(kinds);
  const proofsBy = group(proofs);
  const activitiesBy = group(activities);
  const offersBy = new Map(offers.map((o) => [o.organization_id as string, o.codes as string[]]));
  const result = new Map<string, MatchCandidate>();
  for (const o of orgs) {
    const id = o.id as string;
    const kindRecords: KindRecord[] = (kindsBy.get(id) ?? []).map((k) => ({ kind: k.kind as KindRecord['kind'], status: k.status as KindRecord['status'] }));
    const proofRecords: ProofRecord[] = (proofsBy.get(id) ?? []).map((p) => ({
      kind: p.kind as ProofRecord['kind'],
      proofType: p.proof_type as ProofRecord['proofType'],
      status: p.status as ProofRecord['status'],
      validFrom: (p.valid_from as string | null) ?? null,
      validUntil: (p.valid_until as string | null) ?? null,
    }));
    const departementCode = (o.departement_code as string | null) ?? null;
    const supplier: MatchSupplier = {
      id,
      active: o.active as boolean,
      verified: kindRecords.some((k) => k.status === 'VERIFIED'),
      site: o.has_profile
        ? {
            communeCode: (o.site_commune_code as string | null) ?? null,
            departementCode,
            regionCode: departementCode === null ? null : (MATCH_GEO.regionOfDepartement(departementCode) ?? null),
            lat: (o.latitude as number | null) ?? null,
            lon: (o.longitude as number | null) ?? null,
          }
        : null,
      activities: (activitiesBy.get(id) ?? []).map((a): MatchActivity => ({
        sectorSlug: a.sector_slug as string,
        serviceTypes: a.service_types as ServiceType[],
        areaKind: a.area_kind as ServiceAreaKind,
        regionCodes: a.region_codes as string[],
        departementCodes: a.departement_codes as string[],
        communeCodes: a.commune_codes as string[],
        radiusKm: (a.radius_km as number | null) ?? null,
      })),
      offerCpvCodes: offersBy.get(id) ?? [],
    };
    const eligibility = eligibilityProfileFromRecords(kindRecords, proofRecords, {
      disabledWorkersShare: (o.disabled_workers_share as number | null) ?? null,
      disadvantagedWorkersShare: (o.disadvantaged_workers_share as number | null) ?? null,
    });
    result.set(id, { supplier, eligibility });
  }
  return result;
}

/** The lot-level facts eligibility is judged on. */
export interface LotEligibilityContext {
  reservation: ReservationType;
  /** The need's deadline, as the Paris calendar day at 00:00 UTC (how eligibility() reads dates). */
  at: Date;
  buyerRegime: BuyerRegime | null;
  cpvCodes: readonly string[];
}

export type MatchDecision = { matches: true; reasons: MatchReason[] } | { matches: false; why: 'PREDICATE' | 'INELIGIBLE' };

/**
 * The final answer for one candidate: the TypeScript predicate (structured reasons), then, for a
 * reserved lot, only ELIGIBLE suppliers (supplierEligibility at the deadline), whose eligibility
 * reason is appended.
 */
export function decideMatch(candidate: MatchCandidate, lot: MatchLot, context: LotEligibilityContext): MatchDecision {
  const predicate = matchSupplierToLot(candidate.supplier, lot, MATCH_GEO);
  if (!predicate.matches) return { matches: false, why: 'PREDICATE' };
  const reasons = [...predicate.reasons];
  if (context.reservation !== 'NONE') {
    const result = eligibilityOf(candidate, context);
    if (result.status !== 'ELIGIBLE') return { matches: false, why: 'INELIGIBLE' };
    const reason = eligibilityMatchReason(context.reservation, result);
    if (reason) reasons.push(reason);
  }
  return { matches: true, reasons };
}

export function eligibilityOf(candidate: MatchCandidate, context: LotEligibilityContext) {
  return supplierEligibility({
    ...candidate.eligibility,
    reservation: context.reservation,
    at: context.at,
    ...(context.buyerRegime ? { buyerRegime: context.buyerRegime } : {}),
    ...(context.cpvCodes.length > 0 ? { cpvCodes: context.cpvCodes } : {}),
  });
}
