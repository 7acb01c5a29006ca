import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../../core/access';
import { Env } from '../../core/config';
import { MailService } from '../../core/mail';
import { digestEmail, EmailLinks, notificationEmail, Recipient } from './emails/notification-emails';
import type { NotificationCategory } from './entities/notification.entity';
import { unsubscribeToken } from './unsubscribe-token';

/** Most lines listed in one digest; the rest are counted ("… and 12 more") and stay in the app. */
export const DIGEST_MAX_LINES = 50;

interface RecipientRow {
  user_id: string;
  email: string;
  display_name: string;
  locale: 'fr' | 'en';
  verified: boolean;
}

/** Sends the notification emails decided by NotificationsService (worker process). */
@Injectable()
export class NotificationEmailsService {
  private readonly logger = new Logger(NotificationEmailsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  private linksFor(userId: string): EmailLinks {
    const webUrl = this.env.WEB_URL.replace(/\/+$/, '');
    return {
      webUrl,
      unsubscribeUrl: (category) => `${webUrl}/desabonnement?token=${unsubscribeToken(this.env.UNSUBSCRIBE_SECRET, userId, category)}`,
    };
  }

  private recipient(row: RecipientRow): Recipient {
    return { email: row.email, displayName: row.display_name, locale: row.locale === 'en' ? 'en' : 'fr' };
  }

  /**
   * One QUEUED notification → one email, at most once (`notification:<id>`), then SENT. The
   * preference is read again: a user who unsubscribed after the decision gets nothing.
   */
  async sendOne(notificationId: string): Promise<'success' | 'skipped'> {
    if (!isUuid(notificationId)) return 'skipped';
    const [row]: (RecipientRow & { category: NotificationCategory; params: Record<string, unknown>; email_state: string; email_enabled: boolean })[] =
      await this.dataSource.query(
        `SELECT n.category, n.params, n.email_state, u.id AS user_id, u.email, u.display_name, u.locale,
                u.email_verified_at IS NOT NULL AS verified, COALESCE(p.email_enabled, true) AS email_enabled
           FROM notification n
           JOIN app_user u ON u.id = n.user_id
           LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.category = n.category
          WHERE n.id = $1`,
        [notificationId],
      );
    if (!row || row.email_state !== 'QUEUED') return 'skipped';
    if (!row.email_enabled || !row.verified) {
      await this.setState([notificationId], 'QUEUED', row.email_enabled ? 'NONE' : 'OPTED_OUT');
      return 'skipped';
    }
    await this.mail.sendOnce(`notification:${notificationId}`, notificationEmail(this.recipient(row), row, this.linksFor(row.user_id)));
    await this.setState([notificationId], 'QUEUED', 'SENT');
    return 'success';
  }

  /**
   * The daily digest (07:00 Paris): one email per user listing their DIGEST notifications created
   * before the last 07:00 (Paris) at or before `at`, then DIGESTED. Keyed `digest:<user>:<day>`,
   * and the cutoff is the same for every run of one day, so a retried run sends nothing twice and
   * marks exactly what was sent.
   */
  async sendDigests(at: Date = new Date()): Promise<{ day: string; users: number; emails: number }> {
    const [{ cutoff, day }]: [{ cutoff: Date; day: string }] = await this.dataSource.query(
      `SELECT (CASE WHEN local >= date_trunc('day', local) + interval '7 hours' THEN date_trunc('day', local) + interval '7 hours'
                    ELSE date_trunc('day', local) - interval '17 hours' END) AT TIME ZONE 'Europe/Paris' AS cutoff,
              to_char(CASE WHEN local >= date_trunc('day', local) + interval '7 hours' THEN local ELSE local - interval '1 day' END, 'YYYY-MM-DD') AS day
         FROM (SELECT $1::timestamptz AT TIME ZONE 'Europe/Paris' AS local) x`,
      [at.toISOString()],
    );
    const users: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM notification WHERE email_state = 'DIGEST' AND created_at < $1`, [cutoff],
    );
    let emails = 0;
    let failed = 0;
    for (const { user_id: userId } of users) {
      try {
        if (await this.sendDigest(userId, cutoff, day)) emails += 1;
      } catch (error) {
        // One bad address must not hold back everybody's digest; the job fails at the end and its retry resumes.
        failed += 1;
        this.logger.warn(`digest of user ${userId} failed: ${(error as Error).message}`);
      }
    }
    if (failed > 0) throw new Error(`${failed} of ${users.length} digests failed`);
    return { day, users: users.length, emails };
  }

  private async sendDigest(userId: string, cutoff: Date, day: string): Promise<boolean> {
    const rows: (RecipientRow & { id: string; category: NotificationCategory; params: Record<string, unknown>; email_enabled: boolean })[] =
      await this.dataSource.query(
        `SELECT n.id, n.category, n.params, u.id AS user_id, u.email, u.display_name, u.locale,
                u.email_verified_at IS NOT NULL AS verified, COALESCE(p.email_enabled, true) AS email_enabled
           FROM notification n
           JOIN app_user u ON u.id = n.user_id
           LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.category = n.category
          WHERE n.user_id = $1 AND n.email_state = 'DIGEST' AND n.created_at < $2
          ORDER BY n.created_at, n.id`,
        [userId, cutoff],
      );
    const first = rows[0];
    if (!first) return false;
    // Turned off since the decision (or the address is no longer confirmed): not in the digest.
    const dropped = rows.filter((r) => !r.email_enabled || !r.verified);
    await this.setState(dropped.filter((r) => !r.email_enabled).map((r) => r.id), 'DIGEST', 'OPTED_OUT');
    await this.setState(dropped.filter((r) => r.email_enabled).map((r) => r.id), 'DIGEST', 'NONE');
    const kept = rows.filter((r) => r.email_enabled && r.verified);
    if (kept.length === 0) return false;
    const message = digestEmail(this.recipient(first), kept.slice(0, DIGEST_MAX_LINES), this.linksFor(userId), kept.length - DIGEST_MAX_LINES);
    await this.mail.sendOnce(`digest:${userId}:${day}`, message);
    await this.setState(kept.map((r) => r.id), 'DIGEST', 'DIGESTED');
    return true;
  }

  private async setState(ids: string[], from: string, to: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`UPDATE notification SET email_state = $3 WHERE id = ANY($1::uuid[]) AND email_state = $2`, [ids, from, to]);
  }
}
