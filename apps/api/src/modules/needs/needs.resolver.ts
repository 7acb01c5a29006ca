import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { CancelNeedInput, CreateNeedInput, MyNeedsArgs, NeedIdInput, ProcurementAdviceInput, ReviewNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedModel, NeedPageModel, NeedVersionModel, ProcurementAdviceModel } from './models/need.models';
import { NeedsService } from './needs.service';

@Resolver(() => NeedModel)
export class NeedsResolver {
  constructor(private readonly needs: NeedsService) {}

  @Query(() => NeedModel, { description: 'A need the caller may read (its buyer, staff; once published: anyone for PUBLIC needs, the invited suppliers for INVITED ones)' })
  @Policy(Access.PUBLIC)
  need(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.needs.need(actor, id);
  }

  @Query(() => NeedPageModel, { description: "The active buyer organisation's needs, newest first" })
  @Policy(Access.AUTHENTICATED)
  myNeeds(@CurrentActor() actor: Actor, @Args() args: MyNeedsArgs) {
    return this.needs.myNeeds(actor, args);
  }

  @Query(() => [NeedVersionModel], { description: 'Edits made after publication (buyer only)' })
  @Policy(Access.AUTHENTICATED)
  needVersions(@CurrentActor() actor: Actor, @Args('needId', { type: () => ID }) needId: string) {
    return this.needs.versions(actor, needId);
  }

  @Query(() => [NeedModel], { description: 'Staff: needs waiting for moderation' })
  @Policy(Access.STAFF)
  needsPendingReview(@CurrentActor() actor: Actor) {
    return this.needs.pendingReview(actor);
  }

  @Query(() => ProcurementAdviceModel, { description: 'Allotment advice (THR-01) and, for public buyers, the procedure band of the total (THR-02)' })
  @Policy(Access.AUTHENTICATED)
  procurementAdvice(@CurrentActor() actor: Actor, @Args('input') input: ProcurementAdviceInput) {
    return this.needs.procurementAdvice(actor, input);
  }

  @Mutation(() => NeedModel, { description: 'Creates a draft need for the active buyer organisation' })
  @Policy(Access.VERIFIED)
  createNeed(@CurrentActor() actor: Actor, @Args('input') input: CreateNeedInput) {
    return this.needs.create(actor, input);
  }

  @Mutation(() => NeedModel, { description: 'Replaces the content; after publication the edit is versioned and matched suppliers are told' })
  @Policy(Access.VERIFIED)
  updateNeed(@CurrentActor() actor: Actor, @Args('input') input: UpdateNeedInput) {
    return this.needs.update(actor, input);
  }

  @Mutation(() => NeedModel, { description: 'DRAFT → PUBLISHED (or PENDING_REVIEW when moderation is on); matching starts' })
  @Policy(Access.VERIFIED)
  publishNeed(@CurrentActor() actor: Actor, @Args('input') input: NeedIdInput) {
    return this.needs.publish(actor, input.needId);
  }

  @Mutation(() => NeedModel, { description: 'Stops taking responses before the deadline' })
  @Policy(Access.VERIFIED)
  closeNeed(@CurrentActor() actor: Actor, @Args('input') input: NeedIdInput) {
    return this.needs.close(actor, input.needId);
  }

  @Mutation(() => NeedModel, { description: 'CLOSED → AWARDED' })
  @Policy(Access.VERIFIED)
  awardNeed(@CurrentActor() actor: Actor, @Args('input') input: NeedIdInput) {
    return this.needs.award(actor, input.needId);
  }

  @Mutation(() => NeedModel)
  @Policy(Access.VERIFIED)
  cancelNeed(@CurrentActor() actor: Actor, @Args('input') input: CancelNeedInput) {
    return this.needs.cancel(actor, input);
  }

  @Mutation(() => NeedModel, { description: 'Staff: approve (publish) or send back a need waiting for moderation' })
  @Policy(Access.STAFF)
  reviewNeed(@CurrentActor() actor: Actor, @Args('input') input: ReviewNeedInput) {
    return this.needs.review(actor, input);
  }
}
