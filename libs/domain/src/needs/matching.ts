// THE matching predicate (DESIGN.md §4): does a supplier match a lot, and why? The same rule runs
// as SQL in apps/api (fan-out of a published need); a property test proves the two agree, so this
// header is the specification the SQL follows. Every clause is plain data: no reference data is
// loaded here, geographic facts come in with the inputs.
//
// Notation: S = supplier, L = lot, P = L.place, A = an activity of S. `x ∈ list` is an exact string
// match; a null never equals anything (as in SQL).
//
//   matches(S, L) =
//        S.active                                   -- claimed: the organisation has members
//    AND (NOT L.verifiedOnly OR S.verified)         -- verified: ≥ 1 VERIFIED ESS kind
//    AND EXISTS A IN S.activities:
//          FITS(A) AND WHAT(A) AND (COVERS(A) OR LOT_RADIUS)
//
//   FITS(A)  = L.serviceTypes is empty OR A.serviceTypes ∩ L.serviceTypes ≠ ∅
//              (SQL: cardinality(l.service_types) = 0 OR a.service_types && l.service_types)
//   WHAT(A)  = A.sectorSlug ∈ L.sectorSlugs OR CPV_SHARED
//   CPV_SHARED = EXISTS o IN S.offerCpvCodes, c IN L.cpvCodes:
//                  length(o) ≥ 4 AND length(c) ≥ 4 AND left(o, 4) = left(c, 4)
//              The CPV class is the first 4 digits; codes may carry their check digit
//              ("90511000-2"), which the first 4 characters ignore. Not tied to A: offers are not
//              attached to activities, so CPV_SHARED lets every activity pass WHAT.
//
//   COVERS(A), by A.areaKind and P.kind:
//     NATIONAL activity:            any place, NATIONAL included.
//     NATIONAL place:               only NATIONAL activities (and LOT_RADIUS never applies).
//     ZONES, COMMUNE place:         P.code ∈ A.communeCodes
//                                   OR P.departementCode ∈ A.departementCodes
//                                   OR P.regionCode ∈ A.regionCodes
//     ZONES, DEPARTEMENT place:     P.code ∈ A.departementCodes OR P.regionCode ∈ A.regionCodes
//     ZONES, REGION place:          P.code ∈ A.regionCodes
//                                   OR EXISTS d ∈ A.departementCodes: regionOfDepartement(d) = P.code
//                                   (a supplier serving part of a région is told about the whole
//                                   région's needs; communes listed in A do not count here, nor
//                                   for a DEPARTEMENT place: the hierarchy goes up from the place)
//     RADIUS:                       S.site is not null AND (
//                                     (P.kind = COMMUNE     AND S.site.communeCode = P.code)
//                                  OR (P.kind = DEPARTEMENT AND S.site.departementCode = P.code)
//                                  OR (P.kind = REGION      AND S.site.regionCode = P.code)
//                                  OR (A.radiusKm, S.site.lat/lon and P.lat/lon all not null
//                                      AND haversineKm(S.site, P) ≤ A.radiusKm))
//   LOT_RADIUS = P.kind <> NATIONAL AND L.radiusKm, P.lat/lon, S.site.lat/lon all not null
//                AND haversineKm(S.site, P) ≤ L.radiusKm
//              (any activity passing FITS and WHAT covers the place when the supplier's site is
//              within the lot's radius of the place's centroid)
//
//   haversineKm(a, b) = 2 × 6371 × asin(min(1, sqrt(
//        sin²(rad(b.lat − a.lat) / 2) + cos(rad a.lat) × cos(rad b.lat) × sin²(rad(b.lon − a.lon) / 2))))
//   SQL: 2 * 6371 * asin(least(1, sqrt(power(sin(radians(p.lat - s.lat) / 2), 2)
//          + cos(radians(s.lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - s.lon) / 2), 2))))
//   Distances compare with ≤ (the radius is inclusive). Floating-point results of the two engines
//   may differ in the last bits, so a distance exactly on the radius is the one case where they could
//   disagree; generated test data should not put points exactly on a radius.
//
// Reasons (only when it matches; none otherwise), from every activity that passes, without
// duplicates, grouped in this order:
//   SECTOR        A.sectorSlug for each passing A whose sector is in L.sectorSlugs (activity order)
//   CPV           each shared class, as the 8-character class code left(c, 4) || '0000', ascending
//   AREA          one per passing A (first clause that holds, in this order): NATIONAL activity;
//                 ZONES: COMMUNE (P.code), DEPARTEMENT (P's département, or the listed département
//                 lying in a REGION place), REGION (P's région); RADIUS activity: the site's own
//                 COMMUNE / DEPARTEMENT / REGION equal to P, then RADIUS (km = distance rounded to
//                 0.1, radiusKm = A.radiusKm); else the lot's radius: RADIUS (radiusKm = L.radiusKm)
//   SERVICE_TYPE  A.serviceTypes ∩ L.serviceTypes, only when L.serviceTypes is not empty
// Eligibility to the lot's reservation is not part of this predicate: the API applies
// supplierEligibility to the candidates (prefiltered with candidateKindsFor) and appends the
// ELIGIBILITY reason (eligibilityMatchReason). INVITED: the API's reason for a supplier invited to an
// INVITED need that the predicate does not match (it is told all the same).

