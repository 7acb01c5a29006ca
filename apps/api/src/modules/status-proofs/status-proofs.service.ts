import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  acceptedProofTypes, isIsoDate, isoDateAddDays, isProofType, kindVerificationStatus, MembershipRole, parisToday, PROOF_TYPE_LABELS, transition,
} from '@essor/domain';
import type { KindProofStatus, ProofType, SupplierKind, VerificationStatus } from '@essor/domain';
import { AccessService } from '../../core/access';
import { Actor } from '../../core/auth';
import { StoredFileEntity } from '../../core/files';
import { AppError, FieldError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import { ReviewStatusProofInput, SubmitStatusProofInput } from './dto/status-proof.inputs';
import { StatusProofEntity } from './entities/status-proof.entity';
import { ProofDecision } from './models/status-proof.models';

const SUPPLIER_ROLES = [MembershipRole.ADMIN, MembershipRole.MEMBER] as const;
export const REVIEW_QUEUE_MAX = 50;
/** Members are told this many days before a verified proof ends. */
export const EXPIRY_NOTICE_DAYS = 30;

export interface ExpiryRunReport {
  at: string;
  expired: number;
  noticed: number;
}

/**
 * Status proofs of suppliers' ESS kinds: submission (with a previously uploaded file), staff
 * review, expiry. A proof moves by the domain state machine (PENDING → VERIFIED | REJECTED,
 * VERIFIED → EXPIRED); the kind's status is recomputed from all its proofs by
 * `kindVerificationStatus` (libs/domain) after every change, in the same transaction, with a
 * SUPPLIER_CHANGED outbox event.
 */
@Injectable()
export class StatusProofsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(actor: Actor, input: SubmitStatusProofInput): Promise<StatusProofEntity> {
    await this.access.requireOrganization(actor, input.supplierId, SUPPLIER_ROLES);
    const today = parisToday();
    return this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      // Locks the kind: concurrent submissions and reviews of one kind recompute its status in turn.
      const declared: unknown[] = await manager.query(
        `SELECT 1 FROM supplier_kind WHERE organization_id = $1 AND kind = $2 FOR UPDATE`,
        [input.supplierId, input.kind],
      );
      if (declared.length === 0) errors.push({ path: 'kind', messageKey: 'proof.kindNotDeclared' });
      if (!isProofType(input.proofType) || !acceptedProofTypes(input.kind).includes(input.proofType)) {
        errors.push({ path: 'proofType', messageKey: 'proof.typeNotAccepted' });
      }
      const validFrom = input.validFrom || null;
      const validUntil = input.validUntil || null;
      if (validFrom !== null && !isIsoDate(validFrom)) errors.push({ path: 'validFrom', messageKey: 'proof.dateInvalid' });
      if (validUntil !== null && !isIsoDate(validUntil)) errors.push({ path: 'validUntil', messageKey: 'proof.dateInvalid' });
      else if (validUntil !== null && validFrom !== null && isIsoDate(validFrom) && validUntil < validFrom) {
        errors.push({ path: 'validUntil', messageKey: 'proof.dateOrder' });
      } else if (validUntil !== null && validUntil < today) errors.push({ path: 'validUntil', messageKey: 'proof.alreadyExpired' });
      // The worker loads this service without the files module: the file is read here directly.
      const file = await manager.findOneBy(StoredFileEntity, { id: input.fileId, ownerOrganizationId: input.supplierId, purpose: 'STATUS_PROOF' });
      if (!file) errors.push({ path: 'fileId', messageKey: 'proof.fileInvalid' });
      if (errors.length > 0 || !file) throw AppError.badInput(errors);

      // A new proof enters the review: DECLARED → PENDING.
      const entry = transition('DECLARED', 'PENDING');
      if (!entry.ok) throw new Error(entry.error.message);
      const proof = await manager.save(StatusProofEntity, manager.create(StatusProofEntity, {
        organizationId: input.supplierId,
        kind: input.kind,
        proofType: input.proofType as ProofType,
        reference: input.reference?.trim() || null,
        validFrom,
        validUntil,
        fileId: file.id,
        status: entry.status as KindProofStatus,
        submittedByUserId: actor.userId,
      }));
      await this.recomputeKind(manager, input.supplierId, input.kind, today);
      await this.supplierChanged(manager, input.supplierId);
      return this.load(manager, proof.id);
    });
  }

  async review(actor: Actor, input: ReviewStatusProofInput): Promise<StatusProofEntity> {
    const reason = input.reason?.trim() || null;
    if (input.decision === ProofDecision.REJECT && !reason) throw AppError.badInput([{ path: 'reason', messageKey: 'proof.reasonRequired' }]);
    const today = parisToday();
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(StatusProofEntity, { where: { id: input.proofId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw AppError.notFound('statusProof');
      // Then the kind: its status is recomputed below.
      await manager.query(`SELECT 1 FROM supplier_kind WHERE organization_id = $1 AND kind = $2 FOR UPDATE`, [found.organizationId, found.kind]);
      const target: VerificationStatus = input.decision === ProofDecision.APPROVE ? 'VERIFIED' : 'REJECTED';
      const moved = transition(found.status, target);
      if (!moved.ok) throw AppError.conflict('proof.alreadyReviewed');
      let status = moved.status;
      // Approved after its end date: verified, then expired at once (the kind does not become VERIFIED).
      if (status === 'VERIFIED' && found.validUntil && found.validUntil < today) {
        const expired = transition(status, 'EXPIRED');
        if (expired.ok) status = expired.status;
      }
      await manager.update(StatusProofEntity, { id: found.id }, {
        status: status as KindProofStatus,
        rejectionReason: target === 'REJECTED' ? reason : null,
        reviewedByUserId: actor.userId,
        reviewedAt: new Date(),
      });
      await this.recomputeKind(manager, found.organizationId, found.kind, today);
      await this.supplierChanged(manager, found.organizationId);
      await this.outbox.record(manager, { type: OutboxEventType.PROOF_REVIEWED, aggregateType: 'status_proof', aggregateId: found.id, payload: { proofId: found.id } });
      return this.load(manager, found.id);
    });
  }

  /** The proofs of one supplier, newest first: its members, or staff; anyone else NOT_FOUND. */
  async listForSupplier(actor: Actor, supplierId: string): Promise<StatusProofEntity[]> {
    if (!isStaffSession(actor)) await this.access.requireOrganization(actor, supplierId);
    else if (!(await this.dataSource.query(`SELECT 1 FROM organization WHERE id = $1`, [supplierId])).length) throw AppError.notFound('supplier');
    return this.dataSource.getRepository(StatusProofEntity).find({
      where: { organizationId: supplierId },
      relations: { organization: true, file: true },
      order: { submittedAt: 'DESC', id: 'ASC' },
    });
  }

  /** Staff review queue: pending proofs, oldest first. */
  async reviewQueue(first: number, offset: number): Promise<StatusProofEntity[]> {
    const errors: FieldError[] = [];
    if (!Number.isInteger(first) || first < 1 || first > REVIEW_QUEUE_MAX) errors.push({ path: 'first', messageKey: 'field.invalid' });
    if (!Number.isInteger(offset) || offset < 0) errors.push({ path: 'offset', messageKey: 'field.invalid' });
    if (errors.length > 0) throw AppError.badInput(errors);
    return this.dataSource.getRepository(StatusProofEntity).find({
      where: { status: 'PENDING' },
      relations: { organization: true, file: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
      take: first,
      skip: offset,
    });
  }

  proofTypesFor(kind: SupplierKind) {
    return acceptedProofTypes(kind).map((code) => ({ code, labelFr: PROOF_TYPE_LABELS[code].fr, labelEn: PROOF_TYPE_LABELS[code].en }));
  }

  /**
   * The daily maintenance run on date `at` (Paris today by default):
   * (a) verified proofs whose end date is past become EXPIRED, their kinds are recomputed;
   * (b) verified proofs ending within 30 days get their one expiry notice.
   */
  async runExpiry(at: string = parisToday()): Promise<ExpiryRunReport> {
    if (!isIsoDate(at)) throw new Error(`invalid date ${at}`);
    const expired = await this.dataSource.transaction(async (manager) => {
      const due: { id: string; organization_id: string; kind: SupplierKind }[] = await manager.query(
        `SELECT id, organization_id, kind FROM status_proof WHERE status = 'VERIFIED' AND valid_until < $1::date ORDER BY id FOR UPDATE SKIP LOCKED`,
        [at],
      );
      const kinds = new Map<string, { organizationId: string; kind: SupplierKind }>();
      for (const proof of due) {
        const moved = transition('VERIFIED', 'EXPIRED');
        if (!moved.ok) continue;
        await manager.update(StatusProofEntity, { id: proof.id }, { status: moved.status as KindProofStatus });
        await this.outbox.record(manager, {
          type: OutboxEventType.PROOF_EXPIRY_NOTICE, aggregateType: 'status_proof', aggregateId: proof.id, payload: { proofId: proof.id, notice: 'EXPIRED' },
        });
        kinds.set(`${proof.organization_id}:${proof.kind}`, { organizationId: proof.organization_id, kind: proof.kind });
      }
      const suppliers = new Set<string>();
      for (const { organizationId, kind } of kinds.values()) {
        await manager.query(`SELECT 1 FROM supplier_kind WHERE organization_id = $1 AND kind = $2 FOR UPDATE`, [organizationId, kind]);
        await this.recomputeKind(manager, organizationId, kind, at);
        suppliers.add(organizationId);
      }
      for (const supplierId of suppliers) await this.supplierChanged(manager, supplierId);
      return due.length;
    });

    const noticed = await this.dataSource.transaction(async (manager) => {
      const soon: { id: string }[] = await manager.query(
        // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
        `WITH noticed AS (
           UPDATE status_proof SET expiry_notified_at = now()
            WHERE id IN (SELECT id FROM status_proof
                          WHERE status = 'VERIFIED' AND expiry_notified_at IS NULL AND valid_until >= $1::date AND valid_until <= $2::date
                          ORDER BY id FOR UPDATE SKIP LOCKED)
            RETURNING id)
         SELECT id FROM noticed`,
        [at, isoDateAddDays(at, EXPIRY_NOTICE_DAYS)],
      );
      await this.outbox.record(manager, ...soon.map((p) => ({
        type: OutboxEventType.PROOF_EXPIRY_NOTICE, aggregateType: 'status_proof', aggregateId: p.id, payload: { proofId: p.id, notice: 'EXPIRES_SOON' },
      })));
      return soon.length;
    });
    return { at, expired, noticed };
  }

  /** A proof with its supplier, file and the members to email (worker). */
  async forEmail(proofId: string) {
    const proof = await this.dataSource.getRepository(StatusProofEntity).findOne({ where: { id: proofId }, relations: { organization: true } });
    if (!proof) return null;
    const members: { email: string; display_name: string; locale: 'fr' | 'en' }[] = await this.dataSource.query(
      `SELECT u.email, u.display_name, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1 ORDER BY m.created_at`,
      [proof.organizationId],
    );
    return { proof, members: members.map((m) => ({ email: m.email, displayName: m.display_name, locale: m.locale === 'en' ? ('en' as const) : ('fr' as const) })) };
  }

  /** Writes the kind's status derived from all its proofs on `at`; the kind row must be locked by the caller. */
  private async recomputeKind(manager: EntityManager, organizationId: string, kind: SupplierKind, at: string): Promise<void> {
    const proofs = await manager.find(StatusProofEntity, {
      where: { organizationId, kind },
      select: { status: true, validFrom: true, validUntil: true, submittedAt: true, reviewedAt: true },
    });
    const { status } = kindVerificationStatus(proofs, at);
    await manager.query(
      `UPDATE supplier_kind SET status = $3, updated_at = now() WHERE organization_id = $1 AND kind = $2 AND status <> $3`,
      [organizationId, kind, status],
    );
  }

  private supplierChanged(manager: EntityManager, supplierId: string) {
    return this.outbox.record(manager, { type: OutboxEventType.SUPPLIER_CHANGED, aggregateType: 'supplier', aggregateId: supplierId, payload: { supplierId } });
  }

  private load(manager: EntityManager, id: string): Promise<StatusProofEntity> {
    return manager.findOneOrFail(StatusProofEntity, { where: { id }, relations: { organization: true, file: true } });
  }
}

function isStaffSession(actor: Actor): boolean {
  return actor.isStaff && actor.via === 'session';
}
