import { gql } from 'urql';
import type { SupplierSearchResult } from '../types';
import type { SearchVariables } from '../search-params';

/** What a result card and a CSV row both show of a supplier. */
const SUPPLIER_HIT_FIELDS = gql`
  fragment SupplierHitFields on SupplierHit {
    id
    name
    brand
    city
    departementCode
    kinds
    verifiedKinds
    eligibleFor
    toConfirmFor
    sectorNames
    completion
    distanceKm
  }
`;

export const SEARCH_SUPPLIERS_QUERY = gql<{ searchSuppliers: SupplierSearchResult }, SearchVariables>`
  query SearchSuppliers(
    $query: String
    $filters: SupplierSearchFilters
    $geo: GeoFilter
    $sort: SupplierSort! = RELEVANCE
    $page: Int! = 1
    $perPage: Int! = 20
  ) {
    searchSuppliers(query: $query, filters: $filters, geo: $geo, sort: $sort, page: $page, perPage: $perPage) {
      total
      page
      perPage
      totalPages
      hits {
        ...SupplierHitFields
        nameHighlight
        snippet
      }
      facets {
        name
        values {
          value
          count
        }
      }
    }
  }
  ${SUPPLIER_HIT_FIELDS}
`;

/** The CSV export: same filters, no facets nor highlights. */
export const EXPORT_SUPPLIERS_QUERY = gql<
  { searchSuppliers: Pick<SupplierSearchResult, 'total' | 'page' | 'totalPages'> & { hits: Omit<SupplierSearchResult['hits'][number], 'nameHighlight' | 'snippet'>[] } },
  SearchVariables
>`
  query ExportSuppliers(
    $query: String
    $filters: SupplierSearchFilters
    $geo: GeoFilter
    $sort: SupplierSort! = RELEVANCE
    $page: Int! = 1
    $perPage: Int! = 50
  ) {
    searchSuppliers(query: $query, filters: $filters, geo: $geo, sort: $sort, page: $page, perPage: $perPage) {
      total
      page
      totalPages
      hits {
        ...SupplierHitFields
      }
    }
  }
  ${SUPPLIER_HIT_FIELDS}
`;
