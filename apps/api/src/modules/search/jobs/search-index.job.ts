import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '../../../core/queue';
import { SearchSourceName, StaleDeletions } from '../search-indexes';
import { SearchIndexerService } from '../search-indexer.service';

const CHECK_EVERY_MS = 500;
/** Stale-document deletions of the jobs are merged and enqueued this often (or past this many units). */
const STALE_EVERY_MS = 1000;
const STALE_MAX_UNITS = 500;

/** The job that (re)indexes units of each source, and its payload. */
const RETRY: Record<SearchSourceName, (ids: string[]) => { name: JobName; data: object }> = {
  suppliers: (supplierIds) => ({ name: JobName.INDEX_SUPPLIER, data: { supplierIds } }),
  needs: (needIds) => ({ name: JobName.INDEX_NEED, data: { needIds } }),
};

/**
 * Applies the index settings at worker start and indexes what the outbox reports changed, in every
 * index built from it: suppliers (the suppliers index, and their offers in the catalogue index) and
 * needs (the public needs index: a need that is no longer published and public leaves it).
 * A job enqueues its Meilisearch tasks and returns: jobs run one at a time, so tasks keep their
 * order, and Meilisearch batches consecutive tasks (waiting on each one made the queue crawl under
 * load, see BENCHMARKS.md). Every task is then checked; a failed one is retried as a new job, and
 * `cli reconcile` repairs what a crash between enqueue and check would miss.
 * The deletions of stale documents (an offer removed, a need closed) are merged across jobs and
 * enqueued about once a second (StaleDeletions): one per job kept Meilisearch from batching.
 */
@Injectable()
export class SearchIndexJob implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexJob.name);
  private readonly pending: { uid: number; source: SearchSourceName; ids: string[] }[] = [];
  private readonly stale = new StaleDeletions();
  private lastStaleFlush = Date.now();
  /** Jobs and stale flushes run one at a time: a unit's deletion must be enqueued after its latest addition. */
  private chain: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly indexer: SearchIndexerService,
    @InjectQueue(QueueName.SEARCH) private readonly queue: Queue,
  ) {}

  async onModuleInit() {
    await this.indexer.ensureIndexes();
    this.registry.register(JobName.INDEX_SUPPLIER, ({ supplierIds }) => this.enqueue('suppliers', supplierIds));
    this.registry.register(JobName.INDEX_NEED, ({ needIds }) => this.enqueue('needs', needIds));
    this.timer = setInterval(() => void this.checkTasks(), CHECK_EVERY_MS);
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private enqueue(source: SearchSourceName, ids: string[]): Promise<'success'> {
    return this.exclusive(async () => {
      const uids = await this.indexer.enqueueUnits(source, ids, { deferStale: this.stale });
      this.pending.push(...uids.map((uid) => ({ uid, source, ids })));
      if (this.stale.units >= STALE_MAX_UNITS) await this.flushStale();
      return 'success' as const;
    });
  }

  /** Enqueues the merged stale-document deletions (inside `exclusive`). */
  private async flushStale(): Promise<void> {
    this.lastStaleFlush = Date.now();
    this.pending.push(...(await this.indexer.enqueueStaleDeletions(this.stale)));
  }

  /** Checks enqueued tasks in order; re-queues the units of a failed one. */
  async checkTasks(): Promise<void> {
    if (this.stale.units > 0 && Date.now() - this.lastStaleFlush >= STALE_EVERY_MS) {
      await this.exclusive(() => this.flushStale()).catch((e: Error) => this.logger.warn(`stale deletions not enqueued yet: ${e.message}`));
    }
    while (this.pending.length > 0) {
      const next = this.pending[0]!;
      const outcome = await this.indexer.taskOutcome(next.uid).catch((e: Error) => `unreachable: ${e.message}`);
      if (outcome === 'pending' || outcome.startsWith('unreachable')) return;
      this.pending.shift();
      if (outcome !== 'succeeded') {
        this.logger.warn(`search task ${next.uid} ${outcome}; re-indexing ${next.ids.length} ${next.source}`);
        const retry = RETRY[next.source](next.ids);
        await this.queue.add(retry.name, retry.data, { jobId: `retry-task-${next.uid}` });
      }
    }
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    if (this.stale.units > 0) await this.exclusive(() => this.flushStale()).catch((e: Error) => this.logger.warn(`stale deletions lost at shutdown (reconcile repairs them): ${e.message}`));
    // Give in-flight tasks a moment to be checked before the worker stops.
    const deadline = Date.now() + 5000;
    while (this.pending.length > 0 && Date.now() < deadline) {
      await this.checkTasks();
      if (this.pending.length > 0) await new Promise((r) => setTimeout(r, 200));
    }
  }
}
