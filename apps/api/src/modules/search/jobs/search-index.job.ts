import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { SearchIndexerService } from '../search-indexer.service';

const CHECK_EVERY_MS = 500;

/**
 * Applies the index settings at worker start and indexes the suppliers the outbox reports changed,
 * in every index built from them (suppliers, and their offers in the catalogue index).
 * A job enqueues its Meilisearch tasks and returns: jobs run one at a time, so tasks keep their
 * order, and Meilisearch batches consecutive tasks (waiting on each one made the queue crawl under
 * load, see BENCHMARKS.md). Every task is then checked; a failed one is retried as a new job, and
 * `cli reconcile` repairs what a crash between enqueue and check would miss.
 */
@Injectable()
export class SearchIndexJob implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexJob.name);
  private readonly pending: { uid: number; supplierIds: string[] }[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly indexer: SearchIndexerService,
    @InjectQueue(QueueName.SEARCH) private readonly queue: Queue,
  ) {}

  async onModuleInit() {
    await this.indexer.ensureIndexes();
    this.registry.register(JobName.INDEX_SUPPLIER, async ({ supplierIds }) => {
      const uids = await this.indexer.enqueueSuppliers(supplierIds);
      this.pending.push(...uids.map((uid) => ({ uid, supplierIds })));
      return 'success';
    });
    this.timer = setInterval(() => void this.checkTasks(), CHECK_EVERY_MS);
  }

  /** Checks enqueued tasks in order; re-queues the suppliers of a failed one. */
  async checkTasks(): Promise<void> {
    while (this.pending.length > 0) {
      const next = this.pending[0]!;
      const outcome = await this.indexer.taskOutcome(next.uid).catch((e: Error) => `unreachable: ${e.message}`);
      if (outcome === 'pending' || outcome.startsWith('unreachable')) return;
      this.pending.shift();
      if (outcome !== 'succeeded') {
        this.logger.warn(`search task ${next.uid} ${outcome}; re-indexing ${next.supplierIds.length} supplier(s)`);
        await this.queue.add(JobName.INDEX_SUPPLIER, { supplierIds: next.supplierIds }, { jobId: `retry-task-${next.uid}` });
      }
    }
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    // Give in-flight tasks a moment to be checked before the worker stops.
    const deadline = Date.now() + 5000;
    while (this.pending.length > 0 && Date.now() < deadline) {
      await this.checkTasks();
      if (this.pending.length > 0) await new Promise((r) => setTimeout(r, 200));
    }
  }
}
