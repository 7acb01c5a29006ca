import { Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { Access } from '../auth/access-policy';
import type { Actor } from '../auth/actor';
import { CurrentActor, Policy } from '../auth/policy.decorator';
import { MAX_FILE_BYTES } from './file-rules';
import { FilesService } from './files.service';
import { RestErrorFilter } from './http-error.filter';
import { toStoredFileJson } from './stored-file.model';
import { UploadOriginGuard } from './upload-origin.guard';
import { sendStoredFile } from './send-stored-file';

/**
 * Upload and download of files (REST: multipart does not go through GraphQL).
 *   POST /files?purpose=STATUS_PROOF|LOGO|OFFER_IMAGE&organizationId=…  (multipart field "file")
 *   GET  /files/:id          members of the owner organisation, or staff (attachment)
 *   GET  /files/:id/public   logos and offer images only, for anyone (inline)
 */
@Controller('files')
@UseFilters(RestErrorFilter)
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  @Policy(Access.AUTHENTICATED)
  @UseGuards(UploadOriginGuard)
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      // Browsers send the file name as raw UTF-8 (not RFC 2231): read it as such, not as latin1.
      defParamCharset: 'utf8',
      // One file, a few small fields: multer stops reading at the first byte over the limit (413).
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 8, headerPairs: 50 },
    }),
  )
  async upload(
    @CurrentActor() actor: Actor,
    @Query('purpose') purpose: string | undefined,
    @Query('organizationId') organizationId: string | undefined,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    const stored = await this.files.upload(actor, { purpose: first(purpose), organizationId: first(organizationId), bytes: file?.buffer, originalName: file?.originalname });
    return toStoredFileJson(stored);
  }

  @Get(':id')
  @Policy(Access.AUTHENTICATED)
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const { file, stream } = await this.files.forDownload(actor, id);
    return sendStoredFile(res, file, stream, 'attachment', 'private, no-store', 'same-site');
  }

  @Get(':id/public')
  @Policy(Access.PUBLIC)
  async publicImage(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const { file, stream } = await this.files.forPublic(id);
    // Images are immutable under their id (a new logo is a new file): cacheable, embeddable anywhere.
    return sendStoredFile(res, file, stream, 'inline', 'public, max-age=86400', 'cross-origin');
  }
}

/** Query strings may repeat a key (`?purpose=a&purpose=b`): only a single value is accepted. */
function first(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
