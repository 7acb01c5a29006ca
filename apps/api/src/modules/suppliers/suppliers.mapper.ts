import {
  BADGE_RESERVATION_TYPES, EligibilityReason, EligibilityResult, eligibilityBadgeLabel, eligibilityProfileFromRecords, profileCompletion, ProofRecord,
  supplierEligibility, SupplierEligibilityProfile, SUPPLIER_KIND_DEFINITIONS,
} from '@essor/domain';
import { cpvByCode, nafByCode, Place, placeByCode, PlaceKind, sectorBySlug } from '@essor/reference-data';
import { filePublicUrl } from '../../core/files';
import type { Locale } from '../../core/graphql';
import { CpvCodeModel, PlaceKindEnum, PlaceModel, SectorModel } from '../reference-data';
import type { OrganizationEntity } from '../organizations';
import type { ActivityEntity } from './entities/activity.entity';
import type { OfferEntity } from './entities/offer.entity';
import type { SupplierKindEntity } from './entities/supplier-kind.entity';
import type { SupplierProfileEntity } from './entities/supplier-profile.entity';
import {
  ActivityModel, BadgeData, CapacityModel, CapacityPeriodEnum, ClientReferenceModel, EligibilityModel, EligibilityReasonModel,
  OfferModel, ServiceAreaKindEnum, ServiceTypeEnum, SupplierKindStatusModel, SupplierModel,
} from './models/supplier.models';

/** A status proof as eligibility and kind statuses need it (dates as YYYY-MM-DD). */
export type ProofRow = ProofRecord;

