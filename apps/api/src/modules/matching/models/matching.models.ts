import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MatchReason, NeedStatus } from '@essor/domain';
import { NeedStatusEnum } from '../../needs';
import type { SupplierInterest } from '../entities/need-match.entity';

export const NeedInterestEnum = { INTERESTED: 'INTERESTED', DECLINED: 'DECLINED' } as const satisfies Record<SupplierInterest, SupplierInterest>;
export type NeedInterestEnum = SupplierInterest;
export const MatchReasonTypeEnum = {
  SECTOR: 'SECTOR', CPV: 'CPV', AREA: 'AREA', SERVICE_TYPE: 'SERVICE_TYPE', ELIGIBILITY: 'ELIGIBILITY', INVITED: 'INVITED',
} as const satisfies Record<MatchReason['type'], MatchReason['type']>;
export type MatchReasonTypeEnum = MatchReason['type'];

registerEnumType(NeedInterestEnum, { name: 'NeedInterest', description: "A matched supplier's answer to a need before responding" });
registerEnumType(MatchReasonTypeEnum, { name: 'MatchReasonType' });

@ObjectType('MatchReason', { description: 'One reason why a supplier matched a lot, in the caller\'s language' })
export class MatchReasonModel {
  @Field(() => MatchReasonTypeEnum) type!: MatchReasonTypeEnum;
  @Field({ description: 'e.g. "secteur Collecte des déchets industriels", "zone d\'intervention : Nord"' }) label!: string;
}

@ObjectType('MatchedLot', { description: 'A lot a supplier matched, with why' })
export class MatchedLotModel {
  @Field(() => ID) lotId!: string;
  @Field() title!: string;
  @Field(() => Int) position!: number;
  @Field(() => [MatchReasonModel]) reasons!: MatchReasonModel[];
  @Field({ description: 'Every reason on one line ("secteur … · zone d\'intervention : … · éligible marché réservé L2113-13 (EI)")' }) summary!: string;
}

@ObjectType('SupplierFunnelState', { description: 'Where a matched supplier stands on a need: matched → notified → emailed → viewed → interested/declined → responded' })
export class SupplierFunnelStateModel {
  @Field() matchedAt!: Date;
  @Field(() => Date, { nullable: true }) notifiedAt!: Date | null;
  @Field(() => Date, { nullable: true }) emailedAt!: Date | null;
  @Field(() => Date, { nullable: true }) viewedAt!: Date | null;
  @Field(() => NeedInterestEnum, { nullable: true }) interest!: NeedInterestEnum | null;
  @Field(() => Date, { nullable: true }) interestAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) remindedAt!: Date | null;
}

@ObjectType('NeedMatch', { description: 'A supplier matched to a need (buyer view)' })
export class NeedMatchModel {
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => [MatchedLotModel]) lots!: MatchedLotModel[];
  @Field(() => SupplierFunnelStateModel) state!: SupplierFunnelStateModel;
}

@ObjectType('NeedMatchPage')
export class NeedMatchPageModel {
  @Field(() => [NeedMatchModel]) items!: NeedMatchModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}

@ObjectType('NeedFunnel', { description: 'How many matched suppliers reached each step' })
export class NeedFunnelModel {
  @Field(() => ID) needId!: string;
  @Field(() => Int) matched!: number;
  @Field(() => Int) notified!: number;
  @Field(() => Int) emailed!: number;
  @Field(() => Int) viewed!: number;
  @Field(() => Int) interested!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int) responded!: number;
}

@ObjectType('MatchedNeed', { description: 'A need matched to the active supplier organisation' })
export class MatchedNeedModel {
  @Field(() => ID) needId!: string;
  @Field() title!: string;
  @Field(() => NeedStatusEnum) status!: NeedStatus;
  @Field() deadlineAt!: Date;
  @Field(() => ID) buyerId!: string;
  @Field() buyerName!: string;
  @Field(() => [MatchedLotModel]) lots!: MatchedLotModel[];
  @Field(() => SupplierFunnelStateModel) state!: SupplierFunnelStateModel;
}

@ObjectType('MatchedNeedPage')
export class MatchedNeedPageModel {
  @Field(() => [MatchedNeedModel]) items!: MatchedNeedModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}
