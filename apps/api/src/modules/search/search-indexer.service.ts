import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Index, Meilisearch, Task } from 'meilisearch';
import { parisToday } from '@essor/domain';
import { Env } from '../../core/config';
import { MEILI_CLIENT } from './meili.client';
import { NeedSourceRepository } from './need-source.repository';
import { toSupplierDocument } from './projections/supplier.projection';
import {
  IndexedDocument, indexesOf, SEARCH_INDEXES, SearchDocuments, SearchIndexDefinition, SearchIndexName, searchIndexDefinition, SearchSourceName, SearchSources,
  StaleDeletions, staleDocumentsFilter,
} from './search-indexes';
import { SupplierSourceRepository } from './supplier-source.repository';

export type Progress = (done: number, total: number) => void;
/** Units (suppliers, needs) per reindex batch: Meilisearch indexes large batches far faster than many small ones. */
const PAGE = 5000;
/**
 * Documents a reindex keeps enqueued in Meilisearch. Meilisearch merges the tasks waiting when it
 * starts a batch, and each batch has a cost proportional to the whole index (it rewrites the geo
 * R-tree): ~8 tasks waiting gives batches of ~40,000 documents (5 at 200,000 suppliers, not 20).
 */
const IN_FLIGHT_DOCUMENTS = 50_000;
/** Units per repair batch: keeps the stale-documents filter of one batch short. */
const REPAIR_BATCH = 500;
/**
 * How long a command waits for one of its tasks. Meilisearch runs tasks one at a time: after a
 * restart (or behind a large batch) a small task may wait far longer than the client's 5 s default.
 */
const TASK_WAIT = { timeout: 120_000 };

/** How the indexer reads the units of one source from Postgres. */
interface UnitSource<U, Scope> {
  /** Unit ids of a scope in id order after `afterId`, for paging through the whole table. */
  pageOfIds(afterId: string | null, limit: number, scope: Scope): Promise<string[]>;
  count(scope: Scope): Promise<number>;
  load(ids: readonly string[]): Promise<U[]>;
}
type AnyUnit = SearchSources[SearchSourceName]['unit'];

export interface DriftReport {
  index: SearchIndexName;
  checked: number;
  missing: string[];
  extra: string[];
  stale: string[];
  repaired: boolean;
}

/**
 * Keeps the Meilisearch indexes (suppliers, offers, needs) equal to Postgres (the source of truth):
 * incremental updates from the outbox, full reindex into a fresh index swapped in atomically, and
 * reconcile. Each index is described by a definition (search-indexes.ts); the logic is shared.
 */
