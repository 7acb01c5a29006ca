import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobPayloads } from './queue.constants';

export type JobResult = 'success' | 'skipped';
type Handler<N extends JobName> = (payload: JobPayloads[N], jobId: string) => Promise<JobResult>;
/** Scheduled jobs evaluated at an instant: `at` in the payload (tests), else now. */
type ScheduledJobName = { [N in JobName]: JobPayloads[N] extends { at?: string } ? N : never }[JobName];

/**
 * Feature modules register the handler of each job they own; the queue processors (worker
 * process only) dispatch to them by job name. Handlers stay thin and call a service.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, Handler<JobName>>();
  private readonly logger = new Logger(JobHandlerRegistry.name);

  register<N extends JobName>(name: N, handler: Handler<N>): void {
    if (this.handlers.has(name)) throw new Error(`job handler already registered: ${name}`);
    this.handlers.set(name, handler as unknown as Handler<JobName>);
  }

  /** A scheduled job's handler, given the instant to evaluate; a payload whose `at` is not an instant is skipped. */
  registerScheduled<N extends ScheduledJobName>(name: N, handler: (at: Date) => Promise<JobResult>): void {
    this.register(name, (payload) => {
      const raw = (payload as { at?: string } | undefined)?.at;
      const at = raw === undefined ? new Date() : new Date(raw);
      if (!Number.isNaN(at.getTime())) return handler(at);
      this.logger.warn(`${name}: ignoring invalid instant ${String(raw)}`);
      return Promise.resolve('skipped');
    });
  }

  async run(name: string, payload: unknown, jobId: string): Promise<JobResult> {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new Error(`no handler for job ${name}`);
    return handler(payload as JobPayloads[JobName], jobId);
  }
}
