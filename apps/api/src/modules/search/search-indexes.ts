import type { Settings } from 'meilisearch';
import { NEED_INDEX, NEED_INDEX_SETTINGS } from './indexes/need.index';
import { OFFER_INDEX, OFFER_INDEX_SETTINGS } from './indexes/offer.index';
import { SUPPLIER_INDEX, SUPPLIER_INDEX_SETTINGS } from './indexes/supplier.index';
import { NeedDocument, NeedSource, toNeedDocuments } from './projections/need.projection';
import { OfferDocument, toOfferDocuments } from './projections/offer.projection';
import type { SupplierDocument, SupplierSource } from './projections/supplier.projection';
import type { NeedScope } from './need-source.repository';
import type { SupplierScope } from './supplier-source.repository';
import { quote } from './supplier-filter';

export type SearchIndexName = typeof SUPPLIER_INDEX | typeof OFFER_INDEX | typeof NEED_INDEX;

export interface IndexedDocument {
  id: string;
  contentHash: string;
}

/** A supplier as the supplier-built indexes see it: its rows, and its own search document built once for all of them. */
export interface SupplierUnit {
  source: SupplierSource;
  supplier: SupplierDocument;
}

/**
 * What indexes are built from. A unit (one supplier, one need) is what the outbox reports changed
 * (`supplier.changed`, `need.changed`); the units of one source are loaded once for all its indexes.
 */
export interface SearchSources {
  suppliers: { unit: SupplierUnit; scope: SupplierScope };
  needs: { unit: NeedSource; scope: NeedScope };
}
export type SearchSourceName = keyof SearchSources;

/**
 * What the indexer needs to know of one index: the source it is built from, which units of that
 * source a reindex pages through, and what documents one unit gives.
 */
export interface SearchIndexDefinition<S extends SearchSourceName = SearchSourceName, D extends IndexedDocument = IndexedDocument> {
  name: SearchIndexName;
  settings: Settings;
  source: S;
  scope: SearchSources[S]['scope'];
  /** The documents of one unit (none: the unit has no place in this index, its documents are deleted). */
  documentsOf(unit: SearchSources[S]['unit']): D[];
  /** The filterable attribute holding the unit a document belongs to. */
  unitField: 'id' | 'supplierId';
  unitIdOf(doc: D): string;
}

export const SUPPLIERS: SearchIndexDefinition<'suppliers', SupplierDocument> = {
  name: SUPPLIER_INDEX,
  settings: SUPPLIER_INDEX_SETTINGS,
  source: 'suppliers',
  scope: 'all',
  documentsOf: ({ supplier }) => [supplier],
  unitField: 'id',
  unitIdOf: (doc) => doc.id,
};

export const OFFERS: SearchIndexDefinition<'suppliers', OfferDocument> = {
  name: OFFER_INDEX,
  settings: OFFER_INDEX_SETTINGS,
  source: 'suppliers',
  scope: 'withOffers',
  documentsOf: ({ source, supplier }) => toOfferDocuments(source, supplier),
  unitField: 'supplierId',
  unitIdOf: (doc) => doc.supplierId,
};

export const NEEDS: SearchIndexDefinition<'needs', NeedDocument> = {
  name: NEED_INDEX,
  settings: NEED_INDEX_SETTINGS,
  source: 'needs',
  scope: 'public',
  documentsOf: toNeedDocuments,
  unitField: 'id',
  unitIdOf: (doc) => doc.id,
};

export interface SearchDocuments {
  suppliers: SupplierDocument;
  offers: OfferDocument;
  needs: NeedDocument;
}

/** Every index, in the order `cli reindex` and `cli reconcile` process them. */
export const SEARCH_INDEXES: readonly SearchIndexDefinition[] = [SUPPLIERS, OFFERS, NEEDS];
export const SEARCH_INDEX_NAMES: readonly SearchIndexName[] = SEARCH_INDEXES.map((d) => d.name);

export function searchIndexDefinition(name: string): SearchIndexDefinition {
  const definition = SEARCH_INDEXES.find((d) => d.name === name);
  if (!definition) throw new Error(`unknown index ${name} (known: ${SEARCH_INDEX_NAMES.join(', ')})`);
  return definition;
}

/** The indexes built from one source. */
export function indexesOf(source: SearchSourceName): SearchIndexDefinition[] {
  return SEARCH_INDEXES.filter((d) => d.source === source);
}

/**
 * The documents of these units that `current` (their documents now) no longer holds, as a
 * Meilisearch filter; null when there cannot be any. Deleting by filter in a task queued after the
 * additions keeps the order right without reading the index (earlier tasks may still be pending).
 */
export function staleDocumentsFilter(definition: SearchIndexDefinition, unitIds: readonly string[], current: readonly Pick<IndexedDocument, 'id'>[]): string | null {
  const kept = new Set(current.map((d) => d.id));
  const list = (ids: Iterable<string>) => `[${[...ids].map(quote).join(', ')}]`;
  if (definition.unitField === 'id') {
    const gone = unitIds.filter((id) => !kept.has(id));
    return gone.length ? `id IN ${list(gone)}` : null;
  }
  if (unitIds.length === 0) return null;
  return `${definition.unitField} IN ${list(unitIds)}${kept.size ? ` AND id NOT IN ${list(kept)}` : ''}`;
}

/**
 * The stale-document deletions of several jobs, merged so that one Meilisearch task per index
 * replaces one per job. Meilisearch merges consecutive additions into one batch, but a deletion by
 * filter between them ends the batch: enqueued after every job, they made the catalogue index
 * process its tasks one by one (each batch rewrites the index's geo R-tree) and the suppliers'
 * updates wait behind them (BENCHMARKS.md). A unit's latest documents win: its deletion, taken
 * after that addition was enqueued, keeps exactly them.
 */
export class StaleDeletions {
  private byIndex = new Map<SearchIndexName, { definition: SearchIndexDefinition; docIdsByUnit: Map<string, string[]> }>();

  /** Records the documents these units have now in one index (enqueued for addition just before). */
  record(definition: SearchIndexDefinition, unitIds: readonly string[], docs: readonly IndexedDocument[]): void {
    const entry = this.byIndex.get(definition.name) ?? { definition, docIdsByUnit: new Map<string, string[]>() };
    for (const unitId of unitIds) entry.docIdsByUnit.set(unitId, []);
    for (const doc of docs) entry.docIdsByUnit.get(definition.unitIdOf(doc))?.push(doc.id);
    this.byIndex.set(definition.name, entry);
  }

  get units(): number {
    return [...this.byIndex.values()].reduce((n, e) => n + e.docIdsByUnit.size, 0);
  }

  /** The deletions to enqueue now, one filter per index (null: nothing can be stale), and forgets them. */
  take(): { definition: SearchIndexDefinition; unitIds: string[]; filter: string | null }[] {
    const out = [...this.byIndex.values()].map(({ definition, docIdsByUnit }) => {
      const unitIds = [...docIdsByUnit.keys()];
      const kept = [...docIdsByUnit.values()].flat().map((id) => ({ id }));
      return { definition, unitIds, filter: staleDocumentsFilter(definition, unitIds, kept) };
    });
    this.byIndex = new Map();
    return out;
  }
}
