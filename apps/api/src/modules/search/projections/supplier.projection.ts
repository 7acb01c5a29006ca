import { createHash } from 'node:crypto';
import {
  eligibilityProfileFromRecords, KindRecord, profileCompletion, ProofRecord, RESERVATION_TYPES, ReservedReservationType, supplierEligibility,
  supplierKindDefinition,
} from '@essor/domain';

/** Everything the search document of one supplier is built from (loaded in batches from Postgres). */
export interface SupplierSource {
  id: string;
  name: string;
  brand: string | null;
  siret: string | null;
  nafCode: string | null;
  description: string | null;
  city: string | null;
  postcode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  networks: string[];
  certifications: string[];
  headcountPermanent: number | null;
  headcountInsertion: number | null;
  disabledWorkersShare: number | null;
  disadvantagedWorkersShare: number | null;
  capacityQuantity: number | null;
  capacityUnit: string | null;
  capacityPeriod: string | null;
  claimed: boolean;
  hasLogo: boolean;
  website: string | null;
  yearFounded: number | null;
  revenueEur: number | null;
  clientReferenceCount: number;
  createdAt: Date;
  updatedAt: Date;
  kinds: KindRecord[];
  proofs: ProofRecord[];
  activities: { sectorSlug: string; sectorName: string; groupSlug: string; serviceTypes: string[]; national: boolean; departementCodes: string[] }[];
  offers: OfferSource[];
}

/** One catalogue offer (every public column of supplier_offer; images stay out of search). */
export interface OfferSource {
  id: string;
  name: string;
  description: string | null;
  cpvCodes: string[];
  unit: string | null;
  priceMinEur: number | null;
  priceMaxEur: number | null;
  leadTimeDays: number | null;
  minimumOrder: number | null;
  capacityQuantity: number | null;
  capacityPeriod: string | null;
  position: number;
  updatedAt: Date;
}

/** The Meilisearch document: public facts only (no contact, no member data). */
export interface SupplierDocument {
  id: string;
  name: string;
  brand: string | null;
  siret: string | null;
  nafCode: string | null;
  description: string | null;
  city: string | null;
  postcode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  _geo?: { lat: number; lng: number };
  kinds: string[];
  kindFamilies: string[];
  kindLabels: string[];
  verifiedKinds: string[];
  verified: boolean;
  sectorSlugs: string[];
  sectorGroupSlugs: string[];
  sectorNames: string[];
  serviceTypes: string[];
  servesNationally: boolean;
  /** Départements an activity covers by zone (a région counts for all its départements). */
  servedDepartements: string[];
  /** Words of the offer names the other searchable fields lack (the offers index holds the names themselves). */
  offerWords: string;
  cpvCodes: string[];
  cpvDivisions: string[];
  networks: string[];
  certifications: string[];
  headcountTotal: number | null;
  capacityQuantity: number | null;
  capacityUnit: string | null;
  capacityPeriod: string | null;
  hasCapacity: boolean;
  hasOffers: boolean;
  offerCount: number;
  claimed: boolean;
  completion: number;
  /** Reservations the supplier is ELIGIBLE to today, and those it may be after review. */
  eligibleFor: ReservedReservationType[];
  toConfirmFor: ReservedReservationType[];
  /** When the supplier joined the directory (milliseconds: a saved search's window is exact). */
  createdAt: number;
  updatedAt: number;
  /** Hash of every other field: `cli reconcile` compares it with the database's. */
  contentHash: string;
}

const RESERVED = RESERVATION_TYPES.filter((r): r is ReservedReservationType => r !== 'NONE');
const uniq = <T>(values: T[]) => [...new Set(values)].sort() as T[];

