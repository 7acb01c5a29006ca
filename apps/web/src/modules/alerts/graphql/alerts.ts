import { gql } from 'urql';
import type { OkPayload } from '../../../shared/graphql/types';
import type { DigestFrequency, SavedSearch, SavedSearchTarget } from '../types';

const SAVED_SEARCH_FIELDS = gql`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    target
    query
    filters
    frequency
    lastRunAt
    createdAt
  }
`;

export const SAVED_SEARCHES_QUERY = gql<{ savedSearches: SavedSearch[] }, Record<string, never>>`
  query SavedSearches {
    savedSearches {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export interface CreateSavedSearchVariables {
  input: { name: string; target: SavedSearchTarget; query: string; filters: Record<string, unknown>; frequency: DigestFrequency };
}

export const CREATE_SAVED_SEARCH_MUTATION = gql<{ createSavedSearch: SavedSearch }, CreateSavedSearchVariables>`
  mutation CreateSavedSearch($input: CreateSavedSearchInput!) {
    createSavedSearch(input: $input) {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const UPDATE_SAVED_SEARCH_MUTATION = gql<{ updateSavedSearch: SavedSearch }, { input: { id: string; frequency: DigestFrequency } }>`
  mutation UpdateSavedSearch($input: UpdateSavedSearchInput!) {
    updateSavedSearch(input: $input) {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const DELETE_SAVED_SEARCH_MUTATION = gql<{ deleteSavedSearch: OkPayload }, { input: { id: string } }>`
  mutation DeleteSavedSearch($input: DeleteSavedSearchInput!) {
    deleteSavedSearch(input: $input) {
      ok
    }
  }
`;
