import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import {
  AwardResponseInput, DeclineNeedLotInput, ExportResponsesArgs, MarkInterestInput, MyResponsesArgs, RejectResponseInput, RespondToNeedInput, ResponseIdInput,
  ResponsesArgs,
} from './dto/response.inputs';
import { NeedResponseModel, RespondToNeedPayload, ResponsesExportModel } from './models/response.models';
import { ResponsesService } from './responses.service';

@Resolver(() => NeedResponseModel)
export class ResponsesResolver {
  constructor(private readonly service: ResponsesService) {}

  @Query(() => [NeedResponseModel], { description: "Responses to one of the active buyer's needs (its members only), with eligibility, filters and sort" })
  @Policy(Access.AUTHENTICATED)
  responses(@CurrentActor() actor: Actor, @Args() args: ResponsesArgs) {
    return this.service.responses(actor, args);
  }

  @Query(() => [NeedResponseModel], { description: "The active organisation's responses (its own and its consortia's), newest first" })
  @Policy(Access.AUTHENTICATED)
  myResponses(@CurrentActor() actor: Actor, @Args() args: MyResponsesArgs) {
    return this.service.myResponses(actor, args.needId);
  }

  @Query(() => ResponsesExportModel, { description: "Where to download the need's responses as CSV or XLSX (its buyer's members only)" })
  @Policy(Access.AUTHENTICATED)
  exportResponses(@CurrentActor() actor: Actor, @Args() args: ExportResponsesArgs) {
    return this.service.exportLink(actor, args.needId, args.format);
  }

  @Mutation(() => RespondToNeedPayload, { description: 'Responds to a lot for the active supplier, or amends its response (a new version); INELIGIBLE on a reserved lot it may not answer' })
  @Policy(Access.VERIFIED)
  respondToNeed(@CurrentActor() actor: Actor, @Args('input') input: RespondToNeedInput) {
    return this.service.respond(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'The active supplier will not answer this lot, and why' })
  @Policy(Access.VERIFIED)
  declineNeedLot(@CurrentActor() actor: Actor, @Args('input') input: DeclineNeedLotInput) {
    return this.service.decline(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'The active supplier intends to answer this lot' })
  @Policy(Access.VERIFIED)
  markInterest(@CurrentActor() actor: Actor, @Args('input') input: MarkInterestInput) {
    return this.service.markInterest(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'Withdraws a submitted response before the deadline' })
  @Policy(Access.VERIFIED)
  withdrawResponse(@CurrentActor() actor: Actor, @Args('input') input: ResponseIdInput) {
    return this.service.withdraw(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'Buyer: shortlists a submitted response (the respondent is told)' })
  @Policy(Access.VERIFIED)
  shortlistResponse(@CurrentActor() actor: Actor, @Args('input') input: ResponseIdInput) {
    return this.service.shortlist(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'Buyer: awards a submitted response (several per lot allowed; the respondent is told)' })
  @Policy(Access.VERIFIED)
  awardResponse(@CurrentActor() actor: Actor, @Args('input') input: AwardResponseInput) {
    return this.service.award(actor, input);
  }

  @Mutation(() => NeedResponseModel, { description: 'Buyer: rejects a submitted response with a message (the respondent is told)' })
  @Policy(Access.VERIFIED)
  rejectResponse(@CurrentActor() actor: Actor, @Args('input') input: RejectResponseInput) {
    return this.service.reject(actor, input);
  }
}
