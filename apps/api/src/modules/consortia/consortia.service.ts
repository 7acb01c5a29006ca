import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { acceptsResponses, consortiumCompositionIssues, isBiddingRole } from '@essor/domain';
import type { ConsortiumEligibilityResult, ConsortiumMemberRole } from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import { Actor, hashToken } from '../../core/auth';
import { AppError, ErrorCode, FieldError, MessageKey } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { ConsortiumEventKind, OutboxEventType } from '../../core/queue';
import { ResponsesService } from '../responses';
import { ConsortiumFacts, LotFacts } from './consortium-facts';
import {
  AcceptConsortiumEmailInvitationInput, AnswerConsortiumInvitationInput, ConsortiumIdInput, CreateConsortiumInput, InviteToConsortiumInput,
  SubmitConsortiumResponseInput, UpdateConsortiumMemberInput,
} from './dto/consortium.inputs';
import { ConsortiumEntity, ConsortiumMemberEntity } from './entities/consortium.entity';
import { ConsortiumModel, ConsortiumPageModel, ConsortiumReasonModel } from './models/consortium.models';

/** GME-07 (open procedures): invitations wait two weeks, then lapse. */
export const CONSORTIUM_INVITATION_TTL_MS = 14 * 86_400_000;

const LIVE_MEMBER = ['INVITED', 'ACCEPTED'];

/**
 * Consortia (GME): forming (invitations, answers, shares), reading with RES-08 eligibility and the
 * combined profile, and the lead's response. Every write takes the consortium row lock, checks the
 * composition is not frozen (GME-07) and records its outbox event in the same transaction.
 */
