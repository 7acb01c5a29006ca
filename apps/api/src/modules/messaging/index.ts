export { MessagingModule } from './messaging.module';
export { MessagingJobsModule } from './messaging-jobs.module';
export { MessagingService } from './messaging.service';
export { MessageEntity, MessageThreadEntity, MessageThreadReadEntity } from './entities/message.entity';
