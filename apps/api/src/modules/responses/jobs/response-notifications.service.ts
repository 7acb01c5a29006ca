import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobResult } from '../../../core/queue';
import type { JobName, JobPayloads } from '../../../core/queue';
import { NotificationsService } from '../../notifications';

/**
 * NOTIFY_RESPONSE_EVENT: submitted, amended, withdrawn go to the buyer's members; shortlisted,
 * awarded, rejected to the respondent's members (a consortium: every accepted member). Dedupe keys
 * carry the version or the decision, so a retried job notifies once.
 */
@Injectable()
export class ResponseNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async notify({ responseId, event }: JobPayloads[typeof JobName.NOTIFY_RESPONSE_EVENT]): Promise<JobResult> {
    const [row] = await this.dataSource.query(
      `SELECT r.id, r.need_id, r.version, r.buyer_message, r.consortium_id, r.respondent_organization_id,
              n.title AS need_title, n.buyer_organization_id, l.title AS lot_title, COALESCE(c.name, o.name) AS respondent_name
         FROM need_response r
         JOIN need n ON n.id = r.need_id
         JOIN need_lot l ON l.id = r.lot_id
         JOIN organization o ON o.id = r.respondent_organization_id
         LEFT JOIN consortium c ON c.id = r.consortium_id
        WHERE r.id = $1`,
      [responseId],
    ) as Record<string, unknown>[];
    if (!row) return 'skipped';
    const toBuyer = event === 'SUBMITTED' || event === 'AMENDED' || event === 'WITHDRAWN';
    let recipients = [row.buyer_organization_id as string];
    if (!toBuyer) {
      recipients = [row.respondent_organization_id as string];
      if (row.consortium_id) {
        const members = await this.dataSource.query(
          `SELECT DISTINCT organization_id FROM consortium_member WHERE consortium_id = $1 AND status = 'ACCEPTED' AND organization_id IS NOT NULL`,
          [row.consortium_id],
        ) as { organization_id: string }[];
        recipients = [...new Set([...recipients, ...members.map((m) => m.organization_id)])];
      }
    }
    const message = !toBuyer && row.buyer_message ? { message: row.buyer_message as string } : {};
    const result = await this.notifications.notifyOrganizations(recipients.map((organizationId) => ({
      organizationId,
      category: 'RESPONSE' as const,
      dedupeKey: `response:${responseId}:${event}:v${row.version as number}`,
      needId: row.need_id as string,
      params: { needId: row.need_id, needTitle: row.need_title, lotTitle: row.lot_title, respondentName: row.respondent_name, event, ...message },
    })));
    return result.written > 0 || result.emailsQueued > 0 ? 'success' : 'skipped';
  }
}
