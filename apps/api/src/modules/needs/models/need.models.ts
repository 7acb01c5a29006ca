import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NEED_STATUSES, NeedStatus } from '@essor/domain';
import { ReservationType } from '@essor/domain';
import { ServiceTypeEnum } from '../../suppliers';
import type { NeedKind, NeedVisibility, PlaceKind } from '../entities/need.entity';

export const NeedKindEnum = { QUOTE: 'QUOTE', TENDER: 'TENDER', SOURCING: 'SOURCING', SUBCONTRACTING: 'SUBCONTRACTING' } as const satisfies Record<NeedKind, NeedKind>;
export type NeedKindEnum = NeedKind;
export const NeedVisibilityEnum = { PUBLIC: 'PUBLIC', INVITED: 'INVITED' } as const satisfies Record<NeedVisibility, NeedVisibility>;
export type NeedVisibilityEnum = NeedVisibility;
export const NeedPlaceKindEnum = { NATIONAL: 'NATIONAL', REGION: 'REGION', DEPARTEMENT: 'DEPARTEMENT', COMMUNE: 'COMMUNE' } as const satisfies Record<PlaceKind, PlaceKind>;
export type NeedPlaceKindEnum = PlaceKind;
export const NeedStatusEnum = Object.fromEntries(NEED_STATUSES.map((s) => [s, s])) as Record<NeedStatus, NeedStatus>;

registerEnumType(NeedKindEnum, { name: 'NeedKind', description: 'QUOTE: demande de devis; TENDER: appel d\'offres; SOURCING: sourcing; SUBCONTRACTING: partenariat de sous-traitance' });
registerEnumType(NeedVisibilityEnum, { name: 'NeedVisibility', description: 'PUBLIC: matched suppliers and search; INVITED: only the listed suppliers' });
registerEnumType(NeedPlaceKindEnum, { name: 'NeedPlaceKind' });
registerEnumType(NeedStatusEnum, { name: 'NeedStatus' });

@ObjectType('NeedPlace', { description: 'Place of delivery of a lot' })
export class NeedPlaceModel {
  @Field(() => NeedPlaceKindEnum) kind!: PlaceKind;
  @Field(() => String, { nullable: true, description: 'INSEE code (null when national)' }) code!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) departementCode!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
}

@ObjectType('NeedLot')
export class NeedLotModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String]) sectorSlugs!: string[];
  @Field(() => [String]) cpvCodes!: string[];
  @Field(() => [ServiceTypeEnum]) serviceTypes!: string[];
  @Field(() => Float, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float, { nullable: true, description: 'Estimated amount excl. VAT (EUR), lower bound or single estimate' }) amountMinEur!: number | null;
  @Field(() => Float, { nullable: true }) amountMaxEur!: number | null;
  @Field(() => NeedPlaceModel) place!: NeedPlaceModel;
  @Field(() => Int, { nullable: true, description: 'Suppliers whose site lies within this distance of the place also match' }) radiusKm!: number | null;
  @Field(() => ReservationType) reservation!: ReservationType;
  @Field(() => Int, { nullable: true, description: 'Insertion hours of the social clause' }) socialClauseHours!: number | null;
}

@ObjectType('NeedBuyer')
export class NeedBuyerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) regime!: string | null;
}

@ObjectType('NeedAttachment')
export class NeedAttachmentModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Download address (members who may read the need)' }) url!: string;
}

@ObjectType('Need')
export class NeedModel {
  @Field(() => ID) id!: string;
  @Field(() => NeedKindEnum) kind!: NeedKind;
  @Field() title!: string;
  @Field({ description: 'Sanitised HTML' }) descriptionHtml!: string;
  @Field(() => NeedStatusEnum) status!: NeedStatus;
  @Field(() => NeedVisibilityEnum) visibility!: NeedVisibility;
  @Field() consortiaAllowed!: boolean;
  @Field() verifiedOnly!: boolean;
  @Field() deadlineAt!: Date;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => Int, { nullable: true }) durationMonths!: number | null;
  @Field(() => [String]) questions!: string[];
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled or sent back by the moderation' }) statusReason!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => NeedBuyerModel) buyer!: NeedBuyerModel;
  @Field(() => [NeedLotModel]) lots!: NeedLotModel[];
  @Field(() => [NeedAttachmentModel]) attachments!: NeedAttachmentModel[];
  @Field(() => [ID], { description: 'Invited suppliers (INVITED needs; visible to the buyer only, empty for others)' }) invitedSupplierIds!: string[];
  @Field({ description: "Whether the caller's organisation owns the need" }) isMine!: boolean;
}

@ObjectType('NeedPage')
export class NeedPageModel {
  @Field(() => [NeedModel]) items!: NeedModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}

@ObjectType('NeedVersion', { description: 'The state of a need before an edit made after publication' })
export class NeedVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => [String]) changedFields!: string[];
  @Field() createdAt!: Date;
}

@ObjectType('ProcedureThresholds')
export class ProcedureThresholdsModel {
  @Field(() => Float) dispenseBelowEur!: number;
  @Field(() => Float) buyerProfileFromEur!: number;
  @Field(() => Float) boampFromEur!: number;
  @Field(() => Float) euFromEur!: number;
}

@ObjectType('ProcedureBandAdvice', { description: 'THR-02: the procedure band of an estimated amount' })
export class ProcedureBandModel {
  @Field({ description: 'DISPENSE, MAPA, MAPA_BOAMP_OR_JAL or FORMALISE' }) band!: string;
  @Field({ description: 'i18n key of the label' }) labelKey!: string;
  @Field() ruleId!: string;
  @Field({ description: 'VERIFIED, PARTIAL or UNVERIFIED (how well the rule is sourced)' }) evidence!: string;
  @Field() buyerProfileRequired!: boolean;
  @Field() provisional!: boolean;
  @Field(() => ProcedureThresholdsModel) thresholds!: ProcedureThresholdsModel;
  @Field(() => [String], { description: 'i18n keys of notes' }) noteKeys!: string[];
}

@ObjectType('AllotmentAdvice', { description: 'THR-01: split a lot that mixes sector groups; the total decides the band' })
export class AllotmentAdviceModel {
  @Field({ description: 'SPLIT_MIXED_LOT or BAND_ON_TOTAL' }) code!: string;
  @Field() ruleId!: string;
  @Field() labelKey!: string;
  @Field(() => Int, { nullable: true }) lotIndex!: number | null;
  @Field(() => [[String]], { description: 'SPLIT_MIXED_LOT: the sector slugs of each suggested lot' }) suggestedLots!: string[][];
  @Field(() => String, { nullable: true }) band!: string | null;
  @Field(() => String, { nullable: true }) largestLotBand!: string | null;
}

@ObjectType('ProcurementAdvice')
export class ProcurementAdviceModel {
  @Field(() => Float) totalEurExclVat!: number;
  @Field({ description: 'False when a lot has no amount: the band may be understated' }) amountsComplete!: boolean;
  @Field(() => ProcedureBandModel, { nullable: true, description: 'Public (CCP) buyers only' }) band!: ProcedureBandModel | null;
  @Field(() => [AllotmentAdviceModel]) advice!: AllotmentAdviceModel[];
}
