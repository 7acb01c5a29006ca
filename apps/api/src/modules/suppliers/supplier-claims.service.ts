import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MembershipRole, validateSiret } from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { OutboxEventInput, OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import { ClaimSupplierInput, DecideClaimInput } from './dto/supplier.inputs';
import { SupplierClaimEntity } from './entities/supplier-claim.entity';
import { ClaimStatusEnum, SupplierClaimModel } from './models/supplier.models';

interface ClaimRow {
  id: string; organization_id: string; organization_name: string; siret: string | null; user_id: string; requester_name: string;
  requester_email: string; requester_locale: string; status: ClaimStatusEnum; message: string | null; created_at: Date;
  decided_at: Date | null; decision_reason: string | null;
}

const CLAIM_SELECT = `
  SELECT c.id, c.organization_id, o.name AS organization_name, o.siret, c.user_id, u.display_name AS requester_name,
         u.email AS requester_email, u.locale AS requester_locale, c.status, c.message, c.created_at, c.decided_at, c.decision_reason
    FROM supplier_claim c JOIN organization o ON o.id = c.organization_id JOIN app_user u ON u.id = c.user_id`;

function toClaimModel(r: ClaimRow): SupplierClaimModel {
  return Object.assign(new SupplierClaimModel(), {
    id: r.id, supplierId: r.organization_id, supplierName: r.organization_name, siret: r.siret, requesterName: r.requester_name,
    requesterEmail: r.requester_email, status: r.status, message: r.message, createdAt: r.created_at, decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
  });
}

/** Someone to email about a claim, in their language. */
export interface ClaimRecipient { userId: string; email: string; displayName: string; locale: 'fr' | 'en' }

/**
 * Claiming a structure: a verified user asks to join a supplier organisation found by SIRET; the
 * structure's admins decide, or staff when it has no member yet (imported, unclaimed).
 */
@Injectable()
export class SupplierClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
  ) {}

  async claim(actor: Actor, input: ClaimSupplierInput): Promise<SupplierClaimModel> {
    const siret = validateSiret(input.siret);
    if (!siret.valid) throw AppError.badInput([{ path: 'siret', messageKey: siret.reason === 'FORMAT' ? 'field.siretFormat' : 'field.siretChecksum' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      const [org]: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE siret = $1 AND type = 'SUPPLIER' FOR UPDATE`, [siret.value]);
      if (!org) throw AppError.notFound('supplier');
      const member: unknown[] = await manager.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [org.id, actor.userId]);
      if (member.length > 0) throw AppError.conflict('claim.alreadyMember');
      if (await manager.exists(SupplierClaimEntity, { where: { organizationId: org.id, userId: actor.userId, status: 'PENDING' } })) {
        throw AppError.conflict('claim.pending');
      }
      const claim = await manager.save(SupplierClaimEntity, manager.create(SupplierClaimEntity, {
        organizationId: org.id, userId: actor.userId, status: 'PENDING', message: input.message?.trim() || null,
      }));
      await this.outbox.record(manager, { type: OutboxEventType.CLAIM_REQUESTED, aggregateType: 'supplier_claim', aggregateId: claim.id, payload: { claimId: claim.id } });
      return claim.id;
    });
    return toClaimModel((await this.rows(`WHERE c.id = $1`, [id]))[0]!);
  }

  /**
   * With a supplier: its claims, for its admins (or staff while it has no member). Without: staff see
   * the pending claims on unclaimed structures, oldest first; anyone else sees their own claims.
   */
  async claims(actor: Actor, supplierId: string | null | undefined): Promise<SupplierClaimModel[]> {
    if (supplierId) {
      await this.requireDecider(actor, supplierId, this.dataSource.manager);
      return (await this.rows(`WHERE c.organization_id = $1 ORDER BY c.created_at DESC`, [supplierId])).map(toClaimModel);
    }
    if (this.isStaff(actor)) {
      return (await this.rows(
        `WHERE c.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = c.organization_id) ORDER BY c.created_at ASC`, [],
      )).map(toClaimModel);
    }
    return (await this.rows(`WHERE c.user_id = $1 ORDER BY c.created_at DESC`, [actor.userId])).map(toClaimModel);
  }

  async decide(actor: Actor, input: DecideClaimInput): Promise<SupplierClaimModel> {
    await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(SupplierClaimEntity, { where: { id: input.claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw AppError.notFound('claim');
      // Serialise decisions on one structure, so two approvals cannot both make an ADMIN.
      await manager.query(`SELECT 1 FROM organization WHERE id = $1 FOR UPDATE`, [claim.organizationId]);
      const memberCount = await this.requireDecider(actor, claim.organizationId, manager);
      if (claim.status !== 'PENDING') throw AppError.conflict('claim.alreadyDecided');
      await manager.update(SupplierClaimEntity, { id: claim.id }, {
        status: input.approve ? 'APPROVED' : 'REJECTED', decidedByUserId: actor.userId, decidedAt: new Date(), decisionReason: input.reason?.trim() || null,
      });
      const events: OutboxEventInput[] = [{ type: OutboxEventType.CLAIM_DECIDED, aggregateType: 'supplier_claim', aggregateId: claim.id, payload: { claimId: claim.id } }];
      if (input.approve) {
        const role = memberCount === 0 ? MembershipRole.ADMIN : MembershipRole.MEMBER;
        await manager.query(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [claim.organizationId, claim.userId, role],
        );
        // The public profile now shows the structure as claimed.
        if (memberCount === 0) {
          events.push({ type: OutboxEventType.SUPPLIER_CHANGED, aggregateType: 'supplier', aggregateId: claim.organizationId, payload: { supplierId: claim.organizationId } });
        }
      }
      await this.outbox.record(manager, ...events);
    });
    return toClaimModel((await this.rows(`WHERE c.id = $1`, [input.claimId]))[0]!);
  }

  /** Data for the claim emails (worker). Null when the claim is gone. */
  async claimForEmail(claimId: string): Promise<{ claim: SupplierClaimModel; requester: ClaimRecipient; deciders: ClaimRecipient[]; decidersAreStaff: boolean } | null> {
    const [row] = await this.rows(`WHERE c.id = $1`, [claimId]);
    if (!row) return null;
    const admins = await this.recipients(
      `SELECT u.id, u.email, u.display_name, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.role = 'ADMIN' AND m.user_id <> $2 ORDER BY u.email`, [row.organization_id, row.user_id],
    );
    const staff = admins.length > 0 ? [] : await this.recipients(
      `SELECT u.id, u.email, u.display_name, u.locale FROM app_user u WHERE u.is_staff AND u.email_verified_at IS NOT NULL ORDER BY u.email`, [],
    );
    return {
      claim: toClaimModel(row),
      requester: { userId: row.user_id, email: row.requester_email, displayName: row.requester_name, locale: row.requester_locale === 'en' ? 'en' : 'fr' },
      deciders: admins.length > 0 ? admins : staff,
      decidersAreStaff: admins.length === 0,
    };
  }

  private async recipients(sql: string, params: unknown[]): Promise<ClaimRecipient[]> {
    const rows: { id: string; email: string; display_name: string; locale: string }[] = await this.dataSource.query(sql, params);
    return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, locale: r.locale === 'en' ? 'en' : 'fr' }));
  }

  private isStaff(actor: Actor): boolean {
    return actor.isStaff && actor.via === 'session';
  }

  /** ADMIN of the structure, or staff while it has no member; NOT_FOUND otherwise. Returns the member count. */
  private async requireDecider(actor: Actor, organizationId: string, manager: EntityManager): Promise<number> {
    if (!isUuid(organizationId)) throw AppError.notFound('supplier');
    const [row]: { members: number; is_supplier: boolean }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM membership WHERE organization_id = o.id) AS members, o.type = 'SUPPLIER' AS is_supplier
         FROM organization o WHERE o.id = $1`, [organizationId],
    );
    if (!row || !row.is_supplier) throw AppError.notFound('supplier');
    const role = (await this.access.rolesIn(actor, [organizationId])).get(organizationId);
    if (role === MembershipRole.ADMIN) return row.members;
    if (role) throw AppError.forbidden();
    if (this.isStaff(actor) && row.members === 0) return 0;
    throw AppError.notFound('supplier');
  }

  private rows(where: string, params: unknown[]): Promise<ClaimRow[]> {
    return this.dataSource.query(`${CLAIM_SELECT} ${where}`, params);
  }
}
