import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { emailDecision, NOTIFICATION_CATEGORIES } from '@essor/domain';
import { Actor } from '../../core/auth';
import { Env } from '../../core/config';
import { AppError } from '../../core/graphql';
import { JobName, JobPayloads, QueueName } from '../../core/queue';
import type { NotificationCategory, NotificationEmailState } from './entities/notification.entity';
import { verifyUnsubscribeToken } from './unsubscribe-token';

/** One event to tell every member of an organisation (see notifyOrganizations). */
export interface NotifyOrganizationInput {
  organizationId: string;
  category: NotificationCategory;
  /** Unique per user: the same key written twice (retried or duplicated job) notifies once. */
  dedupeKey: string;
  needId?: string;
  /** Ids and labels the text is rendered from, in the reader's language (see rendering/). */
  params: Record<string, unknown>;
}

/** One event to tell ONE member of an organisation (see notifyUsers). */
export interface NotifyUserInput extends NotifyOrganizationInput {
  userId: string;
}

export interface NotifyResult {
  /** In-app notifications inserted by this call (duplicates of earlier calls are not counted). */
  written: number;
  /** Email jobs added (new decisions, plus rows already QUEUED by a crashed attempt: BullMQ drops the duplicates). */
  emailsQueued: number;
  /** Emails held back for the daily digest by this call. */
  digested: number;
}

