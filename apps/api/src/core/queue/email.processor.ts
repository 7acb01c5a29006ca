import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobHandlerRegistry, JobResult } from './job-handler.registry';
import { QueueName } from './queue.constants';

/** Runs in the worker process only. Graceful shutdown: Nest closes the worker, which drains. */
@Processor(QueueName.EMAIL, { concurrency: 5 })
export class EmailQueueProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailQueueProcessor.name);

  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job): Promise<JobResult> {
    return this.registry.run(job.name, job.data, String(job.id));
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error) {
    this.logger.warn(`job ${job?.name}#${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
  }
}
