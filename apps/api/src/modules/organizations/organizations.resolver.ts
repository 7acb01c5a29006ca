import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipRole } from '@essor/domain';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { IdentityService, MeModel, OkPayload, TokenInput, toMeModel } from '../identity';

import { CreateApiTokenInput, CreateOrganizationInput, InviteMemberInput, RevokeApiTokenInput, SwitchOrganizationInput } from './dto/organization.inputs';

import { ApiTokenModel, CreatedApiTokenModel, InvitationModel, MemberModel, MembershipModel, OrganizationModel } from './models/organization.models';
import { toApiTokenModel, toOrganizationModel } from './organizations.mapper';
import { OrganizationsService } from './organizations.service';
import type { InvitationEntity } from './entities/invitation.entity';

function toInvitationModel(i: InvitationEntity): InvitationModel {
  return Object.assign(new InvitationModel(), {
    id: i.id, email: i.email, role: i.role, organizationName: i.organization?.name ?? '', expiresAt: i.expiresAt, acceptedAt: i.acceptedAt,
  });
}

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly identity: IdentityService,
  ) {}

  private async meOf(actor: Actor, activeOrganizationId: string | null): Promise<MeModel> {
    const { user } = await this.identity.me(actor);
    return toMeModel(user, activeOrganizationId);
  }

  @Query(() => OrganizationModel)
  @Policy(Access.AUTHENTICATED)
  async organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toOrganizationModel(await this.organizations.get(actor, id));
  }

  @Query(() => [MemberModel])
  @Policy(Access.AUTHENTICATED)
  async members(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return (await this.organizations.members(actor, organizationId)).map((m) => Object.assign(new MemberModel(), m));
  }

  @Query(() => [InvitationModel], { description: 'Invitations not yet accepted (organisation admins).' })
  @Policy(Access.AUTHENTICATED)
  async pendingInvitations(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return (await this.organizations.pendingInvitations(actor, organizationId)).map(toInvitationModel);
  }

  @Query(() => InvitationModel, { description: 'Preview of an invitation from its emailed token.' })
  @Policy(Access.PUBLIC)
  async invitation(@Args('token') token: string) {
    return toInvitationModel(await this.organizations.invitationByToken(token));
  }

  @Query(() => [ApiTokenModel])
  @Policy(Access.SESSION)
  async apiTokens(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return (await this.organizations.apiTokensOf(actor, organizationId)).map(toApiTokenModel);
  }

  @Mutation(() => MeModel, { description: 'Creates an organisation (caller becomes ADMIN, and it becomes active).' })
  @Policy(Access.VERIFIED)
  async createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput) {
    const org = await this.organizations.create(actor, input);
    return this.meOf(actor, org.id);
  }

  @Mutation(() => MeModel)
  @Policy(Access.SESSION)
  async switchOrganization(@CurrentActor() actor: Actor, @Args('input') input: SwitchOrganizationInput) {
    await this.organizations.switchTo(actor, input.organizationId);
    return this.meOf(actor, input.organizationId);
  }

  @Mutation(() => InvitationModel)
  @Policy(Access.VERIFIED)
  async inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput) {
    const invitation = await this.organizations.invite(actor, input);
    return toInvitationModel({ ...invitation, organization: await this.organizations.get(actor, input.organizationId) });
  }

  @Mutation(() => MeModel)
  @Policy(Access.SESSION)
  async acceptInvitation(@CurrentActor() actor: Actor, @Args('input') input: TokenInput) {
    const organizationId = await this.organizations.acceptInvitation(actor, input.token);
    return this.meOf(actor, organizationId);
  }

  @Mutation(() => CreatedApiTokenModel, { description: 'Issues an API token for one organisation (admins).' })
  @Policy(Access.SESSION)
  async createApiToken(@CurrentActor() actor: Actor, @Args('input') input: CreateApiTokenInput) {
    const { token, entity } = await this.organizations.createApiToken(actor, input);
    return Object.assign(new CreatedApiTokenModel(), { token, apiToken: toApiTokenModel(entity) });
  }

  @Mutation(() => OkPayload)
  @Policy(Access.SESSION)
  async revokeApiToken(@CurrentActor() actor: Actor, @Args('input') input: RevokeApiTokenInput) {
    await this.organizations.revokeApiToken(actor, input);
    return OkPayload.OK;
  }
}

/** Adds the organisation side of `Me`. */
@Resolver(() => MeModel)
export class MeOrganizationsResolver {
  // One query per `Me` for its three organisation fields (memberships, active organisation, role).
  private readonly loaded = new WeakMap<MeModel, ReturnType<OrganizationsService['membershipsOf']>>();

  constructor(private readonly organizations: OrganizationsService) {}

  private membershipsOf(me: MeModel) {
    let rows = this.loaded.get(me);
    if (!rows) this.loaded.set(me, (rows = this.organizations.membershipsOf(me.user.id)));
    return rows;
  }

  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() me: MeModel) {
    const rows = await this.membershipsOf(me);
    return rows.map((m) => Object.assign(new MembershipModel(), { organization: toOrganizationModel(m.organization!), role: m.role }));
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async activeOrganization(@Parent() me: MeModel) {
    const active = (await this.membershipsOf(me)).find((m) => m.organizationId === me.activeOrganizationId);
    return active?.organization ? toOrganizationModel(active.organization) : null;
  }

  @ResolveField(() => MembershipRole, { nullable: true })
  async activeRole(@Parent() me: MeModel) {
    return (await this.membershipsOf(me)).find((m) => m.organizationId === me.activeOrganizationId)?.role ?? null;
  }
}
