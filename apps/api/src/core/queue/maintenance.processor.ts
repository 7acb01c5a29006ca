import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlerRegistry, JobResult } from './job-handler.registry';
import { QueueName } from './queue.constants';

/** Scheduled housekeeping jobs (worker process only), dispatched to the feature handlers. */
@Processor(QueueName.MAINTENANCE, { concurrency: 1 })
export class MaintenanceQueueProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job): Promise<JobResult> {
    return this.registry.run(job.name, job.data, String(job.id));
  }
}
