import fc from 'fast-check';
import { listSectors, placeByCode } from '@essor/reference-data';
import type { SupplierKindClaim } from '../eligibility';
import { supplierEligibility } from '../eligibility';
import { PROOF_TYPES } from '../proof-types';
import { RESERVATION_TYPES, type ReservationType } from '../reservation';
import { SUPPLIER_KINDS, type SupplierKind } from '../supplier-kinds';
import { DEADLINE, verified } from '../testing/fixtures';
import {
  arbitraryActivity,
  arbitraryLot,
  arbitrarySupplier,
  matchGeoOf,
  placeOf,
  SAMPLE_MATCH_UNIVERSE as U,
  seededRng,
  type MatchUniverse,
} from '../testing/match-generators';
import { VERIFICATION_STATUSES } from '../verification-status';
import {
  candidateKindsFor,
  eligibilityMatchReason,
  formatMatchReasons,
  haversineKm,
  matchSupplierToLot,
  SERVICE_TYPES,
  type MatchActivity,
  type MatchLot,
  type MatchReason,
  type MatchSupplier,
  type PlaceKind,
} from './matching';

const geo = matchGeoOf(U);
const CLEANING = 'nettoyage-de-locaux';
const URBAN_CLEANING = 'nettoyage-urbain';
const GREEN_SPACES = 'creation-et-entretien-des-espaces-verts';
const LILLE = { lat: 50.6317, lon: 3.0478 };
const ROUBAIX = { lat: 50.688, lon: 3.1826 };
const ARRAS = { lat: 50.2899, lon: 2.7659 };
const LILLE_SITE = { communeCode: '59350', departementCode: '59', regionCode: '32', ...LILLE };

const place = (kind: PlaceKind, code: string | null = null) => placeOf(U, kind, code);
const activity = (overrides: Partial<MatchActivity> = {}): MatchActivity => ({
  sectorSlug: CLEANING,
  serviceTypes: ['SERVICE'],
  areaKind: 'ZONES',
  regionCodes: [],
  departementCodes: [],
  communeCodes: [],
  radiusKm: null,
  ...overrides,
});
const supplier = (overrides: Partial<MatchSupplier> = {}): MatchSupplier => ({
  id: 's1',
  active: true,
  verified: true,
  site: LILLE_SITE,
  activities: [activity({ departementCodes: ['59'] })],
  offerCpvCodes: [],
  ...overrides,
});
const lot = (overrides: Partial<MatchLot> = {}): MatchLot => ({
  sectorSlugs: [CLEANING],
  cpvCodes: [],
  serviceTypes: [],
  place: place('COMMUNE', '59350'),
  radiusKm: null,
  verifiedOnly: false,
  ...overrides,
});
const match = (s: MatchSupplier, l: MatchLot) => matchSupplierToLot(s, l, geo);
const areas = (reasons: readonly MatchReason[]) => reasons.filter((r) => r.type === 'AREA');

describe('haversineKm', () => {
  it('measures a degree of latitude as 2πR/360 and is symmetric', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo((2 * Math.PI * 6371) / 360, 6);
    expect(haversineKm(LILLE, ROUBAIX)).toBeCloseTo(haversineKm(ROUBAIX, LILLE), 9);
    expect(haversineKm(LILLE, LILLE)).toBe(0);
  });

  it('gives Paris–Lyon about 392 km and antipodes half a circumference', () => {
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeGreaterThan(385);
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeLessThan(398);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 6);
  });
});

describe('matchSupplierToLot: supplier conditions', () => {
  it('needs an active (claimed) supplier', () => {
    expect(match(supplier({ active: false }), lot())).toEqual({ matches: false, reasons: [] });
  });

  it.each([
    [true, true, true],
    [true, false, false],
    [false, false, true],
    [false, true, true],
  ])('verifiedOnly %s, supplier verified %s -> %s', (verifiedOnly, isVerified, expected) => {
    expect(match(supplier({ verified: isVerified }), lot({ verifiedOnly })).matches).toBe(expected);
  });

  it('never matches a supplier without activities, even with a matching offer', () => {
    expect(match(supplier({ activities: [], offerCpvCodes: ['90911200'] }), lot({ cpvCodes: ['90911200'] })).matches).toBe(false);
  });
});