@Injectable()
export class ConsortiaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
    private readonly facts: ConsortiumFacts,
    private readonly responses: ResponsesService,
  ) {}

  // ---------------------------------------------------------------- forming

  async create(actor: Actor, input: CreateConsortiumInput): Promise<ConsortiumModel> {
    const supplier = await this.facts.activeSupplier(actor);
    let lot: LotFacts | null = null;
    if (input.scope === 'LOT') {
      if (!input.lotId) throw AppError.badInput([{ path: 'lotId', messageKey: 'consortium.lotRequired' }]);
      lot = await this.facts.readableLot(actor, input.lotId, input.needId);
      this.requireOpenForConsortia(lot, 'lotId');
    }
    const id = await this.dataSource.transaction((manager) => this.insertConsortium(manager, actor, supplier.id, {
      scope: input.scope, lot, name: input.name.trim(), form: input.form,
    }));
    return this.read(actor, id);
  }

  /** Creates a consortium led by `leadId` (LOT: GME-03, one live consortium led per lot). */
  async insertConsortium(
    manager: EntityManager, actor: Actor, leadId: string,
    input: { scope: 'LOT' | 'STANDING'; lot: LotFacts | null; name: string; form: ConsortiumEntity['form'] },
  ): Promise<string> {
    if (input.lot) {
      const existing: unknown[] = await manager.query(
        `SELECT 1 FROM consortium WHERE lot_id = $1 AND lead_organization_id = $2 AND status <> 'DISSOLVED'`, [input.lot.lotId, leadId],
      );
      if (existing.length > 0) throw AppError.conflict('consortium.alreadyLeading');
    }
    try {
      const { identifiers } = await manager.insert(ConsortiumEntity, {
        scope: input.scope, needId: input.lot?.needId ?? null, lotId: input.lot?.lotId ?? null, name: input.name, form: input.form,
        status: 'FORMING', leadOrganizationId: leadId, createdByUserId: actor.userId,
      });
      const id = identifiers[0]!.id as string;
      await manager.insert(ConsortiumMemberEntity, { consortiumId: id, organizationId: leadId, role: 'LEAD', status: 'ACCEPTED', answeredAt: new Date() });
      return id;
    } catch (error) {
      // Two concurrent creations: the partial unique index decides.
      if (isUniqueViolation(error, 'uq_consortium_lead_per_lot')) throw AppError.conflict('consortium.alreadyLeading');
      throw error;
    }
  }

  async invite(actor: Actor, input: InviteToConsortiumInput): Promise<ConsortiumModel> {
    await this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockAsLead(manager, actor, input.consortiumId);
      const orgId = input.organizationId?.trim() || null;
      const email = input.email?.trim().toLowerCase() || null;
      if ((orgId === null) === (email === null)) throw AppError.badInput([{ path: 'organizationId', messageKey: 'consortium.oneInvitee' }]);
      if (input.role === 'LEAD') throw AppError.badInput([{ path: 'role', messageKey: 'consortium.leadRole' }]);
      const expiresAt = new Date(Date.now() + CONSORTIUM_INVITATION_TTL_MS);
      const share = input.sharePercent ?? null;
      if (orgId) {
        if (orgId === consortium.leadOrganizationId) throw AppError.badInput([{ path: 'organizationId', messageKey: 'consortium.notSelf' }]);
        const [org]: { type: string }[] = isUuid(orgId) ? await manager.query(`SELECT type FROM organization WHERE id = $1`, [orgId]) : [];
        if (!org || org.type !== 'SUPPLIER') throw AppError.badInput([{ path: 'organizationId', messageKey: 'field.invitedSupplier' }]);
        const existing = await manager.findOneBy(ConsortiumMemberEntity, { consortiumId: consortium.id, organizationId: orgId });
        if (existing && LIVE_MEMBER.includes(existing.status) && !this.isExpired(existing)) throw AppError.conflict('consortium.alreadyMember');
        let memberId: string;
        if (existing) {
          await manager.update(ConsortiumMemberEntity, { id: existing.id }, { role: input.role, sharePercent: share, status: 'INVITED', expiresAt, answeredAt: null, invitedAt: new Date() });
          memberId = existing.id;
        } else {
          const { identifiers } = await manager.insert(ConsortiumMemberEntity, { consortiumId: consortium.id, organizationId: orgId, role: input.role, sharePercent: share, status: 'INVITED', expiresAt });
          memberId = identifiers[0]!.id as string;
        }
        await this.event(manager, consortium.id, 'INVITED', memberId);
      } else {
        const pending: unknown[] = await manager.query(
          `SELECT 1 FROM consortium_member WHERE consortium_id = $1 AND invited_email = $2 AND organization_id IS NULL AND status = 'INVITED' AND expires_at > now()`,
          [consortium.id, email],
        );
        if (pending.length > 0) throw AppError.conflict('consortium.alreadyMember');
        const { identifiers } = await manager.insert(ConsortiumMemberEntity, { consortiumId: consortium.id, invitedEmail: email, role: input.role, sharePercent: share, status: 'INVITED', expiresAt });
        const memberId = identifiers[0]!.id as string;
        // The token is made by the worker when the email goes out; only its hash is stored.
        await this.outbox.record(manager, { type: OutboxEventType.CONSORTIUM_EMAIL_INVITATION, aggregateType: 'consortium', aggregateId: consortium.id, payload: { memberId } });
      }
    });
    return this.read(actor, input.consortiumId);
  }

  async answer(actor: Actor, input: AnswerConsortiumInvitationInput): Promise<ConsortiumModel> {
    if (!isUuid(input.memberId)) throw AppError.notFound('consortiumMember');
    const consortiumId = await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(ConsortiumMemberEntity, { where: { id: input.memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member?.organizationId || !(await this.access.rolesIn(actor, [member.organizationId])).has(member.organizationId)) throw AppError.notFound('consortiumMember');
      await this.lockForming(manager, member.consortiumId);
      if (member.status !== 'INVITED' || this.isExpired(member)) throw AppError.conflict('consortium.invitationNotPending');
      await manager.update(ConsortiumMemberEntity, { id: member.id }, { status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredAt: new Date() });
      await this.event(manager, member.consortiumId, input.accept ? 'ACCEPTED' : 'DECLINED', member.id);
      return member.consortiumId;
    });
    return this.read(actor, consortiumId);
  }

  /** An email invitation, accepted once registered: links the caller's active supplier organisation. */
  async acceptEmailInvitation(actor: Actor, input: AcceptConsortiumEmailInvitationInput): Promise<ConsortiumModel> {
    const supplier = await this.facts.activeSupplier(actor);
    const consortiumId = await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(ConsortiumMemberEntity, { where: { invitationTokenHash: hashToken(input.token) }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw AppError.notFound('invitation');
      const consortium = await this.lockForming(manager, member.consortiumId);
      if (member.status !== 'INVITED' || member.organizationId || this.isExpired(member)) throw AppError.conflict('consortium.invitationNotPending');
      if (consortium.leadOrganizationId === supplier.id) throw AppError.conflict('consortium.alreadyMember');
      const existing = await manager.findOneBy(ConsortiumMemberEntity, { consortiumId: consortium.id, organizationId: supplier.id });
      if (existing && LIVE_MEMBER.includes(existing.status)) throw AppError.conflict('consortium.alreadyMember');
      if (existing) await manager.delete(ConsortiumMemberEntity, { id: existing.id });
      await manager.update(ConsortiumMemberEntity, { id: member.id }, { organizationId: supplier.id, status: 'ACCEPTED', answeredAt: new Date(), invitationTokenHash: null });
      await this.event(manager, consortium.id, 'ACCEPTED', member.id);
      return consortium.id;
    });
    return this.read(actor, consortiumId);
  }

  async updateMember(actor: Actor, input: UpdateConsortiumMemberInput): Promise<ConsortiumModel> {
    if (!isUuid(input.memberId)) throw AppError.notFound('consortiumMember');
    const [row]: { consortium_id: string }[] = await this.dataSource.query(`SELECT consortium_id FROM consortium_member WHERE id = $1`, [input.memberId]);
    if (!row) throw AppError.notFound('consortiumMember');
    await this.dataSource.transaction(async (manager) => {
      await this.lockAsLead(manager, actor, row.consortium_id);
      const member = await manager.findOneByOrFail(ConsortiumMemberEntity, { id: input.memberId });
      const changes: Partial<ConsortiumMemberEntity> = {};
      if (input.role) {
        // The lead stays the lead (GME-03): it cannot be demoted, nor anyone promoted.
        if ((input.role === 'LEAD') !== (member.role === 'LEAD')) throw AppError.badInput([{ path: 'role', messageKey: 'consortium.leadRole' }]);
        changes.role = input.role;
      }
      if (input.sharePercent !== undefined) changes.sharePercent = input.sharePercent;
      if (Object.keys(changes).length > 0) await manager.update(ConsortiumMemberEntity, { id: member.id }, changes);
    });
    return this.read(actor, row.consortium_id);
  }

  /** The member is no longer one afterwards, so nothing of the consortium is returned. */
  async leave(actor: Actor, input: ConsortiumIdInput): Promise<void> {
    const orgId = actor.organizationId;
    if (!orgId || !isUuid(input.consortiumId) || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) throw AppError.notFound('consortium');
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(ConsortiumMemberEntity, { where: { consortiumId: input.consortiumId, organizationId: orgId }, lock: { mode: 'pessimistic_write' } });
      if (!member || !LIVE_MEMBER.includes(member.status)) throw AppError.notFound('consortium');
      if (member.role === 'LEAD') throw AppError.conflict('consortium.leadCannotLeave');
      await this.lockForming(manager, input.consortiumId);
      await manager.update(ConsortiumMemberEntity, { id: member.id }, { status: 'LEFT', answeredAt: new Date() });
      await this.event(manager, input.consortiumId, 'LEFT', member.id);
    });
  }

  async dissolve(actor: Actor, input: ConsortiumIdInput): Promise<ConsortiumModel> {
    await this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockAsLead(manager, actor, input.consortiumId);
      await manager.update(ConsortiumEntity, { id: consortium.id }, { status: 'DISSOLVED' });
      await manager.query(`UPDATE partner_call SET status = 'CLOSED' WHERE consortium_id = $1`, [consortium.id]);
    });
    return this.read(actor, input.consortiumId);
  }

  // ---------------------------------------------------------------- responding

  /**
   * The lead answers the lot for the consortium: composition sound (one lead, shares 100 %, no
   * pending invitation), RES-08 on reserved lots, deadline not passed. Writes the need_response,
   * freezes the composition (GME-07) and tells every member.
   */
  async submitResponse(actor: Actor, input: SubmitConsortiumResponseInput): Promise<ConsortiumModel> {
    await this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockAsLead(manager, actor, input.consortiumId);
      if (consortium.scope !== 'LOT' || !consortium.lotId) throw AppError.badInput([{ path: 'consortiumId', messageKey: 'consortium.notLot' }]);
      const lot = await this.facts.lot(consortium.lotId, manager);
      if (!lot) throw AppError.notFound('consortium');
      if (!acceptsResponses(lot.needStatus, lot.deadlineAt, new Date())) throw AppError.badInput([{ path: 'consortiumId', messageKey: 'consortium.needNotOpen' }]);
      if (!lot.consortiaAllowed) throw AppError.badInput([{ path: 'consortiumId', messageKey: 'consortium.consortiaNotAllowed' }]);
      const members = await this.memberRows(manager, consortium.id);
      const errors: FieldError[] = [];
      if (members.some((m) => m.status === 'INVITED')) errors.push({ path: 'members', messageKey: 'consortium.pendingInvitations' });
      const accepted = members.filter((m) => m.status === 'ACCEPTED' && m.organization_id);
      for (const issue of consortiumCompositionIssues(accepted.map((m) => ({ role: m.role, sharePercent: m.share_percent })))) {
        errors.push({ path: 'members', messageKey: COMPOSITION_KEYS[issue.code], ...(issue.total !== undefined ? { params: { total: issue.total } } : {}) });
      }
      if (errors.length > 0) throw AppError.badInput(errors);
      if (lot.reservation !== 'NONE') {
        const eligibility = await this.facts.consortiumEligibility(lot, accepted.map((m) => ({ organizationId: m.organization_id!, name: m.organization_name ?? '', role: m.role })));
        if (eligibility.status === 'INELIGIBLE') throw ineligible(actor, eligibility);
      }
      const subcontractors = accepted.filter((m) => !isBiddingRole(m.role)).map((m) => ({ organizationId: m.organization_id, name: m.organization_name ?? '', sharePercent: m.share_percent ?? 0 }));
      // The shared submission rules and writes (deadline, versions, funnel, response.event) live in ResponsesService.
      await this.responses.submitAs(manager, {
        needId: lot.needId, lotId: lot.lotId, respondentOrganizationId: consortium.leadOrganizationId, consortiumId: consortium.id, userId: actor.userId,
        locale: actor.locale,
        content: { priceEur: input.priceEur, leadTimeDays: input.leadTimeDays, message: input.message, answers: input.answers, attachmentFileIds: [], subcontractors },
      });
      await manager.update(ConsortiumEntity, { id: consortium.id }, { status: 'SUBMITTED', submittedAt: new Date() });
      await this.event(manager, consortium.id, 'SUBMITTED');
    });
    return this.read(actor, input.consortiumId);
  }

  // ---------------------------------------------------------------- reading

  /** Members (any organisation of the caller), staff, or anyone for a live STANDING consortium; else NOT_FOUND. */
  async consortium(actor: Actor | null, id: string): Promise<ConsortiumModel> {
    return this.read(actor, id);
  }

  async myConsortia(actor: Actor, page: number, perPage: number): Promise<ConsortiumPageModel> {
    const orgId = actor.organizationId;
    const empty = Object.assign(new ConsortiumPageModel(), { items: [], total: 0, page, perPage });
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) return empty;
    await this.expireInvitations(null);
    const where = `FROM consortium c WHERE EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.organization_id = $1 AND m.status IN ('INVITED', 'ACCEPTED'))`;
    const [{ total }]: [{ total: number }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`, [orgId]);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT c.id ${where} ORDER BY c.created_at DESC, c.id LIMIT $2 OFFSET $3`, [orgId, perPage, (page - 1) * perPage]);
    const items = await Promise.all(rows.map((r) => this.read(actor, r.id)));
    return Object.assign(new ConsortiumPageModel(), { items, total, page, perPage });
  }

  async standingConsortia(actor: Actor | null, page: number, perPage: number): Promise<ConsortiumPageModel> {
    const where = `FROM consortium c WHERE c.scope = 'STANDING' AND c.status <> 'DISSOLVED'`;
    const [{ total }]: [{ total: number }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT c.id ${where} ORDER BY c.name, c.id LIMIT $1 OFFSET $2`, [perPage, (page - 1) * perPage]);
    const items = await Promise.all(rows.map((r) => this.read(actor, r.id)));
    return Object.assign(new ConsortiumPageModel(), { items, total, page, perPage });
  }

  async read(actor: Actor | null, id: string): Promise<ConsortiumModel> {
    if (!isUuid(id)) throw AppError.notFound('consortium');
    const consortium = await this.dataSource.getRepository(ConsortiumEntity).findOne({ where: { id }, relations: { lead: true } });
    if (!consortium) throw AppError.notFound('consortium');
    await this.expireInvitations(id);
    const members = await this.memberRows(this.dataSource.manager, id);
    const memberOrgs = members.filter((m) => m.organization_id && LIVE_MEMBER.includes(m.status)).map((m) => m.organization_id!);
    const roles = actor ? await this.access.rolesIn(actor, memberOrgs) : new Map();
    const isStaff = !!actor?.isStaff && actor.via === 'session';
    const isPublic = consortium.scope === 'STANDING' && consortium.status !== 'DISSOLVED';
    if (roles.size === 0 && !isStaff && !isPublic) throw AppError.notFound('consortium');
    const isLead = !!actor?.organizationId && actor.organizationId === consortium.leadOrganizationId && roles.has(consortium.leadOrganizationId);
    const locale = actor?.locale ?? 'fr';
    const accepted = members.filter((m) => m.status === 'ACCEPTED' && m.organization_id);
    // Others see accepted members and their own invitation; the lead (and staff) see every invitation.
    const visible = members.filter((m) => isLead || isStaff || m.status === 'ACCEPTED' || (m.organization_id && roles.has(m.organization_id)));

    const lot = consortium.lotId ? await this.facts.lot(consortium.lotId) : null;
    let eligibility: ConsortiumModel['eligibility'] = null;
    if (lot) {
      const result = await this.facts.consortiumEligibility(lot, accepted.map((m) => ({ organizationId: m.organization_id!, name: m.organization_name ?? '', role: m.role })));
      eligibility = toEligibilityModel(result, lot, locale, this.facts.eligibilityDay(lot).toISOString().slice(0, 10));
    }
    const issues: ConsortiumReasonModel[] = consortiumCompositionIssues(accepted.map((m) => ({ role: m.role, sharePercent: m.share_percent })))
      .map((i) => ({ code: i.code, message: locale === 'en' ? i.message_en : i.message_fr, organizationId: null }));
    if (members.some((m) => m.status === 'INVITED')) {
      issues.push({ code: 'PENDING_INVITATIONS', message: locale === 'en' ? 'Some invitations are still pending.' : 'Des invitations sont encore en attente.', organizationId: null });
    }
    const profile = await this.facts.combinedProfile(accepted.map((m) => m.organization_id!));
    return Object.assign(new ConsortiumModel(), {
      id: consortium.id, scope: consortium.scope, name: consortium.name, form: consortium.form, status: consortium.status,
      needId: consortium.needId, needTitle: lot?.needTitle ?? null, lotId: consortium.lotId, lotTitle: lot?.lotTitle ?? null,
      leadOrganizationId: consortium.leadOrganizationId, leadName: consortium.lead?.name ?? '', isLead,
      submittedAt: consortium.submittedAt, createdAt: consortium.createdAt,
      members: visible.map((m) => ({
        id: m.id, organizationId: m.organization_id, organizationName: m.organization_name, invitedEmail: isLead || isStaff ? m.invited_email : null,
        role: m.role, sharePercent: m.share_percent, status: m.status, expiresAt: m.expires_at, invitedAt: m.invited_at, answeredAt: m.answered_at,
      })),
      compositionIssues: issues,
      eligibility,
      combinedProfile: { ...profile, capacities: [...profile.capacities], certifications: [...profile.certifications], kinds: [...profile.kinds],
        regionCodes: [...profile.regionCodes], departementCodes: [...profile.departementCodes], sectorSlugs: [...profile.sectorSlugs] },
    });
  }

  // ---------------------------------------------------------------- helpers

  /** Lapsed invitations become EXPIRED when read (one consortium, or all). */
  private async expireInvitations(consortiumId: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE consortium_member SET status = 'EXPIRED' WHERE status = 'INVITED' AND expires_at < now() AND ($1::uuid IS NULL OR consortium_id = $1)`,
      [consortiumId],
    );
  }

  private isExpired(member: ConsortiumMemberEntity): boolean {
    return member.status === 'EXPIRED' || (member.status === 'INVITED' && !!member.expiresAt && member.expiresAt.getTime() < Date.now());
  }

  private async memberRows(manager: EntityManager, consortiumId: string): Promise<MemberRow[]> {
    return manager.query(
      `SELECT m.id, m.organization_id, o.name AS organization_name, m.invited_email, m.role, m.share_percent, m.status, m.expires_at, m.invited_at, m.answered_at
         FROM consortium_member m LEFT JOIN organization o ON o.id = m.organization_id
        WHERE m.consortium_id = $1
        ORDER BY CASE m.role WHEN 'LEAD' THEN 0 WHEN 'CO_CONTRACTOR' THEN 1 ELSE 2 END, m.invited_at, m.id`,
      [consortiumId],
    );
  }

  /**
   * The consortium locked for a change by its lead: non-members NOT_FOUND, other members FORBIDDEN,
   * a submitted or dissolved consortium CONFLICT (GME-07).
   */
  async lockAsLead(manager: EntityManager, actor: Actor, consortiumId: string): Promise<ConsortiumEntity> {
    if (!isUuid(consortiumId)) throw AppError.notFound('consortium');
    const consortium = await manager.findOne(ConsortiumEntity, { where: { id: consortiumId }, lock: { mode: 'pessimistic_write' } });
    if (!consortium) throw AppError.notFound('consortium');
    const isLead = actor.organizationId === consortium.leadOrganizationId && (await this.access.rolesIn(actor, [consortium.leadOrganizationId])).has(consortium.leadOrganizationId);
    if (!isLead) {
      const orgs: { organization_id: string }[] = await manager.query(
        `SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND organization_id IS NOT NULL AND status IN ('INVITED', 'ACCEPTED')`, [consortiumId],
      );
      const roles = await this.access.rolesIn(actor, orgs.map((o) => o.organization_id));
      if (roles.size === 0) throw AppError.notFound('consortium');
      throw AppError.forbidden();
    }
    if (consortium.status !== 'FORMING') throw AppError.conflict('consortium.frozen');
    return consortium;
  }

  private async lockForming(manager: EntityManager, consortiumId: string): Promise<ConsortiumEntity> {
    const consortium = await manager.findOne(ConsortiumEntity, { where: { id: consortiumId }, lock: { mode: 'pessimistic_write' } });
    if (!consortium) throw AppError.notFound('consortium');
    if (consortium.status !== 'FORMING') throw AppError.conflict('consortium.frozen');
    return consortium;
  }

  requireOpenForConsortia(lot: LotFacts, path: string): void {
    if (!acceptsResponses(lot.needStatus, lot.deadlineAt, new Date())) throw AppError.badInput([{ path, messageKey: 'consortium.needNotOpen' }]);
    if (!lot.consortiaAllowed) throw AppError.badInput([{ path, messageKey: 'consortium.consortiaNotAllowed' }]);
  }

  event(manager: EntityManager, consortiumId: string, event: ConsortiumEventKind, memberId?: string, applicationId?: string): Promise<void> {
    return this.outbox.record(manager, {
      type: OutboxEventType.CONSORTIUM_EVENT, aggregateType: 'consortium', aggregateId: consortiumId,
      payload: { consortiumId, event, ...(memberId ? { memberId } : {}), ...(applicationId ? { applicationId } : {}) },
    });
  }
}

