import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlerRegistry, JobResult } from './job-handler.registry';
import { QueueName } from './queue.constants';

/**
 * Matching and notification fan-out (worker process only). Jobs are idempotent (unique keys in
 * Postgres), so several run at once and a retried or stalled job changes nothing twice.
 */
@Processor(QueueName.MATCHING, { concurrency: 4 })
export class MatchingQueueProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job): Promise<JobResult> {
    return this.registry.run(job.name, job.data, String(job.id));
  }
}