describe('matchSupplierToLot: service type (FITS)', () => {
  it.each<[MatchActivity['serviceTypes'], MatchLot['serviceTypes'], boolean]>([
    [['SERVICE'], [], true],
    [[], [], true],
    [['SERVICE'], ['STAFFING'], false],
    [['STAFFING'], ['SERVICE', 'STAFFING'], true],
    [[], ['SERVICE'], false],
  ])('activity %j, lot %j -> %s', (activityTypes, lotTypes, expected) => {
    const s = supplier({ activities: [activity({ serviceTypes: activityTypes, departementCodes: ['59'] })] });
    expect(match(s, lot({ serviceTypes: lotTypes })).matches).toBe(expected);
  });

  it('names the service types that fit, only when the lot asks for some', () => {
    const s = supplier({ activities: [activity({ serviceTypes: ['STAFFING', 'SERVICE'], departementCodes: ['59'] })] });
    expect(match(s, lot({ serviceTypes: ['MANUFACTURING', 'STAFFING'] })).reasons).toContainEqual({
      type: 'SERVICE_TYPE',
      serviceType: 'STAFFING',
    });
    expect(match(s, lot({ serviceTypes: ['MANUFACTURING', 'STAFFING'] })).reasons).not.toContainEqual({
      type: 'SERVICE_TYPE',
      serviceType: 'SERVICE',
    });
    expect(match(s, lot()).reasons.filter((r) => r.type === 'SERVICE_TYPE')).toEqual([]);
  });
});

describe('matchSupplierToLot: what (sector or CPV class)', () => {
  const elsewhere = activity({ sectorSlug: GREEN_SPACES, departementCodes: ['59'] });

  it('matches on a sector of the lot', () => {
    expect(match(supplier(), lot()).reasons[0]).toEqual({ type: 'SECTOR', sectorSlug: CLEANING });
    expect(match(supplier({ activities: [elsewhere] }), lot()).matches).toBe(false);
  });

  it.each<[string[], string[], string | null]>([
    [['90911200'], ['90919200'], '90910000'], // same class 9091
    [['90511000'], ['90511000-2'], '90510000'], // the check digit is ignored
    [['90911200'], ['90511000-2'], null], // 9091 vs 9051
    [['45210000'], ['45000000'], null], // a division code is not the class 4521
    [['90'], ['90'], null], // too short to have a class
    [[], ['90911200'], null],
  ])('offers %j, lot CPV %j -> class %s', (offers, lotCodes, expectedClass) => {
    const result = match(supplier({ activities: [elsewhere], offerCpvCodes: offers }), lot({ cpvCodes: lotCodes }));
    expect(result.matches).toBe(expectedClass !== null);
    if (expectedClass) {
      expect(result.reasons).toContainEqual({ type: 'CPV', cpvClass: expectedClass });
      expect(result.reasons.some((r) => r.type === 'SECTOR')).toBe(false);
    }
  });

  it('a lot with CPV codes and no sector matches through the class alone', () => {
    expect(match(supplier({ offerCpvCodes: ['77311000'] }), lot({ sectorSlugs: [], cpvCodes: ['77310000'] })).matches).toBe(true);
  });
});

