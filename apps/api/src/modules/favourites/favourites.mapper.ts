import { FavouriteListModel } from './models/favourite-list.model';

export interface FavouriteListView {
  id: string;
  name: string;
  createdAt: Date;
  supplierIds: string[];
}

export function toFavouriteListModel(list: FavouriteListView): FavouriteListModel {
  return Object.assign(new FavouriteListModel(), {
    id: list.id,
    name: list.name,
    createdAt: list.createdAt,
    supplierIds: list.supplierIds,
    supplierCount: list.supplierIds.length,
  });
}