interface MemberRow {
  id: string;
  organization_id: string | null;
  organization_name: string | null;
  invited_email: string | null;
  role: ConsortiumMemberRole;
  share_percent: number | null;
  status: ConsortiumMemberEntity['status'];
  expires_at: Date | null;
  invited_at: Date;
  answered_at: Date | null;
}

const COMPOSITION_KEYS: Record<ReturnType<typeof consortiumCompositionIssues>[number]['code'], MessageKey> = {
  NO_LEAD: 'consortium.noLead',
  SEVERAL_LEADS: 'consortium.noLead',
  SHARE_MISSING: 'consortium.shareMissing',
  SHARES_NOT_100: 'consortium.sharesNot100',
};

function ineligible(actor: Actor, result: ConsortiumEligibilityResult): AppError {
  const en = actor.locale === 'en';
  const reasons = result.reasons.map((r) => ({ code: r.code, organizationId: r.memberId ?? null, message: en ? r.message_en : r.message_fr }));
  return new AppError(ErrorCode.INELIGIBLE, 'consortium.ineligible', { params: { reasons: reasons.map((r) => r.message).join(' ') }, details: { reasons } });
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return error instanceof QueryFailedError && driver?.code === '23505' && driver.constraint === constraint;
}

function toEligibilityModel(result: ConsortiumEligibilityResult, lot: LotFacts, locale: 'fr' | 'en', at: string): NonNullable<ConsortiumModel['eligibility']> {
  const msg = (r: { message_fr: string; message_en: string }) => (locale === 'en' ? r.message_en : r.message_fr);
  return {
    reservation: lot.reservation,
    status: result.status,
    at,
    reasons: result.reasons.map((r) => ({ code: r.code, message: msg(r), organizationId: r.memberId ?? null })),
    members: result.members.map((m) => ({ organizationId: m.memberId, organizationName: m.name ?? '', role: m.role, status: m.status, reasons: m.reasons.map(msg) })),
    warnings: result.warnings.map((w) => ({ code: w.code, message: msg(w), organizationId: w.memberId })),
  };
}
