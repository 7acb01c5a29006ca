import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { MatchReason } from '@essor/domain';
import { JobName, JobPayloads, JobResult, NeedEventKind, QueueName } from '../../../core/queue';
import { NotificationsService, NotifyOrganizationInput } from '../../notifications';
import { LotMatch, MatchCandidatesRepository, NeedForMatching } from '../match-candidates.repository';

/** Suppliers per NOTIFY_NEED_MATCHES job: one notifyOrganizations call each. */
export const NOTIFY_CHUNK = 250;
/** Rows per batch of the set-based writes and of the status/reminder fan-outs. */
const BATCH = 1000;
/** A need's deadline within this window: suppliers who viewed it and did not answer are reminded. */
const REMINDER_WINDOW_MS = 48 * 3600 * 1000;
/** The hourly run re-enqueues fan-outs left behind for this long (a job that exhausted its attempts). */
const STALE_FANOUT_MS = 15 * 60 * 1000;

/** Email states meaning the member got (or will get in the digest) an email. */
const EMAILED_STATES = ['QUEUED', 'SENT', 'DIGEST', 'DIGESTED'];

export const dedupeKeyOf = (needId: string, version: number) => `need:${needId}:v${version}`;

/**
 * The worker side of matching: match a published need, fan the notifications out in chunks,
 * match suppliers that changed to the needs still open, tell about need events, remind.
 *
 * Idempotency, step by step:
 * - need_match is keyed by (lot, supplier) and need_supplier by (need, supplier): recomputing
 *   inserts nothing twice;
 * - a chunk job's id is derived from its content, so a re-run of MATCH_NEED that finds the same
 *   suppliers pending adds nothing, and one that finds fewer (some done) adds a new, smaller chunk:
 *   nobody is left out;
 * - NOTIFY_NEED_MATCHES writes through notifyOrganizations (unique per member and dedupe key
 *   `need:<id>:v<version>`) BEFORE it records notified_version: a crash in between is retried and
 *   writes nothing twice; a supplier already at that version is skipped.
 */