/** Everything the public profile shows, loaded in a fixed number of queries. */
export interface SupplierBundle {
  org: OrganizationEntity;
  profile: SupplierProfileEntity;
  kinds: SupplierKindEntity[];
  proofs: ProofRow[];
  activities: ActivityEntity[];
  offers: OfferEntity[];
  memberCount: number;
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

export function toSectorModel(slug: string): SectorModel {
  const s = sectorBySlug(slug);
  return Object.assign(new SectorModel(), { slug, nameFr: s?.nameFr ?? slug, nameEn: s?.nameEn ?? s?.nameFr ?? slug, groupSlug: s?.groupSlug ?? '' });
}

export function toPlaceModel(p: Place): PlaceModel {
  return Object.assign(new PlaceModel(), {
    kind: PlaceKindEnum[p.kind], code: p.code, name: p.name, departementCode: p.departementCode ?? null, regionCode: p.regionCode ?? null,
    postcodes: p.postcodes ?? [], latitude: p.lat ?? null, longitude: p.lon ?? null,
  });
}

function places(kind: PlaceKind, codes: readonly string[]): PlaceModel[] {
  return codes.map((c) => placeByCode(kind, c)).filter((p): p is Place => !!p).map(toPlaceModel);
}

export function toCpvModels(codes: readonly string[]): CpvCodeModel[] {
  return codes.map((c) => cpvByCode(c)).filter((c) => !!c).map((c) => Object.assign(new CpvCodeModel(), {
    code: c!.code, labelFr: c!.labelFr, labelEn: c!.labelEn, level: c!.level, parentCode: c!.parentCode,
  }));
}

export function toActivityModel(a: ActivityEntity): ActivityModel {
  return Object.assign(new ActivityModel(), {
    id: a.id,
    sector: toSectorModel(a.sectorSlug),
    serviceTypes: a.serviceTypes as ServiceTypeEnum[],
    areaKind: a.areaKind as ServiceAreaKindEnum,
    regions: places('REGION', a.regionCodes),
    departements: places('DEPARTEMENT', a.departementCodes),
    communes: places('COMMUNE', a.communeCodes),
    radiusKm: a.radiusKm,
    position: a.position,
  });
}

export function toOfferModel(o: OfferEntity): OfferModel {
  return Object.assign(new OfferModel(), {
    id: o.id, name: o.name, description: o.description, cpvCodes: toCpvModels(o.cpvCodes), unit: o.unit,
    priceMinEur: o.priceMinEur, priceMaxEur: o.priceMaxEur, leadTimeDays: o.leadTimeDays, minimumOrder: o.minimumOrder,
    capacityQuantity: o.capacityQuantity, capacityPeriod: o.capacityPeriod as CapacityPeriodEnum | null, position: o.position,
    imageUrls: o.imageFileIds.map(filePublicUrl),
  });
}

/** Kinds with their labels and the end of their verified period. */
export function toKindStatusModels(kinds: readonly Pick<SupplierKindEntity, 'kind' | 'status'>[], proofs: readonly ProofRow[]): SupplierKindStatusModel[] {
  return kinds.map((k) => {
    const until = proofs.filter((p) => p.kind === k.kind && p.status === 'VERIFIED' && p.validUntil).map((p) => p.validUntil!).sort().at(-1) ?? null;
    const def = SUPPLIER_KIND_DEFINITIONS[k.kind];
    return Object.assign(new SupplierKindStatusModel(), { kind: k.kind, labelFr: def.label.fr, labelEn: def.label.en, status: k.status, verifiedUntil: until });
  });
}

/** What eligibility weighs: the one rule of libs/domain, shared with the search index. */
export function eligibilityProfileOf(bundle: Pick<SupplierBundle, 'kinds' | 'proofs' | 'profile'>): SupplierEligibilityProfile {
  return eligibilityProfileFromRecords(bundle.kinds, bundle.proofs, bundle.profile);
}

export function toEligibilityReasonModel(r: EligibilityReason, locale: Locale): EligibilityReasonModel {
  return Object.assign(new EligibilityReasonModel(), {
    code: r.code,
    message: locale === 'en' ? r.message_en : r.message_fr,
    kind: r.kind ?? null,
    proofValidUntil: r.proofValidUntil ? iso(r.proofValidUntil) : null,
  });
}

export function toEligibilityModel(result: EligibilityResult, reservation: EligibilityModel['reservation'], at: string, locale: Locale): EligibilityModel {
  return Object.assign(new EligibilityModel(), { status: result.status, reservation, at, reasons: result.reasons.map((r) => toEligibilityReasonModel(r, locale)) });
}

/** One badge per reservation type the supplier is ELIGIBLE or TO_CONFIRM for, on `at`. */
export function badgesOf(profile: SupplierEligibilityProfile, at: string): BadgeData[] {
  return BADGE_RESERVATION_TYPES.flatMap((reservation) => {
    const result = supplierEligibility({ ...profile, reservation, at: day(at) });
    const labelFr = eligibilityBadgeLabel(reservation, result.status, 'fr');
    const labelEn = eligibilityBadgeLabel(reservation, result.status, 'en');
    if (!labelFr || !labelEn) return [];
    const until = result.reasons.map((r) => r.proofValidUntil).filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
    return [{ reservation, status: result.status, labelFr, labelEn, proofValidUntil: until ? iso(until) : null }];
  });
}

export function logoUrlOf(fileId: string | null): string | null {
  return fileId ? `/files/${fileId}/public` : null;
}

export function toSupplierModel(bundle: SupplierBundle, today: string): SupplierModel {
  const { org, profile: p } = bundle;
  const kinds = toKindStatusModels(bundle.kinds, bundle.proofs);
  const capacity = p.capacityQuantity !== null && p.capacityUnit && p.capacityPeriod
    ? Object.assign(new CapacityModel(), { quantity: p.capacityQuantity, maxQuantity: p.capacityMaxQuantity, unit: p.capacityUnit, period: p.capacityPeriod as CapacityPeriodEnum })
    : null;
  const revenueEur = p.revenueEur === null ? null : Number(p.revenueEur);
  const completion = profileCompletion({
    description: p.description,
    hasLogo: !!p.logoFileId,
    activityCount: bundle.activities.length,
    offerCount: bundle.offers.length,
    hasSiteLocation: p.latitude !== null && p.longitude !== null,
    headcountPermanent: p.headcountPermanent,
    headcountInsertion: p.headcountInsertion,
    hasCapacity: capacity !== null,
    clientReferenceCount: p.clientReferences.length,
    certificationCount: p.certifications.length,
    website: p.website,
    yearFounded: p.yearFounded,
    revenueEur,
    networkCount: p.networks.length,
    hasVerifiedKind: bundle.kinds.some((k) => k.status === 'VERIFIED'),
  });
  return Object.assign(new SupplierModel(), {
    id: org.id,
    name: org.name,
    brand: p.brand,
    siret: org.siret,
    siren: org.siren,
    nafCode: p.nafCode,
    nafLabel: p.nafCode ? (nafByCode(p.nafCode)?.labelFr ?? null) : null,
    legalForm: p.legalForm,
    kinds,
    description: p.description,
    website: p.website,
    logoUrl: logoUrlOf(p.logoFileId),
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    departementCode: p.departementCode,
    communeCode: p.siteCommuneCode,
    latitude: p.latitude,
    longitude: p.longitude,
    headcountPermanent: p.headcountPermanent,
    headcountInsertion: p.headcountInsertion,
    disabledWorkersShare: p.disabledWorkersShare,
    disadvantagedWorkersShare: p.disadvantagedWorkersShare,
    revenueEur,
    yearFounded: p.yearFounded,
    certifications: p.certifications,
    networks: p.networks,
    clientReferences: p.clientReferences.map((r) => Object.assign(new ClientReferenceModel(), { name: r.name, description: r.description ?? null, year: r.year ?? null })),
    productionMeans: p.productionMeans,
    capacity,
    activities: bundle.activities.map(toActivityModel),
    offers: bundle.offers.map(toOfferModel),
    claimed: bundle.memberCount > 0,
    completion: { score: completion.score, missing: [...completion.missing] },
    updatedAt: p.updatedAt > org.updatedAt ? p.updatedAt : org.updatedAt,
    badgeData: badgesOf(eligibilityProfileOf(bundle), today),
  });
}
