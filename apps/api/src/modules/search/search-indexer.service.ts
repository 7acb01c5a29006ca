import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Index, Meilisearch, Task } from 'meilisearch';
import { parisToday } from '@essor/domain';
import { Env } from '../../core/config';
import { MEILI_CLIENT } from './meili.client';
import { toSupplierDocument } from './projections/supplier.projection';
import {
  IndexedDocument, SEARCH_INDEXES, SearchDocuments, SearchIndexDefinition, SearchIndexName, searchIndexDefinition, staleDocumentsFilter,
} from './search-indexes';
import { SupplierScope, SupplierSourceRepository } from './supplier-source.repository';

export type Progress = (done: number, total: number) => void;
/** Suppliers per reindex batch: Meilisearch indexes large batches far faster than many small ones. */
const PAGE = 5000;
/** Suppliers per repair batch: keeps the stale-documents filter of one batch short. */
const REPAIR_BATCH = 500;

export interface DriftReport {
  index: SearchIndexName;
  checked: number;
  missing: string[];
  extra: string[];
  stale: string[];
  repaired: boolean;
}

/**
 * Keeps the Meilisearch indexes (suppliers, offers) equal to Postgres (the source of truth):
 * incremental updates from the outbox, full reindex into a fresh index swapped in atomically, and
 * reconcile. Each index is described by a definition (search-indexes.ts); the logic is shared.
 */
