import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '../../../core/config';
import { hashToken, newToken } from '../../../core/auth';
import { emailHtml, MailService } from '../../../core/mail';
import { JobHandlerRegistry, JobName, JobPayloads, JobResult } from '../../../core/queue';
import { NotificationsService } from '../../notifications';

type Row = Record<string, unknown>;

/**
 * NOTIFY_CONSORTIUM_EVENT: in-app notifications (and their emails) to the organisations concerned;
 * SEND_CONSORTIUM_INVITATION_EMAIL: the invitation link for an email not yet on the platform, its
 * token made here and only its hash stored. Both are safe to retry (dedupe keys, sendOnce).
 */
@Injectable()
export class ConsortiumJobs implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobHandlerRegistry,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.NOTIFY_CONSORTIUM_EVENT, (payload) => this.notify(payload));
    this.registry.register(JobName.SEND_CONSORTIUM_INVITATION_EMAIL, (payload, jobId) => this.sendInvitation(payload.memberId, jobId));
  }

  async notify({ consortiumId, event, memberId, applicationId }: JobPayloads[typeof JobName.NOTIFY_CONSORTIUM_EVENT]): Promise<JobResult> {
    const [c]: Row[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.need_id, c.lead_organization_id, lead.name AS lead_name, n.title AS need_title, l.title AS lot_title
         FROM consortium c JOIN organization lead ON lead.id = c.lead_organization_id
         LEFT JOIN need n ON n.id = c.need_id LEFT JOIN need_lot l ON l.id = c.lot_id
        WHERE c.id = $1`,
      [consortiumId],
    );
    if (!c) return 'skipped';
    const leadId = c.lead_organization_id as string;
    let recipients: string[] = [];
    let actorName = c.lead_name as string;
    if (event === 'INVITED' || event === 'ACCEPTED' || event === 'DECLINED' || event === 'LEFT') {
      const [m]: Row[] = memberId
        ? await this.dataSource.query(`SELECT m.organization_id, o.name FROM consortium_member m LEFT JOIN organization o ON o.id = m.organization_id WHERE m.id = $1`, [memberId])
        : [];
      if (!m?.organization_id) return 'skipped';
      if (event === 'INVITED') recipients = [m.organization_id as string];
      else {
        recipients = [leadId];
        actorName = m.name as string;
      }
    } else if (event === 'SUBMITTED') {
      const rows: { organization_id: string }[] = await this.dataSource.query(
        `SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND status = 'ACCEPTED' AND organization_id IS NOT NULL`, [consortiumId],
      );
      recipients = rows.map((r) => r.organization_id);
    } else {
      const [a]: Row[] = applicationId
        ? await this.dataSource.query(
          `SELECT pa.organization_id, o.name, pc.author_organization_id, author.name AS author_name
             FROM partner_application pa JOIN organization o ON o.id = pa.organization_id
             JOIN partner_call pc ON pc.id = pa.call_id JOIN organization author ON author.id = pc.author_organization_id
            WHERE pa.id = $1`, [applicationId])
        : [];
      if (!a) return 'skipped';
      if (event === 'APPLIED') {
        recipients = [a.author_organization_id as string];
        actorName = a.name as string;
      } else {
        recipients = [a.organization_id as string];
        actorName = a.author_name as string;
      }
    }
    if (recipients.length === 0) return 'skipped';
    const params = {
      consortiumId, consortiumName: c.name, actorName, event,
      ...(c.need_title ? { needTitle: c.need_title } : {}), ...(c.lot_title ? { lotTitle: c.lot_title } : {}),
    };
    const dedupeKey = `consortium:${consortiumId}:${event}:${memberId ?? applicationId ?? ''}`;
    await this.notifications.notifyOrganizations([...new Set(recipients)].map((organizationId) => ({
      organizationId, category: 'CONSORTIUM' as const, dedupeKey, params, ...(c.need_id ? { needId: c.need_id as string } : {}),
    })));
    return 'success';
  }

  async sendInvitation(memberId: string, jobId: string): Promise<JobResult> {
    const [m]: Row[] = await this.dataSource.query(
      `SELECT m.invited_email, c.name, lead.name AS lead_name, n.title AS need_title, u.locale
         FROM consortium_member m JOIN consortium c ON c.id = m.consortium_id JOIN organization lead ON lead.id = c.lead_organization_id
         LEFT JOIN need n ON n.id = c.need_id LEFT JOIN app_user u ON u.id = c.created_by_user_id
        WHERE m.id = $1 AND m.status = 'INVITED' AND m.organization_id IS NULL AND m.invited_email IS NOT NULL AND m.expires_at > now()`,
      [memberId],
    );
    if (!m) return 'skipped';
    const token = newToken();
    await this.dataSource.query(`UPDATE consortium_member SET invitation_token_hash = $2 WHERE id = $1`, [memberId, hashToken(token)]);
    const url = `${this.env.WEB_URL}/groupements/invitation?token=${encodeURIComponent(token)}`;
    const name = m.name as string;
    const lead = m.lead_name as string;
    const need = m.need_title ? ` (${m.need_title as string})` : '';
    const t = m.locale === 'en'
      ? { subject: `Join the consortium ${name} on Essor`, body: `${lead} invites your organisation to join the consortium ${name}${need} on Essor. Create your account, then accept with this link. The invitation is valid for 14 days.`, action: 'Accept the invitation' }
      : { subject: `Rejoignez le groupement ${name} sur Essor`, body: `${lead} invite votre structure à rejoindre le groupement ${name}${need} sur Essor. Créez votre compte, puis acceptez avec ce lien. L'invitation est valable 14 jours.`, action: "Accepter l'invitation" };
    const locale = m.locale === 'en' ? 'en' : 'fr';
    await this.mail.sendOnce(`consortium-invitation:${jobId}`, {
      to: m.invited_email as string,
      subject: `Essor – ${t.subject}`,
      text: `${t.body}\n\n${url}\n`,
      html: emailHtml(locale, t.subject, [t.body], { label: t.action, url }),
    });
    return 'success';
  }
}
