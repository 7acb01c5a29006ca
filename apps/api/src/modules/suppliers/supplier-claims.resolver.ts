import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { ClaimSupplierInput, DecideClaimInput } from './dto/supplier.inputs';
import { SupplierClaimModel } from './models/supplier.models';
import { SupplierClaimsService } from './supplier-claims.service';

@Resolver(() => SupplierClaimModel)
export class SupplierClaimsResolver {
  constructor(private readonly claims: SupplierClaimsService) {}

  @Query(() => [SupplierClaimModel], {
    description: "Claims on a structure (its admins; staff while it has no member). Without supplierId: staff see pending claims on unclaimed structures, others their own claims.",
  })
  @Policy(Access.VERIFIED)
  supplierClaims(@CurrentActor() actor: Actor, @Args('supplierId', { type: () => ID, nullable: true }) supplierId?: string | null) {
    return this.claims.claims(actor, supplierId);
  }

  @Mutation(() => SupplierClaimModel, { description: 'Asks to join the supplier structure with this SIRET; CONFLICT if already a member or a claim is pending' })
  @Policy(Access.VERIFIED)
  claimSupplier(@CurrentActor() actor: Actor, @Args('input') input: ClaimSupplierInput) {
    return this.claims.claim(actor, input);
  }

  @Mutation(() => SupplierClaimModel, { description: 'Supplier ADMIN, or STAFF when the structure has no member' })
  @Policy(Access.VERIFIED)
  decideSupplierClaim(@CurrentActor() actor: Actor, @Args('input') input: DecideClaimInput) {
    return this.claims.decide(actor, input);
  }
}
