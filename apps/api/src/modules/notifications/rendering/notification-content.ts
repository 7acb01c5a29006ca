import { formatMatchReasons, type MatchReason, type MatchReasonLabels } from '@essor/domain';
import { placeByCode, sectorBySlug } from '@essor/reference-data';
import type { NotificationCategory } from '../entities/notification.entity';

export type Lang = 'fr' | 'en';

/**
 * What a notification says, in one language: the same text feeds the in-app list, the email and
 * the daily digest. `params` come from the fan-out (ids and labels as they were when it ran).
 */
export interface NotificationContent {
  /** One line: list title, email subject. */
  title: string;
  /** One paragraph. */
  body: string;
  /** Extra lines (lots with why they matched, saved-search results…). */
  details: string[];
  /** Path in the web app the notification leads to (null: nothing to open). */
  path: string | null;
  /** Label of the link to `path`. */
  action: string;
}

type Params = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const list = (value: unknown): Params[] => (Array.isArray(value) ? value.filter((v): v is Params => typeof v === 'object' && v !== null) : []);
/** French typography puts a (narrow) space before the colon. */
const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');
const idPath = (prefix: string, id: unknown): string | null => (/^[\w-]{1,64}$/.test(str(id)) ? `${prefix}/${str(id)}` : null);

/** A date and time as people in France read it (the deadline is a Paris-time instant). */
export function formatDeadline(iso: unknown, lang: Lang): string {
  const date = new Date(str(iso));
  if (!str(iso) || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
}

function reasonLabels(lang: Lang): MatchReasonLabels {
  return {
    sector: (slug) => {
      const sector = sectorBySlug(slug);
      return (lang === 'en' ? sector?.nameEn : undefined) ?? sector?.nameFr ?? slug;
    },
    place: (kind, code) => placeByCode(kind, code)?.name ?? code,
  };
}

function lotLines(params: Params, lang: Lang): string[] {
  const labels = reasonLabels(lang);
  return list(params.lots).map((lot) => {
    const reasons = Array.isArray(lot.reasons) ? (lot.reasons as MatchReason[]) : [];
    const why = reasons.length > 0 ? formatMatchReasons(reasons, lang, labels) : '';
    const title = str(lot.title);
    const lotName = lang === 'fr' ? `Lot « ${title} »` : `Lot "${title}"`;
    return why ? `${lotName}${colon(lang)}${why}` : lotName;
  });
}

const STATUS_LABELS: Record<string, Record<Lang, string>> = {
  DRAFT: { fr: 'renvoyé en brouillon', en: 'sent back to draft' },
  PENDING_REVIEW: { fr: 'en attente de validation', en: 'waiting for review' },
  PUBLISHED: { fr: 'publié', en: 'published' },
  CLOSED: { fr: 'clos aux réponses', en: 'closed to responses' },
  AWARDED: { fr: 'attribué', en: 'awarded' },
  CANCELLED: { fr: 'annulé', en: 'cancelled' },
};

/** Renders one notification. Unknown or missing params render as empty text, never throw. */
export function renderNotification(category: NotificationCategory, params: Params, lang: Lang): NotificationContent {
  const fr = lang === 'fr';
  const needTitle = str(params.needTitle);
  const q = (s: string) => (fr ? `« ${s} »` : `"${s}"`);
  const needPath = idPath('/besoins', params.needId);
  const openNeed = fr ? 'Voir le besoin' : 'View the need';
  const deadline = formatDeadline(params.deadlineAt, lang);
  switch (category) {
    case 'NEED_MATCHED':
      return {
        title: fr ? `Nouveau besoin pour vous : ${needTitle}` : `New need for you: ${needTitle}`,
        body: [
          fr ? `${str(params.buyerName) || 'Un acheteur'} recherche un fournisseur pour ${q(needTitle)}, qui correspond à votre activité.`
            : `${str(params.buyerName) || 'A buyer'} is looking for a supplier for ${q(needTitle)}, which matches your activity.`,
          deadline ? (fr ? `Réponses attendues avant le ${deadline}.` : `Responses are due by ${deadline}.`) : '',
        ].filter(Boolean).join(' '),
        details: lotLines(params, lang),
        path: needPath,
        action: openNeed,
      };
    case 'NEED_UPDATED':
      return {
        title: fr ? `Besoin modifié : ${needTitle}` : `Need updated: ${needTitle}`,
        body: [
          fr ? `${str(params.buyerName) || "L'acheteur"} a modifié le besoin ${q(needTitle)}${str(params.version) ? ` (version ${str(params.version)})` : ''}. Vérifiez que votre réponse en tient compte.`
            : `${str(params.buyerName) || 'The buyer'} updated the need ${q(needTitle)}${str(params.version) ? ` (version ${str(params.version)})` : ''}. Check that your response takes it into account.`,
          deadline ? (fr ? `Réponses attendues avant le ${deadline}.` : `Responses are due by ${deadline}.`) : '',
        ].filter(Boolean).join(' '),
        details: lotLines(params, lang),
        path: needPath,
        action: openNeed,
      };
    case 'NEED_STATUS': {
      const status = STATUS_LABELS[str(params.status)]?.[lang] ?? str(params.status);
      const reason = str(params.reason);
      return {
        title: fr ? `Besoin ${status} : ${needTitle}` : `Need ${status}: ${needTitle}`,
        body: `${fr ? `Le besoin ${q(needTitle)} est désormais ${status}.` : `The need ${q(needTitle)} is now ${status}.`}${reason ? ` ${fr ? 'Motif' : 'Reason'}${colon(lang)}${reason}` : ''}`,
        details: [],
        path: needPath,
        action: openNeed,
      };
    }
    case 'NEED_INTEREST': {
      const supplier = str(params.supplierName) || (fr ? 'Un fournisseur' : 'A supplier');
      const declined = str(params.interest) === 'DECLINED';
      return {
        title: declined
          ? (fr ? `${supplier} décline : ${needTitle}` : `${supplier} declined: ${needTitle}`)
          : (fr ? `${supplier} est intéressé : ${needTitle}` : `${supplier} is interested: ${needTitle}`),
        body: declined
          ? (fr ? `${supplier} ne répondra pas à votre besoin ${q(needTitle)}.` : `${supplier} will not respond to your need ${q(needTitle)}.`)
          : (fr ? `${supplier} s'est déclaré intéressé par votre besoin ${q(needTitle)}.` : `${supplier} is interested in your need ${q(needTitle)}.`),
        details: [],
        path: needPath,
        action: openNeed,
      };
    }
    case 'NEED_REMINDER':
      return {
        title: fr ? `Rappel : ${needTitle} se termine bientôt` : `Reminder: ${needTitle} closes soon`,
        body: fr
          ? `Le besoin ${q(needTitle)} ne prend plus de réponses après le ${deadline}. Il vous reste peu de temps pour répondre.`
          : `The need ${q(needTitle)} takes no responses after ${deadline}. There is little time left to respond.`,
        details: [],
        path: needPath,
        action: openNeed,
      };
    case 'SAVED_SEARCH': {
      const needs = str(params.target) !== 'SUPPLIERS';
      const total = Number(params.total) || list(params.items).length;
      const name = str(params.name);
      const items = list(params.items);
      return {
        title: fr ? `${total} nouveauté${total > 1 ? 's' : ''} pour votre alerte ${q(name)}` : `${total} new result${total > 1 ? 's' : ''} for your alert ${q(name)}`,
        body: needs
          ? (fr ? `De nouveaux besoins correspondent à votre recherche ${q(name)}.` : `New needs match your search ${q(name)}.`)
          : (fr ? `De nouveaux fournisseurs correspondent à votre recherche ${q(name)}.` : `New suppliers match your search ${q(name)}.`),
        details: [
          ...items.map((item) => `• ${str(item.title)}`),
          ...(total > items.length ? [fr ? `… et ${total - items.length} autre(s)` : `… and ${total - items.length} more`] : []),
        ],
        path: needs ? '/besoins' : '/recherche',
        action: fr ? 'Voir les résultats' : 'View the results',
      };
    }
    case 'RESPONSE': {
      // params: { needId, needTitle, lotTitle, respondentName, event: ResponseEventKind, message? }
      const who = str(params.respondentName) || (fr ? 'Un fournisseur' : 'A supplier');
      const lot = str(params.lotTitle);
      const texts: Record<string, { title: string; body: string }> = fr
        ? {
            SUBMITTED: { title: `Nouvelle réponse : ${needTitle}`, body: `${who} a répondu au lot ${q(lot)} de votre besoin ${q(needTitle)}.` },
            AMENDED: { title: `Réponse modifiée : ${needTitle}`, body: `${who} a modifié sa réponse au lot ${q(lot)}.` },
            WITHDRAWN: { title: `Réponse retirée : ${needTitle}`, body: `${who} a retiré sa réponse au lot ${q(lot)}.` },
            SHORTLISTED: { title: `Votre réponse est présélectionnée : ${needTitle}`, body: `L'acheteur a présélectionné votre réponse au lot ${q(lot)} du besoin ${q(needTitle)}.` },
            AWARDED: { title: `Marché attribué : ${needTitle}`, body: `L'acheteur vous attribue le lot ${q(lot)} du besoin ${q(needTitle)}.` },
            REJECTED: { title: `Réponse non retenue : ${needTitle}`, body: `Votre réponse au lot ${q(lot)} du besoin ${q(needTitle)} n'a pas été retenue.` },
          }
        : {
            SUBMITTED: { title: `New response: ${needTitle}`, body: `${who} responded to lot ${q(lot)} of your need ${q(needTitle)}.` },
            AMENDED: { title: `Response amended: ${needTitle}`, body: `${who} amended its response to lot ${q(lot)}.` },
            WITHDRAWN: { title: `Response withdrawn: ${needTitle}`, body: `${who} withdrew its response to lot ${q(lot)}.` },
            SHORTLISTED: { title: `Your response is shortlisted: ${needTitle}`, body: `The buyer shortlisted your response to lot ${q(lot)} of the need ${q(needTitle)}.` },
            AWARDED: { title: `Contract awarded: ${needTitle}`, body: `The buyer awards you lot ${q(lot)} of the need ${q(needTitle)}.` },
            REJECTED: { title: `Response not selected: ${needTitle}`, body: `Your response to lot ${q(lot)} of the need ${q(needTitle)} was not selected.` },
          };
      const text = texts[str(params.event)] ?? { title: needTitle, body: '' };
      const message = str(params.message);
      return { ...text, details: message ? [message] : [], path: needPath, action: openNeed };
    }
    case 'CONSORTIUM': {
      // params: { consortiumId, consortiumName, needTitle?, lotTitle?, actorName, event: ConsortiumEventKind }
      const name = str(params.consortiumName);
      const actor = str(params.actorName) || (fr ? 'Une structure' : 'A supplier');
      const texts: Record<string, { title: string; body: string }> = fr
        ? {
            INVITED: { title: `Invitation à un groupement : ${name}`, body: `${actor} vous invite à rejoindre le groupement ${q(name)}${needTitle ? ` pour répondre au besoin ${q(needTitle)}` : ''}.` },
            ACCEPTED: { title: `${actor} rejoint ${name}`, body: `${actor} a accepté de rejoindre le groupement ${q(name)}.` },
            DECLINED: { title: `${actor} décline ${name}`, body: `${actor} a décliné l'invitation au groupement ${q(name)}.` },
            LEFT: { title: `${actor} quitte ${name}`, body: `${actor} a quitté le groupement ${q(name)}.` },
            SUBMITTED: { title: `Réponse du groupement envoyée : ${name}`, body: `Le mandataire a envoyé la réponse du groupement ${q(name)}${needTitle ? ` au besoin ${q(needTitle)}` : ''}.` },
            APPLIED: { title: `Candidature à votre appel à partenaires : ${name}`, body: `${actor} propose de rejoindre votre groupement ${q(name)}.` },
            APPLICATION_ACCEPTED: { title: `Candidature acceptée : ${name}`, body: `Vous rejoignez le groupement ${q(name)}.` },
            APPLICATION_REJECTED: { title: `Candidature non retenue : ${name}`, body: `Votre candidature au groupement ${q(name)} n'a pas été retenue.` },
          }
        : {
            INVITED: { title: `Invitation to a consortium: ${name}`, body: `${actor} invites you to join the consortium ${q(name)}${needTitle ? ` to answer the need ${q(needTitle)}` : ''}.` },
            ACCEPTED: { title: `${actor} joins ${name}`, body: `${actor} accepted to join the consortium ${q(name)}.` },
            DECLINED: { title: `${actor} declines ${name}`, body: `${actor} declined the invitation to the consortium ${q(name)}.` },
            LEFT: { title: `${actor} leaves ${name}`, body: `${actor} left the consortium ${q(name)}.` },
            SUBMITTED: { title: `Consortium response sent: ${name}`, body: `The lead sent the response of the consortium ${q(name)}${needTitle ? ` to the need ${q(needTitle)}` : ''}.` },
            APPLIED: { title: `Application to your partner call: ${name}`, body: `${actor} offers to join your consortium ${q(name)}.` },
            APPLICATION_ACCEPTED: { title: `Application accepted: ${name}`, body: `You join the consortium ${q(name)}.` },
            APPLICATION_REJECTED: { title: `Application not accepted: ${name}`, body: `Your application to the consortium ${q(name)} was not accepted.` },
          };
      const text = texts[str(params.event)] ?? { title: name, body: '' };
      return { ...text, details: [], path: idPath('/groupements', params.consortiumId), action: fr ? 'Voir le groupement' : 'View the consortium' };
    }
    case 'MESSAGE': {
      // params: { threadId, needId, needTitle, authorOrganizationName, excerpt }
      const author = str(params.authorOrganizationName);
      return {
        title: fr ? `Message de ${author} : ${needTitle}` : `Message from ${author}: ${needTitle}`,
        body: str(params.excerpt),
        details: [],
        path: idPath('/messages', params.threadId),
        action: fr ? 'Répondre' : 'Reply',
      };
    }
    default: {
      const unknown: never = category;
      return { title: String(unknown), body: '', details: [], path: null, action: '' };
    }
  }
}

/** Display name of a category (preferences, unsubscribe confirmation, digest sections). */
export const CATEGORY_LABELS: Record<NotificationCategory, Record<Lang, string>> = {
  NEED_MATCHED: { fr: 'Nouveaux besoins qui vous correspondent', en: 'New needs that match you' },
  NEED_UPDATED: { fr: 'Modifications des besoins', en: 'Changes to needs' },
  NEED_REMINDER: { fr: 'Rappels avant la date limite', en: 'Reminders before the deadline' },
  NEED_STATUS: { fr: 'Changements de statut des besoins', en: 'Need status changes' },
  NEED_INTEREST: { fr: 'Intérêt des fournisseurs pour vos besoins', en: "Suppliers' interest in your needs" },
  SAVED_SEARCH: { fr: 'Alertes de recherche', en: 'Search alerts' },
  RESPONSE: { fr: 'Réponses et décisions', en: 'Responses and decisions' },
  CONSORTIUM: { fr: 'Groupements et appels à partenaires', en: 'Consortia and partner calls' },
  MESSAGE: { fr: 'Messages', en: 'Messages' },
};