@Injectable()
export class SearchIndexerService {
  private readonly logger = new Logger(SearchIndexerService.name);
  private readonly sources: { [S in SearchSourceName]: UnitSource<SearchSources[S]['unit'], SearchSources[S]['scope']> };

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    suppliers: SupplierSourceRepository,
    needs: NeedSourceRepository,
    private readonly env: Env,
  ) {
    this.sources = {
      suppliers: {
        pageOfIds: (afterId, limit, scope) => suppliers.pageOfIds(afterId, limit, scope),
        count: (scope) => suppliers.count(scope),
        // A supplier's own document is built once, for every index built from suppliers.
        load: async (ids) => {
          const today = parisToday();
          return (await suppliers.load(ids)).map((source) => ({ source, supplier: toSupplierDocument(source, today) }));
        },
      },
      needs,
    };
  }

  uid(name: SearchIndexName): string {
    return `${this.env.MEILI_INDEX_PREFIX}${name}`;
  }

  index<N extends SearchIndexName>(name: N): Index<SearchDocuments[N]> {
    return this.meili.index<SearchDocuments[N]>(this.uid(name));
  }

  /** Creates the index if needed and applies the settings of this code version. */
  async ensureIndex(name: SearchIndexName, uid = this.uid(name)): Promise<void> {
    await this.ensureExists(uid);
    await this.checked(this.meili.index(uid).updateSettings(searchIndexDefinition(name).settings).waitTask(TASK_WAIT));
  }

  private async ensureExists(uid: string): Promise<void> {
    const exists = await this.meili.getIndex(uid).then(() => true, () => false);
    if (!exists) await this.checked(this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK_WAIT));
  }

  async ensureIndexes(): Promise<void> {
    for (const { name } of SEARCH_INDEXES) await this.ensureIndex(name);
  }

  /**
   * Enqueues the Meilisearch tasks that bring these units (suppliers or needs) up to date in every
   * index built from their source and returns their uids without waiting: Meilisearch batches
   * consecutive tasks, so the caller checks them later.
   */
  async enqueueUnits(source: SearchSourceName, ids: readonly string[], options: { deferStale?: StaleDeletions } = {}): Promise<number[]> {
    const unique = [...new Set(ids)];
    const uids: number[] = [];
    for (const { definition, docs } of await this.build(source, unique, indexesOf(source))) {
      uids.push(...(await this.enqueue(definition, unique, docs, { withStale: !options.deferStale })));
      options.deferStale?.record(definition, unique, docs);
    }
    return uids;
  }

  /** Enqueues the deletions `enqueueUnits` deferred, one task per index; returns each task with its units. */
  async enqueueStaleDeletions(stale: StaleDeletions): Promise<{ uid: number; source: SearchSourceName; ids: string[] }[]> {
    const tasks: { uid: number; source: SearchSourceName; ids: string[] }[] = [];
    for (const { definition, unitIds, filter } of stale.take()) {
      if (filter) tasks.push({ uid: (await this.meili.index(this.uid(definition.name)).deleteDocuments({ filter })).taskUid, source: definition.source, ids: unitIds });
    }
    return tasks;
  }

  /**
   * The same, waiting for Meilisearch: documents of units that no longer exist (or no longer belong
   * in an index: a need closed or made INVITED) are removed.
   */
  async indexUnits(source: SearchSourceName, ids: readonly string[], definitions: readonly SearchIndexDefinition[] = indexesOf(source)): Promise<void> {
    const unique = [...new Set(ids)];
    for (const { definition, docs } of await this.build(source, unique, definitions)) {
      for (const uid of await this.enqueue(definition, unique, docs)) await this.checked(this.meili.tasks.waitForTask(uid, TASK_WAIT));
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
    // The live index only has to exist for the swap: applying new settings to it would re-index it
    // in place (minutes at 200,000 documents) just before it is replaced.
    await this.ensureExists(live);
    const fresh = `${live}__build_${Date.now()}`;
    await this.ensureIndex(name, fresh);
    const total = await this.sourceOf(definition).count(definition.scope);
    let units = 0;
    let documents = 0;
    // Tasks enqueued, oldest first; only the oldest is polled (one poller, not one per task).
    const pending: { enqueued: Promise<{ taskUid: number }>; size: number }[] = [];
    let inFlight = 0;
    const waitOldest = async () => {
      const oldest = pending.shift()!;
      await this.checked(this.meili.tasks.waitForTask((await oldest.enqueued).taskUid, { timeout: 300_000, interval: 200 }));
      inFlight -= oldest.size;
    };
    try {
      for await (const ids of this.unitPages(definition)) {
        const docs = await this.documentsOf(ids, definition);
        if (docs.length) {
          const enqueued = this.meili.index(fresh).addDocuments(docs);
          enqueued.catch(() => undefined); // handled when its turn comes (waitOldest), not an unhandled rejection meanwhile
          pending.push({ enqueued, size: docs.length });
        }
        inFlight += docs.length;
        units += ids.length;
        documents += docs.length;
        progress(units, total);
        // Bound what waits in Meilisearch's queue (on its disk) so a large table does not queue it all.
        while (inFlight > IN_FLIGHT_DOCUMENTS && pending.length) await waitOldest();
      }
      while (pending.length) await waitOldest();
      await this.checked(this.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TASK_WAIT));
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
    const total = await this.sourceOf(definition).count(definition.scope);
    const missing: string[] = [];
    const stale: string[] = [];
    const toRepair = new Set<string>();
    const seen = new Set<string>();
    let units = 0;
    for await (const ids of this.unitPages(definition)) {
      for (const doc of await this.documentsOf(ids, definition)) {
        seen.add(doc.id);
        const hash = indexed.get(doc.id);
        const drift = hash === undefined ? missing : hash !== doc.contentHash ? stale : null;
        drift?.push(doc.id);
        if (drift) toRepair.add(definition.unitIdOf(doc));
      }
      units += ids.length;
      progress(units, total);
    }
    const extra = [...indexed.keys()].filter((id) => !seen.has(id));
    if (repair && missing.length + stale.length + extra.length > 0) {
      const ids = [...toRepair];
      for (let i = 0; i < ids.length; i += REPAIR_BATCH) await this.indexUnits(definition.source, ids.slice(i, i + REPAIR_BATCH), [definition]);
      if (extra.length) await this.checked(index.deleteDocuments(extra).waitTask(TASK_WAIT));
    }
    return { index: name, checked: seen.size, missing, extra, stale, repaired: repair };
  }

  /** The source an index is built from (its scope type is the definition's own). */
  private sourceOf(definition: SearchIndexDefinition): UnitSource<AnyUnit, SearchIndexDefinition['scope']> {
    return this.sources[definition.source] as UnitSource<AnyUnit, SearchIndexDefinition['scope']>;
  }

  /** Builds the documents of these units for the given indexes (all of that source) from one load of their rows. */
  private async build(source: SearchSourceName, ids: readonly string[], definitions: readonly SearchIndexDefinition[]) {
    const units: AnyUnit[] = await this.sources[source].load(ids);
    return definitions.map((definition) => ({ definition, docs: units.flatMap((unit) => definition.documentsOf(unit)) }));
  }

  private async documentsOf(ids: readonly string[], definition: SearchIndexDefinition): Promise<IndexedDocument[]> {
    return (await this.build(definition.source, ids, [definition]))[0]?.docs ?? [];
  }

  /** Enqueues, one after the other (their order matters), the tasks that replace these units' documents. */
  private async enqueue(definition: SearchIndexDefinition, unitIds: readonly string[], docs: IndexedDocument[], options = { withStale: true }): Promise<number[]> {
    const index = this.meili.index(this.uid(definition.name));
    const uids: number[] = [];
    if (docs.length) uids.push((await index.addDocuments(docs)).taskUid);
    const stale = options.withStale ? staleDocumentsFilter(definition, unitIds, docs) : null;
    if (stale) uids.push((await index.deleteDocuments({ filter: stale })).taskUid);
    return uids;
  }

  /** Unit ids of an index's scope, a page at a time in id order. */
  private async *unitPages(definition: SearchIndexDefinition): AsyncGenerator<string[]> {
    const source = this.sourceOf(definition);
    let afterId: string | null = null;
    for (;;) {
      const ids = await source.pageOfIds(afterId, PAGE, definition.scope);
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
