// Property: for random suppliers stored in Postgres and random lots, the SQL matching predicate
// (apps/api/src/modules/matching/match-candidates.sql.ts) returns exactly the suppliers the
// TypeScript predicate of libs/domain matches, and the loader gives back the same inputs.
// Seeded: MATCHING_SEED=<n> replays a run; the seed is printed in every failure.
import { randomUUID } from 'node:crypto';
import { eligibilityProfileFromRecords, matchSupplierToLot, supplierEligibility } from '@essor/domain';
import type { KindRecord, MatchLot, MatchSupplier, ReservationType, SupplierKind, VerificationStatus } from '@essor/domain';
import { communesOfDepartement, listCpv, listSectors, placeByCode } from '@essor/reference-data';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the seeded generators are test-only and not exported by @essor/domain
import { arbitraryLot, arbitrarySupplier, MatchUniverse, Rng, seededRng } from '../../../libs/domain/src/testing/match-generators';
import {
  candidateIds, decideMatch, loadMatchCandidates, MATCH_GEO, matchPlaceOf, QueryRunnerFn,
} from '../src/modules/matching/match-candidates.sql';
import { startTestApp, TestContext } from './harness';

const SEED = Number(process.env.MATCHING_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SUPPLIERS = 400;
const LOTS = 80;

/** A small real universe (so that suppliers and lots meet often): 3 régions, 6 départements, 12 communes, 6 sectors, CPV codes in 4 classes. */
function realUniverse(): MatchUniverse {
  const point = (kind: 'REGION' | 'DEPARTEMENT' | 'COMMUNE', code: string) => {
    const place = placeByCode(kind, code);
    if (!place) throw new Error(`no ${kind} ${code} in the reference data`);
    return { lat: place.lat ?? null, lon: place.lon ?? null, place };
  };
  const departementCodes = ['75', '92', '59', '62', '69', '38'];
  const departements = departementCodes.map((code) => {
    const { lat, lon, place } = point('DEPARTEMENT', code);
    return { code, regionCode: place.regionCode!, lat, lon };
  });
  const regions = [...new Set(departements.map((d) => d.regionCode))].map((code) => ({ code, ...point('REGION', code) })).map(({ code, lat, lon }) => ({ code, lat, lon }));
  const communes = departementCodes.flatMap((d) =>
    [...communesOfDepartement(d)].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, 2).map((c) => ({
      code: c.code, departementCode: d, regionCode: c.regionCode!, lat: c.lat ?? null, lon: c.lon ?? null,
    })));
  const sectors = listSectors().filter((s) => !s.isOther).map((s) => s.slug);
  const wantedSectors = ['nettoyage-de-locaux', 'collecte-des-dechets-industriels', 'creation-et-entretien-des-espaces-verts', 'restauration-collective', 'collecte-du-verre', 'traductions'];
  const sectorSlugs = wantedSectors.filter((s) => sectors.includes(s));
  if (sectorSlugs.length < 5) throw new Error(`expected sectors missing from the reference data: ${wantedSectors.join(', ')}`);
  // Reference codes (with check digit), three per class: offers store only such codes.
  const cpvCodes = ['9091', '9051', '4521', '7731'].flatMap((cls) => listCpv().filter((c) => c.code.startsWith(cls)).slice(0, 3).map((c) => c.code));
  return { sectorSlugs, cpvCodes, regions, departements, communes };
}

const KINDS: SupplierKind[] = ['EI', 'ACI', 'AI', 'EA', 'ESAT', 'SEP', 'GEIQ', 'ESS_ASSOCIATION', 'ESS_COOP_SCOP'];
const OTHER_STATUSES: VerificationStatus[] = ['DECLARED', 'PENDING', 'REJECTED', 'EXPIRED'];
const RESERVATIONS: ReservationType[] = ['NONE', 'RES_INSERTION', 'RES_HANDICAP', 'RES_HANDICAP_OR_INSERTION', 'RES_PENITENTIARY'];

/** Kinds consistent with `verified` (≥ 1 VERIFIED kind exactly when verified). */
function kindsFor(rng: Rng, verified: boolean): KindRecord[] {
  const chosen = rng.subset(KINDS, verified ? 1 : 0, 2);
  return chosen.map((kind, i) => ({ kind, status: verified && i === 0 ? 'VERIFIED' : rng.pick(OTHER_STATUSES) }));
}

interface Stored {
  dbId: string;
  supplier: MatchSupplier;
  kinds: KindRecord[];
}

