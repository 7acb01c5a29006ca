import { Module } from '@nestjs/common';
import { NeedAttachmentsController } from './need-attachments.controller';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

/** Buyers' needs: content, lots, lifecycle, versions, visibility, attachments. */
@Module({
  controllers: [NeedAttachmentsController],
  providers: [NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
