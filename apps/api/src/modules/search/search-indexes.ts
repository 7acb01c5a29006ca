import type { Settings } from 'meilisearch';
import { OFFER_INDEX, OFFER_INDEX_SETTINGS } from './indexes/offer.index';
import { SUPPLIER_INDEX, SUPPLIER_INDEX_SETTINGS } from './indexes/supplier.index';
import { OfferDocument, toOfferDocuments } from './projections/offer.projection';
import type { SupplierDocument, SupplierSource } from './projections/supplier.projection';
import type { SupplierScope } from './supplier-source.repository';
import { quote } from './supplier-filter';

export type SearchIndexName = typeof SUPPLIER_INDEX | typeof OFFER_INDEX;

export interface IndexedDocument {
  id: string;
  contentHash: string;
}

/**
 * What the indexer needs to know of one index. Every index is built from the suppliers' rows (a
 * supplier change is the unit of change, `supplier.changed` in the outbox), so one load of those
 * rows feeds them all; an index only says which suppliers it pages through and what documents one
 * supplier gives.
 */
export interface SearchIndexDefinition<D extends IndexedDocument = IndexedDocument> {
  name: SearchIndexName;
  settings: Settings;
  scope: SupplierScope;
  /** The documents of one supplier; `supplier` is its supplier document, built once for all indexes. */
  documentsOf(source: SupplierSource, supplier: SupplierDocument): D[];
  /** The filterable attribute holding the supplier a document belongs to. */
  supplierField: 'id' | 'supplierId';
  supplierIdOf(doc: D): string;
}

export const SUPPLIERS: SearchIndexDefinition<SupplierDocument> = {
  name: SUPPLIER_INDEX,
  settings: SUPPLIER_INDEX_SETTINGS,
  scope: 'all',
  documentsOf: (_source, supplier) => [supplier],
  supplierField: 'id',
  supplierIdOf: (doc) => doc.id,
};

export const OFFERS: SearchIndexDefinition<OfferDocument> = {
  name: OFFER_INDEX,
  settings: OFFER_INDEX_SETTINGS,
  scope: 'withOffers',
  documentsOf: toOfferDocuments,
  supplierField: 'supplierId',
  supplierIdOf: (doc) => doc.supplierId,
};

export interface SearchDocuments {
  suppliers: SupplierDocument;
  offers: OfferDocument;
}

/** Every index, in the order `cli reindex` and `cli reconcile` process them. */
export const SEARCH_INDEXES: readonly SearchIndexDefinition[] = [SUPPLIERS, OFFERS];
export const SEARCH_INDEX_NAMES: readonly SearchIndexName[] = SEARCH_INDEXES.map((d) => d.name);

export function searchIndexDefinition(name: string): SearchIndexDefinition {
  const definition = SEARCH_INDEXES.find((d) => d.name === name);
  if (!definition) throw new Error(`unknown index ${name} (known: ${SEARCH_INDEX_NAMES.join(', ')})`);
  return definition;
}

/**
 * The documents of these suppliers that `current` (their documents now) no longer holds, as a
 * Meilisearch filter; null when there cannot be any. Deleting by filter in a task queued after the
 * additions keeps the order right without reading the index (earlier tasks may still be pending).
 */
export function staleDocumentsFilter(definition: SearchIndexDefinition, supplierIds: readonly string[], current: readonly IndexedDocument[]): string | null {
  const kept = new Set(current.map((d) => d.id));
  const list = (ids: Iterable<string>) => `[${[...ids].map(quote).join(', ')}]`;
  if (definition.supplierField === 'id') {
    const gone = supplierIds.filter((id) => !kept.has(id));
    return gone.length ? `id IN ${list(gone)}` : null;
  }
  if (supplierIds.length === 0) return null;
  return `${definition.supplierField} IN ${list(supplierIds)}${kept.size ? ` AND id NOT IN ${list(kept)}` : ''}`;
}
