import type { AppError } from '../errors/app-error';

// Light client-side checks so obvious mistakes are caught without a round trip. The server
// validates everything again and has the last word (its messages are shown the same way).

export type Rule = 'required' | 'email' | 'siretFormat';
export type Translate = (key: string) => string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** SIRET as typed ("807 469 317 00018") → digits only. */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.\-\u00a0]/g, '');
}

export function checkRule(rule: Rule, value: string): string | null {
  switch (rule) {
    case 'required':
      return value ? null : 'validation.required';
    case 'email':
      return value && !EMAIL.test(value) ? 'validation.email' : null;
    case 'siretFormat':
      return value && !/^\d{14}$/.test(normalizeSiret(value)) ? 'validation.siretFormat' : null;
  }
}

/** Returns a BAD_USER_INPUT AppError with translated field messages, or null when all is well. */
export function validate(
  values: Record<string, string>,
  rules: Record<string, Rule[]>,
  t: Translate,
  extra: Record<string, string> = {},
): AppError | null {
  const fields: Record<string, string> = {};
  for (const [name, list] of Object.entries(rules)) {
    for (const rule of list) {
      const key = checkRule(rule, values[name] ?? '');
      if (key) {
        fields[name] = t(key);
        break;
      }
    }
  }
  for (const [name, key] of Object.entries(extra)) if (!fields[name]) fields[name] = t(key);
  if (Object.keys(fields).length === 0) return null;
  return { code: 'BAD_USER_INPUT', messageKey: 'errors.code.BAD_USER_INPUT', fields };
}
