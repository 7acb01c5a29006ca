import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../graphql/app-error';
import { requestLocale } from '../graphql/graphql-exception.filter';
import { translate } from '../graphql/messages';
import { fileTooLarge } from './files.service';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INELIGIBLE: HttpStatus.UNPROCESSABLE_ENTITY,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};
const STATUS_BY_REASON: Record<string, number> = {
  FILE_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  MULTIPART_REQUIRED: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * REST errors of the files endpoints as clean JSON, in the caller's language:
 * `{ statusCode, code, reason?, message, fields? }` with the same codes as GraphQL errors.
 * Multer's errors (size limit, malformed multipart) become 413/400; anything unexpected is
 * logged and answered as a generic 500 without details.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('REST');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const error = toAppError(exception);
    if (!error) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const appError = error ?? new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'internal');
    const locale = requestLocale(req);
    const { reason, fields, params, details } = appError.options;
    const status = (reason && STATUS_BY_REASON[reason]) || STATUS[appError.code];
    if (res.headersSent) return void res.end();
    res.removeHeader('Content-Disposition');
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .json({
        statusCode: status,
        code: appError.code,
        ...(reason ? { reason } : {}),
        message: translate(locale, appError.messageKey, params),
        ...(details ?? {}),
        ...(fields ? { fields: fields.map((f) => ({ path: f.path, message: translate(locale, f.messageKey, f.params) })) } : {}),
      });
  }
}

function toAppError(exception: unknown): AppError | null {
  if (exception instanceof AppError) return exception;
  if (!(exception instanceof HttpException)) return null;
  switch (exception.getStatus()) {
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return fileTooLarge();
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return new AppError(ErrorCode.BAD_USER_INPUT, 'file.multipartRequired', { reason: 'MULTIPART_REQUIRED' });
    case HttpStatus.UNAUTHORIZED:
      return AppError.unauthenticated();
    case HttpStatus.FORBIDDEN:
      return AppError.forbidden();
    case HttpStatus.NOT_FOUND:
      return AppError.notFound('file');
    default:
      return exception.getStatus() < 500 ? new AppError(ErrorCode.BAD_USER_INPUT, 'file.invalidUpload', { reason: 'INVALID_UPLOAD' }) : null;
  }
}
