import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { FilesService, RestErrorFilter, sendStoredFile } from '../../core/files';
import { MessagingService } from './messaging.service';

/** GET /messages/:threadId/attachments/:fileId — for the organisations of the thread. */
@Controller('messages')
@UseFilters(RestErrorFilter)
export class MessageAttachmentsController {
  constructor(
    private readonly messaging: MessagingService,
    private readonly files: FilesService,
  ) {}

  @Get(':threadId/attachments/:fileId')
  @Policy(Access.AUTHENTICATED)
  async download(@CurrentActor() actor: Actor, @Param('threadId') threadId: string, @Param('fileId') fileId: string, @Res({ passthrough: true }) res: Response) {
    const file = await this.messaging.readableAttachment(actor, threadId, fileId);
    return sendStoredFile(res, file, await this.files.open(file), 'attachment', 'private, no-store', 'same-site');
  }
}
