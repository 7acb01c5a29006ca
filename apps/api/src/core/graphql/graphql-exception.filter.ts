import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { AppError, ErrorCode } from './app-error';
import { localeFromHeader, Locale, translate } from './messages';
import type { Actor } from '../auth/actor';

/**
 * The one place where errors become GraphQL errors: AppError codes map to `extensions.code` with a
 * message in the caller's language; anything unexpected is logged and answered as a generic
 * INTERNAL_SERVER_ERROR (never a stack trace, never the raw message).
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw exception; // REST controllers keep Nest's handling
    const req = GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req;
    const locale = requestLocale(req);
    if (exception instanceof AppError) return toGraphqlError(exception, locale);
    if (exception instanceof HttpException && exception.getStatus() === 401) return toGraphqlError(AppError.unauthenticated(), locale);
    if (exception instanceof HttpException && exception.getStatus() === 403) return toGraphqlError(AppError.forbidden(), locale);
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError(translate(locale, 'internal'), { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
}

export function requestLocale(req: Request | undefined): Locale {
  const actor = req?.user as Actor | null | undefined;
  return actor?.locale ?? localeFromHeader(req?.headers['accept-language']);
}

export function toGraphqlError(error: AppError, locale: Locale): GraphQLError {
  const { fields, reason, retryAfterSeconds, details, params } = error.options;
  return new GraphQLError(translate(locale, error.messageKey, params), {
    extensions: {
      code: error.code,
      ...(reason ? { reason } : {}),
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
      ...(details ?? {}),
      ...(fields ? { fields: fields.map((f) => ({ path: f.path, message: translate(locale, f.messageKey, f.params) })) } : {}),
    },
  });
}