@Injectable()
export class SearchIndexerService {
  private readonly logger = new Logger(SearchIndexerService.name);

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly sources: SupplierSourceRepository,
    private readonly env: Env,
  ) {}

  uid(name: SearchIndexName): string {
    return `${this.env.MEILI_INDEX_PREFIX}${name}`;
  }

  index<N extends SearchIndexName>(name: N): Index<SearchDocuments[N]> {
    return this.meili.index<SearchDocuments[N]>(this.uid(name));
  }

  /** Creates the index if needed and applies the settings of this code version. */
  async ensureIndex(name: SearchIndexName, uid = this.uid(name)): Promise<void> {
    const exists = await this.meili.getIndex(uid).then(() => true, () => false);
    if (!exists) await this.checked(this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask());
    await this.checked(this.meili.index(uid).updateSettings(searchIndexDefinition(name).settings).waitTask());
  }

  async ensureIndexes(): Promise<void> {
    for (const { name } of SEARCH_INDEXES) await this.ensureIndex(name);
  }

  /**
   * Enqueues the Meilisearch tasks that bring these suppliers up to date in every index and returns
   * their uids without waiting: Meilisearch batches consecutive tasks, so the caller checks them later.
   */
  async enqueueSuppliers(ids: readonly string[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    const uids: number[] = [];
    for (const { definition, docs } of await this.build(unique, SEARCH_INDEXES)) uids.push(...(await this.enqueue(definition, unique, docs)));
    return uids;
  }

  /** The same, waiting for Meilisearch: documents of suppliers (or offers) that no longer exist are removed. */
  async indexSuppliers(ids: readonly string[], definitions: readonly SearchIndexDefinition[] = SEARCH_INDEXES): Promise<void> {
    const unique = [...new Set(ids)];
    for (const { definition, docs } of await this.build(unique, definitions)) {
      for (const uid of await this.enqueue(definition, unique, docs)) await this.checked(this.meili.tasks.waitForTask(uid));
    }
  }

  /** The status of an enqueued task: done, still running, or failed (with the reason). */
  async taskOutcome(uid: number): Promise<'succeeded' | 'pending' | string> {
    const task = await this.meili.tasks.getTask(uid);
    if (task.status === 'succeeded') return 'succeeded';
    if (task.status === 'enqueued' || task.status === 'processing') return 'pending';
    return `${task.status}: ${task.error?.message ?? ''}`;
  }

  /**
   * Rebuilds one index into a fresh one, then swaps it with the live index in one Meilisearch
   * task: searches keep answering from the old index until the swap. Returns the documents count.
   */
  async reindex(name: SearchIndexName, progress: Progress = () => undefined): Promise<number> {
    const definition = searchIndexDefinition(name);
    const live = this.uid(name);
    await this.ensureIndex(name, live);
    const fresh = `${live}__build_${Date.now()}`;
    await this.ensureIndex(name, fresh);
    const total = await this.sources.count(definition.scope);
    let suppliers = 0;
    let documents = 0;
    const pending: Promise<Task>[] = [];
    try {
      for await (const ids of this.supplierPages(definition.scope)) {
        const docs = await this.documentsOf(ids, definition);
        if (docs.length) pending.push(this.meili.index(fresh).addDocuments(docs).waitTask({ timeout: 300_000 }));
        suppliers += ids.length;
        documents += docs.length;
        progress(suppliers, total);
        // Bound the number of batches in flight so memory stays flat on large tables.
        if (pending.length >= 4) await this.checked(pending.shift()!);
      }
      for (const task of pending) await this.checked(task);
      await this.checked(this.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask());
    } finally {
      await this.meili.deleteIndexIfExists(fresh).catch((e: unknown) => this.logger.warn(`could not delete ${fresh}: ${String(e)}`));
    }
    return documents;
  }

  /** Compares database and index by id and content hash; repairs the drift when asked. */
  async reconcile(name: SearchIndexName, repair: boolean, progress: Progress = () => undefined): Promise<DriftReport> {
    const definition = searchIndexDefinition(name);
    await this.ensureIndex(name);
    const index = this.meili.index<IndexedDocument>(this.uid(name));
    const indexed = new Map<string, string>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await index.getDocuments({ fields: ['id', 'contentHash'], limit: PAGE, offset });
      for (const d of page.results) indexed.set(d.id, d.contentHash);
      if (page.results.length < PAGE) break;
    }
    const total = await this.sources.count(definition.scope);
    const missing: string[] = [];
    const stale: string[] = [];
    const toRepair = new Set<string>();
    const seen = new Set<string>();
    let suppliers = 0;
    for await (const ids of this.supplierPages(definition.scope)) {
      for (const doc of await this.documentsOf(ids, definition)) {
        seen.add(doc.id);
        const hash = indexed.get(doc.id);
        const drift = hash === undefined ? missing : hash !== doc.contentHash ? stale : null;
        drift?.push(doc.id);
        if (drift) toRepair.add(definition.supplierIdOf(doc));
      }
      suppliers += ids.length;
      progress(suppliers, total);
    }
    const extra = [...indexed.keys()].filter((id) => !seen.has(id));
    if (repair && missing.length + stale.length + extra.length > 0) {
      const ids = [...toRepair];
      for (let i = 0; i < ids.length; i += REPAIR_BATCH) await this.indexSuppliers(ids.slice(i, i + REPAIR_BATCH), [definition]);
      if (extra.length) await this.checked(index.deleteDocuments(extra).waitTask());
    }
    return { index: name, checked: seen.size, missing, extra, stale, repaired: repair };
  }

  /** Builds the documents of these suppliers for the given indexes from one load of their rows. */
  private async build(ids: readonly string[], definitions: readonly SearchIndexDefinition[], today = parisToday()) {
    const sources = await this.sources.load(ids);
    const suppliers = sources.map((s) => toSupplierDocument(s, today));
    return definitions.map((definition) => ({ definition, docs: sources.flatMap((s, i) => definition.documentsOf(s, suppliers[i]!)) }));
  }

  private async documentsOf(ids: readonly string[], definition: SearchIndexDefinition): Promise<IndexedDocument[]> {
    return (await this.build(ids, [definition]))[0]?.docs ?? [];
  }

  /** Enqueues, one after the other (their order matters), the tasks that replace these suppliers' documents. */
  private async enqueue(definition: SearchIndexDefinition, supplierIds: readonly string[], docs: IndexedDocument[]): Promise<number[]> {
    const index = this.meili.index(this.uid(definition.name));
    const uids: number[] = [];
    if (docs.length) uids.push((await index.addDocuments(docs)).taskUid);
    const stale = staleDocumentsFilter(definition, supplierIds, docs);
    if (stale) uids.push((await index.deleteDocuments({ filter: stale })).taskUid);
    return uids;
  }

  /** Supplier ids of a scope, a page at a time in id order. */
  private async *supplierPages(scope: SupplierScope): AsyncGenerator<string[]> {
    let afterId: string | null = null;
    for (;;) {
      const ids = await this.sources.pageOfIds(afterId, PAGE, scope);
      if (ids.length === 0) return;
      afterId = ids[ids.length - 1]!;
      yield ids;
    }
  }

  /** A Meilisearch task that did not succeed is an error (the job retries). */
  private async checked(task: Promise<Task>): Promise<Task> {
    const done = await task;
    if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.type} ${done.status}: ${done.error?.message ?? ''}`);
    return done;
  }
}
