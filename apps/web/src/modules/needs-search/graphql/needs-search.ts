import { gql } from 'urql';
import type { NeedSearchVariables } from '../need-search-params';
import type { NeedSearchResult } from '../types';

/** The public needs search (/appels): published public needs only, whoever asks. */
export const SEARCH_NEEDS_QUERY = gql<{ searchNeeds: NeedSearchResult }, NeedSearchVariables>`
  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: NeedSort! = RELEVANCE, $page: Int! = 1, $perPage: Int! = 20) {
    searchNeeds(query: $query, filters: $filters, sort: $sort, page: $page, perPage: $perPage) {
      total
      page
      perPage
      totalPages
      hits {
        id
        title
        titleHighlight
        snippet
        buyerName
        kind
        deadlineAt
        publishedAt
        reserved
        consortiaAllowed
        amountMaxEur
        lots {
          title
          reservation
          placeKind
          placeName
          sectorNames
        }
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
`;