/** `today`: the Paris calendar day (YYYY-MM-DD) eligibility is judged on, as `eligibility()` does. */
export function toSupplierDocument(s: SupplierSource, today: string): SupplierDocument {
  const profile = eligibilityProfileFromRecords(s.kinds, s.proofs, s);
  const at = new Date(`${today}T00:00:00Z`);
  const eligibility = RESERVED.map((reservation) => ({ reservation, status: supplierEligibility({ ...profile, reservation, at }).status }));
  const completion = profileCompletion({
    description: s.description,
    hasLogo: s.hasLogo,
    activityCount: s.activities.length,
    offerCount: s.offers.length,
    hasSiteLocation: s.latitude !== null && s.longitude !== null,
    headcountPermanent: s.headcountPermanent,
    headcountInsertion: s.headcountInsertion,
    hasCapacity: s.capacityQuantity !== null && !!s.capacityUnit && !!s.capacityPeriod,
    clientReferenceCount: s.clientReferenceCount,
    certificationCount: s.certifications.length,
    website: s.website,
    yearFounded: s.yearFounded,
    revenueEur: s.revenueEur,
    networkCount: s.networks.length,
    hasVerifiedKind: s.kinds.some((k) => k.status === 'VERIFIED'),
  }).score;
  const headcount = (s.headcountPermanent ?? 0) + (s.headcountInsertion ?? 0);
  const description = s.description ? s.description.slice(0, 2000) : null;
  const kindLabels = uniq(s.kinds.map((k) => supplierKindDefinition(k.kind).label.fr));
  const body: Omit<SupplierDocument, 'contentHash'> = {
    id: s.id,
    name: s.name,
    brand: s.brand,
    siret: s.siret,
    nafCode: s.nafCode,
    description,
    city: s.city,
    postcode: s.postcode,
    departementCode: s.departementCode,
    regionCode: s.regionCode,
    ...(s.latitude !== null && s.longitude !== null ? { _geo: { lat: s.latitude, lng: s.longitude } } : {}),
    kinds: uniq(s.kinds.map((k) => k.kind)),
    kindFamilies: uniq(s.kinds.map((k) => supplierKindDefinition(k.kind).family)),
    kindLabels,
    verifiedKinds: uniq(s.kinds.filter((k) => k.status === 'VERIFIED').map((k) => k.kind)),
    verified: s.kinds.some((k) => k.status === 'VERIFIED'),
    sectorSlugs: uniq(s.activities.map((a) => a.sectorSlug)),
    sectorGroupSlugs: uniq(s.activities.map((a) => a.groupSlug)),
    sectorNames: uniq(s.activities.map((a) => a.sectorName)),
    serviceTypes: uniq(s.activities.flatMap((a) => a.serviceTypes)),
    servesNationally: s.activities.some((a) => a.national),
    servedDepartements: uniq(s.activities.flatMap((a) => a.departementCodes)),
    offerWords: newWords(s.offers.map((o) => o.name), [s.name, s.brand, description, ...s.activities.map((a) => a.sectorName), ...kindLabels]),
    cpvCodes: uniq(s.offers.flatMap((o) => o.cpvCodes)),
    cpvDivisions: uniq(s.offers.flatMap((o) => o.cpvCodes.map((c) => c.slice(0, 2)))),
    networks: uniq(s.networks),
    certifications: uniq(s.certifications),
    headcountTotal: s.headcountPermanent === null && s.headcountInsertion === null ? null : headcount,
    capacityQuantity: s.capacityQuantity,
    capacityUnit: s.capacityUnit,
    capacityPeriod: s.capacityPeriod,
    hasCapacity: (s.capacityQuantity ?? 0) > 0,
    hasOffers: s.offers.length > 0,
    offerCount: s.offers.length,
    claimed: s.claimed,
    completion,
    eligibleFor: eligibility.filter((e) => e.status === 'ELIGIBLE').map((e) => e.reservation),
    toConfirmFor: eligibility.filter((e) => e.status === 'TO_CONFIRM').map((e) => e.reservation),
    createdAt: s.createdAt.getTime(),
    updatedAt: Math.floor(s.updatedAt.getTime() / 1000),
  };
  return { ...body, contentHash: hashDocument(body) };
}

const WORD = /[\p{L}\p{N}]+/gu;
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The distinct words of `texts` (first spelling, in order) that `known` does not already hold,
 * accents and case aside. A supplier is found by any word of its offers, while the index stores
 * each word once: offer names repeat the sector and each other ("Nettoyage de bureaux",
 * "Nettoyage de vitres"…), and indexing them whole was the largest text of the document.
 */
export function newWords(texts: readonly string[], known: readonly (string | null)[]): string {
  const seen = new Set(known.flatMap((t) => t?.match(WORD) ?? []).map(fold));
  const out: string[] = [];
  for (const word of texts.flatMap((t) => t.match(WORD) ?? [])) {
    const key = fold(word);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(word);
    }
  }
  return out.join(' ');
}

/** The content hash of a search document (its fields but the hash itself). */
export function hashDocument(body: object): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
}
