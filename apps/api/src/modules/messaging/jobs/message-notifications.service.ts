import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobName, JobPayloads, JobResult } from '../../../core/queue';
import { NotificationsService } from '../../notifications';

const EXCERPT = 200;

/**
 * NOTIFY_MESSAGE: the organisations of the thread other than the author's (the buyer, the
 * supplier, a consortium's accepted members), once per message.
 */
@Injectable()
export class MessageNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async notify({ messageId }: JobPayloads[typeof JobName.NOTIFY_MESSAGE]): Promise<JobResult> {
    const [row] = await this.dataSource.query(
      `SELECT m.thread_id, m.body, m.author_organization_id, a.name AS author_name, t.need_id, n.title AS need_title,
              t.buyer_organization_id, t.supplier_organization_id, t.consortium_id
         FROM message m
         JOIN message_thread t ON t.id = m.thread_id
         JOIN need n ON n.id = t.need_id
         JOIN organization a ON a.id = m.author_organization_id
        WHERE m.id = $1`,
      [messageId],
    ) as Record<string, unknown>[];
    if (!row) return 'skipped';
    const parties = new Set([row.buyer_organization_id as string, row.supplier_organization_id as string]);
    if (row.consortium_id) {
      const members = await this.dataSource.query(
        `SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND status = 'ACCEPTED' AND organization_id IS NOT NULL`, [row.consortium_id],
      ) as { organization_id: string }[];
      for (const m of members) parties.add(m.organization_id);
    }
    parties.delete(row.author_organization_id as string);
    const body = (row.body as string).replace(/\s+/g, ' ').trim();
    const excerpt = body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body;
    const result = await this.notifications.notifyOrganizations([...parties].map((organizationId) => ({
      organizationId,
      category: 'MESSAGE' as const,
      dedupeKey: `message:${messageId}`,
      needId: row.need_id as string,
      params: { threadId: row.thread_id, needId: row.need_id, needTitle: row.need_title, authorOrganizationName: row.author_name, excerpt },
    })));
    return result.written > 0 || result.emailsQueued > 0 ? 'success' : 'skipped';
  }
}