export interface NotificationRow {
  id: string;
  category: NotificationCategory;
  params: Record<string, unknown>;
  needId: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/** Email jobs per addBulk call: bounds one Redis round trip for a 5,000-organisation fan-out. */
const ENQUEUE_CHUNK = 1000;
const MAX_DEDUPE_KEY = 160;

/**
 * In-app notifications and the decision to email them. Everything a caller needs is one set-based
 * call, `notifyOrganizations`, safe to retry: rows are unique per (user, dedupe key), emails are
 * decided only for rows still PENDING, email jobs have deterministic ids.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue,
    private readonly env: Env,
  ) {}

  /**
   * Writes one notification per member of each organisation (only `userId` when given), then decides the email of every row
   * of these keys still PENDING, new ones and those a crashed earlier attempt left behind:
   * - the user turned the category off → OPTED_OUT;
   * - NOTIFY_DAILY_EMAIL_LIMIT emails of the category already sent today (Paris): what the domain's
   *   emailDecision says for the category, DIGEST (the 07:00 digest) or SKIP → NONE (in-app only);
   * - the user's address is not verified → NONE (we never email an unconfirmed address);
   * - else QUEUED, and a SEND_NOTIFICATION_EMAIL job `notification-<id>`.
   * Rows already QUEUED are enqueued again (a crash between the decision and the enqueue loses no
   * email; Redis ignores a job id it holds and the email is sent once per notification anyway).
   * The daily limit is counted per call: two fan-outs for one user at the same instant may each
   * send up to the limit (a soft cap, not worth a per-user lock).
   */
  async notifyOrganizations(inputs: (NotifyOrganizationInput & { userId?: string })[]): Promise<NotifyResult> {
    if (inputs.length === 0) return { written: 0, emailsQueued: 0, digested: 0 };
    for (const input of inputs) {
      if (input.dedupeKey.length === 0 || input.dedupeKey.length > MAX_DEDUPE_KEY) throw new Error(`dedupeKey must be 1..${MAX_DEDUPE_KEY} characters: ${input.dedupeKey}`);
    }
    const rows = JSON.stringify(inputs.map((i) => ({
      organization_id: i.organizationId, user_id: i.userId ?? null, category: i.category, dedupe_key: i.dedupeKey, need_id: i.needId ?? null, params: i.params,
    })));
    const [{ written }]: [{ written: number }] = await this.dataSource.query(
      // Sorted so that concurrent fan-outs touching the same users take index locks in one order.
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(organization_id uuid, user_id uuid, category text, dedupe_key text, need_id uuid, params jsonb)
       ), inserted AS (
         INSERT INTO notification (user_id, organization_id, category, dedupe_key, need_id, params)
         SELECT m.user_id, i.organization_id, i.category, i.dedupe_key, i.need_id, COALESCE(i.params, '{}')
           FROM input i JOIN membership m ON m.organization_id = i.organization_id AND (i.user_id IS NULL OR m.user_id = i.user_id)
          ORDER BY m.user_id, i.dedupe_key
         ON CONFLICT (user_id, dedupe_key) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS written FROM inserted`,
      [rows],
    );

    const candidates: { id: string; user_id: string; category: NotificationCategory; email_state: 'PENDING' | 'QUEUED'; verified: boolean; opted_out: boolean; sent_today: number }[] =
      await this.dataSource.query(
        // Each (user, key) is looked up through the unique index (LIMIT 1 keeps the lookup a
        // per-row index probe whatever the planner guesses of the JSON input's size).
        `WITH targets AS MATERIALIZED (
           SELECT DISTINCT m.user_id, i.dedupe_key
             FROM jsonb_to_recordset($1::jsonb) AS i(organization_id uuid, user_id uuid, dedupe_key text)
             JOIN membership m ON m.organization_id = i.organization_id AND (i.user_id IS NULL OR m.user_id = i.user_id)
         ), open AS MATERIALIZED (
           SELECT n.*
             FROM targets t
             CROSS JOIN LATERAL (
               SELECT n.id, n.user_id, n.category, n.email_state, n.created_at FROM notification n
                WHERE n.user_id = t.user_id AND n.dedupe_key = t.dedupe_key LIMIT 1) n
            WHERE n.email_state IN ('PENDING', 'QUEUED')
         ), sent AS (
           SELECT n.user_id, n.category, count(*)::int AS sent_today
             FROM notification n
            WHERE n.user_id IN (SELECT user_id FROM open WHERE email_state = 'PENDING')
              AND n.email_state IN ('QUEUED', 'SENT')
              AND n.created_at >= (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris')
            GROUP BY n.user_id, n.category
         )
         SELECT o.id, o.user_id, o.category, o.email_state,
                u.email_verified_at IS NOT NULL AS verified,
                COALESCE(p.email_enabled, true) = false AS opted_out,
                COALESCE(s.sent_today, 0) AS sent_today
           FROM open o
           JOIN app_user u ON u.id = o.user_id
           LEFT JOIN notification_preference p ON p.user_id = o.user_id AND p.category = o.category
           LEFT JOIN sent s ON s.user_id = o.user_id AND s.category = o.category
          ORDER BY o.user_id, o.category, o.created_at, o.id`,
        [rows],
      );

    // Decide in order of creation per user and category, counting the emails this call queues.
    const queuedInCall = new Map<string, number>();
    const decisions: { id: string; state: NotificationEmailState }[] = [];
    const requeue: string[] = [];
    for (const row of candidates) {
      if (row.email_state === 'QUEUED') {
        requeue.push(row.id);
        continue;
      }
      const key = `${row.user_id}:${row.category}`;
      const alreadySent = row.sent_today + (queuedInCall.get(key) ?? 0);
      const decision = emailDecision({ category: row.category, optedOut: row.opted_out, sentTodayForCategory: alreadySent, dailyLimit: this.env.NOTIFY_DAILY_EMAIL_LIMIT });
      const state: NotificationEmailState = row.opted_out ? 'OPTED_OUT' : decision === 'SKIP' || !row.verified ? 'NONE' : decision === 'DIGEST' ? 'DIGEST' : 'QUEUED';
      if (state === 'QUEUED') queuedInCall.set(key, (queuedInCall.get(key) ?? 0) + 1);
      decisions.push({ id: row.id, state });
    }

    // Only rows still PENDING change: a concurrent attempt that decided first keeps its decision.
    const decided: { id: string; email_state: NotificationEmailState }[] = decisions.length === 0 ? [] : await this.dataSource.query(
      `WITH decided AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS d(id, state)),
            updated AS (
              UPDATE notification n SET email_state = d.state FROM decided d
               WHERE n.id = d.id AND n.email_state = 'PENDING'
              RETURNING n.id, n.email_state)
       SELECT * FROM updated`,
      [decisions.map((d) => d.id), decisions.map((d) => d.state)],
    );
    const toEnqueue = [...decided.filter((d) => d.email_state === 'QUEUED').map((d) => d.id), ...requeue];
    await this.enqueueEmails(toEnqueue);
    return { written, emailsQueued: toEnqueue.length, digested: decided.filter((d) => d.email_state === 'DIGEST').length };
  }

  /**
   * The same for one member per input (a saved search is its owner's alone): a user who is no
   * longer a member of the organisation is not notified.
   */
  async notifyUsers(inputs: NotifyUserInput[]): Promise<NotifyResult> {
    return this.notifyOrganizations(inputs);
  }

  private async enqueueEmails(notificationIds: string[]): Promise<void> {
    for (let start = 0; start < notificationIds.length; start += ENQUEUE_CHUNK) {
      await this.emailQueue.addBulk(notificationIds.slice(start, start + ENQUEUE_CHUNK).map((notificationId) => ({
        name: JobName.SEND_NOTIFICATION_EMAIL,
        data: { notificationId } satisfies JobPayloads[typeof JobName.SEND_NOTIFICATION_EMAIL],
        opts: { jobId: `notification-${notificationId}` },
      })));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The caller's notification centre: their own notifications about their ACTIVE organisation.

  async list(actor: Actor, page: number, perPage: number, unreadOnly: boolean): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    if (!actor.organizationId) return { rows: [], total: 0, unread: 0 };
    const [counts]: [{ total: number; unread: number }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE NOT $3 OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE user_id = $1 AND organization_id = $2`,
      [actor.userId, actor.organizationId, unreadOnly],
    );
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, category, params, need_id AS "needId", read_at AS "readAt", created_at AS "createdAt"
         FROM notification
        WHERE user_id = $1 AND organization_id = $2 AND (NOT $3 OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC
        LIMIT $4 OFFSET $5`,
      [actor.userId, actor.organizationId, unreadOnly, perPage, (page - 1) * perPage],
    );
    return { rows, total: counts.total, unread: counts.unread };
  }

  async unreadCount(actor: Actor): Promise<number> {
    if (!actor.organizationId) return 0;
    const [{ unread }]: [{ unread: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND organization_id = $2 AND read_at IS NULL`,
      [actor.userId, actor.organizationId],
    );
    return unread;
  }

