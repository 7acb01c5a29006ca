import { emailHtml } from '../../../core/mail/layout';
import type { MailMessage } from '../../../core/mail/mail.service';
import type { NotificationCategory } from '../entities/notification.entity';
import { CATEGORY_LABELS, Lang, renderNotification } from '../rendering/notification-content';

export interface Recipient {
  email: string;
  displayName: string;
  locale: Lang;
}

export interface EmailLinks {
  /** Public URL of the web app, without trailing slash. */
  webUrl: string;
  /** The one-click unsubscribe URL of a category for this recipient. */
  unsubscribeUrl(category: NotificationCategory): string;
}

export interface NotificationForEmail {
  category: NotificationCategory;
  params: Record<string, unknown>;
}

export const PREFERENCES_PATH = '/mon-espace/notifications';

function footer(lang: Lang, links: EmailLinks, categories: NotificationCategory[]) {
  const fr = lang === 'fr';
  return {
    text: fr ? 'Vous recevez cet e-mail parce que vous êtes membre d’une organisation sur Essor.' : 'You receive this email because you are a member of an organisation on Essor.',
    links: [
      ...categories.map((category) => ({
        label: categories.length > 1
          ? (fr ? `Ne plus recevoir « ${CATEGORY_LABELS[category].fr} »` : `Stop receiving "${CATEGORY_LABELS[category].en}"`)
          : fr ? 'Se désabonner de ces e-mails' : 'Unsubscribe from these emails',
        url: links.unsubscribeUrl(category),
      })),
      { label: fr ? 'Gérer mes préférences' : 'Manage my preferences', url: `${links.webUrl}${PREFERENCES_PATH}` },
    ],
  };
}

/** "Label : url" in French typography, "Label: url" in English. */
const labelled = (lang: Lang, label: string, url: string) => `${label}${lang === 'fr' ? ' : ' : ': '}${url}`;

function textFooter(lang: Lang, f: ReturnType<typeof footer>): string {
  return `--\n${f.text}\n${f.links.map((l) => labelled(lang, l.label, l.url)).join('\n')}\n`;
}

/** RFC 2369 header: mail clients show their own "unsubscribe" button with it. */
function listUnsubscribe(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>` };
}

/** The email of one notification, in the recipient's language, with its category's unsubscribe link. */
export function notificationEmail(to: Recipient, notification: NotificationForEmail, links: EmailLinks): MailMessage {
  const lang = to.locale;
  const content = renderNotification(notification.category, notification.params, lang);
  const hello = lang === 'fr' ? `Bonjour ${to.displayName},` : `Hello ${to.displayName},`;
  const url = `${links.webUrl}${content.path ?? '/notifications'}`;
  const f = footer(lang, links, [notification.category]);
  const text = [hello, content.body, ...(content.details.length ? [content.details.map((d) => `- ${d}`).join('\n')] : []), labelled(lang, content.action, url), textFooter(lang, f)].join('\n\n');
  return {
    to: to.email,
    subject: `Essor – ${content.title}`,
    text,
    html: emailHtml(lang, content.title, [hello, content.body], { label: content.action, url }, { items: content.details, footer: f }),
    headers: listUnsubscribe(links.unsubscribeUrl(notification.category)),
  };
}

/** The daily digest: every notification whose email was held back by the daily limit, one line each. */
export function digestEmail(to: Recipient, notifications: NotificationForEmail[], links: EmailLinks, more = 0): MailMessage {
  const lang = to.locale;
  const fr = lang === 'fr';
  const total = notifications.length + Math.max(0, more);
  const title = fr ? `Votre récapitulatif Essor : ${total} notification${total > 1 ? 's' : ''}` : `Your Essor digest: ${total} notification${total > 1 ? 's' : ''}`;
  const hello = fr ? `Bonjour ${to.displayName},` : `Hello ${to.displayName},`;
  const intro = fr
    ? 'Voici les notifications de la journée que nous ne vous avons pas envoyées une à une.'
    : 'Here are the notifications of the day we did not send you one by one.';
  const lines = notifications.map((n) => {
    const content = renderNotification(n.category, n.params, lang);
    return content.path ? `${content.title} – ${links.webUrl}${content.path}` : content.title;
  });
  if (more > 0) lines.push(fr ? `… et ${more} autre${more > 1 ? 's' : ''}, dans vos notifications` : `… and ${more} more, in your notifications`);
  // Most frequent category first: its link goes into the List-Unsubscribe header.
  const counts = new Map<NotificationCategory, number>();
  for (const n of notifications) counts.set(n.category, (counts.get(n.category) ?? 0) + 1);
  const categories = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const url = `${links.webUrl}/notifications`;
  const action = fr ? 'Ouvrir mes notifications' : 'Open my notifications';
  const f = footer(lang, links, categories);
  return {
    to: to.email,
    subject: `Essor – ${title}`,
    text: [hello, intro, lines.map((l) => `- ${l}`).join('\n'), labelled(lang, action, url), textFooter(lang, f)].join('\n\n'),
    html: emailHtml(lang, title, [hello, intro], { label: action, url }, { items: lines, footer: f }),
    headers: listUnsubscribe(links.unsubscribeUrl(categories[0] ?? 'NEED_MATCHED')),
  };
}
