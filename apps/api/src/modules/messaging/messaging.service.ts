import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { StoredFileEntity } from '../../core/files/stored-file.entity';
import { AppError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import type { QueryRunnerFn } from '../matching';
import { NeedsService } from '../needs';
import { contactsVisibleTo } from '../responses';
import { MessageThreadArgs, SendMessageInput } from './dto/messaging.inputs';
import { MessageEntity, MessageThreadEntity } from './entities/message.entity';
import { MessageModel, MessagePageModel, MessageThreadDetailModel, MessageThreadModel, SendMessagePayload } from './models/messaging.models';

type Row = Record<string, unknown>;

/** Who may see a thread: its buyer, its supplier, and the accepted members of its consortium ($2 = the organisation). */
const VISIBLE_TO = `(t.buyer_organization_id = $2 OR t.supplier_organization_id = $2
   OR EXISTS (SELECT 1 FROM consortium_member cm WHERE cm.consortium_id = t.consortium_id AND cm.organization_id = $2 AND cm.status = 'ACCEPTED'))`;

const THREAD_COLUMNS = `t.id, t.need_id, n.title AS need_title, t.buyer_organization_id, b.name AS buyer_name, t.supplier_organization_id, s.name AS supplier_name,
  t.consortium_id, c.name AS consortium_name, t.created_at, t.last_message_at,
  (SELECT left(m.body, 200) FROM message m WHERE m.thread_id = t.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS last_excerpt,
  (SELECT count(*)::int FROM message m WHERE m.thread_id = t.id AND m.author_organization_id <> $2
     AND m.created_at > COALESCE((SELECT r.last_read_at FROM message_thread_read r WHERE r.thread_id = t.id AND r.organization_id = $2), '-infinity')) AS unread_count`;

const THREAD_FROM = `message_thread t
  JOIN need n ON n.id = t.need_id
  JOIN organization b ON b.id = t.buyer_organization_id
  JOIN organization s ON s.id = t.supplier_organization_id
  LEFT JOIN consortium c ON c.id = t.consortium_id`;

/**
 * Conversations about a need between its buyer and a supplier or a consortium. Everything is seen
 * from the caller's active organisation: its threads, its unread counts, its side of a thread.
 * Sending writes `message.sent` in the same transaction (the other side is notified).
 */
@Injectable()
export class MessagingService {
  private readonly run: QueryRunnerFn;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
    private readonly needs: NeedsService,
  ) {
    this.run = (sql, params) => this.dataSource.query(sql, params);
  }

  async threads(actor: Actor, needId: string | null | undefined): Promise<MessageThreadModel[]> {
    const orgId = await this.activeOrganization(actor);
    if (!orgId || (needId && !isUuid(needId))) return [];
    const rows = await this.dataSource.query(
      `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM}
        WHERE ${VISIBLE_TO} AND ($1::uuid IS NULL OR t.need_id = $1)
        ORDER BY COALESCE(t.last_message_at, t.created_at) DESC, t.id
        LIMIT 500`,
      [needId ?? null, orgId],
    ) as Row[];
    return this.toThreads(orgId, rows);
  }

  async thread(actor: Actor, args: MessageThreadArgs): Promise<MessageThreadDetailModel> {
    const orgId = await this.activeOrganization(actor);
    const thread = await this.visibleThread(orgId, args.id);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM message WHERE thread_id = $1`, [thread.id]) as [{ total: number }];
    const rows = await this.dataSource.query(
      `SELECT * FROM (
         SELECT m.*, u.display_name AS author_name, o.name AS author_organization_name
           FROM message m JOIN app_user u ON u.id = m.author_user_id JOIN organization o ON o.id = m.author_organization_id
          WHERE m.thread_id = $1 ORDER BY m.created_at DESC, m.id DESC LIMIT $2 OFFSET $3) page
        ORDER BY created_at, id`,
      [thread.id, args.perPage, (args.page - 1) * args.perPage],
    ) as Row[];
    const messages = await this.toMessages(orgId!, rows);
    return Object.assign(new MessageThreadDetailModel(), {
      thread,
      messages: Object.assign(new MessagePageModel(), { items: messages, total, page: args.page, perPage: args.perPage }),
    });
  }

  async send(actor: Actor, input: SendMessageInput): Promise<SendMessagePayload> {
    const orgId = await this.activeOrganization(actor);
    if (!orgId) throw AppError.notFound('need');
    const body = input.body.trim();
    if (!body) throw AppError.badInput([{ path: 'body', messageKey: 'field.required' }]);
    const fileIds = [...new Set(input.attachmentFileIds)];
    if (fileIds.length) {
      const owned = await this.dataSource.getRepository(StoredFileEntity).findBy({ id: In(fileIds), ownerOrganizationId: orgId, purpose: In(['RESPONSE_ATTACHMENT', 'NEED_ATTACHMENT']) });
      const bad = input.attachmentFileIds.map((id, i) => (owned.some((f) => f.id === id) ? null : i)).filter((i): i is number => i !== null);
      if (bad.length) throw AppError.badInput(bad.map((i) => ({ path: `attachmentFileIds.${i}`, messageKey: 'field.invalid' as const })));
    }
    const threadId = input.threadId ? (await this.visibleThread(orgId, input.threadId)).id : await this.findOrStartThread(actor, orgId, input);
    const messageId = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(MessageEntity, { threadId, authorUserId: actor.userId, authorOrganizationId: orgId, body, attachmentFileIds: fileIds });
      const id = (inserted.identifiers[0] as { id: string }).id;
      const [{ created_at: createdAt }] = await manager.query(`SELECT created_at FROM message WHERE id = $1`, [id]) as [{ created_at: Date }];
      await manager.update(MessageThreadEntity, { id: threadId }, { lastMessageAt: createdAt });
      await this.markRead(manager, threadId, orgId, createdAt);
      await this.outbox.record(manager, { type: OutboxEventType.MESSAGE_SENT, aggregateType: 'message', aggregateId: id, payload: { messageId: id } });
      return id;
    });
    const thread = await this.visibleThread(orgId, threadId);
    const rows = await this.dataSource.query(
      `SELECT m.*, u.display_name AS author_name, o.name AS author_organization_name
         FROM message m JOIN app_user u ON u.id = m.author_user_id JOIN organization o ON o.id = m.author_organization_id WHERE m.id = $1`,
      [messageId],
    ) as Row[];
    const [message] = await this.toMessages(orgId, rows);
    return Object.assign(new SendMessagePayload(), { thread, message: message! });
  }

  async markThreadRead(actor: Actor, threadId: string): Promise<MessageThreadModel> {
    const orgId = await this.activeOrganization(actor);
    const thread = await this.visibleThread(orgId, threadId);
    await this.markRead(this.dataSource.manager, thread.id, orgId!, new Date());
    return this.visibleThread(orgId, threadId);
  }

  /** A message attachment, for the organisations of its thread. */
  async readableAttachment(actor: Actor, threadId: string, fileId: string): Promise<StoredFileEntity> {
    if (!isUuid(fileId)) throw AppError.notFound('file');
    const orgId = await this.activeOrganization(actor);
    const thread = await this.visibleThread(orgId, threadId).catch(() => {
      throw AppError.notFound('file');
    });
    const [message] = await this.dataSource.query(
      `SELECT author_organization_id FROM message WHERE thread_id = $1 AND $2::uuid = ANY(attachment_file_ids) LIMIT 1`, [thread.id, fileId],
    ) as { author_organization_id: string }[];
    const file = message ? await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId, ownerOrganizationId: message.author_organization_id }) : null;
    if (!file) throw AppError.notFound('file');
    return file;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The thread of this need for the other side. A buyer writes to a supplier or consortium that
   * responded, was matched or invited; a supplier writes to the buyer of a need it can read (as
   * itself, or as an accepted member of a consortium on that need).
   */
  private async findOrStartThread(actor: Actor, orgId: string, input: SendMessageInput): Promise<string> {
    if (!isUuid(input.needId)) throw AppError.notFound('need');
    const [need] = await this.dataSource.query(`SELECT id, buyer_organization_id FROM need WHERE id = $1`, [input.needId]) as { id: string; buyer_organization_id: string }[];
    let supplierId: string;
    let consortiumId: string | null = null;
    if (need && need.buyer_organization_id === orgId) {
      if (input.consortiumId) {
        if (!isUuid(input.consortiumId)) throw AppError.notFound('consortium');
        const [consortium] = await this.dataSource.query(
          `SELECT c.id, c.lead_organization_id FROM consortium c
            WHERE c.id = $1 AND c.need_id = $2 AND EXISTS (SELECT 1 FROM need_response r WHERE r.consortium_id = c.id)`,
          [input.consortiumId, need.id],
        ) as { id: string; lead_organization_id: string }[];
        if (!consortium) throw AppError.forbidden('messaging.noRelation');
        supplierId = consortium.lead_organization_id;
        consortiumId = consortium.id;
      } else if (input.supplierOrganizationId) {
        if (!isUuid(input.supplierOrganizationId)) throw AppError.notFound('organization');
        const [related] = await this.dataSource.query(
          `SELECT 1 WHERE EXISTS (SELECT 1 FROM need_response r WHERE r.need_id = $1 AND r.respondent_organization_id = $2)
              OR EXISTS (SELECT 1 FROM need_supplier ns WHERE ns.need_id = $1 AND ns.supplier_organization_id = $2)
              OR EXISTS (SELECT 1 FROM need_invitation i WHERE i.need_id = $1 AND i.supplier_organization_id = $2)`,
          [need.id, input.supplierOrganizationId],
        ) as unknown[];
        if (!related) throw AppError.forbidden('messaging.noRelation');
        supplierId = input.supplierOrganizationId;
      } else {
        throw AppError.badInput([{ path: 'supplierOrganizationId', messageKey: 'messaging.wrongSide' }]);
      }
    } else {
      await this.needs.need(actor, input.needId); // NOT_FOUND when the caller may not read it
      if (!need) throw AppError.notFound('need');
      supplierId = orgId;
      if (input.consortiumId) {
        if (!isUuid(input.consortiumId)) throw AppError.notFound('consortium');
        const [consortium] = await this.dataSource.query(
          `SELECT c.id, c.lead_organization_id FROM consortium c
            WHERE c.id = $1 AND c.need_id = $2
              AND (c.lead_organization_id = $3 OR EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.organization_id = $3 AND m.status = 'ACCEPTED'))`,
          [input.consortiumId, need.id, orgId],
        ) as { id: string; lead_organization_id: string }[];
        if (!consortium) throw AppError.notFound('consortium');
        supplierId = consortium.lead_organization_id;
        consortiumId = consortium.id;
      }
    }
    const conflict = consortiumId ? `(need_id, consortium_id) WHERE consortium_id IS NOT NULL` : `(need_id, supplier_organization_id) WHERE consortium_id IS NULL`;
    await this.dataSource.query(
      `INSERT INTO message_thread (need_id, buyer_organization_id, supplier_organization_id, consortium_id) VALUES ($1, $2, $3, $4) ON CONFLICT ${conflict} DO NOTHING`,
      [need.id, need.buyer_organization_id, supplierId, consortiumId],
    );
    const [thread] = await this.dataSource.query(
      consortiumId
        ? `SELECT id FROM message_thread WHERE need_id = $1 AND consortium_id = $2`
        : `SELECT id FROM message_thread WHERE need_id = $1 AND supplier_organization_id = $2 AND consortium_id IS NULL`,
      [need.id, consortiumId ?? supplierId],
    ) as { id: string }[];
    return thread!.id;
  }

  private async markRead(manager: EntityManager, threadId: string, orgId: string, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO message_thread_read (thread_id, organization_id, last_read_at) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, organization_id) DO UPDATE SET last_read_at = GREATEST(message_thread_read.last_read_at, EXCLUDED.last_read_at)`,
      [threadId, orgId, at],
    );
  }

  /** The active organisation when the actor may act for it. */
  private async activeOrganization(actor: Actor): Promise<string | null> {
    const orgId = actor.organizationId;
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) return null;
    return orgId;
  }

  private async visibleThread(orgId: string | null, threadId: string): Promise<MessageThreadModel> {
    if (!orgId || !isUuid(threadId)) throw AppError.notFound('thread');
    const rows = await this.dataSource.query(`SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.id = $1 AND ${VISIBLE_TO}`, [threadId, orgId]) as Row[];
    const [thread] = await this.toThreads(orgId, rows);
    if (!thread) throw AppError.notFound('thread');
    return thread;
  }

  private async toThreads(orgId: string, rows: Row[]): Promise<MessageThreadModel[]> {
    const buyerRows = rows.filter((r) => r.buyer_organization_id === orgId);
    const contacts = buyerRows.length ? await contactsVisibleTo(this.run, orgId, buyerRows.map((r) => r.supplier_organization_id as string)) : new Map();
    return rows.map((r) => Object.assign(new MessageThreadModel(), {
      id: r.id,
      needId: r.need_id,
      needTitle: r.need_title,
      buyer: { id: r.buyer_organization_id, name: r.buyer_name },
      supplier: { id: r.supplier_organization_id, name: r.supplier_name },
      consortium: r.consortium_id ? { id: r.consortium_id, name: r.consortium_name } : null,
      unreadCount: r.unread_count,
      lastMessageAt: r.last_message_at ?? null,
      lastMessageExcerpt: r.last_excerpt ?? null,
      createdAt: r.created_at,
      contact: r.buyer_organization_id === orgId ? (contacts.get(r.supplier_organization_id as string) ?? []) : null,
    }));
  }

  private async toMessages(orgId: string, rows: Row[]): Promise<MessageModel[]> {
    const ids = [...new Set(rows.flatMap((r) => r.attachment_file_ids as string[]))];
    const files = ids.length ? await this.dataSource.getRepository(StoredFileEntity).findBy({ id: In(ids) }) : [];
    return rows.map((r) => Object.assign(new MessageModel(), {
      id: r.id,
      threadId: r.thread_id,
      body: r.body,
      authorName: r.author_name,
      authorOrganizationId: r.author_organization_id,
      authorOrganizationName: r.author_organization_name,
      mine: r.author_organization_id === orgId,
      attachments: (r.attachment_file_ids as string[])
        .map((id) => files.find((f) => f.id === id && f.ownerOrganizationId === r.author_organization_id))
        .filter((f): f is StoredFileEntity => !!f)
        .map((f) => ({ id: f.id, name: f.displayName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, url: `/messages/${r.thread_id as string}/attachments/${f.id}` })),
      createdAt: r.created_at,
    }));
  }
}