describe('matchSupplierToLot: where, ZONES activities', () => {
  type Zones = Pick<MatchActivity, 'regionCodes' | 'departementCodes' | 'communeCodes'>;
  const zones = (z: Partial<Zones>) => supplier({ activities: [activity({ ...z })] });

  it.each<[string, PlaceKind, string, Partial<Zones>, MatchReason | null]>([
    ['commune listed', 'COMMUNE', '59350', { communeCodes: ['59350'] }, { type: 'AREA', scope: 'COMMUNE', code: '59350' }],
    ["commune's département listed", 'COMMUNE', '59350', { departementCodes: ['59'] }, { type: 'AREA', scope: 'DEPARTEMENT', code: '59' }],
    ["commune's région listed", 'COMMUNE', '59350', { regionCodes: ['32'] }, { type: 'AREA', scope: 'REGION', code: '32' }],
    ['another commune', 'COMMUNE', '59350', { communeCodes: ['59512'] }, null],
    ['another département', 'COMMUNE', '59350', { departementCodes: ['62'], regionCodes: ['84'] }, null],
    ['département listed', 'DEPARTEMENT', '59', { departementCodes: ['59'] }, { type: 'AREA', scope: 'DEPARTEMENT', code: '59' }],
    ["département's région listed", 'DEPARTEMENT', '59', { regionCodes: ['32'] }, { type: 'AREA', scope: 'REGION', code: '32' }],
    ['a commune of the département does not cover it', 'DEPARTEMENT', '59', { communeCodes: ['59350'] }, null],
    ['région listed', 'REGION', '32', { regionCodes: ['32'] }, { type: 'AREA', scope: 'REGION', code: '32' }],
    ['a département of the région', 'REGION', '32', { departementCodes: ['69', '62'] }, { type: 'AREA', scope: 'DEPARTEMENT', code: '62' }],
    ['a département of another région', 'REGION', '32', { departementCodes: ['69'] }, null],
    ['a commune of the région does not cover it', 'REGION', '32', { communeCodes: ['59350'] }, null],
    ['an unknown département', 'REGION', '32', { departementCodes: ['99'] }, null],
  ])('%s: %s %s', (_label, kind, code, z, expected) => {
    const result = match(zones(z), lot({ place: place(kind, code) }));
    expect(result.matches).toBe(expected !== null);
    if (expected) expect(areas(result.reasons)).toEqual([expected]);
  });

  it('the most specific listed zone is the reason given', () => {
    const result = match(zones({ communeCodes: ['59350'], departementCodes: ['59'], regionCodes: ['32'] }), lot());
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: 'COMMUNE', code: '59350' }]);
  });
});

describe('matchSupplierToLot: where, NATIONAL', () => {
  it.each<[PlaceKind, string | null]>([
    ['NATIONAL', null],
    ['REGION', '84'],
    ['DEPARTEMENT', '38'],
    ['COMMUNE', '38053'],
  ])('a national activity covers %s %s', (kind, code) => {
    const result = match(supplier({ activities: [activity({ areaKind: 'NATIONAL' })] }), lot({ place: place(kind, code) }));
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: 'NATIONAL' }]);
  });

  it('a national place is covered by national activities only, whatever the zones, radius or lot radius', () => {
    const all = activity({ regionCodes: ['11', '32', '84'], departementCodes: ['59'], communeCodes: ['59350'] });
    const wide = activity({ areaKind: 'RADIUS', radiusKm: 20_000 });
    expect(match(supplier({ activities: [all, wide] }), lot({ place: place('NATIONAL'), radiusKm: 20_000 })).matches).toBe(false);
    const nationalWithCoords = { ...place('NATIONAL'), lat: LILLE.lat, lon: LILLE.lon };
    expect(match(supplier({ activities: [all] }), lot({ place: nationalWithCoords, radiusKm: 20_000 })).matches).toBe(false);
  });
});

