import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EligibilityStatus, ReservationType, SUPPLIER_KINDS, SupplierKind, VerificationStatus,
} from '@essor/domain';
import { CpvCodeModel, PlaceModel, SectorModel } from '../../reference-data';

/** GraphQL enums of the supplier directory (shared with the status-proofs and favourites modules). */
export const SupplierKindEnum = Object.fromEntries(SUPPLIER_KINDS.map((k) => [k, k])) as { [K in SupplierKind]: K };
export const EligibilityStatusEnum = { ELIGIBLE: 'ELIGIBLE', INELIGIBLE: 'INELIGIBLE', TO_CONFIRM: 'TO_CONFIRM' } as const satisfies Record<EligibilityStatus, EligibilityStatus>;
export const ServiceTypeEnum = { SERVICE: 'SERVICE', STAFFING: 'STAFFING', MANUFACTURING: 'MANUFACTURING' } as const;
export type ServiceTypeEnum = (typeof ServiceTypeEnum)[keyof typeof ServiceTypeEnum];
export const ServiceAreaKindEnum = { NATIONAL: 'NATIONAL', ZONES: 'ZONES', RADIUS: 'RADIUS' } as const;
export type ServiceAreaKindEnum = (typeof ServiceAreaKindEnum)[keyof typeof ServiceAreaKindEnum];
export const CapacityPeriodEnum = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', YEAR: 'YEAR' } as const;
export type CapacityPeriodEnum = (typeof CapacityPeriodEnum)[keyof typeof CapacityPeriodEnum];
export const ClaimStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type ClaimStatusEnum = (typeof ClaimStatusEnum)[keyof typeof ClaimStatusEnum];

registerEnumType(SupplierKindEnum, { name: 'SupplierKind', description: 'ESS kind of a supplier (reservation matrix codes)' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });
registerEnumType(ReservationType, { name: 'ReservationType' });
registerEnumType(EligibilityStatusEnum, { name: 'EligibilityStatus' });
registerEnumType(ServiceTypeEnum, { name: 'ServiceType', description: 'SERVICE: service; STAFFING: mise à disposition; MANUFACTURING: manufacturing and sale of goods' });
registerEnumType(ServiceAreaKindEnum, { name: 'ServiceAreaKind' });
registerEnumType(CapacityPeriodEnum, { name: 'CapacityPeriod' });
registerEnumType(ClaimStatusEnum, { name: 'ClaimStatus' });

@ObjectType('SupplierKindStatus')
export class SupplierKindStatusModel {
  @Field(() => SupplierKindEnum) kind!: SupplierKind;
  @Field() labelFr!: string;
  @Field() labelEn!: string;
  @Field(() => VerificationStatus) status!: VerificationStatus;
  @Field(() => String, { nullable: true, description: 'Latest end date (YYYY-MM-DD) of a VERIFIED proof of this kind' }) verifiedUntil!: string | null;
}

@ObjectType('ClientReference')
export class ClientReferenceModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
}

@ObjectType('Capacity')
export class CapacityModel {
  @Field(() => Float) quantity!: number;
  @Field(() => Float, { nullable: true }) maxQuantity!: number | null;
  @Field() unit!: string;
  @Field(() => CapacityPeriodEnum) period!: CapacityPeriodEnum;
}

@ObjectType('ProfileCompletion')
export class ProfileCompletionModel {
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => [String], { description: 'Stable keys of what is missing, heaviest first' }) missing!: string[];
}

@ObjectType('Activity')
export class ActivityModel {
  @Field(() => ID) id!: string;
  @Field(() => SectorModel) sector!: SectorModel;
  @Field(() => [ServiceTypeEnum]) serviceTypes!: ServiceTypeEnum[];
  @Field(() => ServiceAreaKindEnum) areaKind!: ServiceAreaKindEnum;
  @Field(() => [PlaceModel]) regions!: PlaceModel[];
  @Field(() => [PlaceModel]) departements!: PlaceModel[];
  @Field(() => [PlaceModel]) communes!: PlaceModel[];
  @Field(() => Int, { nullable: true }) radiusKm!: number | null;
  @Field(() => Int) position!: number;
}

