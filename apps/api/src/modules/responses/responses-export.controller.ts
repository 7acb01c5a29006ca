import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { FilesService, RestErrorFilter, sendStoredFile } from '../../core/files';
import type { ExportFormat } from './models/response.models';
import { ResponsesService } from './responses.service';

/**
 * GET /needs/:needId/responses.csv|.xlsx — the need's responses, for its buyer's members;
 * GET /needs/:needId/responses/:responseId/attachments/:fileId — for the respondent and the buyer.
 */
@Controller('needs')
@UseFilters(RestErrorFilter)
export class ResponsesExportController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly files: FilesService,
  ) {}

  @Get(':needId/responses.csv')
  @Policy(Access.AUTHENTICATED)
  csv(@CurrentActor() actor: Actor, @Param('needId') needId: string, @Res({ passthrough: true }) res: Response) {
    return this.send(actor, needId, 'CSV', res);
  }

  @Get(':needId/responses.xlsx')
  @Policy(Access.AUTHENTICATED)
  xlsx(@CurrentActor() actor: Actor, @Param('needId') needId: string, @Res({ passthrough: true }) res: Response) {
    return this.send(actor, needId, 'XLSX', res);
  }

  @Get(':needId/responses/:responseId/attachments/:fileId')
  @Policy(Access.AUTHENTICATED)
  async attachment(
    @CurrentActor() actor: Actor, @Param('needId') needId: string, @Param('responseId') responseId: string, @Param('fileId') fileId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.responses.readableAttachment(actor, needId, responseId, fileId);
    return sendStoredFile(res, file, await this.files.open(file), 'attachment', 'private, no-store', 'same-site');
  }

  private async send(actor: Actor, needId: string, format: ExportFormat, res: Response) {
    const file = await this.responses.exportFile(actor, needId, format);
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    return new StreamableFile(file.body, { type: file.mimeType, disposition: `attachment; filename="${file.fileName}"`, length: file.body.length });
  }
}