describe('matching predicate: SQL = TypeScript on random suppliers and lots', () => {
  let ctx: TestContext;
  let run: QueryRunnerFn;
  const stored: Stored[] = [];
  const universe = realUniverse();
  const fail = (message: string): never => {
    throw new Error(`${message}\n(replay with MATCHING_SEED=${SEED})`);
  };
  /** Any failure of `body` names the seed that replays it. */
  const seeded = (body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (error) {
      if (error instanceof Error && !error.message.includes('MATCHING_SEED')) error.message += `\n(replay with MATCHING_SEED=${SEED})`;
      throw error;
    }
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    run = (sql, params) => ctx.dataSource.query(sql, params);
    const rng = seededRng(SEED);
    const [user] = await ctx.dataSource.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Matching property', 'x') RETURNING id`,
      [`matching-property-${randomUUID()}@test.essor.fr`],
    );
    for (let i = 0; i < SUPPLIERS; i++) {
      const supplier = arbitrarySupplier(rng, universe);
      stored.push({ dbId: randomUUID(), supplier, kinds: kindsFor(rng, supplier.verified) });
    }
    const orgs = stored.map((s, i) => ({ id: s.dbId, name: `Structure ${i}` }));
    await ctx.dataSource.query(`INSERT INTO organization (id, name, type) SELECT id, name, 'SUPPLIER' FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, name text)`, [JSON.stringify(orgs)]);
    const members = stored.filter((s) => s.supplier.active).map((s) => s.dbId);
    await ctx.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) SELECT o, $2, 'ADMIN' FROM unnest($1::uuid[]) o`, [members, user.id]);
    const kinds = stored.flatMap((s) => s.kinds.map((k) => ({ organization_id: s.dbId, kind: k.kind, status: k.status })));
    await ctx.dataSource.query(
      `INSERT INTO supplier_kind (organization_id, kind, status) SELECT * FROM jsonb_to_recordset($1::jsonb) AS k(organization_id uuid, kind text, status text)`,
      [JSON.stringify(kinds)],
    );
    const profiles = stored.filter((s) => s.supplier.site).map((s) => ({
      organization_id: s.dbId, site_commune_code: s.supplier.site!.communeCode, departement_code: s.supplier.site!.departementCode,
      latitude: s.supplier.site!.lat, longitude: s.supplier.site!.lon,
    }));
    await ctx.dataSource.query(
      `INSERT INTO supplier_profile (organization_id, site_commune_code, departement_code, latitude, longitude)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(organization_id uuid, site_commune_code text, departement_code text, latitude float8, longitude float8)`,
      [JSON.stringify(profiles)],
    );
    const activities = stored.flatMap((s) => s.supplier.activities.map((a, position) => ({
      organization_id: s.dbId, sector_slug: a.sectorSlug, service_types: a.serviceTypes, area_kind: a.areaKind,
      region_codes: a.regionCodes, departement_codes: a.departementCodes, commune_codes: a.communeCodes, radius_km: a.radiusKm, position,
    })));
    await ctx.dataSource.query(
      `INSERT INTO supplier_activity (organization_id, sector_slug, service_types, area_kind, region_codes, departement_codes, commune_codes, radius_km, position)
       SELECT a.organization_id, a.sector_slug, ARRAY(SELECT jsonb_array_elements_text(a.service_types)), a.area_kind,
              ARRAY(SELECT jsonb_array_elements_text(a.region_codes)), ARRAY(SELECT jsonb_array_elements_text(a.departement_codes)),
              ARRAY(SELECT jsonb_array_elements_text(a.commune_codes)), a.radius_km, a.position
         FROM jsonb_to_recordset($1::jsonb) AS a(organization_id uuid, sector_slug text, service_types jsonb, area_kind text,
              region_codes jsonb, departement_codes jsonb, commune_codes jsonb, radius_km int, position int)`,
      [JSON.stringify(activities)],
    );
    // The supplier's CPV codes spread over one or two offers.
    const offers = stored.flatMap((s) => {
      const codes = s.supplier.offerCpvCodes;
      if (codes.length === 0) return [];
      const cut = Math.ceil(codes.length / 2);
      return [codes.slice(0, cut), codes.slice(cut)].filter((c) => c.length > 0).map((c, position) => ({ organization_id: s.dbId, cpv_codes: c, position }));
    });
    await ctx.dataSource.query(
      `INSERT INTO supplier_offer (organization_id, name, cpv_codes, position)
       SELECT o.organization_id, 'Offre', ARRAY(SELECT jsonb_array_elements_text(o.cpv_codes)), o.position
         FROM jsonb_to_recordset($1::jsonb) AS o(organization_id uuid, cpv_codes jsonb, position int)`,
      [JSON.stringify(offers)],
    );
  });
  afterAll(() => ctx?.close());

  it('loads back exactly the generated suppliers (the inputs of the TypeScript side in production)', seeded(async () => {
    const loaded = await loadMatchCandidates(run, stored.map((s) => s.dbId));
    expect(loaded.size).toBe(SUPPLIERS);
    for (const s of stored) {
      const got = loaded.get(s.dbId)!;
      const expected = { ...s.supplier, id: s.dbId, offerCpvCodes: [...new Set(s.supplier.offerCpvCodes)].sort() };
      if (JSON.stringify(got.supplier) !== JSON.stringify(expected)) {
        fail(`loader differs for a supplier:\n got ${JSON.stringify(got.supplier)}\nwant ${JSON.stringify(expected)}`);
      }
      // Kinds are a set: the loader returns them by kind (code-point order), the generator in its own.
      const byKind = [...s.kinds].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
      expect(got.eligibility).toEqual(eligibilityProfileFromRecords(byKind, []));
    }
  }));

  it(`the SQL candidates of ${LOTS} random lots are exactly the suppliers the TypeScript predicate matches`, seeded(async () => {
    const rng = seededRng(SEED ^ 0x5bd1e995);
    const byDbId = new Map(stored.map((s) => [s.dbId, s]));
    const loaded = await loadMatchCandidates(run, stored.map((s) => s.dbId));
    let matchedPairs = 0;
    let lotsWithMatches = 0;
    for (let i = 0; i < LOTS; i++) {
      const generated = arbitraryLot(rng, universe);
      // The API resolves the place from reference data: it must be the generator's place.
      const lot: MatchLot = { ...generated, place: matchPlaceOf(generated.place.kind, generated.place.code) };
      expect(lot.place).toEqual(generated.place);
      const expected = stored.filter((s) => matchSupplierToLot(s.supplier, lot, MATCH_GEO).matches).map((s) => s.dbId).sort();
      const sql = await candidateIds(run, lot);
      if (JSON.stringify(sql) !== JSON.stringify(expected)) {
        const missing = expected.filter((id) => !sql.includes(id)).map((id) => byDbId.get(id)!.supplier);
        const extra = sql.filter((id) => !expected.includes(id)).map((id) => byDbId.get(id)!.supplier);
        fail(`lot ${i} ${JSON.stringify(lot)}\nmissing from SQL: ${JSON.stringify(missing)}\nextra in SQL: ${JSON.stringify(extra)}`);
      }
      matchedPairs += expected.length;
      if (expected.length > 0) lotsWithMatches++;

      // In production the reasons come from the TypeScript predicate run on the loaded rows.
      for (const id of sql) {
        const decision = decideMatch(loaded.get(id)!, lot, { reservation: 'NONE', at: new Date(), buyerRegime: 'CCP', cpvCodes: [] });
        expect(decision).toEqual({ matches: true, reasons: matchSupplierToLot(byDbId.get(id)!.supplier, lot, MATCH_GEO).reasons });
      }

      // The reservation prefilter keeps every supplier that could be eligible, and nobody else matches.
      const reservation = rng.pick(RESERVATIONS);
      const prefiltered = await candidateIds(run, lot, { reservation });
      const couldBeEligible = expected.filter((id) => {
        const status = supplierEligibility({ ...eligibilityProfileFromRecords(byDbId.get(id)!.kinds, []), reservation, at: new Date() }).status;
        return status !== 'INELIGIBLE';
      });
      if (!couldBeEligible.every((id) => prefiltered.includes(id)) || !prefiltered.every((id) => expected.includes(id))) {
        fail(`lot ${i} reserved ${reservation}: prefilter ${JSON.stringify(prefiltered)} is not between ${JSON.stringify(couldBeEligible)} and ${JSON.stringify(expected)}`);
      }
    }
    // The generated data exercises both outcomes (else the property says little).
    const pairs = LOTS * SUPPLIERS;
    expect({ lotsWithMatches: lotsWithMatches > LOTS / 4, matched: matchedPairs > pairs / 100, unmatched: pairs - matchedPairs > pairs / 2 })
      .toEqual({ lotsWithMatches: true, matched: true, unmatched: true });
  }));
});
