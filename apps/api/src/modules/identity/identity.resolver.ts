import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import type { GraphqlContext } from '../../core/graphql';
import { LoginInput, RegisterInput, RequestPasswordResetInput, ResetPasswordInput, TokenInput } from './dto/identity.inputs';
import { toMeModel } from './identity.mapper';
import { IdentityService, RequestMeta } from './identity.service';
import { MeModel } from './models/me.model';
import { OkPayload } from './models/user.model';
import { SessionService } from './session.service';

function requestMeta(ctx: GraphqlContext): RequestMeta {
  return { ip: ctx.req.ip ?? 'unknown', userAgent: ctx.req.headers['user-agent'] };
}

@Resolver(() => MeModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => MeModel, { nullable: true, description: 'The caller, or null when not logged in.' })
  @Policy(Access.PUBLIC)
  async me(@CurrentActor() actor: Actor | null): Promise<MeModel | null> {
    if (!actor) return null;
    const { user, activeOrganizationId } = await this.identity.me(actor);
    return toMeModel(user, activeOrganizationId);
  }

  @Mutation(() => MeModel, { description: 'Creates an account, opens a session and sends the verification email.' })
  @Policy(Access.PUBLIC)
  async register(@Args('input') input: RegisterInput, @Context() ctx: GraphqlContext): Promise<MeModel> {
    const { user, token } = await this.identity.register(input, requestMeta(ctx));
    this.sessions.setCookie(ctx.res, token);
    return toMeModel(user, null);
  }

  @Mutation(() => MeModel)
  @Policy(Access.PUBLIC)
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphqlContext): Promise<MeModel> {
    const { user, token, activeOrganizationId } = await this.identity.login(input, requestMeta(ctx));
    this.sessions.setCookie(ctx.res, token);
    return toMeModel(user, activeOrganizationId);
  }

  @Mutation(() => OkPayload)
  @Policy(Access.SESSION)
  async logout(@CurrentActor() actor: Actor, @Context() ctx: GraphqlContext): Promise<OkPayload> {
    await this.identity.logout(actor);
    this.sessions.clearCookie(ctx.res);
    return OkPayload.OK;
  }

  @Mutation(() => MeModel, { description: 'Confirms the email address with the token of the emailed link.' })
  @Policy(Access.PUBLIC)
  async verifyEmail(@Args('input') input: TokenInput, @CurrentActor() actor: Actor | null): Promise<MeModel> {
    const user = await this.identity.verifyEmail(input.token);
    return toMeModel(user, actor?.userId === user.id ? actor.organizationId : null);
  }

  @Mutation(() => OkPayload)
  @Policy(Access.SESSION)
  async resendVerificationEmail(@CurrentActor() actor: Actor): Promise<OkPayload> {
    await this.identity.resendVerificationEmail(actor);
    return OkPayload.OK;
  }

  @Mutation(() => OkPayload, { description: 'Always ok: does not tell whether the account exists.' })
  @Policy(Access.PUBLIC)
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<OkPayload> {
    await this.identity.requestPasswordReset(input.email);
    return OkPayload.OK;
  }

  @Mutation(() => OkPayload, { description: 'Sets a new password and revokes every session of the account.' })
  @Policy(Access.PUBLIC)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<OkPayload> {
    await this.identity.resetPassword(input);
    return OkPayload.OK;
  }
}
