import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs';
import { ResponsesExportController } from './responses-export.controller';
import { ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

/** Responses per lot (supplier side, buyer's list and decisions, exports). Exports ResponsesService.submitAs for consortia. */
@Module({
  imports: [NeedsModule],
  controllers: [ResponsesExportController],
  providers: [ResponsesService, ResponsesResolver],
  exports: [ResponsesService],
})
export class ResponsesModule {}
