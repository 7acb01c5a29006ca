import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import {
  BuyerRegime, canManageApiTokens, canManageMembers, MembershipRole, organizationRegimeIssue, OrganizationType, sirenOf, validateSiret,
} from '@essor/domain';
import { AccessService } from '../../core/access';
import { Actor, hashToken, newToken } from '../../core/auth';
import { AppError, FieldError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import { ApiTokenService, normalizeEmail, SessionService, UserEntity } from '../identity';
import { CreateApiTokenInput, CreateOrganizationInput, InviteMemberInput, RevokeApiTokenInput } from './dto/organization.inputs';
import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';

const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
const ADMIN_ONLY = [MembershipRole.ADMIN] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    private readonly outbox: OutboxService,
  ) {}

  /** Creates the organisation with the caller as ADMIN and makes it the session's active one. */
  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const siret = validateSiret(input.siret);
    const errors: FieldError[] = [];
    if (!siret.valid) errors.push({ path: 'siret', messageKey: siret.reason === 'FORMAT' ? 'field.siretFormat' : 'field.siretChecksum' });
    const regimeIssue = organizationRegimeIssue(input.type, input.regime);
    if (regimeIssue) errors.push({ path: 'regime', messageKey: regimeIssue === 'REGIME_REQUIRED' ? 'field.regimeRequired' : 'field.regimeBuyerOnly' });
    if (errors.length > 0 || !siret.valid) throw AppError.badInput(errors);

    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(OrganizationEntity, { where: { siret: siret.value } })) throw AppError.conflict('organization.siretTaken');
      const org = await manager.save(OrganizationEntity, manager.create(OrganizationEntity, {
        name: input.name.trim(),
        type: input.type,
        regime: input.type === OrganizationType.BUYER ? (input.regime as BuyerRegime) : null,
        siret: siret.value,
        siren: sirenOf(siret.value),
        source: 'SIGNUP',
      }));
      await manager.insert(MembershipEntity, { organizationId: org.id, userId: actor.userId, role: MembershipRole.ADMIN });
      if (input.type === OrganizationType.SUPPLIER) {
        await manager.query(`INSERT INTO supplier_profile (organization_id, data_source) VALUES ($1, 'SIGNUP')`, [org.id]);
        // A new supplier is searchable (and can match open needs) from the start, not from its first edit.
        await this.outbox.record(manager, { type: OutboxEventType.SUPPLIER_CHANGED, aggregateType: 'supplier', aggregateId: org.id, payload: { supplierId: org.id } });
      }
      if (actor.sessionId) await this.sessions.setActiveOrganization(manager, actor.sessionId, org.id);
      return org;
    });
  }

  async get(actor: Actor, organizationId: string): Promise<OrganizationEntity> {
    await this.access.requireOrganization(actor, organizationId);
    return this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  }

  async switchTo(actor: Actor, organizationId: string): Promise<void> {
    await this.access.requireOrganization(actor, organizationId);
    if (actor.sessionId) await this.sessions.setActiveOrganization(this.dataSource.manager, actor.sessionId, organizationId);
  }

  /** Memberships of a user, for `Me.memberships`. */
  membershipsOf(userId: string) {
    return this.dataSource.getRepository(MembershipEntity).find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } });
  }

  async members(actor: Actor, organizationId: string) {
    await this.access.requireOrganization(actor, organizationId);
    const rows: { user_id: string; display_name: string; email: string; role: MembershipRole; created_at: Date }[] = await this.dataSource.query(
      `SELECT m.user_id, u.display_name, u.email, m.role, m.created_at FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 ORDER BY m.created_at`,
      [organizationId],
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, role: r.role, joinedAt: r.created_at }));
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationEntity> {
    const role = await this.access.requireOrganization(actor, input.organizationId);
    if (!canManageMembers(role)) throw AppError.forbidden();
    const email = normalizeEmail(input.email);
    return this.dataSource.transaction(async (manager) => {
      const already: unknown[] = await manager.query(
        `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
        [input.organizationId, email],
      );
      if (already.length > 0) throw AppError.conflict('invitation.alreadyMember');
      const invitation = await manager.save(InvitationEntity, manager.create(InvitationEntity, {
        organizationId: input.organizationId,
        email,
        role: input.role,
        invitedByUserId: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        tokenHash: null,
      }));
      await this.outbox.record(manager, { type: OutboxEventType.INVITATION_CREATED, aggregateType: 'invitation', aggregateId: invitation.id, payload: { invitationId: invitation.id } });
      return invitation;
    });
  }

  async pendingInvitations(actor: Actor, organizationId: string) {
    await this.access.requireOrganization(actor, organizationId, ADMIN_ONLY);
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { organizationId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { organization: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** Public preview of an invitation by its emailed token. */
  async invitationByToken(token: string): Promise<InvitationEntity> {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({ where: { tokenHash: hashToken(token) }, relations: { organization: true } });
    if (!invitation || invitation.expiresAt < new Date()) throw AppError.notFound('invitation');
    return invitation;
  }

  async acceptInvitation(actor: Actor, token: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.expiresAt < new Date()) throw AppError.notFound('invitation');
      if (invitation.acceptedAt) throw AppError.conflict('invitation.alreadyUsed');
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (user.email !== invitation.email) throw AppError.forbidden('invitation.emailMismatch', 'EMAIL_MISMATCH');
      if (await manager.exists(MembershipEntity, { where: { organizationId: invitation.organizationId, userId: actor.userId } })) {
        throw AppError.conflict('invitation.alreadyMember');
      }
      await manager.insert(MembershipEntity, { organizationId: invitation.organizationId, userId: actor.userId, role: invitation.role });
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date(), acceptedByUserId: actor.userId });
      if (actor.sessionId) await this.sessions.setActiveOrganization(manager, actor.sessionId, invitation.organizationId);
      return invitation.organizationId;
    });
  }

  /** Creates the invitation's link token when its email is sent (worker). */
  async issueInvitationToken(invitationId: string) {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({ where: { id: invitationId }, relations: { organization: true } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
    const token = newToken();
    await this.dataSource.getRepository(InvitationEntity).update({ id: invitationId }, { tokenHash: hashToken(token) });
    const inviter = await this.dataSource.getRepository(UserEntity).findOneBy({ id: invitation.invitedByUserId });
    return { invitation, token, inviterName: inviter?.displayName ?? '', locale: inviter?.locale ?? 'fr' };
  }

  async createApiToken(actor: Actor, input: CreateApiTokenInput) {
    const role = await this.access.requireOrganization(actor, input.organizationId);
    if (!canManageApiTokens(role)) throw AppError.forbidden();
    return this.apiTokens.issue(input.organizationId, actor.userId, input.name.trim(), input.role ?? MembershipRole.MEMBER);
  }

  async apiTokensOf(actor: Actor, organizationId: string) {
    await this.access.requireOrganization(actor, organizationId, ADMIN_ONLY);
    return this.apiTokens.listFor(organizationId);
  }

  async revokeApiToken(actor: Actor, input: RevokeApiTokenInput) {
    await this.access.requireOrganization(actor, input.organizationId, ADMIN_ONLY);
    if (!(await this.apiTokens.revoke(input.organizationId, input.id))) throw AppError.notFound('apiToken');
  }
}
