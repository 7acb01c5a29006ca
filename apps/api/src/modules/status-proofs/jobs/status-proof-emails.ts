import { PROOF_TYPE_LABELS, isProofType, supplierKindDefinition } from '@essor/domain';
import { emailHtml, MailMessage } from '../../../core/mail';
import type { StatusProofEntity } from '../entities/status-proof.entity';

type Lang = 'fr' | 'en';

interface Recipient {
  email: string;
  displayName: string;
  locale: Lang;
}

function describe(proof: StatusProofEntity, lang: Lang) {
  const kind = supplierKindDefinition(proof.kind)?.label[lang] ?? proof.kind;
  const type = isProofType(proof.proofType) ? PROOF_TYPE_LABELS[proof.proofType][lang] : proof.proofType;
  return { kind, type, supplier: proof.organization?.name ?? '' };
}

function frDate(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? iso : `${d}/${m}/${y}`;
}

/** The review outcome of a proof, in the member's language. */
export function proofReviewedEmail(to: Recipient, proof: StatusProofEntity, url: string): MailMessage {
  const lang = to.locale;
  const { kind, type, supplier } = describe(proof, lang);
  const approved = proof.status === 'VERIFIED' || proof.status === 'EXPIRED';
  const t = lang === 'en'
    ? {
        subject: approved ? `Proof approved: ${kind}` : `Proof rejected: ${kind}`,
        hello: `Hello ${to.displayName},`,
        body: approved
          ? `The ${type} submitted for ${supplier} has been checked by the Essor team: the status "${kind}" is now verified${proof.validUntil ? ` until ${frDate(proof.validUntil, lang)}` : ''}.`
          : `The ${type} submitted for ${supplier} could not be accepted for the status "${kind}".`,
        reason: proof.rejectionReason ? `Reason: ${proof.rejectionReason}` : null,
        next: approved ? 'Buyers now see this status as verified on your profile.' : 'You can submit a new document from your supplier space.',
        action: 'Open my supplier space',
      }
    : {
        subject: approved ? `Justificatif validé : ${kind}` : `Justificatif refusé : ${kind}`,
        hello: `Bonjour ${to.displayName},`,
        body: approved
          ? `Le justificatif « ${type} » déposé pour ${supplier} a été vérifié par l'équipe Essor : le statut « ${kind} » est vérifié${proof.validUntil ? ` jusqu'au ${frDate(proof.validUntil, lang)}` : ''}.`
          : `Le justificatif « ${type} » déposé pour ${supplier} n'a pas pu être accepté pour le statut « ${kind} ».`,
        reason: proof.rejectionReason ? `Motif : ${proof.rejectionReason}` : null,
        next: approved ? 'Les acheteurs voient désormais ce statut comme vérifié sur votre fiche.' : 'Vous pouvez déposer un nouveau document depuis votre espace fournisseur.',
        action: 'Ouvrir mon espace fournisseur',
      };
  const paragraphs = [t.hello, t.body, ...(t.reason ? [t.reason] : []), t.next];
  return { to: to.email, subject: `Essor – ${t.subject}`, text: `${paragraphs.join('\n\n')}\n\n${url}\n`, html: emailHtml(lang, t.subject, paragraphs, { label: t.action, url }) };
}

/** A verified proof ends soon (30 days), or has ended. */
export function proofExpiryEmail(to: Recipient, proof: StatusProofEntity, notice: 'EXPIRES_SOON' | 'EXPIRED', url: string): MailMessage {
  const lang = to.locale;
  const { kind, type, supplier } = describe(proof, lang);
  const until = frDate(proof.validUntil, lang);
  const t = lang === 'en'
    ? {
        subject: notice === 'EXPIRES_SOON' ? `Your proof expires on ${until}: ${kind}` : `Your proof has expired: ${kind}`,
        hello: `Hello ${to.displayName},`,
        body: notice === 'EXPIRES_SOON'
          ? `The ${type} proving the status "${kind}" of ${supplier} is valid until ${until}. Submit the renewed document before then so buyers keep seeing the status as verified.`
          : `The ${type} proving the status "${kind}" of ${supplier} ended on ${until}. The status is no longer shown as verified: submit the renewed document.`,
        action: 'Submit a new proof',
      }
    : {
        subject: notice === 'EXPIRES_SOON' ? `Votre justificatif expire le ${until} : ${kind}` : `Votre justificatif a expiré : ${kind}`,
        hello: `Bonjour ${to.displayName},`,
        body: notice === 'EXPIRES_SOON'
          ? `Le justificatif « ${type} » du statut « ${kind} » de ${supplier} est valable jusqu'au ${until}. Déposez le document renouvelé d'ici là pour que les acheteurs continuent de voir ce statut comme vérifié.`
          : `Le justificatif « ${type} » du statut « ${kind} » de ${supplier} a pris fin le ${until}. Le statut n'apparaît plus comme vérifié : déposez le document renouvelé.`,
        action: 'Déposer un nouveau justificatif',
      };
  return { to: to.email, subject: `Essor – ${t.subject}`, text: `${t.hello}\n\n${t.body}\n\n${url}\n`, html: emailHtml(lang, t.subject, [t.hello, t.body], { label: t.action, url }) };
}
