// "Exporter en CSV": fetches the current result set (same filters, up to 10 pages of 50), turns it
// into CSV rows and hands the file to the browser. The row building is pure (tested in csv.spec.ts).
import type { Client } from 'urql';
import { buildCsv, csvFileName } from './csv';
import { EXPORT_SUPPLIERS_QUERY } from './graphql/search';
import { departementName, kindName, reservationArticle, type Translate } from './labels';
import { toVariables, type SearchState } from './search-params';
import type { SupplierHitFields } from './types';
import type { Language } from '../../shared/i18n/languages';

export const EXPORT_PER_PAGE = 50;
export const EXPORT_MAX_PAGES = 10;

export type ExportHit = SupplierHitFields;

export function supplierCsv(hits: readonly ExportHit[], t: Translate, lang: Language, origin: string): string {
  const header = [
    t('search.csv.name'),
    t('search.csv.city'),
    t('search.csv.departement'),
    t('search.csv.kinds'),
    t('search.csv.eligibleFor'),
    t('search.csv.sectors'),
    t('search.csv.distanceKm'),
    t('search.csv.link'),
  ];
  const rows = hits.map((h) => [
    h.brand ? `${h.name} (${h.brand})` : h.name,
    h.city ?? '',
    h.departementCode ? departementName(h.departementCode) : '',
    h.kinds
      .map((k) => `${kindName(k, lang)} (${h.verifiedKinds.includes(k) ? t('search.csv.kindVerified', { kind: k }) : k})`)
      .join(', '),
    [
      ...h.eligibleFor.map(reservationArticle),
      ...h.toConfirmFor.map((r) => t('search.csv.toConfirm', { article: reservationArticle(r) })),
    ].join(', '),
    h.sectorNames.join(', '),
    h.distanceKm === null ? '' : Math.round(h.distanceKm * 10) / 10,
    `${origin}/fournisseurs/${h.id}`,
  ]);
  return buildCsv(header, rows);
}

/** Every hit of the search, page after page (network only: the export reflects the index now). */
export async function fetchForExport(client: Client, state: SearchState): Promise<{ hits: ExportHit[]; total: number }> {
  const hits: ExportHit[] = [];
  let total = 0;
  for (let page = 1; page <= EXPORT_MAX_PAGES; page += 1) {
    const result = await client
      .query(EXPORT_SUPPLIERS_QUERY, toVariables(state, EXPORT_PER_PAGE, page), { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('export failed');
    const data = result.data.searchSuppliers;
    total = data.total;
    hits.push(...data.hits);
    if (page >= data.totalPages || data.hits.length === 0) break;
  }
  return { hits, total };
}

export function downloadCsv(csv: string, prefix: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(prefix);
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