@ObjectType('Offer')
export class OfferModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [CpvCodeModel]) cpvCodes!: CpvCodeModel[];
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float, { nullable: true }) priceMinEur!: number | null;
  @Field(() => Float, { nullable: true }) priceMaxEur!: number | null;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field(() => Float, { nullable: true }) minimumOrder!: number | null;
  @Field(() => Float, { nullable: true }) capacityQuantity!: number | null;
  @Field(() => CapacityPeriodEnum, { nullable: true }) capacityPeriod!: CapacityPeriodEnum | null;
  @Field(() => [String], { description: 'Public URLs of the offer images, in display order' }) imageUrls!: string[];
  @Field(() => Int) position!: number;
}

@ObjectType('EligibilityReason')
export class EligibilityReasonModel {
  @Field({ description: 'Stable code (KIND_ELIGIBLE, PROOF_EXPIRED…)' }) code!: string;
  @Field({ description: "In the caller's language" }) message!: string;
  @Field(() => SupplierKindEnum, { nullable: true }) kind!: SupplierKind | null;
  @Field(() => String, { nullable: true }) proofValidUntil!: string | null;
}

@ObjectType('Eligibility')
export class EligibilityModel {
  @Field(() => EligibilityStatusEnum) status!: EligibilityStatus;
  @Field(() => ReservationType) reservation!: ReservationType;
  @Field(() => [EligibilityReasonModel]) reasons!: EligibilityReasonModel[];
  @Field({ description: 'The date evaluated (YYYY-MM-DD)' }) at!: string;
}

@ObjectType('EligibilityBadge')
export class EligibilityBadgeModel {
  @Field(() => ReservationType) reservation!: ReservationType;
  @Field(() => EligibilityStatusEnum) status!: EligibilityStatus;
  @Field({ description: 'e.g. "Éligible marchés réservés L2113-13"' }) label!: string;
  @Field(() => String, { nullable: true }) proofValidUntil!: string | null;
}

/** Badge data computed with the supplier; the label is chosen in the caller's language. */
export interface BadgeData {
  reservation: ReservationType;
  status: EligibilityStatus;
  labelFr: string;
  labelEn: string;
  proofValidUntil: string | null;
}

@ObjectType('Supplier', { description: 'A supplier structure (id = its organisation id); public, no personal data' })
export class SupplierModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) brand!: string | null;
  @Field(() => String, { nullable: true }) siret!: string | null;
  @Field(() => String, { nullable: true }) siren!: string | null;
  @Field(() => String, { nullable: true }) nafCode!: string | null;
  @Field(() => String, { nullable: true }) nafLabel!: string | null;
  @Field(() => String, { nullable: true }) legalForm!: string | null;
  @Field(() => [SupplierKindStatusModel]) kinds!: SupplierKindStatusModel[];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) departementCode!: string | null;
  @Field(() => String, { nullable: true }) communeCode!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => Int, { nullable: true }) headcountPermanent!: number | null;
  @Field(() => Int, { nullable: true }) headcountInsertion!: number | null;
  @Field(() => Float, { nullable: true }) disabledWorkersShare!: number | null;
  @Field(() => Float, { nullable: true }) disadvantagedWorkersShare!: number | null;
  @Field(() => Float, { nullable: true }) revenueEur!: number | null;
  @Field(() => Int, { nullable: true }) yearFounded!: number | null;
  @Field(() => [String]) certifications!: string[];
  @Field(() => [String]) networks!: string[];
  @Field(() => [ClientReferenceModel]) clientReferences!: ClientReferenceModel[];
  @Field(() => String, { nullable: true }) productionMeans!: string | null;
  @Field(() => CapacityModel, { nullable: true }) capacity!: CapacityModel | null;
  @Field(() => [ActivityModel]) activities!: ActivityModel[];
  @Field(() => [OfferModel]) offers!: OfferModel[];
  @Field({ description: 'Has at least one member' }) claimed!: boolean;
  @Field(() => ProfileCompletionModel) completion!: ProfileCompletionModel;
  @Field() updatedAt!: Date;
  /** Not a field: resolved into `badges` in the caller's language. */
  badgeData!: BadgeData[];
}

@ObjectType('SiretCheck')
export class SiretCheckModel {
  @Field() siret!: string;
  @Field() valid!: boolean;
  @Field() onPlatform!: boolean;
  @Field(() => ID, { nullable: true }) supplierId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => [SupplierKindStatusModel]) kinds!: SupplierKindStatusModel[];
  @Field() claimed!: boolean;
}

@ObjectType('SupplierClaim')
export class SupplierClaimModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => String, { nullable: true }) siret!: string | null;
  @Field() requesterName!: string;
  @Field() requesterEmail!: string;
  @Field(() => ClaimStatusEnum) status!: ClaimStatusEnum;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
}
