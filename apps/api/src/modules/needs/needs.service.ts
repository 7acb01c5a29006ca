import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { allotmentAdvice, BuyerRegime, canEditNeed, isVersionedEdit, NeedAction, NeedStatus, nextNeedStatus } from '@essor/domain';
import { placeByCode, sectorBySlug } from '@essor/reference-data';
import { AccessService, isUuid } from '../../core/access';
import { Actor } from '../../core/auth';
import { Env } from '../../core/config';
import { StoredFileEntity } from '../../core/files/stored-file.entity';
import { AppError, ErrorCode, FieldError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import type { OutboxEventInput } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import type { NeedEventKind } from '../../core/queue';
import { OrganizationEntity } from '../organizations';
import { CancelNeedInput, CreateNeedInput, MyNeedsArgs, NeedContentInput, ProcurementAdviceInput, ReviewNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedEntity, NeedInvitationEntity, NeedLotEntity, NeedVersionEntity } from './entities/need.entity';
import { CleanLot, cleanLot, cleanNeedFields } from './need-content';
import { NeedModel, NeedPageModel, NeedVersionModel, ProcurementAdviceModel } from './models/need.models';

/** Statuses in which a need is visible beyond its buyer (to invited or all suppliers). */
const VISIBLE_STATUSES: readonly NeedStatus[] = ['PUBLISHED', 'CLOSED', 'AWARDED'];

/**
 * Buyers' needs: content (validated against reference data and reservation rules), the lifecycle
 * of libs/domain, versions of edits made after publication, and who may read a need. Every state
 * change writes its outbox events in the same transaction (matching, notifications, search).
 */
@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
    private readonly env: Env,
  ) {}

  // ---------------------------------------------------------------- writing

  async create(actor: Actor, input: CreateNeedInput): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    const { fields, lots } = await this.validate(buyer, input);
    const id = await this.dataSource.transaction(async (manager) => {
      const { id } = await manager.save(NeedEntity, manager.create(NeedEntity, { ...fields, buyerOrganizationId: buyer.id, createdByUserId: actor.userId, status: 'DRAFT', attachmentFileIds: unique(input.attachmentFileIds) }));
      await this.writeLots(manager, id, lots);
      await this.writeInvitations(manager, id, input);
      return id;
    });
    return this.load(actor, id);
  }

  /**
   * Replaces the content. Once published, the previous state is kept as a version, the version is
   * bumped and the need is matched again: new suppliers hear of it, matched ones are told it changed.
   */
  async update(actor: Actor, input: UpdateNeedInput): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    const { fields, lots } = await this.validate(buyer, input);
    await this.dataSource.transaction(async (manager) => {
      const need = await this.lockOwned(manager, buyer.id, input.needId);
      if (!canEditNeed(need.status)) throw new AppError(ErrorCode.CONFLICT, 'need.notEditable', { params: { status: need.status } });
      const existingLotIds = (need.lots ?? []).map((l) => l.id);
      const unknownLot = lots.findIndex((l) => l.id !== null && !existingLotIds.includes(l.id));
      if (unknownLot >= 0) throw AppError.badInput([{ path: `lots.${unknownLot}.id`, messageKey: 'field.invalid' }]);

      const before = snapshot(need, need.lots ?? [], await this.invitedIds(manager, need.id));
      await manager.update(NeedEntity, { id: need.id }, { ...fields, attachmentFileIds: unique(input.attachmentFileIds) });
      await this.writeLots(manager, need.id, lots);
      await this.writeInvitations(manager, need.id, input);
      if (!isVersionedEdit(need.status)) return;
      const after = await this.lockOwned(manager, buyer.id, need.id);
      const changedFields = diff(before, snapshot(after, after.lots ?? [], await this.invitedIds(manager, need.id)));
      if (changedFields.length === 0) return;
      await manager.insert(NeedVersionEntity, { needId: need.id, version: need.version, snapshot: before as never, changedFields, createdByUserId: actor.userId });
      const version = need.version + 1;
      await manager.update(NeedEntity, { id: need.id }, { version });
      await this.outbox.record(
        manager,
        { type: OutboxEventType.NEED_PUBLISHED, aggregateType: 'need', aggregateId: need.id, payload: { needId: need.id, version } },
        changedEvent(need.id),
      );
    });
    return this.load(actor, input.needId);
  }

  async publish(actor: Actor, needId: string): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    await this.dataSource.transaction(async (manager) => {
      const need = await this.lockOwned(manager, buyer.id, needId);
      // The content was valid when saved; the deadline may have passed since.
      if (need.deadlineAt.getTime() <= Date.now()) throw AppError.badInput([{ path: 'deadlineAt', messageKey: 'field.deadlineInPast' }]);
      await this.transition(manager, need, 'PUBLISH');
    });
    return this.load(actor, needId);
  }

  async close(actor: Actor, needId: string): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    await this.dataSource.transaction(async (manager) => this.transition(manager, await this.lockOwned(manager, buyer.id, needId), 'CLOSE'));
    return this.load(actor, needId);
  }

  async award(actor: Actor, needId: string): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    await this.dataSource.transaction(async (manager) => this.transition(manager, await this.lockOwned(manager, buyer.id, needId), 'AWARD'));
    return this.load(actor, needId);
  }

  async cancel(actor: Actor, input: CancelNeedInput): Promise<NeedModel> {
    const buyer = await this.requireBuyer(actor);
    await this.dataSource.transaction(async (manager) =>
      this.transition(manager, await this.lockOwned(manager, buyer.id, input.needId), 'CANCEL', input.reason.trim()),
    );
    return this.load(actor, input.needId);
  }

  /** Staff moderation (NEEDS_MODERATION): approve publishes, reject sends back to the draft with a reason. */
  async review(actor: Actor, input: ReviewNeedInput): Promise<NeedModel> {
    const reason = input.reason?.trim() ?? '';
    if (!input.approve && !reason) throw AppError.badInput([{ path: 'reason', messageKey: 'field.required' }]);
    await this.dataSource.transaction(async (manager) => {
      const need = await manager.findOne(NeedEntity, { where: { id: input.needId }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw AppError.notFound('need');
      await this.transition(manager, need, input.approve ? 'APPROVE' : 'REJECT', input.approve ? null : reason);
    });
    return this.load(actor, input.needId);
  }

  /** Deadline job: closes every published need whose deadline has passed. Returns their ids. */
  async closeExpired(at: Date = new Date()): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `WITH closed AS (
           UPDATE need SET status = 'CLOSED', closed_at = $1, updated_at = now()
            WHERE id IN (SELECT id FROM need WHERE status = 'PUBLISHED' AND deadline_at <= $1 FOR UPDATE SKIP LOCKED)
           RETURNING id)
         SELECT id FROM closed`,
        [at],
      );
      for (const { id } of rows) await this.outbox.record(manager, eventOf(id, 'CLOSED'), changedEvent(id));
      return rows.map((r) => r.id);
    });
  }

  private async transition(manager: EntityManager, need: NeedEntity, action: NeedAction, reason: string | null = null): Promise<void> {
    const next = nextNeedStatus(need.status, action, { moderation: this.env.NEEDS_MODERATION });
    if (!next.ok) throw new AppError(ErrorCode.CONFLICT, 'need.invalidTransition', { params: { status: need.status } });
    const patch: Partial<NeedEntity> = { status: next.status };
    if (next.status === 'PUBLISHED') patch.publishedAt = new Date();
    if (next.status === 'CLOSED') patch.closedAt = new Date();
    if (action === 'CANCEL' || action === 'REJECT') patch.statusReason = reason;
    await manager.update(NeedEntity, { id: need.id }, patch);

    const events: OutboxEventInput[] = [changedEvent(need.id)];
    if (next.status === 'PUBLISHED') events.push({ type: OutboxEventType.NEED_PUBLISHED, aggregateType: 'need', aggregateId: need.id, payload: { needId: need.id, version: need.version } });
    // Suppliers only hear about needs they could see.
    const wasVisible = VISIBLE_STATUSES.includes(need.status);
    if (next.status === 'CLOSED' || next.status === 'AWARDED' || (next.status === 'CANCELLED' && wasVisible)) events.push(eventOf(need.id, next.status));
    await this.outbox.record(manager, ...events);
  }

  // ---------------------------------------------------------------- reading

  /**
   * A need the actor may read: its buyer's members and staff always; others only once published,
   * and for INVITED needs only the invited suppliers. Anything else is NOT_FOUND.
   */
  async need(actor: Actor | null, needId: string): Promise<NeedModel> {
    if (!isUuid(needId)) throw AppError.notFound('need');
    const need = await this.dataSource.getRepository(NeedEntity).findOne({ where: { id: needId }, relations: { lots: true, buyer: true } });
    if (!need || !(await this.mayRead(actor, need))) throw AppError.notFound('need');
    if (actor?.organizationId && actor.organizationId !== need.buyerOrganizationId) {
      // The follow-up funnel: a matched supplier opened the need.
      await this.dataSource.query(
        `UPDATE need_supplier SET viewed_at = now() WHERE need_id = $1 AND supplier_organization_id = $2 AND viewed_at IS NULL`,
        [needId, actor.organizationId],
      );
    }
    return this.toModel(actor, need);
  }

  async myNeeds(actor: Actor, args: MyNeedsArgs): Promise<NeedPageModel> {
    const buyer = await this.requireBuyer(actor);
    const where = { buyerOrganizationId: buyer.id, ...(args.statuses?.length ? { status: In(args.statuses) } : {}) };
    const [needs, total] = await this.dataSource.getRepository(NeedEntity).findAndCount({
      where,
      relations: { lots: true, buyer: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (args.page - 1) * args.perPage,
      take: args.perPage,
    });
    const items = await Promise.all(needs.map((n) => this.toModel(actor, n)));
    return Object.assign(new NeedPageModel(), { items, total, page: args.page, perPage: args.perPage });
  }

  async pendingReview(actor: Actor): Promise<NeedModel[]> {
    const needs = await this.dataSource.getRepository(NeedEntity).find({ where: { status: 'PENDING_REVIEW' }, relations: { lots: true, buyer: true }, order: { updatedAt: 'ASC' }, take: 200 });
    return Promise.all(needs.map((n) => this.toModel(actor, n)));
  }

  async versions(actor: Actor, needId: string): Promise<NeedVersionModel[]> {
    const buyer = await this.requireBuyer(actor);
    if (!isUuid(needId) || !(await this.dataSource.getRepository(NeedEntity).existsBy({ id: needId, buyerOrganizationId: buyer.id }))) throw AppError.notFound('need');
    const rows = await this.dataSource.getRepository(NeedVersionEntity).find({ where: { needId }, order: { version: 'DESC' } });
    return rows.map((r) => Object.assign(new NeedVersionModel(), { version: r.version, changedFields: r.changedFields, createdAt: r.createdAt }));
  }

  /** An attachment of a need the actor may read (for the download controller), else NOT_FOUND. */
  async readableAttachment(actor: Actor, needId: string, fileId: string): Promise<StoredFileEntity> {
    if (!isUuid(needId) || !isUuid(fileId)) throw AppError.notFound('file');
    const need = await this.dataSource.getRepository(NeedEntity).findOneBy({ id: needId });
    if (!need || !need.attachmentFileIds.includes(fileId) || !(await this.mayRead(actor, need))) throw AppError.notFound('file');
    const file = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId, ownerOrganizationId: need.buyerOrganizationId });
    if (!file) throw AppError.notFound('file');
    return file;
  }

  private async mayRead(actor: Actor | null, need: NeedEntity): Promise<boolean> {
    if (actor?.isStaff && actor.via === 'session') return true;
    if (actor && (await this.access.rolesIn(actor, [need.buyerOrganizationId])).has(need.buyerOrganizationId)) return true;
    if (!VISIBLE_STATUSES.includes(need.status)) return false;
    if (need.visibility === 'PUBLIC') return true;
    if (!actor?.organizationId) return false;
    return this.dataSource.getRepository(NeedInvitationEntity).existsBy({ needId: need.id, supplierOrganizationId: actor.organizationId });
  }

  private async load(actor: Actor, needId: string): Promise<NeedModel> {
    const need = await this.dataSource.getRepository(NeedEntity).findOneOrFail({ where: { id: needId }, relations: { lots: true, buyer: true } });
    return this.toModel(actor, need);
  }

  private async toModel(actor: Actor | null, need: NeedEntity): Promise<NeedModel> {
    const isMine = !!actor?.organizationId && actor.organizationId === need.buyerOrganizationId;
    const files = need.attachmentFileIds.length
      ? await this.dataSource.getRepository(StoredFileEntity).findBy({ id: In(need.attachmentFileIds), ownerOrganizationId: need.buyerOrganizationId })
      : [];
    const lots = [...(need.lots ?? [])].sort((a, b) => a.position - b.position);
    return Object.assign(new NeedModel(), {
      ...need,
      buyer: { id: need.buyerOrganizationId, name: need.buyer?.name ?? '', regime: need.buyer?.regime ?? null },
      lots: lots.map((lot) => ({ ...lot, reservation: lot.reservation, place: placeOf(lot) })),
      attachments: need.attachmentFileIds
        .map((id) => files.find((f) => f.id === id))
        .filter((f): f is StoredFileEntity => !!f)
        .map((f) => ({ id: f.id, name: f.displayName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, url: `/needs/${need.id}/attachments/${f.id}` })),
      invitedSupplierIds: isMine ? await this.invitedIds(this.dataSource.manager, need.id) : [],
      isMine,
    });
  }

  /**
   * THR-01/THR-02 for the wizard: lots that mix sector groups should be split, and public buyers
   * see the procedure band of the total. Private buyers get the allotment advice only.
   */
  async procurementAdvice(actor: Actor, input: ProcurementAdviceInput): Promise<ProcurementAdviceModel> {
    const buyer = await this.requireBuyer(actor);
    const result = allotmentAdvice({
      lots: input.lots.map((l) => ({ sectorSlugs: l.sectorSlugs, amountEurExclVat: l.amountEurExclVat ?? null })),
      sectorGroupOf: (slug) => sectorBySlug(slug)?.groupSlug,
      ...(buyer.regime === 'CCP' ? { procedure: { nature: input.nature, buyerType: input.buyerType, at: new Date(), socialServices: input.socialServices } } : {}),
    });
    return Object.assign(new ProcurementAdviceModel(), {
      totalEurExclVat: result.totalEurExclVat,
      amountsComplete: result.amountsComplete,
      band: result.band ? { ...result.band, noteKeys: result.band.notes.map((n) => n.labelKey) } : null,
      advice: result.advice.map((a) =>
        a.code === 'SPLIT_MIXED_LOT'
          ? { code: a.code, ruleId: a.ruleId, labelKey: a.labelKey, lotIndex: a.lotIndex, suggestedLots: a.groups.map((g) => [...g.sectorSlugs]), band: null, largestLotBand: null }
          : { code: a.code, ruleId: a.ruleId, labelKey: a.labelKey, lotIndex: null, suggestedLots: [], band: a.band, largestLotBand: a.largestLotBand },
      ),
    });
  }

  // ---------------------------------------------------------------- helpers

  private async requireBuyer(actor: Actor): Promise<OrganizationEntity> {
    if (!actor.organizationId) throw AppError.forbidden('need.buyerOnly');
    await this.access.requireOrganization(actor, actor.organizationId);
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: actor.organizationId });
    if (!org || org.type !== 'BUYER') throw AppError.forbidden('need.buyerOnly');
    return org;
  }

  private async lockOwned(manager: EntityManager, buyerId: string, needId: string): Promise<NeedEntity> {
    if (!isUuid(needId)) throw AppError.notFound('need');
    const need = await manager.findOne(NeedEntity, { where: { id: needId, buyerOrganizationId: buyerId }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw AppError.notFound('need');
    need.lots = await manager.find(NeedLotEntity, { where: { needId }, order: { position: 'ASC' } });
    return need;
  }

  private async validate(buyer: OrganizationEntity, input: NeedContentInput) {
    const errors: FieldError[] = [];
    const fields = cleanNeedFields(input);
    if (!fields.title) errors.push({ path: 'title', messageKey: 'field.required' });
    if (fields.deadlineAt.getTime() <= Date.now()) errors.push({ path: 'deadlineAt', messageKey: 'field.deadlineInPast' });
    const lots = input.lots.map((lot, i) => cleanLot(lot, `lots.${i}`, { buyerRegime: buyer.regime as BuyerRegime | null, durationMonths: fields.durationMonths }, errors));
    const durationErrors = errors.filter((e) => e.messageKey === 'field.reservationDuration');
    if (durationErrors.length > 1) errors.splice(0, errors.length, ...errors.filter((e) => e.messageKey !== 'field.reservationDuration'), durationErrors[0]!);

    const attachmentIds = unique(input.attachmentFileIds);
    if (attachmentIds.length) {
      const owned = await this.dataSource.getRepository(StoredFileEntity).findBy({ id: In(attachmentIds), ownerOrganizationId: buyer.id, purpose: 'NEED_ATTACHMENT' });
      input.attachmentFileIds.forEach((id, i) => {
        if (!owned.some((f) => f.id === id)) errors.push({ path: `attachmentFileIds.${i}`, messageKey: 'field.needAttachmentFile' });
      });
    }
    const invited = unique(input.invitedSupplierIds);
    if (input.visibility === 'INVITED' && invited.length === 0) errors.push({ path: 'invitedSupplierIds', messageKey: 'field.invitedRequired' });
    if (invited.length) {
      const suppliers = await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(invited), type: 'SUPPLIER' });
      input.invitedSupplierIds.forEach((id, i) => {
        if (!suppliers.some((s) => s.id === id)) errors.push({ path: `invitedSupplierIds.${i}`, messageKey: 'field.invitedSupplier' });
      });
    }
    if (errors.length) throw AppError.badInput(errors);
    return { fields, lots };
  }

  /** Updates the lots that keep their id, inserts new ones, deletes the others (their matches go with them). */
  private async writeLots(manager: EntityManager, needId: string, lots: CleanLot[]): Promise<void> {
    const keep = lots.map((l) => l.id).filter((id): id is string => id !== null);
    await manager.query(`DELETE FROM need_lot WHERE need_id = $1 AND NOT (id = ANY($2::uuid[]))`, [needId, keep]);
    for (const [position, { id, ...lot }] of lots.entries()) {
      if (id) await manager.update(NeedLotEntity, { id, needId }, { ...lot, position });
      else await manager.insert(NeedLotEntity, { ...lot, needId, position });
    }
  }

  private async writeInvitations(manager: EntityManager, needId: string, input: NeedContentInput): Promise<void> {
    const invited = input.visibility === 'INVITED' ? unique(input.invitedSupplierIds) : [];
    await manager.query(`DELETE FROM need_invitation WHERE need_id = $1 AND NOT (supplier_organization_id = ANY($2::uuid[]))`, [needId, invited]);
    if (invited.length) {
      await manager.query(
        `INSERT INTO need_invitation (need_id, supplier_organization_id) SELECT $1, s FROM unnest($2::uuid[]) AS s ON CONFLICT DO NOTHING`,
        [needId, invited],
      );
    }
  }

  private async invitedIds(manager: EntityManager, needId: string): Promise<string[]> {
    const rows = await manager.find(NeedInvitationEntity, { where: { needId }, order: { supplierOrganizationId: 'ASC' } });
    return rows.map((r) => r.supplierOrganizationId);
  }
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

