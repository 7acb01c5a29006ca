import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsortiumForm, ConsortiumMemberRole, ReservationType } from '@essor/domain';
import type { EligibilityStatus } from '@essor/domain';
import { EligibilityStatusEnum } from '../../suppliers';
import type { ConsortiumMemberStatus, ConsortiumScope, ConsortiumStatus, PartnerApplicationStatus, PartnerCallStatus } from '../entities/consortium.entity';

export const ConsortiumScopeEnum = { LOT: 'LOT', STANDING: 'STANDING' } as const satisfies Record<ConsortiumScope, ConsortiumScope>;
export const ConsortiumStatusEnum = { FORMING: 'FORMING', SUBMITTED: 'SUBMITTED', DISSOLVED: 'DISSOLVED' } as const satisfies Record<ConsortiumStatus, ConsortiumStatus>;
export const ConsortiumMemberStatusEnum = {
  INVITED: 'INVITED', ACCEPTED: 'ACCEPTED', DECLINED: 'DECLINED', LEFT: 'LEFT', EXPIRED: 'EXPIRED',
} as const satisfies Record<ConsortiumMemberStatus, ConsortiumMemberStatus>;
export const PartnerCallStatusEnum = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const satisfies Record<PartnerCallStatus, PartnerCallStatus>;
export const PartnerApplicationStatusEnum = {
  PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED', WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<PartnerApplicationStatus, PartnerApplicationStatus>;

registerEnumType(ConsortiumScopeEnum, { name: 'ConsortiumScope', description: 'LOT: formed to answer one lot; STANDING: a lasting grouping listed in the directory' });
registerEnumType(ConsortiumStatusEnum, { name: 'ConsortiumStatus', description: 'SUBMITTED: the lead answered; composition frozen (GME-07)' });
registerEnumType(ConsortiumMemberStatusEnum, { name: 'ConsortiumMemberStatus' });
registerEnumType(ConsortiumForm, { name: 'ConsortiumForm', description: 'JOINT: conjoint; JOINT_AND_SEVERAL: solidaire (R2142-20)' });
registerEnumType(ConsortiumMemberRole, { name: 'ConsortiumMemberRole', description: 'LEAD: mandataire; CO_CONTRACTOR: cotraitant; SUBCONTRACTOR: sous-traitant (RES-09 warnings only)' });
registerEnumType(PartnerCallStatusEnum, { name: 'PartnerCallStatus' });
registerEnumType(PartnerApplicationStatusEnum, { name: 'PartnerApplicationStatus' });

@ObjectType('ConsortiumMember')
export class ConsortiumMemberModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for an email invitation not yet accepted' }) organizationId!: string | null;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => String, { nullable: true, description: 'Email invitations, shown to the lead only' }) invitedEmail!: string | null;
  @Field(() => ConsortiumMemberRole) role!: ConsortiumMemberRole;
  @Field(() => Float, { nullable: true }) sharePercent!: number | null;
  @Field(() => ConsortiumMemberStatusEnum) status!: ConsortiumMemberStatus;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType('ConsortiumReason', { description: "A reason in the caller's language, naming the member it is about" })
export class ConsortiumReasonModel {
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
}

@ObjectType('ConsortiumMemberEligibility')
export class ConsortiumMemberEligibilityModel {
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => ConsortiumMemberRole) role!: ConsortiumMemberRole;
  @Field(() => EligibilityStatusEnum) status!: EligibilityStatus;
  @Field(() => [String], { description: "The member's own reasons, in the caller's language" }) reasons!: string[];
}

@ObjectType('ConsortiumEligibility', { description: "RES-08: every bidding member eligible to the lot's reservation; RES-09 warnings for subcontractors" })
export class ConsortiumEligibilityModel {
  @Field(() => ReservationType) reservation!: ReservationType;
  @Field(() => EligibilityStatusEnum) status!: EligibilityStatus;
  @Field(() => [ConsortiumReasonModel]) reasons!: ConsortiumReasonModel[];
  @Field(() => [ConsortiumMemberEligibilityModel]) members!: ConsortiumMemberEligibilityModel[];
  @Field(() => [ConsortiumReasonModel]) warnings!: ConsortiumReasonModel[];
  @Field({ description: 'The date evaluated (YYYY-MM-DD): the need deadline' }) at!: string;
}

@ObjectType('CombinedCapacity')
export class CombinedCapacityModel {
  @Field() unit!: string;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => Float) quantity!: number;
  @Field(() => Int) members!: number;
}

