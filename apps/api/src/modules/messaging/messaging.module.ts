import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs';
import { MessageAttachmentsController } from './message-attachments.controller';
import { MessagingResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';

/** Buyer ↔ supplier (or consortium) conversations about a need, unread counts, contact details. */
@Module({
  imports: [NeedsModule],
  controllers: [MessageAttachmentsController],
  providers: [MessagingService, MessagingResolver],
  exports: [MessagingService],
})
export class MessagingModule {}
