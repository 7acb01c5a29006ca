import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from './queue.constants';

export type JobResult = 'success' | 'skipped';
type Handler<N extends JobName> = (payload: JobPayloads[N], jobId: string) => Promise<JobResult>;

/**
 * Feature modules register the handler of each job they own; the queue processors (worker
 * process only) dispatch to them by job name. Handlers stay thin and call a service.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, Handler<JobName>>();

  register<N extends JobName>(name: N, handler: Handler<N>): void {
    if (this.handlers.has(name)) throw new Error(`job handler already registered: ${name}`);
    this.handlers.set(name, handler as unknown as Handler<JobName>);
  }

  async run(name: string, payload: unknown, jobId: string): Promise<JobResult> {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new Error(`no handler for job ${name}`);
    return handler(payload as JobPayloads[JobName], jobId);
  }
}
