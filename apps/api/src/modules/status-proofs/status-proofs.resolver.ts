import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SupplierKind } from '@essor/domain';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { SupplierKindEnum } from '../suppliers';
import { ReviewStatusProofInput, SubmitStatusProofInput } from './dto/status-proof.inputs';
import { ProofTypeOptionModel, StatusProofModel } from './models/status-proof.models';
import { toStatusProofModel } from './status-proofs.mapper';
import { StatusProofsService } from './status-proofs.service';

@Resolver(() => StatusProofModel)
export class StatusProofsResolver {
  constructor(private readonly proofs: StatusProofsService) {}

  @Query(() => [ProofTypeOptionModel], { description: 'Proof types accepted for a kind (reservation matrix).' })
  @Policy(Access.PUBLIC)
  proofTypesFor(@Args('kind', { type: () => SupplierKindEnum }) kind: SupplierKind) {
    return this.proofs.proofTypesFor(kind).map((o) => Object.assign(new ProofTypeOptionModel(), o));
  }

  @Query(() => [StatusProofModel], { description: "A supplier's proofs, newest first: its members, or staff; others NOT_FOUND." })
  @Policy(Access.AUTHENTICATED)
  async statusProofs(@CurrentActor() actor: Actor, @Args('supplierId', { type: () => ID }) supplierId: string) {
    return (await this.proofs.listForSupplier(actor, supplierId)).map((p) => toStatusProofModel(p, actor.locale));
  }

  @Query(() => [StatusProofModel], { description: 'Staff: proofs waiting for review, oldest first (first ≤ 50).' })
  @Policy(Access.STAFF)
  async proofReviewQueue(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
  ) {
    return (await this.proofs.reviewQueue(first ?? 20, offset ?? 0)).map((p) => toStatusProofModel(p, actor.locale));
  }

  @Mutation(() => StatusProofModel, { description: 'ADMIN or MEMBER of the supplier: submits a proof (file uploaded first with POST /files).' })
  @Policy(Access.AUTHENTICATED)
  async submitStatusProof(@CurrentActor() actor: Actor, @Args('input') input: SubmitStatusProofInput) {
    return toStatusProofModel(await this.proofs.submit(actor, input), actor.locale);
  }

  @Mutation(() => StatusProofModel, { description: 'Staff: approves or rejects (with a reason) a pending proof.' })
  @Policy(Access.STAFF)
  async reviewStatusProof(@CurrentActor() actor: Actor, @Args('input') input: ReviewStatusProofInput) {
    return toStatusProofModel(await this.proofs.review(actor, input), actor.locale);
  }
}
