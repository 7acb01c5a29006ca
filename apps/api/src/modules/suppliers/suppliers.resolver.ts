import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { GraphqlContext, requestLocale } from '../../core/graphql';
import { OkPayload } from '../identity';
import {
  DeleteSupplierItemInput, EligibilityArgs, ReorderInput, UpdateSupplierProfileInput, UpsertActivityInput, UpsertOfferInput,
} from './dto/supplier.inputs';
import {
  ActivityModel, EligibilityBadgeModel, EligibilityModel, OfferModel, SiretCheckModel, SupplierModel,
} from './models/supplier.models';
import { SuppliersService } from './suppliers.service';

@Resolver(() => SupplierModel)
export class SuppliersResolver {
  constructor(private readonly suppliers: SuppliersService) {}

  @Query(() => SupplierModel, { description: 'Public supplier profile (also unclaimed imported structures); no personal data' })
  @Policy(Access.PUBLIC)
  supplier(@Args('id', { type: () => ID }) id: string) {
    return this.suppliers.supplier(id);
  }

  @Query(() => SupplierModel, { nullable: true, description: "The active organisation's supplier profile (null if not a supplier)" })
  @Policy(Access.AUTHENTICATED)
  mySupplier(@CurrentActor() actor: Actor) {
    return this.suppliers.mySupplier(actor);
  }

  @Query(() => EligibilityModel, { description: 'Can this supplier answer a lot under this reservation, on `at` (default today)? With reasons.' })
  @Policy(Access.PUBLIC)
  eligibility(@Args() args: EligibilityArgs, @Context() ctx: GraphqlContext) {
    return this.suppliers.eligibility(args, requestLocale(ctx.req));
  }

  @Query(() => SiretCheckModel, { description: 'Whether a company is on the platform, with its ESS kinds and their verification' })
  @Policy(Access.AUTHENTICATED)
  checkSiret(@CurrentActor() actor: Actor, @Args('siret') siret: string) {
    return this.suppliers.checkSiret(actor, siret);
  }

  @Mutation(() => SupplierModel, { description: 'ADMIN or MEMBER of that supplier' })
  @Policy(Access.AUTHENTICATED)
  updateSupplierProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateSupplierProfileInput) {
    return this.suppliers.updateProfile(actor, input);
  }

  @Mutation(() => ActivityModel)
  @Policy(Access.AUTHENTICATED)
  upsertActivity(@CurrentActor() actor: Actor, @Args('input') input: UpsertActivityInput) {
    return this.suppliers.upsertActivity(actor, input);
  }

  @Mutation(() => OkPayload)
  @Policy(Access.AUTHENTICATED)
  async deleteActivity(@CurrentActor() actor: Actor, @Args('input') input: DeleteSupplierItemInput) {
    await this.suppliers.deleteActivity(actor, input);
    return OkPayload.OK;
  }

  @Mutation(() => [ActivityModel])
  @Policy(Access.AUTHENTICATED)
  reorderActivities(@CurrentActor() actor: Actor, @Args('input') input: ReorderInput) {
    return this.suppliers.reorderActivities(actor, input);
  }

  @Mutation(() => OfferModel)
  @Policy(Access.AUTHENTICATED)
  upsertOffer(@CurrentActor() actor: Actor, @Args('input') input: UpsertOfferInput) {
    return this.suppliers.upsertOffer(actor, input);
  }

  @Mutation(() => OkPayload)
  @Policy(Access.AUTHENTICATED)
  async deleteOffer(@CurrentActor() actor: Actor, @Args('input') input: DeleteSupplierItemInput) {
    await this.suppliers.deleteOffer(actor, input);
    return OkPayload.OK;
  }

  @Mutation(() => [OfferModel])
  @Policy(Access.AUTHENTICATED)
  reorderOffers(@CurrentActor() actor: Actor, @Args('input') input: ReorderInput) {
    return this.suppliers.reorderOffers(actor, input);
  }

  /** Computed with the profile (no query here); only the label depends on the caller's language. */
  @ResolveField(() => [EligibilityBadgeModel], { description: 'One per reservation type the supplier is ELIGIBLE or TO_CONFIRM for, today' })
  badges(@Parent() supplier: SupplierModel, @Context() ctx: GraphqlContext): EligibilityBadgeModel[] {
    const locale = requestLocale(ctx.req);
    return (supplier.badgeData ?? []).map((b) => Object.assign(new EligibilityBadgeModel(), {
      reservation: b.reservation, status: b.status, label: locale === 'en' ? b.labelEn : b.labelFr, proofValidUntil: b.proofValidUntil,
    }));
  }
}
