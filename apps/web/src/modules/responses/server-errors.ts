// Errors of the response, consortium and message mutations that the shared toAppError does not
// keep: the INELIGIBLE code (RES-08 / reserved lots) with its reasons, and full field paths
// ("subcontractors.1.sharePercent") so an error lands on the right row. Pure, unit-tested.
import { toAppError, type AppError, type CombinedErrorLike } from '../../shared/errors/app-error';

export interface IneligibleReason {
  code: string;
  message: string;
  organizationId: string | null;
}

export interface Ineligible {
  /** The server's sentence (already in the caller's language). */
  message: string;
  reasons: IneligibleReason[];
}

/** The INELIGIBLE refusal of a submission, with its reasons; null for any other error. */
export function ineligibleOf(error: CombinedErrorLike | null | undefined): Ineligible | null {
  const first = (error?.graphQLErrors ?? []).find((e) => e.extensions?.['code'] === 'INELIGIBLE');
  if (!first) return null;
  const raw = first.extensions?.['reasons'];
  const reasons: IneligibleReason[] = [];
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      if (typeof record['message'] !== 'string') continue;
      reasons.push({
        code: typeof record['code'] === 'string' ? record['code'] : '',
        message: record['message'],
        organizationId: typeof record['organizationId'] === 'string' ? record['organizationId'] : null,
      });
    }
  }
  return { message: first.message, reasons };
}

/** Lists whose items are checked one by one on the server but shown as one field. */
const LIST_FIELDS = new Set(['attachmentFileIds']);

/**
 * A server field path → the form's field key: "input.subcontractors.1.sharePercent" →
 * "subcontractors-1-sharePercent", "answers.0" → "answers-0", "attachmentFileIds.2" →
 * "attachmentFileIds", "priceEur" → "priceEur". A leading "input" is the argument's name.
 */
export function formFieldKey(path: unknown): string | null {
  let segments: string[];
  if (Array.isArray(path)) segments = path.map(String);
  else if (typeof path === 'string') segments = path.split(/[./]/);
  else return null;
  segments = segments.map((s) => s.trim()).filter(Boolean);
  if (segments[0] === 'input') segments.shift();
  const [first] = segments;
  if (!first) return null;
  if (LIST_FIELDS.has(first)) return first;
  return segments.join('-');
}

/**
 * The AppError of a mutation, its field messages keyed like the form's fields (see formFieldKey).
 * INELIGIBLE is not a code the shared mapping knows: read it with ineligibleOf first.
 */
export function formError(error: CombinedErrorLike | null | undefined): AppError | null {
  const app = toAppError(error);
  if (!app) return null;
  const fields: Record<string, string> = {};
  for (const gqlError of error?.graphQLErrors ?? []) {
    const list = gqlError.extensions?.['fields'];
    if (gqlError.extensions?.['code'] !== 'BAD_USER_INPUT' || !Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const key = formFieldKey(record['path'] ?? record['field']);
      const message = typeof record['message'] === 'string' ? record['message'] : gqlError.message;
      if (key && !(key in fields)) fields[key] = message;
    }
  }
  return Object.keys(fields).length > 0 ? { ...app, fields } : app;
}
