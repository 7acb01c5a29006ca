import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { FilesService, RestErrorFilter, sendStoredFile } from '../../core/files';
import { NeedsService } from './needs.service';

/** GET /needs/:needId/attachments/:fileId — for whoever may read the need (the file's owner is the buyer). */
@Controller('needs')
@UseFilters(RestErrorFilter)
export class NeedAttachmentsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly files: FilesService,
  ) {}

  @Get(':needId/attachments/:fileId')
  @Policy(Access.AUTHENTICATED)
  async download(@CurrentActor() actor: Actor, @Param('needId') needId: string, @Param('fileId') fileId: string, @Res({ passthrough: true }) res: Response) {
    const file = await this.needs.readableAttachment(actor, needId, fileId);
    return sendStoredFile(res, file, await this.files.open(file), 'attachment', 'private, no-store', 'same-site');
  }
}
