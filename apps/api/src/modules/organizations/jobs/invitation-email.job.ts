import { Injectable, OnModuleInit } from '@nestjs/common';
import { Env } from '../../../core/config';
import { emailHtml, MailService } from '../../../core/mail';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { OrganizationsService } from '../organizations.service';

/** Sends the invitation email (worker only); the link token is created at send time. */
@Injectable()
export class InvitationEmailJob implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly organizations: OrganizationsService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.SEND_INVITATION_EMAIL, async ({ invitationId }, jobId) => {
      const issued = await this.organizations.issueInvitationToken(invitationId);
      if (!issued) return 'skipped';
      const { invitation, token, inviterName, locale } = issued;
      const url = `${this.env.WEB_URL}/invitations/accept?token=${encodeURIComponent(token)}`;
      const orgName = invitation.organization?.name ?? '';
      const t = locale === 'en'
        ? { subject: `Join ${orgName} on Essor`, body: `${inviterName} invites you to join ${orgName} on Essor. The invitation is valid for 7 days.`, action: 'Accept the invitation' }
        : { subject: `Rejoignez ${orgName} sur Essor`, body: `${inviterName} vous invite à rejoindre ${orgName} sur Essor. L'invitation est valable 7 jours.`, action: "Accepter l'invitation" };
      await this.mail.sendOnce(`invitation:${jobId}`, {
        to: invitation.email,
        subject: `Essor – ${t.subject}`,
        text: `${t.body}\n\n${url}\n`,
        html: emailHtml(locale, t.subject, [t.body], { label: t.action, url }),
      });
      return 'success';
    });
  }
}
