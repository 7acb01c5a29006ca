/** The password every journey signs up with. */
export const PASSWORD = 'Essor-e2e-Passw0rd!';

/** Escapes a string for use inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fills the {{placeholders}} of an i18n message, as i18next does. */
export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? '');