@ObjectType('ConsortiumProfile', { description: 'GME-05: capacities judged together (accepted members)' })
export class ConsortiumProfileModel {
  @Field(() => Int) headcount!: number;
  @Field(() => Int) membersWithoutHeadcount!: number;
  @Field(() => [CombinedCapacityModel]) capacities!: CombinedCapacityModel[];
  @Field(() => [String]) certifications!: string[];
  @Field(() => [String]) kinds!: string[];
  @Field() national!: boolean;
  @Field(() => [String]) regionCodes!: string[];
  @Field(() => [String]) departementCodes!: string[];
  @Field(() => [String]) sectorSlugs!: string[];
}

@ObjectType('Consortium', { description: 'A groupement momentané d\'entreprises (GME)' })
export class ConsortiumModel {
  @Field(() => ID) id!: string;
  @Field(() => ConsortiumScopeEnum) scope!: ConsortiumScope;
  @Field() name!: string;
  @Field(() => ConsortiumForm) form!: ConsortiumForm;
  @Field(() => ConsortiumStatusEnum) status!: ConsortiumStatus;
  @Field(() => ID, { nullable: true }) needId!: string | null;
  @Field(() => String, { nullable: true }) needTitle!: string | null;
  @Field(() => ID, { nullable: true }) lotId!: string | null;
  @Field(() => String, { nullable: true }) lotTitle!: string | null;
  @Field(() => ID) leadOrganizationId!: string;
  @Field() leadName!: string;
  @Field({ description: "Whether the caller's active organisation is the lead" }) isLead!: boolean;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => [ConsortiumMemberModel], { description: 'Accepted members; the lead also sees pending and past invitations' }) members!: ConsortiumMemberModel[];
  @Field(() => [ConsortiumReasonModel], { description: 'What prevents submitting now (lead, shares, pending invitations)' }) compositionIssues!: ConsortiumReasonModel[];
  @Field(() => ConsortiumEligibilityModel, { nullable: true, description: 'LOT consortia only' }) eligibility!: ConsortiumEligibilityModel | null;
  @Field(() => ConsortiumProfileModel) combinedProfile!: ConsortiumProfileModel;
}

@ObjectType('ConsortiumPage')
export class ConsortiumPageModel {
  @Field(() => [ConsortiumModel]) items!: ConsortiumModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}

@ObjectType('PartnerApplication')
export class PartnerApplicationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) callId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field() message!: string;
  @Field(() => PartnerApplicationStatusEnum) status!: PartnerApplicationStatus;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('PartnerCall', { description: 'Bourse à la co-traitance: a supplier looks for partners on a lot' })
export class PartnerCallModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field() needTitle!: string;
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field(() => ID) authorOrganizationId!: string;
  @Field() authorName!: string;
  @Field(() => ID, { nullable: true }) consortiumId!: string | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [String]) sectorSlugs!: string[];
  @Field(() => [String]) kinds!: string[];
  @Field(() => [String]) departementCodes!: string[];
  @Field(() => [String]) regionCodes!: string[];
  @Field(() => ReservationType) reservationNeeded!: ReservationType;
  @Field(() => ConsortiumMemberRole) roleOffered!: ConsortiumMemberRole;
  @Field(() => PartnerCallStatusEnum) status!: PartnerCallStatus;
  @Field() createdAt!: Date;
  @Field() isMine!: boolean;
  @Field(() => [PartnerApplicationModel], { description: "The author's view: every application; others: their own" }) applications!: PartnerApplicationModel[];
}

@ObjectType('PartnerCallPage')
export class PartnerCallPageModel {
  @Field(() => [PartnerCallModel]) items!: PartnerCallModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}

@ObjectType('PartnerSuggestionReason')
export class PartnerSuggestionReasonModel {
  @Field({ description: 'COMPLEMENTARY_SECTORS, SAME_SECTORS, AREA, CAPACITY, HEADCOUNT, ELIGIBILITY, EXPERIENCE' }) type!: string;
  @Field({ description: "In the caller's language" }) label!: string;
}

@ObjectType('PartnerSuggestion')
export class PartnerSuggestionModel {
  @Field(() => ID) supplierId!: string;
  @Field() name!: string;
  @Field(() => Float) score!: number;
  @Field(() => [PartnerSuggestionReasonModel]) reasons!: PartnerSuggestionReasonModel[];
  @Field({ description: 'Every reason on one line' }) summary!: string;
}
