import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Index, Meilisearch, Task } from 'meilisearch';
import { parisToday } from '@essor/domain';
import { Env } from '../../core/config';
import { SUPPLIER_INDEX, SUPPLIER_INDEX_SETTINGS } from './indexes/supplier.index';
import { MEILI_CLIENT } from './meili.client';
import { SupplierDocument, toSupplierDocument } from './projections/supplier.projection';
import { SupplierSourceRepository } from './supplier-source.repository';

export type Progress = (done: number, total: number) => void;
/** Documents per reindex batch: Meilisearch indexes large batches far faster than many small ones. */
const PAGE = 5000;

export interface DriftReport {
  checked: number;
  missing: string[];
  extra: string[];
  stale: string[];
  repaired: boolean;
}

/**
 * Keeps the Meilisearch suppliers index equal to Postgres (the source of truth): incremental
 * updates from the outbox, full reindex into a fresh index swapped in atomically, and reconcile.
 */
@Injectable()
export class SearchIndexerService {
  private readonly logger = new Logger(SearchIndexerService.name);

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly sources: SupplierSourceRepository,
    private readonly env: Env,
  ) {}

  get supplierIndexName(): string {
    return `${this.env.MEILI_INDEX_PREFIX}${SUPPLIER_INDEX}`;
  }

  suppliersIndex(): Index<SupplierDocument> {
    return this.meili.index<SupplierDocument>(this.supplierIndexName);
  }

  /** Creates the index if needed and applies the settings of this code version. */
  async ensureIndex(uid = this.supplierIndexName): Promise<void> {
    const exists = await this.meili.getIndex(uid).then(() => true, () => false);
    if (!exists) await this.checked(this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask());
    await this.checked(this.meili.index(uid).updateSettings(SUPPLIER_INDEX_SETTINGS).waitTask());
  }

  /** Builds the documents of these suppliers now (today's eligibility). */
  async documents(ids: readonly string[], today = parisToday()): Promise<SupplierDocument[]> {
    const sources = await this.sources.load(ids);
    return sources.map((s) => toSupplierDocument(s, today));
  }

  /**
   * Enqueues the Meilisearch tasks that bring these suppliers up to date and returns their uids
   * without waiting: Meilisearch batches consecutive tasks, so the caller checks them later.
   */
  async enqueueSuppliers(ids: readonly string[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    const docs = await this.documents(unique);
    const found = new Set(docs.map((d) => d.id));
    const gone = unique.filter((id) => !found.has(id));
    const index = this.suppliersIndex();
    const uids: number[] = [];
    if (docs.length) uids.push((await index.addDocuments(docs)).taskUid);
    if (gone.length) uids.push((await index.deleteDocuments(gone)).taskUid);
    return uids;
  }

  /** The status of an enqueued task: done, still running, or failed (with the reason). */
  async taskOutcome(uid: number): Promise<'succeeded' | 'pending' | string> {
    const task = await this.meili.tasks.getTask(uid);
    if (task.status === 'succeeded') return 'succeeded';
    if (task.status === 'enqueued' || task.status === 'processing') return 'pending';
    return `${task.status}: ${task.error?.message ?? ''}`;
  }

  /** Upserts the given suppliers and waits for Meilisearch; ids that are no longer suppliers are removed. */
  async indexSuppliers(ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
    const unique = [...new Set(ids)];
    const docs = await this.documents(unique);
    const found = new Set(docs.map((d) => d.id));
    const gone = unique.filter((id) => !found.has(id));
    const index = this.suppliersIndex();
    if (docs.length) await this.checked(index.addDocuments(docs).waitTask());
    if (gone.length) await this.checked(index.deleteDocuments(gone).waitTask());
    return { upserted: docs.length, deleted: gone.length };
  }

  /**
   * Rebuilds the whole index into a fresh one, then swaps it with the live index in one
   * Meilisearch task: searches keep answering from the old index until the swap.
   */
  async reindexAll(progress: Progress = () => undefined): Promise<number> {
    const live = this.supplierIndexName;
    await this.ensureIndex(live);
    const fresh = `${live}__build_${Date.now()}`;
    await this.ensureIndex(fresh);
    const total = await this.sources.count();
    let done = 0;
    let afterId: string | null = null;
    const pending: Promise<Task>[] = [];
    try {
      for (;;) {
        const ids = await this.sources.pageOfIds(afterId, PAGE);
        if (ids.length === 0) break;
        afterId = ids[ids.length - 1]!;
        pending.push(this.meili.index(fresh).addDocuments(await this.documents(ids)).waitTask({ timeout: 300_000 }));
        done += ids.length;
        progress(done, total);
        // Bound the number of batches in flight so memory stays flat on large tables.
        if (pending.length >= 4) await this.checked(pending.shift()!);
      }
      for (const task of pending) await this.checked(task);
      await this.checked(this.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask());
    } finally {
      await this.meili.deleteIndexIfExists(fresh).catch((e: unknown) => this.logger.warn(`could not delete ${fresh}: ${String(e)}`));
    }
    return done;
  }

  /** Compares database and index by id and content hash; repairs the drift when asked. */
  async reconcile(repair: boolean, progress: Progress = () => undefined): Promise<DriftReport> {
    await this.ensureIndex();
    const indexed = new Map<string, string>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.suppliersIndex().getDocuments({ fields: ['id', 'contentHash'], limit: PAGE, offset });
      for (const d of page.results) indexed.set(d.id, d.contentHash);
      if (page.results.length < PAGE) break;
    }
    const total = await this.sources.count();
    const missing: string[] = [];
    const stale: string[] = [];
    const seen = new Set<string>();
    let afterId: string | null = null;
    for (;;) {
      const ids = await this.sources.pageOfIds(afterId, PAGE);
      if (ids.length === 0) break;
      afterId = ids[ids.length - 1]!;
      for (const doc of await this.documents(ids)) {
        seen.add(doc.id);
        const hash = indexed.get(doc.id);
        if (hash === undefined) missing.push(doc.id);
        else if (hash !== doc.contentHash) stale.push(doc.id);
      }
      progress(seen.size, total);
    }
    const extra = [...indexed.keys()].filter((id) => !seen.has(id));
    if (repair && missing.length + stale.length + extra.length > 0) {
      for (let i = 0; i < missing.length + stale.length; i += PAGE) await this.indexSuppliers([...missing, ...stale].slice(i, i + PAGE));
      if (extra.length) await this.checked(this.suppliersIndex().deleteDocuments(extra).waitTask());
    }
    return { checked: seen.size, missing, extra, stale, repaired: repair };
  }

  /** A Meilisearch task that did not succeed is an error (the job retries). */
  private async checked(task: Promise<Task>): Promise<Task> {
    const done = await task;
    if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.type} ${done.status}: ${done.error?.message ?? ''}`);
    return done;
  }
}
