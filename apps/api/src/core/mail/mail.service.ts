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

/** Sends email through SMTP (maildev while developing and in tests). */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(
    private readonly env: Env,
    private readonly dataSource: DataSource,
  ) {
    this.transport = nodemailer.createTransport(env.SMTP_URL);
  }

  /**
   * Sends at most once per idempotency key: the key is claimed first, released if SMTP fails
   * (so the job's retry can send), kept once sent (so a duplicated job sends nothing).
   */
  async sendOnce(idempotencyKey: string, message: MailMessage): Promise<'sent' | 'duplicate'> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO email_delivery (idempotency_key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING idempotency_key`,
      [idempotencyKey],
    );
    if (claimed.length === 0) return 'duplicate';
    try {
      await this.transport.sendMail({ from: this.env.MAIL_FROM, ...message });
      return 'sent';
    } catch (error) {
      await this.dataSource.query(`DELETE FROM email_delivery WHERE idempotency_key = $1`, [idempotencyKey]);
      throw error;
    }
  }

  onModuleDestroy() {
    this.transport.close();
  }
}
