/** User-facing error messages, French first. Every key must exist in both languages (tested). */
export type Locale = 'fr' | 'en';

const fr = {
  'auth.required': 'Vous devez être connecté·e.',
  'auth.forbidden': "Vous n'avez pas le droit de faire cette action.",
  'auth.invalidCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'auth.emailNotVerified': "Confirmez d'abord votre adresse e-mail.",
  'auth.invalidToken': 'Ce lien est invalide ou a expiré.',
  'auth.staffOnly': "Réservé à l'équipe Essor.",
  'auth.noPolicy': "Cette opération n'a pas de règle d'accès : refusée par défaut.",
  'account.emailTaken': 'Un compte existe déjà avec cette adresse e-mail.',
  'invitation.emailMismatch': "Cette invitation a été envoyée à une autre adresse e-mail.",
  'invitation.alreadyMember': 'Vous êtes déjà membre de cette organisation.',
  'invitation.alreadyUsed': 'Cette invitation a déjà été acceptée.',
  'organization.siretTaken': 'Une organisation existe déjà avec ce SIRET.',
  notFound: 'Introuvable : {entity}.',
  badInput: 'Certaines informations sont invalides.',
  rateLimited: 'Trop de tentatives. Réessayez dans {seconds} secondes.',
  internal: 'Une erreur inattendue est survenue. Réessayez plus tard.',
  'field.required': 'Ce champ est obligatoire.',
  'field.email': 'Adresse e-mail invalide.',
  'field.passwordTooShort': 'Le mot de passe doit contenir au moins {min} caractères.',
  'field.passwordTooLong': 'Le mot de passe doit contenir au plus {max} caractères.',
  'field.tooLong': 'Au plus {max} caractères.',
  'field.siretFormat': 'Le SIRET doit compter 14 chiffres.',
  'field.siretChecksum': "Ce SIRET n'est pas valide (clé de contrôle).",
  'field.regimeRequired': 'Précisez le régime (commande publique ou achat privé).',
  'field.regimeBuyerOnly': 'Le régime ne concerne que les acheteurs.',
  'field.invalid': 'Valeur invalide.',
};

const en: Record<keyof typeof fr, string> = {
  'auth.required': 'You must be logged in.',
  'auth.forbidden': 'You are not allowed to do this.',
  'auth.invalidCredentials': 'Wrong email address or password.',
  'auth.emailNotVerified': 'Please confirm your email address first.',
  'auth.invalidToken': 'This link is invalid or has expired.',
  'auth.staffOnly': 'Essor staff only.',
  'auth.noPolicy': 'This operation declares no access policy: denied by default.',
  'account.emailTaken': 'An account already exists with this email address.',
  'invitation.emailMismatch': 'This invitation was sent to another email address.',
  'invitation.alreadyMember': 'You are already a member of this organisation.',
  'invitation.alreadyUsed': 'This invitation has already been accepted.',
  'organization.siretTaken': 'An organisation with this SIRET already exists.',
  notFound: 'Not found: {entity}.',
  badInput: 'Some of the information is invalid.',
  rateLimited: 'Too many attempts. Try again in {seconds} seconds.',
  internal: 'An unexpected error occurred. Please try again later.',
  'field.required': 'This field is required.',
  'field.email': 'Invalid email address.',
  'field.passwordTooShort': 'The password must be at least {min} characters long.',
  'field.passwordTooLong': 'The password must be at most {max} characters long.',
  'field.tooLong': 'At most {max} characters.',
  'field.siretFormat': 'A SIRET has 14 digits.',
  'field.siretChecksum': 'This SIRET is not valid (check digit).',
  'field.regimeRequired': 'Choose the regime (public procurement or private purchasing).',
  'field.regimeBuyerOnly': 'Only buyers have a regime.',
  'field.invalid': 'Invalid value.',
};

export type MessageKey = keyof typeof fr;
export const messages: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the caller's language from Accept-Language; French unless English is preferred. */
export function localeFromHeader(header: string | undefined): Locale {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
}
