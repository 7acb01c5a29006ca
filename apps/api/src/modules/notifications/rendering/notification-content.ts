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
};
