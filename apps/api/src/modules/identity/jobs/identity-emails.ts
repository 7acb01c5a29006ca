import { emailHtml, MailMessage } from '../../../core/mail';

type Lang = 'fr' | 'en';

/** Email texts of the identity feature, French and English. */
export function verificationEmail(lang: Lang, to: string, displayName: string, url: string): MailMessage {
  const t = lang === 'en'
    ? { subject: 'Confirm your email address', hello: `Hello ${displayName},`, body: 'Please confirm your email address to start using Essor. This link is valid for 48 hours.', action: 'Confirm my address' }
    : { subject: 'Confirmez votre adresse e-mail', hello: `Bonjour ${displayName},`, body: 'Confirmez votre adresse e-mail pour commencer à utiliser Essor. Ce lien est valable 48 heures.', action: 'Confirmer mon adresse' };
  return { to, subject: `Essor – ${t.subject}`, text: `${t.hello}\n\n${t.body}\n\n${url}\n`, html: emailHtml(lang, t.subject, [t.hello, t.body], { label: t.action, url }) };
}

export function passwordResetEmail(lang: Lang, to: string, displayName: string, url: string): MailMessage {
  const t = lang === 'en'
    ? { subject: 'Reset your password', hello: `Hello ${displayName},`, body: 'Someone asked to reset your Essor password. The link is valid for one hour. If it was not you, ignore this email.', action: 'Choose a new password' }
    : { subject: 'Réinitialisez votre mot de passe', hello: `Bonjour ${displayName},`, body: "Une réinitialisation de votre mot de passe Essor a été demandée. Le lien est valable une heure. Si ce n'était pas vous, ignorez ce message.", action: 'Choisir un nouveau mot de passe' };
  return { to, subject: `Essor – ${t.subject}`, text: `${t.hello}\n\n${t.body}\n\n${url}\n`, html: emailHtml(lang, t.subject, [t.hello, t.body], { label: t.action, url }) };
}
