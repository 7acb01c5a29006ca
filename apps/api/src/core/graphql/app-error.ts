import { MessageKey } from './messages';

/** The closed list of `extensions.code` values clients can rely on (DESIGN §5). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INELIGIBLE: 'INELIGIBLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  path: string;
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * A business error raised by services. It is translated and mapped to `extensions.code` in one
 * place (`formatGraphqlError`), so services never build GraphQL errors themselves.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly options: {
      params?: Record<string, string | number>;
      fields?: FieldError[];
      reason?: string;
      retryAfterSeconds?: number;
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(messageKey);
  }

  static unauthenticated(key: MessageKey = 'auth.required') {
    return new AppError(ErrorCode.UNAUTHENTICATED, key);
  }
  static forbidden(key: MessageKey = 'auth.forbidden', reason?: string) {
    return new AppError(ErrorCode.FORBIDDEN, key, { reason });
  }
  /** Also used for objects that exist but belong to someone else: existence must not leak. */
  static notFound(entity: string) {
    return new AppError(ErrorCode.NOT_FOUND, 'notFound', { params: { entity } });
  }
  static badInput(fields: FieldError[]) {
    return new AppError(ErrorCode.BAD_USER_INPUT, 'badInput', { fields });
  }
  static conflict(key: MessageKey, params?: Record<string, string | number>) {
    return new AppError(ErrorCode.CONFLICT, key, { params });
  }
  static rateLimited(retryAfterSeconds: number) {
    return new AppError(ErrorCode.RATE_LIMITED, 'rateLimited', { retryAfterSeconds, params: { seconds: retryAfterSeconds } });
  }
}
