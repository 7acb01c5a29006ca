import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { BuyerDecision, DeclineReason, ResponseStatus } from '../entities/response.entity';
import { EligibilityModel } from '../../suppliers';

export const ResponseStatusEnum = { INTERESTED: 'INTERESTED', DECLINED: 'DECLINED', SUBMITTED: 'SUBMITTED', WITHDRAWN: 'WITHDRAWN' } as const satisfies Record<ResponseStatus, ResponseStatus>;
export const BuyerDecisionEnum = { NONE: 'NONE', SHORTLISTED: 'SHORTLISTED', AWARDED: 'AWARDED', REJECTED: 'REJECTED' } as const satisfies Record<BuyerDecision, BuyerDecision>;
export const DeclineReasonEnum = {
  CAPACITY: 'CAPACITY', AREA: 'AREA', DEADLINE: 'DEADLINE', PRICE: 'PRICE', NOT_OUR_TRADE: 'NOT_OUR_TRADE', OTHER: 'OTHER',
} as const satisfies Record<DeclineReason, DeclineReason>;
export const ResponseSortEnum = { PRICE: 'PRICE', LEAD_TIME: 'LEAD_TIME', SUBMITTED_AT: 'SUBMITTED_AT' } as const;
export type ResponseSort = (typeof ResponseSortEnum)[keyof typeof ResponseSortEnum];
export const ExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
export type ExportFormat = (typeof ExportFormatEnum)[keyof typeof ExportFormatEnum];

registerEnumType(ResponseStatusEnum, { name: 'ResponseStatus', description: 'INTERESTED: intends to answer; DECLINED: will not; SUBMITTED: a full response; WITHDRAWN before the deadline' });
registerEnumType(BuyerDecisionEnum, { name: 'BuyerDecision' });
registerEnumType(DeclineReasonEnum, { name: 'DeclineReason' });
registerEnumType(ResponseSortEnum, { name: 'ResponseSort', description: 'PRICE and LEAD_TIME ascending, SUBMITTED_AT oldest first' });
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

@ObjectType('ResponseAttachment')
export class ResponseAttachmentModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Download (the respondent and the buyer only)' }) url!: string;
}

@ObjectType('DeclaredSubcontractor')
export class DeclaredSubcontractorModel {
  @Field(() => ID, { nullable: true, description: 'The subcontractor when it is a supplier on the platform' }) organizationId!: string | null;
  @Field() name!: string;
  @Field(() => Float) sharePercent!: number;
}

@ObjectType('ResponseWarning', { description: 'Shown, never blocking (RES-09: a non-eligible subcontractor on a reserved lot)' })
export class ResponseWarningModel {
  @Field({ description: 'SUBCONTRACTOR_NOT_ELIGIBLE | SUBCONTRACTOR_TO_CONFIRM' }) code!: string;
  @Field({ description: 'WARNING | INFO' }) level!: string;
  @Field({ description: "In the caller's language" }) message!: string;
  @Field(() => ID, { nullable: true }) subcontractorOrganizationId!: string | null;
}

@ObjectType('ContactPerson', { description: "An admin of the supplier organisation, shown to a buyer only once the supplier responded or is in a thread with it" })
export class ContactPersonModel {
  @Field() name!: string;
  @Field() email!: string;
}

@ObjectType('ResponseRespondent')
export class ResponseRespondentModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Declared supplier kinds (EI, EA, ESAT…)' }) kinds!: string[];
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => Float, { nullable: true, description: "Kilometres from the supplier's site to the lot's place, when both are known" }) distanceKm!: number | null;
  @Field(() => [String]) certifications!: string[];
}

@ObjectType('ResponseConsortiumMember')
export class ResponseConsortiumMemberModel {
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field() name!: string;
  @Field({ description: 'LEAD | CO_CONTRACTOR | SUBCONTRACTOR' }) role!: string;
  @Field(() => Float, { nullable: true }) sharePercent!: number | null;
  @Field(() => [String]) kinds!: string[];
  @Field(() => [String]) certifications!: string[];
}

@ObjectType('ResponseConsortium')
export class ResponseConsortiumModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'JOINT | JOINT_AND_SEVERAL' }) form!: string;
  @Field(() => [ResponseConsortiumMemberModel], { description: 'ACCEPTED members' }) members!: ResponseConsortiumMemberModel[];
}

@ObjectType('NeedResponse', { description: 'A response to one lot, by one supplier organisation or one consortium' })
export class NeedResponseModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field() needTitle!: string;
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field(() => ResponseStatusEnum) status!: ResponseStatus;
  @Field(() => DeclineReasonEnum, { nullable: true }) declineReason!: DeclineReason | null;
  @Field(() => String, { nullable: true }) declineComment!: string | null;
  @Field(() => Float, { nullable: true }) priceEur!: number | null;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => [String], { description: "Answers to the need's questions, in order" }) answers!: string[];
  @Field(() => [ResponseAttachmentModel]) attachments!: ResponseAttachmentModel[];
  @Field(() => [DeclaredSubcontractorModel]) subcontractors!: DeclaredSubcontractorModel[];
  @Field(() => [ResponseWarningModel], { description: 'RES-09 warnings about the declared subcontractors' }) warnings!: ResponseWarningModel[];
  @Field(() => Int) version!: number;
  @Field(() => BuyerDecisionEnum) buyerDecision!: BuyerDecision;
  @Field(() => String, { nullable: true }) buyerMessage!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => ResponseRespondentModel) respondent!: ResponseRespondentModel;
  @Field(() => ResponseConsortiumModel, { nullable: true }) consortium!: ResponseConsortiumModel | null;
  @Field(() => EligibilityModel, { description: "Eligibility to the lot's reservation at the deadline (a consortium: every member, RES-08)" }) eligibility!: EligibilityModel;
  @Field(() => [ContactPersonModel], { nullable: true, description: 'Buyer view only, once the supplier responded or wrote; null otherwise' }) contact!: ContactPersonModel[] | null;
}

@ObjectType('RespondToNeedPayload')
export class RespondToNeedPayload {
  @Field(() => NeedResponseModel) response!: NeedResponseModel;
  @Field(() => [ResponseWarningModel]) warnings!: ResponseWarningModel[];
}

@ObjectType('ResponsesExport')
export class ResponsesExportModel {
  @Field(() => ExportFormatEnum) format!: ExportFormat;
  @Field({ description: 'GET this URL with the session cookie (or token) to download the file' }) url!: string;
}