describe('matchSupplierToLot: where, RADIUS activities', () => {
  const around = (radiusKm: number | null, site: MatchSupplier['site'] = LILLE_SITE) =>
    supplier({ site, activities: [activity({ areaKind: 'RADIUS', radiusKm })] });
  const lilleToRoubaix = haversineKm(LILLE, ROUBAIX);
  const lilleToArras = haversineKm(LILLE, ARRAS);

  it('covers a place whose centroid is within the radius (inclusive)', () => {
    const result = match(around(20), lot({ place: place('COMMUNE', '59512') }));
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: 'RADIUS', km: Math.round(lilleToRoubaix * 10) / 10, radiusKm: 20 }]);
    expect(match(around(Math.floor(lilleToRoubaix)), lot({ place: place('COMMUNE', '59512') })).matches).toBe(false);
    expect(match(around(lilleToRoubaix), lot({ place: place('COMMUNE', '59512') })).matches).toBe(true);
  });

  it('measures to the chef-lieu of a département or région outside the site', () => {
    expect(lilleToArras).toBeGreaterThan(40);
    expect(match(around(50), lot({ place: place('DEPARTEMENT', '62') })).matches).toBe(true);
    expect(match(around(30), lot({ place: place('DEPARTEMENT', '62') })).matches).toBe(false);
  });

  it.each<[PlaceKind, string]>([
    ['COMMUNE', '59350'],
    ['DEPARTEMENT', '59'],
    ['REGION', '32'],
  ])("covers the site's own %s whatever the radius or coordinates", (kind, code) => {
    const noCoords = { ...LILLE_SITE, lat: null, lon: null };
    const result = match(around(null, noCoords), lot({ place: place(kind, code) }));
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: kind, code }]);
  });

  it('needs a site, and coordinates on both sides for a distance', () => {
    expect(match(around(500, null), lot({ place: place('COMMUNE', '59512') })).matches).toBe(false);
    expect(match(around(500, { ...LILLE_SITE, lat: null, lon: null }), lot({ place: place('COMMUNE', '59512') })).matches).toBe(false);
    // Bourgoin-Jallieu has no centroid in the sample universe.
    expect(match(around(1_000), lot({ place: place('COMMUNE', '38053') })).matches).toBe(false);
    expect(match(around(null), lot({ place: place('COMMUNE', '59512') })).matches).toBe(false);
  });
});

describe("matchSupplierToLot: the lot's own radius", () => {
  const farAway = activity({ departementCodes: ['69'] });
  const lilleToRoubaix = haversineKm(LILLE, ROUBAIX);

  it('any activity that fits and covers the what reaches a place within the lot radius of its site', () => {
    const result = match(supplier({ activities: [farAway] }), lot({ place: place('COMMUNE', '59512'), radiusKm: 30 }));
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: 'RADIUS', km: Math.round(lilleToRoubaix * 10) / 10, radiusKm: 30 }]);
    expect(match(supplier({ activities: [farAway] }), lot({ place: place('COMMUNE', '59512'), radiusKm: 10 })).matches).toBe(false);
  });

  it('does not rescue an activity that fails the what or the service type', () => {
    const wrongSector = activity({ sectorSlug: GREEN_SPACES, departementCodes: ['69'] });
    expect(match(supplier({ activities: [wrongSector] }), lot({ place: place('COMMUNE', '59512'), radiusKm: 30 })).matches).toBe(false);
    expect(
      match(supplier({ activities: [farAway] }), lot({ place: place('COMMUNE', '59512'), radiusKm: 30, serviceTypes: ['MANUFACTURING'] }))
        .matches,
    ).toBe(false);
  });

  it('needs a centroid on the place', () => {
    expect(match(supplier({ activities: [farAway] }), lot({ place: place('COMMUNE', '38053'), radiusKm: 5_000 })).matches).toBe(false);
  });

  it("is only a fallback: the activity's own area is the reason when it covers", () => {
    const result = match(supplier(), lot({ radiusKm: 30 }));
    expect(areas(result.reasons)).toEqual([{ type: 'AREA', scope: 'DEPARTEMENT', code: '59' }]);
  });
});

