import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** A claim older than this without `sent_at` was left by a process that died while sending. */
const CLAIM_STALE_SECONDS = 40;

/** Sends email through SMTP (maildev while developing and in tests). */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(
    private readonly env: Env,
    private readonly dataSource: DataSource,
  ) {
    // Bounded SMTP waits, so a live send always ends before its claim counts as stale.
    this.transport = nodemailer.createTransport(env.SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  }

  /**
   * Sends once per idempotency key. The key is claimed before SMTP and marked sent after it; SMTP
   * failing releases the claim (the job's retry sends). A process killed mid-send leaves a claim
   * without `sent_at`: once older than any live send can take (CLAIM_STALE_SECONDS, above the SMTP
   * timeouts), the retry takes it over and sends. A duplicate is then only possible if the process
   * died in the instant between SMTP accepting the message and the mark (SMTP has no idempotency).
   */
  async sendOnce(idempotencyKey: string, message: MailMessage): Promise<'sent' | 'duplicate'> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO email_delivery (idempotency_key) VALUES ($1)
       ON CONFLICT (idempotency_key) DO UPDATE SET claimed_at = now()
        WHERE email_delivery.sent_at IS NULL AND email_delivery.claimed_at < now() - make_interval(secs => $2)
       RETURNING idempotency_key`,
      [idempotencyKey, CLAIM_STALE_SECONDS],
    );
    if (claimed.length === 0) {
      const [row] = await this.dataSource.query(`SELECT sent_at FROM email_delivery WHERE idempotency_key = $1`, [idempotencyKey]);
      if (!row || row.sent_at !== null) return 'duplicate';
      // Another process holds a fresh claim: fail so the job retries after it has finished (or died).
      throw new Error(`email ${idempotencyKey} is being sent by another process`);
    }
    try {
      await this.transport.sendMail({ from: this.env.MAIL_FROM, ...message });
    } catch (error) {
      await this.dataSource.query(`DELETE FROM email_delivery WHERE idempotency_key = $1 AND sent_at IS NULL`, [idempotencyKey]);
      throw error;
    }
    await this.dataSource.query(`UPDATE email_delivery SET sent_at = now() WHERE idempotency_key = $1`, [idempotencyKey]);
    return 'sent';
  }

  onModuleDestroy() {
    this.transport.close();
  }
}
