import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlerRegistry, JobResult } from './job-handler.registry';
import { QueueName } from './queue.constants';

/** Search index jobs (worker process only). One at a time keeps Meilisearch tasks in order. */
@Processor(QueueName.SEARCH, { concurrency: 1 })
export class SearchQueueProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job): Promise<JobResult> {
    return this.registry.run(job.name, job.data, String(job.id));
  }
}