function placeOf(lot: NeedLotEntity) {
  const place = lot.placeKind === 'NATIONAL' || !lot.placeCode ? undefined : placeByCode(lot.placeKind, lot.placeCode);
  return {
    kind: lot.placeKind,
    code: lot.placeCode,
    name: lot.placeKind === 'NATIONAL' ? null : (place?.name ?? null),
    departementCode: place?.departementCode ?? (lot.placeKind === 'DEPARTEMENT' ? lot.placeCode : null),
    regionCode: place?.regionCode ?? (lot.placeKind === 'REGION' ? lot.placeCode : null),
  };
}

const changedEvent = (needId: string) => ({ type: OutboxEventType.NEED_CHANGED, aggregateType: 'need', aggregateId: needId, payload: { needId } });
const eventOf = (needId: string, event: NeedEventKind) => ({ type: OutboxEventType.NEED_EVENT, aggregateType: 'need', aggregateId: needId, payload: { needId, event } });

const CONTENT_FIELDS = ['kind', 'title', 'descriptionHtml', 'visibility', 'consortiaAllowed', 'verifiedOnly', 'deadlineAt', 'startDate', 'durationMonths', 'questions', 'attachmentFileIds'] as const;
const LOT_FIELDS = ['title', 'description', 'sectorSlugs', 'cpvCodes', 'serviceTypes', 'quantity', 'unit', 'amountMinEur', 'amountMaxEur', 'placeKind', 'placeCode', 'radiusKm', 'reservation', 'socialClauseHours'] as const;