import type { EligibilityResult } from '../eligibility';
import type { ReservationType, ReservedReservationType } from '../reservation';
import { RESERVATION_RULES } from '../reservation';
import { RESERVATION_ARTICLES } from '../reservation-badges';
import type { SupplierKind } from '../supplier-kinds';
import { SUPPLIER_KIND_DEFINITIONS, SUPPLIER_KINDS } from '../supplier-kinds';
import type { VerificationStatus } from '../verification-status';

export const SERVICE_TYPES = ['SERVICE', 'STAFFING', 'MANUFACTURING'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const PLACE_KINDS = ['NATIONAL', 'REGION', 'DEPARTEMENT', 'COMMUNE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const SERVICE_AREA_KINDS = ['NATIONAL', 'ZONES', 'RADIUS'] as const;
export type ServiceAreaKind = (typeof SERVICE_AREA_KINDS)[number];

/** Where a lot is delivered. NATIONAL: every field null. Codes are INSEE codes. */
export interface MatchPlace {
  readonly kind: PlaceKind;
  /** The place's own code (commune, département or région); null when NATIONAL. */
  readonly code: string | null;
  /** COMMUNE: its département. (Not read for other kinds.) */
  readonly departementCode: string | null;
  /** COMMUNE or DEPARTEMENT: its région. (Not read for REGION, whose own code is `code`.) */
  readonly regionCode: string | null;
  /** Centroid (communes) or chef-lieu (départements, régions), WGS84. */
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface MatchActivity {
  readonly sectorSlug: string;
  readonly serviceTypes: readonly ServiceType[];
  readonly areaKind: ServiceAreaKind;
  readonly regionCodes: readonly string[];
  readonly departementCodes: readonly string[];
  readonly communeCodes: readonly string[];
  readonly radiusKm: number | null;
}

export interface MatchSite {
  readonly communeCode: string | null;
  readonly departementCode: string | null;
  readonly regionCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface MatchSupplier {
  readonly id: string;
  /** Claimed: the organisation has members who can answer. */
  readonly active: boolean;
  /** At least one ESS kind is VERIFIED. */
  readonly verified: boolean;
  readonly site: MatchSite | null;
  readonly activities: readonly MatchActivity[];
  /** CPV codes of all the supplier's offers. */
  readonly offerCpvCodes: readonly string[];
}

export interface MatchLot {
  readonly sectorSlugs: readonly string[];
  readonly cpvCodes: readonly string[];
  /** Empty: any service type. */
  readonly serviceTypes: readonly ServiceType[];
  readonly place: MatchPlace;
  /** Extra reach: suppliers whose site is within this distance of the place's centroid. */
  readonly radiusKm: number | null;
  /** The buyer wants only suppliers with a verified ESS kind. */
  readonly verifiedOnly: boolean;
}

/** Geographic facts the predicate needs beyond the inputs (reference data, held by the caller). */
export interface MatchGeo {
  /** Région code of a département code; null/undefined when unknown (then it matches nothing). */
  regionOfDepartement(departementCode: string): string | null | undefined;
}

export type AreaScope = 'NATIONAL' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE' | 'RADIUS';

export type MatchReason =
  | { readonly type: 'SECTOR'; readonly sectorSlug: string }
  /** 8-character class code, e.g. "90510000" (first 4 digits, then zeros). */
  | { readonly type: 'CPV'; readonly cpvClass: string }
  | {
      readonly type: 'AREA';
      readonly scope: AreaScope;
      /** REGION / DEPARTEMENT / COMMUNE: the code of the zone that covers the place. */
      readonly code?: string;
      /** RADIUS: distance from the supplier's site to the place, km rounded to 0.1. */
      readonly km?: number;
      /** RADIUS: the radius it fell within (the activity's or the lot's). */
      readonly radiusKm?: number;
    }
  | { readonly type: 'SERVICE_TYPE'; readonly serviceType: ServiceType }
  | {
      readonly type: 'ELIGIBILITY';
      readonly reservation: ReservedReservationType;
      readonly status: 'ELIGIBLE' | 'TO_CONFIRM';
      readonly kinds: readonly SupplierKind[];
    }
  /** The buyer invited the supplier to an INVITED need it does not otherwise match (set by the API). */
  | { readonly type: 'INVITED' };

export interface MatchResult {
  readonly matches: boolean;
  /** Non-empty exactly when `matches`. */
  readonly reasons: readonly MatchReason[];
}

export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine, R = 6371 km); the SQL mirror uses the same formula. */
export function haversineKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** First 4 characters of a CPV code, or null for a code too short to have a class. */
export function cpvClassPrefix(code: string): string | null {
  return code.length >= 4 ? code.slice(0, 4) : null;
}

export function matchSupplierToLot(supplier: MatchSupplier, lot: MatchLot, geo: MatchGeo): MatchResult {
  if (!supplier.active || (lot.verifiedOnly && !supplier.verified)) return NO_MATCH;

  const sharedCpvClasses = sharedClasses(supplier.offerCpvCodes, lot.cpvCodes);
  const sectors = new Set(lot.sectorSlugs);
  const distance = siteDistanceKm(supplier.site, lot.place);

  const sectorReasons: MatchReason[] = [];
  const areaReasons: MatchReason[] = [];
  const serviceTypes = new Set<ServiceType>();
  for (const activity of supplier.activities) {
    const fit = fittingServiceTypes(activity, lot);
    if (fit === null) continue;
    const sectorMatch = sectors.has(activity.sectorSlug);
    if (!sectorMatch && sharedCpvClasses.length === 0) continue;
    const area = activityCoverage(activity, supplier.site, lot.place, distance, geo) ?? lotRadiusCoverage(lot, distance);
    if (!area) continue;
    if (sectorMatch) sectorReasons.push({ type: 'SECTOR', sectorSlug: activity.sectorSlug });
    areaReasons.push(area);
    for (const type of fit) serviceTypes.add(type);
  }
  if (areaReasons.length === 0) return NO_MATCH;

  const reasons: MatchReason[] = [
    ...sectorReasons,
    ...sharedCpvClasses.map((prefix): MatchReason => ({ type: 'CPV', cpvClass: `${prefix}0000` })),
    ...areaReasons,
    ...SERVICE_TYPES.filter((t) => serviceTypes.has(t)).map((serviceType): MatchReason => ({ type: 'SERVICE_TYPE', serviceType })),
  ];
  return { matches: true, reasons: dedupe(reasons) };
}

const NO_MATCH: MatchResult = { matches: false, reasons: [] };

/** The service types that make the activity fit (empty when the lot accepts any), or null. */
function fittingServiceTypes(activity: MatchActivity, lot: MatchLot): ServiceType[] | null {
  if (lot.serviceTypes.length === 0) return [];
  const overlap = activity.serviceTypes.filter((t) => lot.serviceTypes.includes(t));
  return overlap.length > 0 ? overlap : null;
}

function sharedClasses(offerCodes: readonly string[], lotCodes: readonly string[]): string[] {
  const offerClasses = new Set(offerCodes.map(cpvClassPrefix).filter((c): c is string => c !== null));
  const shared = new Set(lotCodes.map(cpvClassPrefix).filter((c): c is string => c !== null && offerClasses.has(c)));
  return [...shared].sort();
}

function siteDistanceKm(site: MatchSite | null, place: MatchPlace): number | null {
  if (!site || site.lat === null || site.lon === null || place.lat === null || place.lon === null) return null;
  return haversineKm({ lat: site.lat, lon: site.lon }, { lat: place.lat, lon: place.lon });
}

const eq = (a: string | null, b: string | null): boolean => a !== null && b !== null && a === b;
const listed = (code: string | null, list: readonly string[]): boolean => code !== null && list.includes(code);

function activityCoverage(
  activity: MatchActivity,
  site: MatchSite | null,
  place: MatchPlace,
  distance: number | null,
  geo: MatchGeo,
): MatchReason | null {
  if (activity.areaKind === 'NATIONAL') return { type: 'AREA', scope: 'NATIONAL' };
  if (place.kind === 'NATIONAL') return null;
  if (activity.areaKind === 'ZONES') return zonesCoverage(activity, place, geo);
  if (!site) return null;
  if (place.kind === 'COMMUNE' && eq(site.communeCode, place.code)) return area('COMMUNE', place.code);
  if (place.kind === 'DEPARTEMENT' && eq(site.departementCode, place.code)) return area('DEPARTEMENT', place.code);
  if (place.kind === 'REGION' && eq(site.regionCode, place.code)) return area('REGION', place.code);
  if (activity.radiusKm !== null && distance !== null && distance <= activity.radiusKm) {
    return radius(distance, activity.radiusKm);
  }
  return null;
}

function zonesCoverage(activity: MatchActivity, place: MatchPlace, geo: MatchGeo): MatchReason | null {
  switch (place.kind) {
    case 'COMMUNE':
      if (listed(place.code, activity.communeCodes)) return area('COMMUNE', place.code);
      if (listed(place.departementCode, activity.departementCodes)) return area('DEPARTEMENT', place.departementCode);
      if (listed(place.regionCode, activity.regionCodes)) return area('REGION', place.regionCode);
      return null;
    case 'DEPARTEMENT':
      if (listed(place.code, activity.departementCodes)) return area('DEPARTEMENT', place.code);
      if (listed(place.regionCode, activity.regionCodes)) return area('REGION', place.regionCode);
      return null;
    case 'REGION': {
      if (listed(place.code, activity.regionCodes)) return area('REGION', place.code);
      const inside = activity.departementCodes.find((d) => eq(geo.regionOfDepartement(d) ?? null, place.code));
      return inside === undefined ? null : area('DEPARTEMENT', inside);
    }
    case 'NATIONAL':
      return null;
  }
}

function lotRadiusCoverage(lot: MatchLot, distance: number | null): MatchReason | null {
  // A NATIONAL place has no centroid; checked by kind too, in case a caller filled one in.
  if (lot.place.kind === 'NATIONAL' || lot.radiusKm === null || distance === null || distance > lot.radiusKm) return null;
  return radius(distance, lot.radiusKm);
}

function area(scope: 'REGION' | 'DEPARTEMENT' | 'COMMUNE', code: string | null): MatchReason {
  return code === null ? { type: 'AREA', scope } : { type: 'AREA', scope, code };
}

function radius(distance: number, radiusKm: number): MatchReason {
  return { type: 'AREA', scope: 'RADIUS', km: Math.round(distance * 10) / 10, radiusKm };
}

function dedupe(reasons: readonly MatchReason[]): MatchReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Eligibility around the predicate

export interface CandidateKinds {
  /** NONE: every supplier is eligible, with or without a declared kind. */
  readonly anySupplier: boolean;
  /** A supplier can be ELIGIBLE or TO_CONFIRM only through a claim of one of these kinds… */
  readonly kinds: readonly SupplierKind[];
  /** …whose verification status is one of these (a REJECTED claim never qualifies). */
  readonly statuses: readonly VerificationStatus[];
}

const QUALIFYING_STATUSES: readonly VerificationStatus[] = ['DECLARED', 'PENDING', 'VERIFIED', 'EXPIRED'];

/**
 * The SQL prefilter of reserved lots: suppliers outside this set are INELIGIBLE whatever their
 * proofs, so they need not be loaded. A superset: the API still runs supplierEligibility on the
 * candidates (proof dates, shares, verification). The R2113-7 worker share is no separate way in: it
 * only counts on a claim of an equivalent-structure kind (or GEIQ), and those kinds are in the set.
 */
export function candidateKindsFor(reservation: ReservationType): CandidateKinds {
  if (reservation === 'NONE') return { anySupplier: true, kinds: SUPPLIER_KINDS, statuses: QUALIFYING_STATUSES };
  const rule = RESERVATION_RULES[reservation];
  const kinds = new Set<SupplierKind>([...rule.eligibleKinds, ...rule.conditionalKinds.map((c) => c.kind)]);
  return { anySupplier: false, kinds: SUPPLIER_KINDS.filter((k) => kinds.has(k)), statuses: QUALIFYING_STATUSES };
}

/**
 * The ELIGIBILITY reason to append to a match, with the kinds that carry the answer; null when the
 * lot is not reserved (nothing to say) or the supplier is INELIGIBLE (it should not be matched).
 */
export function eligibilityMatchReason(reservation: ReservationType, result: EligibilityResult): MatchReason | null {
  if (reservation === 'NONE' || result.status === 'INELIGIBLE') return null;
  const carrying = result.status === 'ELIGIBLE' ? result.reasons.filter((r) => r.code === 'KIND_ELIGIBLE') : result.reasons;
  const kinds = [...new Set(carrying.map((r) => r.kind).filter((k): k is SupplierKind => k !== undefined))];
  return { type: 'ELIGIBILITY', reservation, status: result.status, kinds };
}

// ---------------------------------------------------------------------------------------------
// Text

export interface MatchReasonLabels {
  /** Sector name in the reader's language. */
  sector(slug: string): string;
  /** Place name (e.g. "Nord"); kind is REGION, DEPARTEMENT or COMMUNE. */
  place(kind: 'REGION' | 'DEPARTEMENT' | 'COMMUNE', code: string): string;
  /** CPV class label; default: the code. */
  cpv?(classCode: string): string;
  /** Short kind label; default: the acronym (EI, ESAT…) or the kind's label. */
  kind?(kind: SupplierKind): string;
}

const SERVICE_TYPE_LABELS: Readonly<Record<ServiceType, { readonly fr: string; readonly en: string }>> = {
  SERVICE: { fr: 'prestation de service', en: 'service' },
  STAFFING: { fr: 'mise à disposition de personnel', en: 'staffing' },
  MANUFACTURING: { fr: 'fabrication', en: 'manufacturing' },
};

type ReasonOf<T extends MatchReason['type']> = Extract<MatchReason, { type: T }>;

/**
 * One line for people: "secteur Recyclage DEEE · zone d'intervention : Nord · éligible marché
 * réservé L2113-13 (EI)". Reasons of one type are gathered in one part.
 */
export function formatMatchReasons(reasons: readonly MatchReason[], lang: 'fr' | 'en', labels: MatchReasonLabels): string {
  const of = <T extends MatchReason['type']>(type: T): ReasonOf<T>[] => reasons.filter((r): r is ReasonOf<T> => r.type === type);
  const fr = lang === 'fr';
  const parts: string[] = [];

  const sectors = of('SECTOR').map((r) => labels.sector(r.sectorSlug));
  if (sectors.length > 0) parts.push(`${fr ? 'secteur' : 'sector'}${sectors.length > 1 ? 's' : ''} ${sectors.join(', ')}`);

  const cpv = of('CPV').map((r) => labels.cpv?.(r.cpvClass) ?? r.cpvClass);
  if (cpv.length > 0) parts.push(`CPV ${cpv.join(', ')}`);

  const areas = of('AREA');
  if (areas.some((a) => a.scope === 'NATIONAL')) parts.push(fr ? 'intervient dans toute la France' : 'works nationwide');
  const zones = areas.flatMap((a) => (a.scope !== 'NATIONAL' && a.scope !== 'RADIUS' && a.code ? [labels.place(a.scope, a.code)] : []));
  if (zones.length > 0) parts.push(`${fr ? "zone d'intervention : " : 'service area: '}${zones.join(', ')}`);
  const distances = areas.flatMap((a) => (a.scope === 'RADIUS' && a.km !== undefined ? [a.km] : []));
  if (distances.length > 0) {
    const km = formatKm(Math.min(...distances), lang);
    parts.push(fr ? `à ${km} du lieu d'exécution` : `${km} from the place of delivery`);
  }

  const types = of('SERVICE_TYPE').map((r) => SERVICE_TYPE_LABELS[r.serviceType][lang]);
  if (types.length > 0) parts.push(`${fr ? 'type de prestation : ' : 'service type: '}${types.join(', ')}`);

  for (const r of of('ELIGIBILITY')) {
    const article = RESERVATION_ARTICLES[r.reservation];
    const kinds = r.kinds.length > 0 ? ` (${r.kinds.map((k) => labels.kind?.(k) ?? defaultKindLabel(k, lang)).join(', ')})` : '';
    if (r.status === 'ELIGIBLE')
      parts.push(fr ? `éligible marché réservé ${article}${kinds}` : `eligible for reserved contract ${article}${kinds}`);
    else
      parts.push(
        fr
          ? `éligibilité marché réservé ${article} à confirmer${kinds}`
          : `eligibility for reserved contract ${article} to be confirmed${kinds}`,
      );
  }
  if (of('INVITED').length > 0) parts.push(fr ? "invité par l'acheteur" : 'invited by the buyer');
  return parts.join(' · ');
}

function formatKm(km: number, lang: 'fr' | 'en'): string {
  const text = Number.isInteger(km) ? String(km) : km.toFixed(1);
  return `${lang === 'fr' ? text.replace('.', ',') : text} km`;
}

// Acronym codes read well (EI, ESAT, SEP); composite codes (ESS_COOP_SCIC…) show the kind's label.
function defaultKindLabel(kind: SupplierKind, lang: 'fr' | 'en'): string {
  return /^[A-Z]+$/.test(kind) && kind !== 'ORDINARY' ? kind : SUPPLIER_KIND_DEFINITIONS[kind].label[lang];
}
