import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { OkPayload } from '../identity';
import { ConsortiaService } from './consortia.service';
import {
  AcceptConsortiumEmailInvitationInput, AnswerConsortiumInvitationInput, ApplyToPartnerCallInput, ConsortiumIdInput, ConsortiumPageArgs, CreateConsortiumInput,
  CreatePartnerCallInput, DecidePartnerApplicationInput, InviteToConsortiumInput, PartnerCallIdInput, PartnerCallsArgs, PartnerSuggestionsArgs,
  SubmitConsortiumResponseInput, UpdateConsortiumMemberInput,
} from './dto/consortium.inputs';
import { ConsortiumModel, ConsortiumPageModel, PartnerCallModel, PartnerCallPageModel, PartnerSuggestionModel } from './models/consortium.models';
import { PartnerCallsService } from './partner-calls.service';

@Resolver(() => ConsortiumModel)
export class ConsortiaResolver {
  constructor(
    private readonly consortia: ConsortiaService,
    private readonly calls: PartnerCallsService,
  ) {}

  @Query(() => ConsortiumModel, { description: 'A consortium: members, shares, RES-08 eligibility, combined profile. Non-members: NOT_FOUND.' })
  @Policy(Access.AUTHENTICATED)
  consortium(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.consortia.consortium(actor, id);
  }

  @Query(() => ConsortiumPageModel, { description: "Consortia the active organisation belongs to or is invited to" })
  @Policy(Access.AUTHENTICATED)
  myConsortia(@CurrentActor() actor: Actor, @Args() args: ConsortiumPageArgs) {
    return this.consortia.myConsortia(actor, args.page, args.perPage);
  }

  @Query(() => ConsortiumPageModel, { description: 'STANDING consortia, listed publicly' })
  @Policy(Access.PUBLIC)
  standingConsortia(@CurrentActor() actor: Actor | null, @Args() args: ConsortiumPageArgs) {
    return this.consortia.standingConsortia(actor, args.page, args.perPage);
  }

  @Mutation(() => ConsortiumModel, { description: "The active supplier organisation forms a consortium and leads it (GME-03: one live consortium led per lot)" })
  @Policy(Access.VERIFIED)
  createConsortium(@CurrentActor() actor: Actor, @Args('input') input: CreateConsortiumInput) {
    return this.consortia.create(actor, input);
  }

  @Mutation(() => ConsortiumModel, { description: 'The lead invites a supplier (organizationId) or someone not yet on the platform (email); expires after 14 days' })
  @Policy(Access.VERIFIED)
  inviteToConsortium(@CurrentActor() actor: Actor, @Args('input') input: InviteToConsortiumInput) {
    return this.consortia.invite(actor, input);
  }

  @Mutation(() => ConsortiumModel)
  @Policy(Access.VERIFIED)
  answerConsortiumInvitation(@CurrentActor() actor: Actor, @Args('input') input: AnswerConsortiumInvitationInput) {
    return this.consortia.answer(actor, input);
  }

  @Mutation(() => ConsortiumModel, { description: "Accepts an email invitation with its link token, for the caller's active supplier organisation" })
  @Policy(Access.VERIFIED)
  acceptConsortiumEmailInvitation(@CurrentActor() actor: Actor, @Args('input') input: AcceptConsortiumEmailInvitationInput) {
    return this.consortia.acceptEmailInvitation(actor, input);
  }

  @Mutation(() => ConsortiumModel, { description: "The lead changes a member's role or share (until the consortium responds)" })
  @Policy(Access.VERIFIED)
  updateConsortiumMember(@CurrentActor() actor: Actor, @Args('input') input: UpdateConsortiumMemberInput) {
    return this.consortia.updateMember(actor, input);
  }

  @Mutation(() => OkPayload, { description: 'A member (not the lead) leaves before the consortium responds' })
  @Policy(Access.VERIFIED)
  async leaveConsortium(@CurrentActor() actor: Actor, @Args('input') input: ConsortiumIdInput) {
    await this.consortia.leave(actor, input);
    return OkPayload.OK;
  }

  @Mutation(() => ConsortiumModel, { description: 'The lead dissolves the consortium before it responds' })
  @Policy(Access.VERIFIED)
  dissolveConsortium(@CurrentActor() actor: Actor, @Args('input') input: ConsortiumIdInput) {
    return this.consortia.dissolve(actor, input);
  }

  @Mutation(() => ConsortiumModel, { description: 'The lead responds to the lot for the consortium (INELIGIBLE under RES-08); the composition is then frozen' })
  @Policy(Access.VERIFIED)
  submitConsortiumResponse(@CurrentActor() actor: Actor, @Args('input') input: SubmitConsortiumResponseInput) {
    return this.consortia.submitResponse(actor, input);
  }

  @Query(() => PartnerCallPageModel, { description: 'Open partner calls on needs the caller can read, and its own calls' })
  @Policy(Access.AUTHENTICATED)
  partnerCalls(@CurrentActor() actor: Actor, @Args() args: PartnerCallsArgs) {
    return this.calls.list(actor, args);
  }

  @Query(() => [PartnerSuggestionModel], { description: 'Suppliers to team up with on a lot, ranked, with reasons' })
  @Policy(Access.AUTHENTICATED)
  partnerSuggestions(@CurrentActor() actor: Actor, @Args() args: PartnerSuggestionsArgs) {
    return this.calls.suggestions(actor, args.lotId, args.limit);
  }

  @Mutation(() => PartnerCallModel)
  @Policy(Access.VERIFIED)
  createPartnerCall(@CurrentActor() actor: Actor, @Args('input') input: CreatePartnerCallInput) {
    return this.calls.create(actor, input);
  }

  @Mutation(() => PartnerCallModel)
  @Policy(Access.VERIFIED)
  applyToPartnerCall(@CurrentActor() actor: Actor, @Args('input') input: ApplyToPartnerCallInput) {
    return this.calls.apply(actor, input);
  }

  @Mutation(() => PartnerCallModel, { description: 'The author accepts (the applicant joins its consortium) or rejects an application' })
  @Policy(Access.VERIFIED)
  decidePartnerApplication(@CurrentActor() actor: Actor, @Args('input') input: DecidePartnerApplicationInput) {
    return this.calls.decide(actor, input);
  }

  @Mutation(() => PartnerCallModel)
  @Policy(Access.VERIFIED)
  closePartnerCall(@CurrentActor() actor: Actor, @Args('input') input: PartnerCallIdInput) {
    return this.calls.close(actor, input);
  }
}
