import { gql } from 'urql';
import type { OkPayload } from '../../../shared/graphql/types';
import type { FavouriteList } from '../../suppliers/types';

export const FAVOURITE_LIST_FIELDS = gql`
  fragment FavouriteListFields on FavouriteList {
    id
    name
    supplierCount
    createdAt
    suppliers {
      id
      name
      city
      departementCode
      kinds {
        kind
        labelFr
        labelEn
        status
        verifiedUntil
      }
    }
  }
`;

export const FAVOURITE_LISTS_QUERY = gql<{ favouriteLists: FavouriteList[] }, Record<string, never>>`
  query FavouriteLists {
    favouriteLists {
      ...FavouriteListFields
    }
  }
  ${FAVOURITE_LIST_FIELDS}
`;

export const CREATE_FAVOURITE_LIST_MUTATION = gql<{ createFavouriteList: FavouriteList }, { input: { name: string } }>`
  mutation CreateFavouriteList($input: CreateFavouriteListInput!) {
    createFavouriteList(input: $input) {
      ...FavouriteListFields
    }
  }
  ${FAVOURITE_LIST_FIELDS}
`;

export const RENAME_FAVOURITE_LIST_MUTATION = gql<{ renameFavouriteList: FavouriteList }, { input: { listId: string; name: string } }>`
  mutation RenameFavouriteList($input: RenameFavouriteListInput!) {
    renameFavouriteList(input: $input) {
      ...FavouriteListFields
    }
  }
  ${FAVOURITE_LIST_FIELDS}
`;

export const DELETE_FAVOURITE_LIST_MUTATION = gql<{ deleteFavouriteList: OkPayload }, { input: { listId: string } }>`
  mutation DeleteFavouriteList($input: DeleteFavouriteListInput!) {
    deleteFavouriteList(input: $input) {
      ok
    }
  }
`;

export const ADD_TO_FAVOURITE_LIST_MUTATION = gql<{ addToFavouriteList: FavouriteList }, { input: { listId: string; supplierId: string } }>`
  mutation AddToFavouriteList($input: FavouriteListItemInput!) {
    addToFavouriteList(input: $input) {
      ...FavouriteListFields
    }
  }
  ${FAVOURITE_LIST_FIELDS}
`;

export const REMOVE_FROM_FAVOURITE_LIST_MUTATION = gql<
  { removeFromFavouriteList: FavouriteList },
  { input: { listId: string; supplierId: string } }
>`
  mutation RemoveFromFavouriteList($input: FavouriteListItemInput!) {
    removeFromFavouriteList(input: $input) {
      ...FavouriteListFields
    }
  }
  ${FAVOURITE_LIST_FIELDS}
`;