  /**
   * Marks the given notifications (or all of them) read; answers the unread count left. Ids that
   * are not the caller's (or not of the active organisation) are ignored, like ids already read:
   * nothing to report, and nothing learnt about other people's notifications.
   */
  async markRead(actor: Actor, input: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
    if (!actor.organizationId) return 0;
    if (input.all) {
      await this.dataSource.query(
        `UPDATE notification SET read_at = now() WHERE user_id = $1 AND organization_id = $2 AND read_at IS NULL`,
        [actor.userId, actor.organizationId],
      );
    } else if (input.ids?.length) {
      await this.dataSource.query(
        `UPDATE notification SET read_at = now() WHERE user_id = $1 AND organization_id = $2 AND read_at IS NULL AND id = ANY($3::uuid[])`,
        [actor.userId, actor.organizationId, input.ids],
      );
    }
    return this.unreadCount(actor);
  }

  // ---------------------------------------------------------------------------------------------
  // Email preferences (per user, whatever the organisation).

  async preferences(actor: Actor): Promise<{ category: NotificationCategory; emailEnabled: boolean }[]> {
    const rows: { category: NotificationCategory; email_enabled: boolean }[] = await this.dataSource.query(
      `SELECT category, email_enabled FROM notification_preference WHERE user_id = $1`, [actor.userId],
    );
    const off = new Set(rows.filter((r) => !r.email_enabled).map((r) => r.category));
    return NOTIFICATION_CATEGORIES.map((category) => ({ category, emailEnabled: !off.has(category) }));
  }

  async updatePreferences(actor: Actor, input: { category: NotificationCategory; emailEnabled: boolean }[]) {
    const seen = new Set<string>();
    input.forEach((p, i) => {
      if (seen.has(p.category)) throw AppError.badInput([{ path: `input.${i}.category`, messageKey: 'field.invalid' }]);
      seen.add(p.category);
    });
    if (input.length > 0) await this.setPreferences(actor.userId, input);
    return this.preferences(actor);
  }

  /** The signed link of an email: turns its category off for its user, without a session. */
  async unsubscribe(token: string): Promise<{ category: NotificationCategory }> {
    const signed = verifyUnsubscribeToken(this.env.UNSUBSCRIBE_SECRET, token);
    if (!signed) throw AppError.badInput([{ path: 'token', messageKey: 'auth.invalidToken' }]);
    await this.setPreferences(signed.userId, [{ category: signed.category, emailEnabled: false }]);
    return { category: signed.category };
  }

  private async setPreferences(userId: string, prefs: { category: NotificationCategory; emailEnabled: boolean }[]) {
    // Through app_user: a link of a deleted account changes nothing (and breaks no foreign key).
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, category, email_enabled)
       SELECT u.id, p.category, p.email_enabled
         FROM app_user u, unnest($2::text[], $3::boolean[]) AS p(category, email_enabled)
        WHERE u.id = $1
       ON CONFLICT (user_id, category) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, updated_at = now()`,
      [userId, prefs.map((p) => p.category), prefs.map((p) => p.emailEnabled)],
    );
  }
}
