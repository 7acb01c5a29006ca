import { Injectable, OnModuleInit } from '@nestjs/common';
import { Env } from '../../../core/config';
import { emailHtml, MailService } from '../../../core/mail';
import { JobHandlerRegistry, JobName } from '../../../core/queue';
import { ClaimRecipient, SupplierClaimsService } from '../supplier-claims.service';

/** Claim emails (worker only): the request to whoever decides, the decision to the requester. */
@Injectable()
export class ClaimEmailsJob implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly claims: SupplierClaimsService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.registry.register(JobName.SEND_CLAIM_REQUESTED_EMAIL, async ({ claimId }, jobId) => {
      const data = await this.claims.claimForEmail(claimId);
      if (!data || data.claim.status !== 'PENDING' || data.deciders.length === 0) return 'skipped';
      const { claim, requester } = data;
      const url = data.decidersAreStaff ? `${this.env.WEB_URL}/staff/revendications` : `${this.env.WEB_URL}/mon-espace/fournisseur`;
      for (const to of data.deciders) {
        const t = requestedTexts(to, requester, claim.supplierName, claim.siret, claim.message, data.decidersAreStaff);
        await this.mail.sendOnce(`claim-requested:${jobId}:${to.userId}`, {
          to: to.email,
          subject: `Essor – ${t.subject}`,
          text: `${t.paragraphs.join('\n\n')}\n\n${url}\n`,
          html: emailHtml(to.locale, t.subject, t.paragraphs, { label: t.action, url }),
        });
      }
      return 'success';
    });

    this.registry.register(JobName.SEND_CLAIM_DECIDED_EMAIL, async ({ claimId }, jobId) => {
      const data = await this.claims.claimForEmail(claimId);
      if (!data || data.claim.status === 'PENDING') return 'skipped';
      const { claim, requester } = data;
      const approved = claim.status === 'APPROVED';
      const url = approved ? `${this.env.WEB_URL}/mon-espace/fournisseur` : `${this.env.WEB_URL}/`;
      const reason = claim.decisionReason;
      const t = requester.locale === 'en'
        ? {
          subject: approved ? `Your request to join ${claim.supplierName} was approved` : `Your request to join ${claim.supplierName} was declined`,
          paragraphs: [
            `Hello ${requester.displayName},`,
            approved ? `You are now a member of ${claim.supplierName} on Essor: you can complete its profile, activities, offers and status proofs.` : `Your request to join ${claim.supplierName} on Essor was declined.`,
            ...(reason ? [`Reason: ${reason}`] : []),
          ],
          action: approved ? 'Open the profile' : 'Go to Essor',
        }
        : {
          subject: approved ? `Votre demande pour rejoindre ${claim.supplierName} est acceptée` : `Votre demande pour rejoindre ${claim.supplierName} est refusée`,
          paragraphs: [
            `Bonjour ${requester.displayName},`,
            approved ? `Vous êtes maintenant membre de ${claim.supplierName} sur Essor : vous pouvez compléter sa fiche, ses activités, ses offres et ses justificatifs de statut.` : `Votre demande pour rejoindre ${claim.supplierName} sur Essor a été refusée.`,
            ...(reason ? [`Motif : ${reason}`] : []),
          ],
          action: approved ? 'Ouvrir la fiche' : 'Aller sur Essor',
        };
      await this.mail.sendOnce(`claim-decided:${jobId}`, {
        to: requester.email,
        subject: `Essor – ${t.subject}`,
        text: `${t.paragraphs.join('\n\n')}\n\n${url}\n`,
        html: emailHtml(requester.locale, t.subject, t.paragraphs, { label: t.action, url }),
      });
      return 'success';
    });
  }
}

function requestedTexts(to: ClaimRecipient, requester: ClaimRecipient, supplierName: string, siret: string | null, message: string | null, staff: boolean) {
  const who = `${requester.displayName} (${requester.email})`;
  if (to.locale === 'en') {
    return {
      subject: `${requester.displayName} asks to join ${supplierName}`,
      paragraphs: [
        `Hello ${to.displayName},`,
        `${who} asks to join ${supplierName}${siret ? ` (SIRET ${siret})` : ''} on Essor.`,
        ...(message ? [`Their message: ${message}`] : []),
        staff ? 'The structure has no member yet, so Essor staff decide: check that the person works there before approving.' : 'As an administrator of the structure, approve or decline the request.',
      ],
      action: 'Review the request',
    };
  }
  return {
    subject: `${requester.displayName} demande à rejoindre ${supplierName}`,
    paragraphs: [
      `Bonjour ${to.displayName},`,
      `${who} demande à rejoindre ${supplierName}${siret ? ` (SIRET ${siret})` : ''} sur Essor.`,
      ...(message ? [`Son message : ${message}`] : []),
      staff ? "La structure n'a encore aucun membre : l'équipe Essor décide. Vérifiez que la personne y travaille avant d'accepter." : 'En tant qu’administrateur ou administratrice de la structure, acceptez ou refusez la demande.',
    ],
    action: 'Examiner la demande',
  };
}