/** What suppliers were shown: the need's content and lots, as JSON (kept in need_version). */
function snapshot(need: NeedEntity, lots: NeedLotEntity[], invitedSupplierIds: string[]): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      ...Object.fromEntries(CONTENT_FIELDS.map((f) => [f, need[f]])),
      invitedSupplierIds,
      lots: [...lots].sort((a, b) => a.position - b.position).map((lot) => ({ id: lot.id, ...Object.fromEntries(LOT_FIELDS.map((f) => [f, lot[f]])) })),
    }),
  ) as Record<string, unknown>;
}

/** Top-level fields that differ, and `lots.<n>.<field>` for lots (a lot added or removed is `lots`). */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(after)) {
    if (key === 'lots') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.push(key);
  }
  const lotsBefore = before.lots as Record<string, unknown>[];
  const lotsAfter = after.lots as Record<string, unknown>[];
  if (lotsBefore.length !== lotsAfter.length || lotsBefore.some((l, i) => l.id !== lotsAfter[i]!.id)) changed.push('lots');
  else {
    lotsAfter.forEach((lot, i) => {
      for (const f of LOT_FIELDS) if (JSON.stringify(lotsBefore[i]![f]) !== JSON.stringify(lot[f])) changed.push(`lots.${i}.${f}`);
    });
  }
  return changed;
}
