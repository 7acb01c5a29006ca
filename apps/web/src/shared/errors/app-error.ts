// Pure mapping from a GraphQL/urql error to something the UI can render. No React, no urql import:
// it works on the structural shape of urql's CombinedError so it can be unit-tested in isolation.

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ServerErrorCode = (typeof ERROR_CODES)[number];
/** NETWORK: the API could not be reached or answered something that is not GraphQL. */
export type AppErrorCode = ServerErrorCode | 'NETWORK';

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export interface CombinedErrorLike {
  networkError?: unknown;
  graphQLErrors?: readonly GraphQLErrorLike[];
}

export interface AppError {
  code: AppErrorCode;
  /** i18n key of the translated, code-level message. */
  messageKey: string;
  /** Server message (already in the user's locale, the client sends Accept-Language). */
  serverMessage?: string;
  /** extensions.reason, e.g. EMAIL_NOT_VERIFIED for FORBIDDEN. */
  reason?: string;
  /** Field-level messages for BAD_USER_INPUT, keyed by the input field name ("siret", "email"…). */
  fields: Record<string, string>;
  /** Seconds to wait, when the server says so (RATE_LIMITED). */
  retryAfter?: number;
}

/** Reasons that have their own translated message (errors.reason.<REASON>). */
export const KNOWN_REASONS = ['EMAIL_NOT_VERIFIED'] as const;

export function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Normalises a field path to the input field name: "siret", "input.siret", ["input", "siret"]
 * and "input/siret" all become "siret". Returns null when there is nothing usable.
 */
export function fieldName(path: unknown): string | null {
  let segments: string[] = [];
  if (Array.isArray(path)) segments = path.map((p) => String(p));
  else if (typeof path === 'string') segments = path.split(/[./]/);
  else return null;
  const cleaned = segments.map((s) => s.trim()).filter((s) => s !== '' && !/^\d+$/.test(s));
  return cleaned.length > 0 ? (cleaned[cleaned.length - 1] ?? null) : null;
}

function collectFields(errors: readonly GraphQLErrorLike[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const ext = error.extensions ?? {};
    if (ext['code'] !== 'BAD_USER_INPUT') continue;
    const list = ext['fields'];
    if (Array.isArray(list)) {
      for (const item of list) {
        if (!item || typeof item !== 'object') continue;
        const record = item as Record<string, unknown>;
        const name = fieldName(record['path'] ?? record['field']);
        const message = typeof record['message'] === 'string' ? record['message'] : error.message;
        if (name && !(name in fields)) fields[name] = message;
      }
    }
    // Single-field form: extensions.field = "siret", the message is the error's own.
    const single = fieldName(ext['field']);
    if (single && !(single in fields)) fields[single] = error.message;
  }
  return fields;
}

export function toAppError(error: CombinedErrorLike | null | undefined): AppError | null {
  if (!error) return null;
  const gqlErrors = error.graphQLErrors ?? [];
  if (gqlErrors.length === 0) {
    if (error.networkError) return { code: 'NETWORK', messageKey: 'errors.code.NETWORK', fields: {} };
    return null;
  }
  const first = gqlErrors[0] as GraphQLErrorLike;
  const ext = first.extensions ?? {};
  const rawCode = ext['code'];
  const code: ServerErrorCode = isServerErrorCode(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR';
  const reason = typeof ext['reason'] === 'string' ? ext['reason'] : undefined;
  const retryAfterRaw = ext['retryAfter'] ?? ext['retryAfterSeconds'];
  const retryAfter =
    typeof retryAfterRaw === 'number' && Number.isFinite(retryAfterRaw) && retryAfterRaw > 0
      ? Math.ceil(retryAfterRaw)
      : undefined;

  const messageKey =
    reason && (KNOWN_REASONS as readonly string[]).includes(reason)
      ? `errors.reason.${reason}`
      : `errors.code.${code}`;

  const result: AppError = { code, messageKey, fields: collectFields(gqlErrors) };
  // Never surface an internal error's text; other server messages are user-facing and localised.
  if (code !== 'INTERNAL_SERVER_ERROR' && first.message) result.serverMessage = first.message;
  if (reason) result.reason = reason;
  if (retryAfter !== undefined) result.retryAfter = retryAfter;
  return result;
}

export function hasCode(error: CombinedErrorLike | null | undefined, code: ServerErrorCode): boolean {
  return (error?.graphQLErrors ?? []).some((e) => e.extensions?.['code'] === code);
}