describe('matchSupplierToLot: reasons', () => {
  it('gathers the reasons of every activity that passes, without duplicates, in a fixed order', () => {
    const s = supplier({
      offerCpvCodes: ['90919200', '90511000'],
      activities: [
        activity({ departementCodes: ['59'], serviceTypes: ['SERVICE'] }),
        activity({ sectorSlug: URBAN_CLEANING, areaKind: 'NATIONAL', serviceTypes: ['STAFFING', 'SERVICE'] }),
        activity({ departementCodes: ['59'], serviceTypes: ['SERVICE'] }), // duplicate of the first
        activity({ sectorSlug: GREEN_SPACES, departementCodes: ['69'] }), // passes the what via CPV, not the where
      ],
    });
    const result = match(
      s,
      lot({ sectorSlugs: [URBAN_CLEANING, CLEANING], cpvCodes: ['90511000-2', '90911200'], serviceTypes: ['SERVICE', 'STAFFING'] }),
    );
    expect(result.reasons).toEqual([
      { type: 'SECTOR', sectorSlug: CLEANING },
      { type: 'SECTOR', sectorSlug: URBAN_CLEANING },
      { type: 'CPV', cpvClass: '90510000' },
      { type: 'CPV', cpvClass: '90910000' },
      { type: 'AREA', scope: 'DEPARTEMENT', code: '59' },
      { type: 'AREA', scope: 'NATIONAL' },
      { type: 'SERVICE_TYPE', serviceType: 'SERVICE' },
      { type: 'SERVICE_TYPE', serviceType: 'STAFFING' },
    ]);
  });

  it('renders in French and English', () => {
    const labels = {
      sector: (slug: string) => (slug === CLEANING ? 'Nettoyage de locaux' : slug),
      place: (_kind: string, code: string) => (code === '59' ? 'Nord' : code),
    };
    const reasons: MatchReason[] = [
      { type: 'SECTOR', sectorSlug: CLEANING },
      { type: 'AREA', scope: 'DEPARTEMENT', code: '59' },
      { type: 'AREA', scope: 'RADIUS', km: 11.4, radiusKm: 30 },
      { type: 'SERVICE_TYPE', serviceType: 'STAFFING' },
      { type: 'ELIGIBILITY', reservation: 'RES_INSERTION', status: 'ELIGIBLE', kinds: ['EI'] },
    ];
    expect(formatMatchReasons(reasons, 'fr', labels)).toBe(
      "secteur Nettoyage de locaux · zone d'intervention : Nord · à 11,4 km du lieu d'exécution · type de prestation : mise à disposition de personnel · éligible marché réservé L2113-13 (EI)",
    );
    expect(formatMatchReasons(reasons, 'en', labels)).toBe(
      'sector Nettoyage de locaux · service area: Nord · 11.4 km from the place of delivery · service type: staffing · eligible for reserved contract L2113-13 (EI)',
    );
    expect(
      formatMatchReasons(
        [
          { type: 'SECTOR', sectorSlug: 'a' },
          { type: 'SECTOR', sectorSlug: 'b' },
          { type: 'CPV', cpvClass: '90910000' },
          { type: 'AREA', scope: 'NATIONAL' },
          { type: 'ELIGIBILITY', reservation: 'RES_ESS_SERVICES', status: 'TO_CONFIRM', kinds: ['ESS_COOP_SCIC', 'ESAT'] },
        ],
        'fr',
        { ...labels, cpv: (code) => `${code} Services de nettoyage` },
      ),
    ).toBe(
      'secteurs a, b · CPV 90910000 Services de nettoyage · intervient dans toute la France · éligibilité marché réservé L2113-15 à confirmer (SCIC, ESAT)',
    );
  });

  it('renders the INVITED reason (a supplier invited to a need it does not otherwise match)', () => {
    const labels = { sector: (slug: string) => slug, place: (_kind: string, code: string) => code };
    expect(formatMatchReasons([{ type: 'INVITED' }], 'fr', labels)).toBe("invité par l'acheteur");
    expect(formatMatchReasons([{ type: 'INVITED' }], 'en', labels)).toBe('invited by the buyer');
  });
});

