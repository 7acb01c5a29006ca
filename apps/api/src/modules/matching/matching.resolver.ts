import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { DeclineNeedInput, ExpressInterestInput, MatchPageArgs, NeedIdArgs, NeedMatchesArgs } from './dto/matching.inputs';
import { MatchingService } from './matching.service';
import { MatchedNeedModel, MatchedNeedPageModel, NeedFunnelModel, NeedMatchPageModel } from './models/matching.models';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => NeedMatchPageModel, { description: "Suppliers matched to one of the active buyer organisation's needs, with why and where they stand" })
  @Policy(Access.AUTHENTICATED)
  needMatches(@CurrentActor() actor: Actor, @Args() args: NeedMatchesArgs) {
    return this.matching.needMatches(actor, args.needId, args.page, args.perPage);
  }

  @Query(() => NeedFunnelModel, { description: 'Matched → notified → emailed → viewed → interested/declined → responded counts of a need (its buyer only)' })
  @Policy(Access.AUTHENTICATED)
  needFunnel(@CurrentActor() actor: Actor, @Args() args: NeedIdArgs) {
    return this.matching.needFunnel(actor, args.needId);
  }

  @Query(() => MatchedNeedPageModel, { description: 'Needs matched to the active supplier organisation, most recent first' })
  @Policy(Access.AUTHENTICATED)
  myMatchedNeeds(@CurrentActor() actor: Actor, @Args() args: MatchPageArgs) {
    return this.matching.myMatchedNeeds(actor, args.page, args.perPage);
  }

  @Mutation(() => MatchedNeedModel, { description: 'A matched or invited supplier tells the buyer it is interested (idempotent)' })
  @Policy(Access.VERIFIED)
  expressInterest(@CurrentActor() actor: Actor, @Args('input') input: ExpressInterestInput) {
    return this.matching.expressInterest(actor, input.needId);
  }

  @Mutation(() => MatchedNeedModel, { description: 'A matched or invited supplier will not respond; the buyer is told (idempotent)' })
  @Policy(Access.VERIFIED)
  declineNeed(@CurrentActor() actor: Actor, @Args('input') input: DeclineNeedInput) {
    return this.matching.declineNeed(actor, input.needId, input.reason);
  }
}