@Injectable()
export class MatchFanoutService {
  private readonly logger = new Logger(MatchFanoutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: MatchCandidatesRepository,
    private readonly notifications: NotificationsService,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // MATCH_NEED

  async matchNeed({ needId, version }: JobPayloads[typeof JobName.MATCH_NEED]): Promise<JobResult> {
    const need = await this.candidates.need(needId);
    if (!need || need.status !== 'PUBLISHED') return 'skipped';
    // A later version has its own job, which tells everyone not yet told about that version.
    if (need.version > version) return 'skipped';
    const invited = need.visibility === 'INVITED' ? await this.candidates.invitedSupplierIds(needId) : undefined;
    const matches = invited && invited.length === 0 ? [] : await this.candidates.matchesOf(need, invited ? { invited } : {});
    await this.save(need.id, matches, invited ?? []);
    const chunks = await this.enqueuePending(need.id, need.version);
    this.logger.log(`need ${need.id} v${need.version}: ${matches.length} lot matches, ${chunks} notification chunk(s)`);
    return 'success';
  }

  /** need_match rows (reasons refreshed when they changed) and one need_supplier row per supplier. */
  private async save(needId: string, matches: LotMatch[], alsoSuppliers: readonly string[]): Promise<void> {
    for (let start = 0; start < matches.length; start += BATCH) {
      const batch = matches.slice(start, start + BATCH);
      await this.dataSource.query(
        `INSERT INTO need_match (lot_id, supplier_organization_id, need_id, reasons)
         SELECT m.lot_id, m.supplier_id, $2, m.reasons
           FROM jsonb_to_recordset($1::jsonb) AS m(lot_id uuid, supplier_id uuid, reasons jsonb)
          ORDER BY m.lot_id, m.supplier_id
         ON CONFLICT (lot_id, supplier_organization_id) DO UPDATE SET reasons = EXCLUDED.reasons
          WHERE need_match.reasons IS DISTINCT FROM EXCLUDED.reasons`,
        [JSON.stringify(batch.map((m) => ({ lot_id: m.lotId, supplier_id: m.supplierId, reasons: m.reasons }))), needId],
      );
    }
    const suppliers = [...new Set([...matches.map((m) => m.supplierId), ...alsoSuppliers])].sort();
    for (let start = 0; start < suppliers.length; start += BATCH) {
      await this.dataSource.query(
        `INSERT INTO need_supplier (need_id, supplier_organization_id)
         SELECT $1, s FROM unnest($2::uuid[]) AS s ORDER BY s
         ON CONFLICT (need_id, supplier_organization_id) DO NOTHING`,
        [needId, suppliers.slice(start, start + BATCH)],
      );
    }
  }

  /**
   * One NOTIFY_NEED_MATCHES job per NOTIFY_CHUNK suppliers not yet told about `version`; the job id
   * is a hash of the chunk, so the same chunk is never queued twice (`round` starts a new series:
   * a chunk that failed for good keeps its id in Redis). Returns the number of chunks.
   */
  async enqueuePending(needId: string, version: number, round = ''): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT supplier_organization_id AS id FROM need_supplier WHERE need_id = $1 AND notified_version < $2 ORDER BY 1`,
      [needId, version],
    );
    const ids = rows.map((r) => r.id);
    const jobs = [];
    for (let start = 0; start < ids.length; start += NOTIFY_CHUNK) {
      const supplierIds = ids.slice(start, start + NOTIFY_CHUNK);
      const digest = createHash('sha1').update(supplierIds.join(',')).digest('hex').slice(0, 20);
      jobs.push({
        name: JobName.NOTIFY_NEED_MATCHES,
        data: { needId, version, supplierIds } satisfies JobPayloads[typeof JobName.NOTIFY_NEED_MATCHES],
        opts: { jobId: `notify-${needId}-v${version}-${round}${digest}` },
      });
    }
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    return jobs.length;
  }

  // ---------------------------------------------------------------------------------------------
  // NOTIFY_NEED_MATCHES

  async notifyMatches({ needId, version, supplierIds }: JobPayloads[typeof JobName.NOTIFY_NEED_MATCHES]): Promise<JobResult> {
    const need = await this.candidates.need(needId);
    if (!need || need.status !== 'PUBLISHED' || need.version > version || supplierIds.length === 0) return 'skipped';
    const pending: { id: string; notified_version: number }[] = await this.dataSource.query(
      `SELECT supplier_organization_id AS id, notified_version FROM need_supplier
        WHERE need_id = $1 AND supplier_organization_id = ANY($2::uuid[]) AND notified_version < $3
        ORDER BY 1`,
      [needId, supplierIds, version],
    );
    if (pending.length === 0) return 'skipped';
    const lotsBySupplier = await this.matchedLots(need, pending.map((p) => p.id));
    const dedupeKey = dedupeKeyOf(needId, version);
    const inputs: NotifyOrganizationInput[] = pending.map((p) => ({
      organizationId: p.id,
      category: p.notified_version === 0 ? 'NEED_MATCHED' : 'NEED_UPDATED',
      dedupeKey,
      needId,
      params: {
        needId, needTitle: need.title, buyerName: need.buyerName, deadlineAt: need.deadlineAt.toISOString(), version,
        lots: lotsBySupplier.get(p.id) ?? [],
      },
    }));
    const result = await this.notifications.notifyOrganizations(inputs);
    // Only now: a crash before this line re-runs the chunk, and the dedupe key keeps it to one notification.
    await this.dataSource.query(
      `UPDATE need_supplier ns
          SET notified_at = COALESCE(ns.notified_at, now()),
              notified_version = GREATEST(ns.notified_version, $3),
              emailed_at = COALESCE(ns.emailed_at, CASE WHEN EXISTS (
                SELECT 1 FROM notification n
                 WHERE n.organization_id = ns.supplier_organization_id AND n.dedupe_key = $4 AND n.email_state = ANY($5::text[])) THEN now() END)
        WHERE ns.need_id = $1 AND ns.supplier_organization_id = ANY($2::uuid[])`,
      [needId, pending.map((p) => p.id), version, dedupeKey, EMAILED_STATES],
    );
    this.logger.log(`need ${needId} v${version}: ${pending.length} supplier(s) notified (${result.written} notifications, ${result.emailsQueued} emails, ${result.digested} digested)`);
    return 'success';
  }

  /** Per supplier, its matched lots (position order) with their reasons: ids and labels only. */
  private async matchedLots(need: NeedForMatching, supplierIds: string[]) {
    const rows: { lot_id: string; supplier_id: string; reasons: MatchReason[] }[] = await this.dataSource.query(
      `SELECT lot_id, supplier_organization_id AS supplier_id, reasons FROM need_match
        WHERE need_id = $1 AND supplier_organization_id = ANY($2::uuid[])`,
      [need.id, supplierIds],
    );
    const result = new Map<string, { lotId: string; title: string; reasons: MatchReason[] }[]>();
    for (const lot of need.lots) {
      for (const row of rows.filter((r) => r.lot_id === lot.id)) {
        const list = result.get(row.supplier_id) ?? [];
        list.push({ lotId: lot.id, title: lot.title, reasons: row.reasons });
        result.set(row.supplier_id, list);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // MATCH_SUPPLIER_TO_OPEN_NEEDS

  async matchSuppliers({ supplierIds }: JobPayloads[typeof JobName.MATCH_SUPPLIER_TO_OPEN_NEEDS]): Promise<JobResult> {
    const ids = [...new Set(supplierIds)].filter((id) => typeof id === 'string');
    if (ids.length === 0) return 'skipped';
    let newMatches = 0;
    for (const needId of await this.candidates.openNeedIdsFor(ids)) {
      const need = await this.candidates.need(needId);
      if (!need || need.status !== 'PUBLISHED' || need.visibility !== 'PUBLIC' || need.deadlineAt <= new Date()) continue;
      const matches = await this.candidates.matchesOf(need, { supplierIds: ids });
      if (matches.length === 0) continue;
      await this.save(need.id, matches, []);
      newMatches += matches.length;
      await this.enqueuePending(need.id, need.version);
    }
    return newMatches > 0 ? 'success' : 'skipped';
  }

  // ---------------------------------------------------------------------------------------------
  // NOTIFY_NEED_EVENT

  async notifyEvent({ needId, event, supplierId }: JobPayloads[typeof JobName.NOTIFY_NEED_EVENT]): Promise<JobResult> {
    const need = await this.candidates.need(needId);
    if (!need) return 'skipped';
    switch (event) {
      case 'CLOSED':
      case 'AWARDED':
      case 'CANCELLED':
        return this.notifyStatus(need, event);
      case 'INTERESTED':
      case 'DECLINED':
        return supplierId ? this.notifyInterest(need, event, supplierId) : 'skipped';
      default:
        // UPDATED: a new version is published again and matched (MATCH_NEED tells with NEED_UPDATED).
        return 'skipped';
    }
  }

  /** NEED_STATUS to every supplier that was told about the need. */
  private async notifyStatus(need: NeedForMatching, status: NeedEventKind): Promise<JobResult> {
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT supplier_organization_id AS id FROM need_supplier
          WHERE need_id = $1 AND notified_version > 0 AND supplier_organization_id > $2 ORDER BY 1 LIMIT $3`,
        [need.id, afterId, BATCH],
      );
      if (rows.length === 0) return 'success';
      await this.notifications.notifyOrganizations(rows.map((r) => ({
        organizationId: r.id,
        category: 'NEED_STATUS',
        dedupeKey: `need:${need.id}:${status}`,
        needId: need.id,
        params: { needId: need.id, needTitle: need.title, status, ...(status === 'CANCELLED' && need.statusReason ? { reason: need.statusReason } : {}) },
      })));
      afterId = rows[rows.length - 1]!.id;
    }
  }

  /** NEED_INTEREST to the buyer's members. */
  private async notifyInterest(need: NeedForMatching, interest: 'INTERESTED' | 'DECLINED', supplierId: string): Promise<JobResult> {
    const [supplier]: { name: string }[] = await this.dataSource.query(
      `SELECT o.name FROM need_supplier ns JOIN organization o ON o.id = ns.supplier_organization_id
        WHERE ns.need_id = $1 AND ns.supplier_organization_id = $2`,
      [need.id, supplierId],
    );
    if (!supplier) return 'skipped';
    await this.notifications.notifyOrganizations([{
      organizationId: need.buyerOrganizationId,
      category: 'NEED_INTEREST',
      dedupeKey: `need:${need.id}:${interest}:${supplierId}`,
      needId: need.id,
      params: { needId: need.id, needTitle: need.title, supplierId, supplierName: supplier.name, interest },
    }]);
    return 'success';
  }

  // ---------------------------------------------------------------------------------------------
  // SEND_NEED_REMINDERS (hourly)

  /**
   * NEED_REMINDER once to suppliers who viewed a published need closing within 48 hours and
   * neither responded nor declined. Also re-enqueues fan-outs still pending after 15 minutes
   * (a MATCH_NEED or NOTIFY job that exhausted its attempts), so nobody is skipped for good.
   */
  async sendReminders(at: Date): Promise<{ reminded: number; resumed: number }> {
    let reminded = 0;
    for (;;) {
      const rows: { need_id: string; supplier_id: string; title: string; deadline_at: Date }[] = await this.dataSource.query(
        `SELECT ns.need_id, ns.supplier_organization_id AS supplier_id, n.title, n.deadline_at
           FROM need n JOIN need_supplier ns ON ns.need_id = n.id
          WHERE n.status = 'PUBLISHED' AND n.deadline_at > $1 AND n.deadline_at <= $2
            AND ns.viewed_at IS NOT NULL AND ns.responded_at IS NULL AND ns.interest IS DISTINCT FROM 'DECLINED' AND ns.reminded_at IS NULL
          ORDER BY ns.need_id, ns.supplier_organization_id
          LIMIT $3`,
        [at, new Date(at.getTime() + REMINDER_WINDOW_MS), BATCH],
      );
      if (rows.length === 0) break;
      await this.notifications.notifyOrganizations(rows.map((r) => ({
        organizationId: r.supplier_id,
        category: 'NEED_REMINDER',
        dedupeKey: `need:${r.need_id}:reminder`,
        needId: r.need_id,
        params: { needId: r.need_id, needTitle: r.title, deadlineAt: r.deadline_at.toISOString() },
      })));
      // After the notifications: a crash in between re-runs them next hour, deduplicated.
      await this.dataSource.query(
        `UPDATE need_supplier SET reminded_at = now()
          WHERE (need_id, supplier_organization_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) AND reminded_at IS NULL`,
        [rows.map((r) => r.need_id), rows.map((r) => r.supplier_id)],
      );
      reminded += rows.length;
    }
    const stale: { id: string; version: number }[] = await this.dataSource.query(
      `SELECT DISTINCT n.id, n.version FROM need n JOIN need_supplier ns ON ns.need_id = n.id
        WHERE n.status = 'PUBLISHED' AND ns.notified_version < n.version AND ns.matched_at < $1`,
      [new Date(at.getTime() - STALE_FANOUT_MS)],
    );
    const round = `r${Math.floor(at.getTime() / 3_600_000)}-`;
    for (const need of stale) await this.enqueuePending(need.id, need.version, round);
    return { reminded, resumed: stale.length };
  }
}
