import { gql } from 'urql';
import type { OfferSearchResult, SupplierSearchResult } from '../types';
import type { OfferSearchVariables, SearchVariables } from '../search-params';

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

/** The counts shown next to the filters. */
const FACET_FIELDS = gql`
  fragment SearchFacets on Facet {
    name
    values {
      value
      count
    }
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
        ...SearchFacets
      }
    }
  }
  ${SUPPLIER_HIT_FIELDS}
  ${FACET_FIELDS}
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

/** The catalogue mode of the search page: offers, each with its supplier. */
export const SEARCH_OFFERS_QUERY = gql<{ searchOffers: OfferSearchResult }, OfferSearchVariables>`
  query SearchOffers(
    $query: String
    $filters: OfferSearchFilters
    $geo: GeoFilter
    $sort: OfferSort! = RELEVANCE
    $page: Int! = 1
    $perPage: Int! = 20
  ) {
    searchOffers(query: $query, filters: $filters, geo: $geo, sort: $sort, page: $page, perPage: $perPage) {
      total
      page
      perPage
      totalPages
      hits {
        id
        name
        nameHighlight
        snippet
        cpvCodes {
          code
          labelFr
          labelEn
        }
        unit
        priceMinEur
        priceMaxEur
        leadTimeDays
        capacityQuantity
        capacityPeriod
        distanceKm
        supplier {
          ...SupplierHitFields
        }
      }
      facets {
        ...SearchFacets
      }
    }
  }
  ${SUPPLIER_HIT_FIELDS}
  ${FACET_FIELDS}
`;
