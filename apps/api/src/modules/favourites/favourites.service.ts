import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OrganizationType } from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { CreateFavouriteListInput, DeleteFavouriteListInput, FavouriteListItemInput, RenameFavouriteListInput } from './dto/favourite-list.inputs';
import { FavouriteListView } from './favourites.mapper';

const LIST_SELECT = `SELECT l.id, l.name, l.created_at AS "createdAt",
         COALESCE(array_agg(i.supplier_organization_id ORDER BY i.added_at, i.supplier_organization_id)
                  FILTER (WHERE i.supplier_organization_id IS NOT NULL), '{}') AS "supplierIds"
    FROM favourite_list l LEFT JOIN favourite_list_item i ON i.list_id = l.id`;

/**
 * Favourite lists belong to the caller's ACTIVE organisation, which must be a buyer. Lists of any
 * other organisation answer NOT_FOUND, like unknown ids.
 */
@Injectable()
export class FavouritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async lists(actor: Actor): Promise<FavouriteListView[]> {
    const organizationId = await this.buyerOrganization(actor);
    return this.dataSource.query(`${LIST_SELECT} WHERE l.organization_id = $1 GROUP BY l.id ORDER BY lower(l.name), l.created_at`, [organizationId]);
  }

  async create(actor: Actor, input: CreateFavouriteListInput): Promise<FavouriteListView> {
    const organizationId = await this.buyerOrganization(actor);
    const name = cleanName(input.name);
    return this.dataSource.transaction(async (manager) => {
      await assertNameFree(manager, organizationId, name);
      const [{ id }] = await uniqueName(() =>
        manager.query(`INSERT INTO favourite_list (organization_id, name, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`, [organizationId, name, actor.userId]),
      );
      return loadList(manager, organizationId, id);
    });
  }

  async rename(actor: Actor, input: RenameFavouriteListInput): Promise<FavouriteListView> {
    const organizationId = await this.buyerOrganization(actor);
    const name = cleanName(input.name);
    return this.dataSource.transaction(async (manager) => {
      await loadList(manager, organizationId, input.listId);
      await assertNameFree(manager, organizationId, name, input.listId);
      await uniqueName(() => manager.query(`UPDATE favourite_list SET name = $2 WHERE id = $1`, [input.listId, name]));
      return loadList(manager, organizationId, input.listId);
    });
  }

  async delete(actor: Actor, input: DeleteFavouriteListInput): Promise<void> {
    const organizationId = await this.buyerOrganization(actor);
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM favourite_list WHERE id = $1 AND organization_id = $2`, [input.listId, organizationId],
    );
    if (!affected) throw AppError.notFound('favouriteList');
  }

  /** Idempotent: adding a supplier already in the list changes nothing. */
  async add(actor: Actor, input: FavouriteListItemInput): Promise<FavouriteListView> {
    const organizationId = await this.buyerOrganization(actor);
    return this.dataSource.transaction(async (manager) => {
      await loadList(manager, organizationId, input.listId);
      const supplier: unknown[] = await manager.query(`SELECT 1 FROM organization WHERE id = $1 AND type = $2`, [input.supplierId, OrganizationType.SUPPLIER]);
      if (supplier.length === 0) throw AppError.notFound('supplier');
      await manager.query(
        `INSERT INTO favourite_list_item (list_id, supplier_organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [input.listId, input.supplierId],
      );
      return loadList(manager, organizationId, input.listId);
    });
  }

  /** Idempotent: removing a supplier that is not in the list changes nothing. */
  async remove(actor: Actor, input: FavouriteListItemInput): Promise<FavouriteListView> {
    const organizationId = await this.buyerOrganization(actor);
    return this.dataSource.transaction(async (manager) => {
      await loadList(manager, organizationId, input.listId);
      await manager.query(`DELETE FROM favourite_list_item WHERE list_id = $1 AND supplier_organization_id = $2`, [input.listId, input.supplierId]);
      return loadList(manager, organizationId, input.listId);
    });
  }

  /** The caller's active organisation, when it is a buyer the caller belongs to; FORBIDDEN otherwise. */
  private async buyerOrganization(actor: Actor): Promise<string> {
    const organizationId = actor.organizationId;
    if (!organizationId) throw AppError.forbidden('favourites.buyerOnly');
    await this.access.requireOrganization(actor, organizationId);
    const rows: { type: string }[] = await this.dataSource.query(`SELECT type FROM organization WHERE id = $1`, [organizationId]);
    if (rows[0]?.type !== OrganizationType.BUYER) throw AppError.forbidden('favourites.buyerOnly');
    return organizationId;
  }
}

function cleanName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw AppError.badInput([{ path: 'name', messageKey: 'field.required' }]);
  return name;
}

async function loadList(manager: EntityManager, organizationId: string, listId: string): Promise<FavouriteListView> {
  if (!isUuid(listId)) throw AppError.notFound('favouriteList');
  const rows: FavouriteListView[] = await manager.query(`${LIST_SELECT} WHERE l.id = $1 AND l.organization_id = $2 GROUP BY l.id`, [listId, organizationId]);
  if (!rows[0]) throw AppError.notFound('favouriteList');
  return rows[0];
}

/** Names are unique per organisation, whatever their case ("Nettoyage" and "nettoyage" clash). */
async function assertNameFree(manager: EntityManager, organizationId: string, name: string, exceptListId?: string) {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM favourite_list WHERE organization_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid`,
    [organizationId, name, exceptListId ?? null],
  );
  if (rows.length > 0) throw AppError.conflict('favourites.nameTaken');
}

/** The unique index still decides under concurrency: its violation is the same CONFLICT. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string })?.constraint === 'uq_favourite_list_name') {
      throw AppError.conflict('favourites.nameTaken');
    }
    throw error;
  }
}
