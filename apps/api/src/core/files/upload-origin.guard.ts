import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Env } from '../config/env';
import { AppError, ErrorCode } from '../graphql/app-error';

/**
 * CSRF protection of the upload endpoint (Apollo's CSRF prevention covers /graphql only): the
 * request must be multipart/form-data, and a browser's `Origin`, when sent, must be one of the
 * web app's origins. Runs before multer reads the body.
 */
@Injectable()
export class UploadOriginGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(env: Env) {
    this.allowed = new Set([...env.corsOrigins, new URL(env.WEB_URL).origin]);
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const contentType = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'file.multipartRequired', { reason: 'MULTIPART_REQUIRED' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !this.allowed.has(origin)) throw AppError.forbidden('file.originNotAllowed', 'ORIGIN_NOT_ALLOWED');
    return true;
  }
}