describe('eligibility around the predicate', () => {
  it('eligibilityMatchReason names the kinds that carry the answer', () => {
    const eligible = supplierEligibility({ reservation: 'RES_INSERTION', at: DEADLINE, kinds: [verified('ACI'), verified('ORDINARY')] });
    expect(eligibilityMatchReason('RES_INSERTION', eligible)).toEqual({
      type: 'ELIGIBILITY',
      reservation: 'RES_INSERTION',
      status: 'ELIGIBLE',
      kinds: ['ACI'],
    });
    const toConfirm = supplierEligibility({ reservation: 'RES_INSERTION', at: DEADLINE, kinds: [verified('GEIQ')] });
    expect(eligibilityMatchReason('RES_INSERTION', toConfirm)).toMatchObject({ status: 'TO_CONFIRM', kinds: ['GEIQ'] });
    const no = supplierEligibility({ reservation: 'RES_INSERTION', at: DEADLINE, kinds: [verified('EA')] });
    expect(eligibilityMatchReason('RES_INSERTION', no)).toBeNull();
    expect(eligibilityMatchReason('NONE', supplierEligibility({ reservation: 'NONE', at: DEADLINE, kinds: [] }))).toBeNull();
  });

  it('candidateKindsFor lists the kinds of the matrix for each reservation', () => {
    expect(candidateKindsFor('RES_PENITENTIARY')).toEqual({
      anySupplier: false,
      kinds: ['SEP'],
      statuses: ['DECLARED', 'PENDING', 'VERIFIED', 'EXPIRED'],
    });
    expect(candidateKindsFor('RES_INSERTION').kinds).toEqual(['EI', 'ETTI', 'AI', 'ACI', 'EITI', 'GEIQ', 'EQUIVALENT_INSERTION']);
    expect(candidateKindsFor('NONE').anySupplier).toBe(true);
  });

  const RESERVED = RESERVATION_TYPES.filter((r): r is Exclude<ReservationType, 'NONE'> => r !== 'NONE');

  it.each(RESERVED)('%s: a kind in the set can qualify, a kind outside never does', (reservation) => {
    const { kinds } = candidateKindsFor(reservation);
    for (const kind of SUPPLIER_KINDS) {
      const status = supplierEligibility({
        reservation,
        at: DEADLINE,
        kinds: [verified(kind)],
        disabledWorkersShare: 0.8,
        disadvantagedWorkersShare: 0.8,
      }).status;
      expect([kind, status !== 'INELIGIBLE']).toEqual([kind, kinds.includes(kind)]);
    }
  });

  it('property: any ELIGIBLE or TO_CONFIRM answer comes through a candidate kind with a candidate status', () => {
    const dayArb = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2029, 11, 31) }).map((t) => new Date(t));
    const claimArb: fc.Arbitrary<SupplierKindClaim> = fc.record({
      kind: fc.constantFrom<SupplierKind>(...SUPPLIER_KINDS),
      verificationStatus: fc.constantFrom(...VERIFICATION_STATUSES),
      proofs: fc.array(
        fc.record({
          type: fc.constantFrom(...PROOF_TYPES),
          validFrom: fc.option(dayArb, { nil: null }),
          validUntil: fc.option(dayArb, { nil: null }),
        }),
        { maxLength: 2 },
      ),
    });
    const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...RESERVATION_TYPES),
        fc.array(claimArb, { maxLength: 3 }),
        share,
        share,
        dayArb,
        (reservation, kinds, d, a, at) => {
          const input = {
            reservation,
            kinds,
            at,
            ...(d === undefined ? {} : { disabledWorkersShare: d }),
            ...(a === undefined ? {} : { disadvantagedWorkersShare: a }),
          };
          const result = supplierEligibility(input);
          const candidates = candidateKindsFor(reservation);
          if (result.status === 'INELIGIBLE' || candidates.anySupplier) return true;
          return kinds.some((c) => candidates.kinds.includes(c.kind) && candidates.statuses.includes(c.verificationStatus));
        },
      ),
      { numRuns: 2000, seed: 20260501 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over seeded random suppliers and lots (the generator the API's SQL test reuses).

/** An independent reading of the rule: expand each activity into the set of places it covers. */
function oracle(s: MatchSupplier, l: MatchLot, universe: MatchUniverse): boolean {
  if (!s.active || (l.verifiedOnly && !s.verified)) return false;
  const classes = (codes: readonly string[]) => new Set(codes.filter((c) => c.length >= 4).map((c) => c.slice(0, 4)));
  const offerClasses = classes(s.offerCpvCodes);
  const cpv = [...classes(l.cpvCodes)].some((c) => offerClasses.has(c));
  const p = l.place;
  const dist =
    s.site?.lat != null && s.site.lon != null && p.lat !== null && p.lon !== null
      ? haversineKm({ lat: s.site.lat, lon: s.site.lon }, { lat: p.lat, lon: p.lon })
      : null;
  return s.activities.some((a) => {
    if (l.serviceTypes.length > 0 && !a.serviceTypes.some((t) => l.serviceTypes.includes(t))) return false;
    if (!l.sectorSlugs.includes(a.sectorSlug) && !cpv) return false;
    if (p.kind !== 'NATIONAL' && l.radiusKm !== null && dist !== null && dist <= l.radiusKm) return true;
    if (a.areaKind === 'NATIONAL') return true;
    if (p.kind === 'NATIONAL') return false;
    const covered = new Set<string>();
    if (a.areaKind === 'ZONES') {
      for (const c of universe.communes) {
        if (a.communeCodes.includes(c.code) || a.departementCodes.includes(c.departementCode) || a.regionCodes.includes(c.regionCode))
          covered.add(`COMMUNE:${c.code}`);
      }
      for (const d of universe.departements) {
        if (a.departementCodes.includes(d.code) || a.regionCodes.includes(d.regionCode)) covered.add(`DEPARTEMENT:${d.code}`);
        if (a.departementCodes.includes(d.code)) covered.add(`REGION:${d.regionCode}`);
      }
      for (const r of a.regionCodes) covered.add(`REGION:${r}`);
    } else if (s.site) {
      if (s.site.communeCode) covered.add(`COMMUNE:${s.site.communeCode}`);
      if (s.site.departementCode) covered.add(`DEPARTEMENT:${s.site.departementCode}`);
      if (s.site.regionCode) covered.add(`REGION:${s.site.regionCode}`);
      if (a.radiusKm !== null && dist !== null && dist <= a.radiusKm) return true;
    }
    return covered.has(`${p.kind}:${p.code}`);
  });
}

describe('matching properties (seeded random suppliers and lots)', () => {
  const RUNS = 3000;
  const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
  const options = { numRuns: RUNS, seed: 42 };
  const pair = (seed: number) => {
    const rng = seededRng(seed);
    return { s: arbitrarySupplier(rng, U), l: arbitraryLot(rng, U), rng };
  };

  it('the generator yields both matches and non-matches, through every area branch', () => {
    const seen = new Set<string>();
    let matches = 0;
    for (let seed = 0; seed < RUNS; seed++) {
      const { s, l } = pair(seed);
      const result = match(s, l);
      if (result.matches) matches++;
      for (const r of result.reasons) seen.add(r.type === 'AREA' ? `AREA:${r.scope}` : r.type);
    }
    expect(matches).toBeGreaterThan(RUNS * 0.1);
    expect(matches).toBeLessThan(RUNS * 0.9);
    expect([...seen].sort()).toEqual([
      'AREA:COMMUNE',
      'AREA:DEPARTEMENT',
      'AREA:NATIONAL',
      'AREA:RADIUS',
      'AREA:REGION',
      'CPV',
      'SECTOR',
      'SERVICE_TYPE',
    ]);
  });

  it('agrees with an independent reading of the rule (coverage expanded over the universe)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l } = pair(seed);
        return match(s, l).matches === oracle(s, l, U);
      }),
      options,
    );
  });

  it('reasons are non-empty exactly when it matches, and each one is true of the inputs', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l } = pair(seed);
        const { matches, reasons } = match(s, l);
        if (matches !== reasons.length > 0) return false;
        if (matches && !reasons.some((r) => r.type === 'AREA')) return false;
        if (matches && !reasons.some((r) => r.type === 'SECTOR' || r.type === 'CPV')) return false;
        return reasons.every((r) => {
          switch (r.type) {
            case 'SECTOR':
              return l.sectorSlugs.includes(r.sectorSlug) && s.activities.some((a) => a.sectorSlug === r.sectorSlug);
            case 'CPV':
              return (
                l.cpvCodes.some((c) => c.startsWith(r.cpvClass.slice(0, 4))) &&
                s.offerCpvCodes.some((c) => c.startsWith(r.cpvClass.slice(0, 4)))
              );
            case 'SERVICE_TYPE':
              return l.serviceTypes.includes(r.serviceType);
            case 'AREA':
              return r.scope !== 'RADIUS' || (r.km !== undefined && r.radiusKm !== undefined && r.km <= r.radiusKm + 0.05);
            // The predicate never gives these: eligibility and invitations are added by the API.
            case 'ELIGIBILITY':
            case 'INVITED':
              return false;
          }
        });
      }),
      options,
    );
  });

  it('a national activity in a sector of the lot, of every service type, matches any place', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l, rng } = pair(seed);
        if (l.sectorSlugs.length === 0) return true;
        const national = activity({ sectorSlug: rng.pick(l.sectorSlugs), serviceTypes: [...SERVICE_TYPES], areaKind: 'NATIONAL' });
        const result = match({ ...s, active: true, verified: true, activities: [...s.activities, national] }, l);
        return result.matches && result.reasons.some((r) => r.type === 'AREA' && r.scope === 'NATIONAL');
      }),
      options,
    );
  });

  it('no activities, an inactive supplier, or an unverified one on a verified-only lot never match', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l } = pair(seed);
        return (
          !match({ ...s, activities: [] }, l).matches &&
          !match({ ...s, active: false }, l).matches &&
          !match({ ...s, verified: false }, { ...l, verifiedOnly: true }).matches
        );
      }),
      options,
    );
  });

  it('is monotonic: more activities, any service type, a wider lot radius or dropping verifiedOnly never lose a match', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l, rng } = pair(seed);
        if (!match(s, l).matches) return true;
        return (
          match({ ...s, activities: [...s.activities, arbitraryActivity(rng, U)] }, l).matches &&
          match(s, { ...l, serviceTypes: [] }).matches &&
          match(s, { ...l, radiusKm: (l.radiusKm ?? 0) + 100 }).matches &&
          match(s, { ...l, verifiedOnly: false }).matches &&
          match(s, { ...l, sectorSlugs: [...l.sectorSlugs, rng.pick(U.sectorSlugs)] }).matches
        );
      }),
      options,
    );
  });

  it('does not depend on the order of activities (for the answer; reasons follow the order)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { s, l } = pair(seed);
        const reversed = match({ ...s, activities: [...s.activities].reverse() }, l);
        const forward = match(s, l);
        const key = (reasons: readonly MatchReason[]) => reasons.map((r) => JSON.stringify(r)).sort();
        return reversed.matches === forward.matches && JSON.stringify(key(reversed.reasons)) === JSON.stringify(key(forward.reasons));
      }),
      options,
    );
  });

  it('the generator is deterministic for a seed', () => {
    expect(arbitrarySupplier(7, U)).toEqual(arbitrarySupplier(7, U));
    expect(arbitraryLot(7, U)).toEqual(arbitraryLot(7, U));
    expect(arbitraryLot(7, U)).not.toEqual(arbitraryLot(8, U));
  });

  it('the sample universe uses real codes, sectors and coordinates (within 0.001°)', () => {
    const slugs = new Set(listSectors().map((x) => x.slug));
    for (const slug of U.sectorSlugs) expect(slugs.has(slug)).toBe(true);
    for (const c of U.communes) {
      const real = placeByCode('COMMUNE', c.code);
      expect([c.code, real?.departementCode, real?.regionCode]).toEqual([c.code, c.departementCode, c.regionCode]);
      if (c.lat !== null && c.lon !== null) {
        expect(Math.abs((real?.lat ?? 0) - c.lat)).toBeLessThan(0.001);
        expect(Math.abs((real?.lon ?? 0) - c.lon)).toBeLessThan(0.001);
      }
    }
    for (const d of U.departements) expect(placeByCode('DEPARTEMENT', d.code)?.regionCode).toBe(d.regionCode);
  });
});
