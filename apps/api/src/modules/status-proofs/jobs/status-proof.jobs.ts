import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { isIsoDate } from '@essor/domain';
import { Env } from '../../../core/config';
import { MailService } from '../../../core/mail';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { StatusProofsService } from '../status-proofs.service';
import { proofExpiryEmail, proofReviewedEmail } from './status-proof-emails';

/** Id of the daily expiry schedule (one per queue prefix, upserted at every worker start). */
export const EXPIRY_SCHEDULER_ID = 'expire-status-proofs';

/**
 * Worker side of status proofs: the review and expiry emails to the supplier's members, and the
 * daily EXPIRE_STATUS_PROOFS run (03:00 Paris) on the maintenance queue.
 */
@Injectable()
export class StatusProofJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(StatusProofJobs.name);

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly proofs: StatusProofsService,
    private readonly mail: MailService,
    private readonly env: Env,
    @InjectQueue(QueueName.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit() {
    const url = `${this.env.WEB_URL}/dashboard`;
    this.registry.register(JobName.SEND_PROOF_REVIEWED_EMAIL, async ({ proofId }) => {
      const found = await this.proofs.forEmail(proofId);
      if (!found || found.proof.status === 'PENDING' || found.members.length === 0) return 'skipped';
      for (const member of found.members) {
        // Keyed by proof and recipient: a proof is reviewed once, so each member is told once.
        await this.mail.sendOnce(`proof-reviewed:${proofId}:${member.email}`, proofReviewedEmail(member, found.proof, url));
      }
      return 'success';
    });
    this.registry.register(JobName.SEND_PROOF_EXPIRY_EMAIL, async ({ proofId, notice }) => {
      const found = await this.proofs.forEmail(proofId);
      if (!found || found.members.length === 0) return 'skipped';
      // A proof renewed or already expired by the time the notice is sent is not "expiring soon".
      if (notice === 'EXPIRES_SOON' && found.proof.status !== 'VERIFIED') return 'skipped';
      for (const member of found.members) {
        await this.mail.sendOnce(`proof-expiry:${notice}:${proofId}:${member.email}`, proofExpiryEmail(member, found.proof, notice, url));
      }
      return 'success';
    });
    this.registry.register(JobName.EXPIRE_STATUS_PROOFS, async (payload) => {
      const at = payload?.at;
      if (at !== undefined && !isIsoDate(at)) {
        this.logger.warn(`${JobName.EXPIRE_STATUS_PROOFS}: ignoring invalid date ${String(at)}`);
        return 'skipped';
      }
      const report = await this.proofs.runExpiry(at);
      this.logger.log(`status proofs on ${report.at}: ${report.expired} expired, ${report.noticed} expiry notices`);
      return 'success';
    });
  }

  /** Daily at 03:00 Paris time; upserting keeps a single schedule however many workers start. */
  async onApplicationBootstrap() {
    await this.maintenance.upsertJobScheduler(
      EXPIRY_SCHEDULER_ID,
      { pattern: '0 3 * * *', tz: 'Europe/Paris' },
      { name: JobName.EXPIRE_STATUS_PROOFS, data: {} },
    );
  }
}
