export { EmailQueueProcessor } from './email.processor';
export { MaintenanceQueueProcessor } from './maintenance.processor';
export { MatchingQueueProcessor } from './matching.processor';
export { SearchQueueProcessor } from './search.processor';
export { JobHandlerRegistry } from './job-handler.registry';
export type { JobResult } from './job-handler.registry';
export { DEFAULT_JOB_OPTIONS, JobName, OUTBOX_ROUTES, OutboxEventType, QueueName } from './queue.constants';
export type { ConsortiumEventKind, JobPayloads, NeedEventKind, ResponseEventKind } from './queue.constants';
export { QueueModule, redisConnectionOptions } from './queue.module';
