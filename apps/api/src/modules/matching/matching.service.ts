import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchReason } from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import type { SupplierInterest } from './entities/need-match.entity';
import { LotRef, toFunnelStateModel, toMatchedLotModel } from './matching.mapper';
import {
  MatchedNeedModel, MatchedNeedPageModel, MatchedLotModel, NeedFunnelModel, NeedMatchModel, NeedMatchPageModel,
} from './models/matching.models';

type Row = Record<string, unknown>;

const STATE_COLUMNS = `ns.matched_at, ns.notified_at, ns.emailed_at, ns.viewed_at, ns.interest, ns.interest_at, ns.decline_reason, ns.responded_at, ns.reminded_at`;

/**
 * What people see of matching: the buyer's matched suppliers and funnel, the supplier's matched
 * needs, interest and decline (each writes a NEED_EVENT in the same transaction), and the "viewed"
 * step of the funnel. The matching itself runs in the worker (jobs/match-fanout.service.ts).
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- buyer side

  /** Suppliers matched to one of the buyer's needs, with their lots, reasons and funnel state. */
  async needMatches(actor: Actor, needId: string, page: number, perPage: number): Promise<NeedMatchPageModel> {
    await this.requireBuyerNeed(actor, needId);
    const [{ total }]: [{ total: number }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM need_supplier WHERE need_id = $1`, [needId]);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ns.supplier_organization_id AS supplier_id, o.name AS supplier_name, ${STATE_COLUMNS}
         FROM need_supplier ns JOIN organization o ON o.id = ns.supplier_organization_id
        WHERE ns.need_id = $1
        ORDER BY ns.matched_at, o.name, o.id
        LIMIT $2 OFFSET $3`,
      [needId, perPage, (page - 1) * perPage],
    );
    const lots = await this.lotsOf([needId], rows.map((r) => r.supplier_id as string), actor);
    const items = rows.map((r) => Object.assign(new NeedMatchModel(), {
      supplierId: r.supplier_id,
      supplierName: r.supplier_name,
      lots: lots.get(`${needId}/${r.supplier_id as string}`) ?? [],
      state: toFunnelStateModel(r),
    }));
    return Object.assign(new NeedMatchPageModel(), { items, total, page, perPage });
  }

  async needFunnel(actor: Actor, needId: string): Promise<NeedFunnelModel> {
    await this.requireBuyerNeed(actor, needId);
    const [counts] = await this.dataSource.query(
      `SELECT count(*)::int AS matched,
              count(notified_at)::int AS notified,
              count(emailed_at)::int AS emailed,
              count(viewed_at)::int AS viewed,
              count(*) FILTER (WHERE interest = 'INTERESTED')::int AS interested,
              count(*) FILTER (WHERE interest = 'DECLINED')::int AS declined,
              count(responded_at)::int AS responded
         FROM need_supplier WHERE need_id = $1`,
      [needId],
    );
    return Object.assign(new NeedFunnelModel(), { needId, ...counts });
  }

  private async requireBuyerNeed(actor: Actor, needId: string): Promise<void> {
    if (!isUuid(needId)) throw AppError.notFound('need');
    const [need]: { buyer_organization_id: string }[] = await this.dataSource.query(`SELECT buyer_organization_id FROM need WHERE id = $1`, [needId]);
    if (!need || !(await this.access.rolesIn(actor, [need.buyer_organization_id])).has(need.buyer_organization_id)) throw AppError.notFound('need');
  }

  // ---------------------------------------------------------------- supplier side

  /** Needs matched to (or inviting) the active supplier organisation, most recent match first. */
  async myMatchedNeeds(actor: Actor, page: number, perPage: number): Promise<MatchedNeedPageModel> {
    const empty = Object.assign(new MatchedNeedPageModel(), { items: [], total: 0, page, perPage });
    const supplierId = await this.activeOrganization(actor);
    if (!supplierId) return empty;
    const [{ total }]: [{ total: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM need_supplier WHERE supplier_organization_id = $1`, [supplierId],
    );
    const rows = await this.matchedNeedRows(supplierId, null, perPage, (page - 1) * perPage);
    return Object.assign(new MatchedNeedPageModel(), { items: await this.toMatchedNeeds(actor, supplierId, rows), total, page, perPage });
  }

  async expressInterest(actor: Actor, needId: string): Promise<MatchedNeedModel> {
    return this.answer(actor, needId, 'INTERESTED', null);
  }

  async declineNeed(actor: Actor, needId: string, reason: string | null | undefined): Promise<MatchedNeedModel> {
    const trimmed = reason?.trim() || null;
    return this.answer(actor, needId, 'DECLINED', trimmed);
  }

  /**
   * The funnel's "viewed" step, for the needs service to call when a supplier opens a need: the
   * first view of a matched (or invited) supplier is kept. Answers whether this call recorded it.
   */
  async recordView(actor: Actor | null, needId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!actor?.organizationId || !isUuid(needId)) return false;
    const rows: unknown[] = await manager.query(
      `WITH viewed AS (
         UPDATE need_supplier SET viewed_at = now()
          WHERE need_id = $1 AND supplier_organization_id = $2 AND viewed_at IS NULL
         RETURNING 1)
       SELECT * FROM viewed`,
      [needId, actor.organizationId],
    );
    return rows.length > 0;
  }

  /**
   * Interest or decline by a member of a supplier that was matched to (or invited on) a published
   * need; recorded with a NEED_EVENT for the buyer in the same transaction. Saying the same thing
   * twice changes nothing and tells nobody again.
   */
  private async answer(actor: Actor, needId: string, interest: SupplierInterest, declineReason: string | null): Promise<MatchedNeedModel> {
    const supplierId = await this.activeOrganization(actor);
    if (!supplierId || !isUuid(needId)) throw AppError.notFound('need');
    await this.dataSource.transaction(async (manager) => {
      const [need]: { status: string }[] = await manager.query(
        `SELECT n.status FROM need n
          WHERE n.id = $1
            AND (EXISTS (SELECT 1 FROM need_supplier ns WHERE ns.need_id = n.id AND ns.supplier_organization_id = $2)
                 OR EXISTS (SELECT 1 FROM need_invitation i WHERE i.need_id = n.id AND i.supplier_organization_id = $2))
          FOR SHARE OF n`,
        [needId, supplierId],
      );
      if (!need) throw AppError.notFound('need');
      if (need.status !== 'PUBLISHED') throw AppError.badInput([{ path: 'needId', messageKey: 'matching.needNotOpen' }]);
      // An invited supplier may answer before the matching job has written its row.
      await manager.query(
        `INSERT INTO need_supplier (need_id, supplier_organization_id) VALUES ($1, $2) ON CONFLICT (need_id, supplier_organization_id) DO NOTHING`,
        [needId, supplierId],
      );
      const changed: unknown[] = await manager.query(
        `WITH changed AS (
           UPDATE need_supplier SET interest = $3, interest_at = now(), decline_reason = $4
            WHERE need_id = $1 AND supplier_organization_id = $2
              AND (interest IS DISTINCT FROM $3 OR decline_reason IS DISTINCT FROM $4)
           RETURNING 1)
         SELECT * FROM changed`,
        [needId, supplierId, interest, declineReason],
      );
      if (changed.length > 0) {
        await this.outbox.record(manager, {
          type: OutboxEventType.NEED_EVENT, aggregateType: 'need', aggregateId: needId, payload: { needId, event: interest, supplierId },
        });
      }
    });
    const [row] = await this.matchedNeedRows(supplierId, needId, 1, 0);
    const [model] = await this.toMatchedNeeds(actor, supplierId, row ? [row] : []);
    if (!model) throw AppError.notFound('need');
    return model;
  }

  /** The active organisation when the actor may act for it (any role). */
  private async activeOrganization(actor: Actor): Promise<string | null> {
    const orgId = actor.organizationId;
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) return null;
    return orgId;
  }

  private matchedNeedRows(supplierId: string, needId: string | null, limit: number, offset: number): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT n.id AS need_id, n.title, n.status, n.deadline_at, n.buyer_organization_id AS buyer_id, b.name AS buyer_name, ${STATE_COLUMNS}
         FROM need_supplier ns
         JOIN need n ON n.id = ns.need_id
         JOIN organization b ON b.id = n.buyer_organization_id
        WHERE ns.supplier_organization_id = $1 AND ($2::uuid IS NULL OR ns.need_id = $2)
        ORDER BY ns.matched_at DESC, n.id
        LIMIT $3 OFFSET $4`,
      [supplierId, needId, limit, offset],
    );
  }

  private async toMatchedNeeds(actor: Actor, supplierId: string, rows: Row[]): Promise<MatchedNeedModel[]> {
    const lots = await this.lotsOf(rows.map((r) => r.need_id as string), [supplierId], actor);
    return rows.map((r) => Object.assign(new MatchedNeedModel(), {
      needId: r.need_id,
      title: r.title,
      status: r.status,
      deadlineAt: r.deadline_at,
      buyerId: r.buyer_id,
      buyerName: r.buyer_name,
      lots: lots.get(`${r.need_id as string}/${supplierId}`) ?? [],
      state: toFunnelStateModel(r),
    }));
  }

  /** Matched lots with their rendered reasons, keyed by `needId/supplierId`, lots in position order. */
  private async lotsOf(needIds: string[], supplierIds: string[], actor: Actor): Promise<Map<string, MatchedLotModel[]>> {
    const result = new Map<string, MatchedLotModel[]>();
    if (needIds.length === 0 || supplierIds.length === 0) return result;
    const rows: { need_id: string; supplier_id: string; lot_id: string; title: string; position: number; reasons: MatchReason[] }[] = await this.dataSource.query(
      `SELECT m.need_id, m.supplier_organization_id AS supplier_id, l.id AS lot_id, l.title, l.position, m.reasons
         FROM need_match m JOIN need_lot l ON l.id = m.lot_id
        WHERE m.need_id = ANY($1::uuid[]) AND m.supplier_organization_id = ANY($2::uuid[])
        ORDER BY l.position, l.id`,
      [needIds, supplierIds],
    );
    for (const r of rows) {
      const key = `${r.need_id}/${r.supplier_id}`;
      const lot: LotRef = { id: r.lot_id, title: r.title, position: r.position };
      result.set(key, [...(result.get(key) ?? []), toMatchedLotModel(lot, r.reasons, actor.locale)]);
    }
    return result;
  }
}
