import { Injectable, OnModuleInit } from '@nestjs/common';
import { Env } from '../../../core/config';
import { MailService } from '../../../core/mail';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { IdentityService } from '../identity.service';
import { passwordResetEmail, verificationEmail } from './identity-emails';

/**
 * Sends the identity emails (worker only). The single-use token is created here, at send time,
 * so it exists in plain text only inside the email.
 */
@Injectable()
export class IdentityEmailJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly identity: IdentityService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.SEND_VERIFICATION_EMAIL, async ({ userId }, jobId) => {
      const user = await this.identity.findUser(userId);
      if (!user || user.emailVerifiedAt) return 'skipped';
      const token = await this.identity.issueEmailToken(user.id, 'VERIFY_EMAIL');
      const url = `${this.env.WEB_URL}/verify-email?token=${encodeURIComponent(token)}`;
      await this.mail.sendOnce(`verify:${jobId}`, verificationEmail(user.locale, user.email, user.displayName, url));
      return 'success';
    });
    this.registry.register(JobName.SEND_PASSWORD_RESET_EMAIL, async ({ userId }, jobId) => {
      const user = await this.identity.findUser(userId);
      if (!user) return 'skipped';
      const token = await this.identity.issueEmailToken(user.id, 'RESET_PASSWORD');
      const url = `${this.env.WEB_URL}/reset-password?token=${encodeURIComponent(token)}`;
      await this.mail.sendOnce(`reset:${jobId}`, passwordResetEmail(user.locale, user.email, user.displayName, url));
      return 'success';
    });
  }
}
