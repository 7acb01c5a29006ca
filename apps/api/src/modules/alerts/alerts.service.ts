import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { digestWindow, parisDayStart, parisToday } from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import { Actor } from '../../core/auth';
import { AppError, validatedInput } from '../../core/graphql';
import { NotificationsService } from '../notifications';
import { NeedSearchFilters, NewItemsWindow, SearchNeedsArgs, SearchService, SearchSuppliersArgs, SupplierSearchFilters } from '../search';
import { CreateSavedSearchInput, UpdateSavedSearchInput } from './dto/saved-search.inputs';
import { SavedSearchEntity, SavedSearchTarget } from './entities/saved-search.entity';
import { SavedSearchModel } from './models/saved-search.model';

/** Items listed in one digest; the total counts the rest (the search page shows them all). */
const DIGEST_ITEMS = 20;
/**
 * A run reports what was new up to a few minutes before it: a need published a second before the
 * run may not be in the index yet, and the next window starts where this one ends.
 */
export const INDEXING_MARGIN_MS = 5 * 60_000;

export interface SavedSearchRunReport {
  due: number;
  notified: number;
}

/**
 * Saved searches (alerts): each belongs to one user within one organisation, the caller's active
 * one; others' answer NOT_FOUND. A daily run sends each due search's new items as one
 * notification (and its email) through the notifications module.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly search: SearchService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor): Promise<SavedSearchModel[]> {
    if (!actor.organizationId) return [];
    const rows = await this.repository.find({ where: { userId: actor.userId, organizationId: actor.organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toModel);
  }

  async create(actor: Actor, input: CreateSavedSearchInput): Promise<SavedSearchModel> {
    const organizationId = await this.activeOrganization(actor);
    const name = cleanName(input.name);
    const query = input.query?.trim() ?? '';
    const filters = await this.checkedFilters(organizationId, input.target, query, input.filters);
    // The first digest reports what is new from now on.
    const row = await this.repository.save(this.repository.create({
      userId: actor.userId, organizationId, name, target: input.target, query, filters, frequency: input.frequency, lastRunAt: new Date(),
    }));
    return toModel(row);
  }

  async update(actor: Actor, input: UpdateSavedSearchInput): Promise<SavedSearchModel> {
    const row = await this.owned(actor, input.id);
    const query = input.query === undefined ? row.query : (input.query?.trim() ?? '');
    const filters = input.filters === undefined && input.query === undefined
      ? row.filters
      : await this.checkedFilters(row.organizationId, row.target, query, input.filters === undefined ? row.filters : input.filters);
    return toModel(await this.repository.save(Object.assign(row, {
      name: input.name == null ? row.name : cleanName(input.name),
      query,
      filters,
      frequency: input.frequency ?? row.frequency,
    })));
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const row = await this.owned(actor, id);
    await this.repository.delete({ id: row.id });
  }

  /**
   * Runs every saved search due at `at` (digestWindow: once a Paris day, or every 7): its new items
   * become one SAVED_SEARCH notification, keyed by the search and the window's end day, then the
   * window's end is stored as its last run. A retried run notifies nobody twice: the key is the
   * same, and a search already run is no longer due.
   */
  async runDue(at: Date = new Date()): Promise<SavedSearchRunReport> {
    const now = new Date(at.getTime() - INDEXING_MARGIN_MS);
    // A search last run today (Paris) is never due: the domain decides for the others.
    const candidates = await this.repository.find({ where: { lastRunAt: LessThan(parisDayStart(parisToday(now))) }, order: { lastRunAt: 'ASC', id: 'ASC' } });
    const report: SavedSearchRunReport = { due: 0, notified: 0 };
    for (const saved of candidates) {
      const window = digestWindow(saved.frequency, saved.lastRunAt, now);
      if (!window.due) continue;
      report.due += 1;
      if (await this.runOne(saved, { from: window.from, to: window.to })) report.notified += 1;
      // The stored window end never goes back (a run for an earlier instant changes nothing).
      await this.dataSource.query(`UPDATE saved_search SET last_run_at = $2 WHERE id = $1 AND last_run_at < $2`, [saved.id, window.to]);
    }
    return report;
  }

  /** Notifies the search's owner of its new items; false when there are none. */
  private async runOne(saved: SavedSearchEntity, window: NewItemsWindow): Promise<boolean> {
    let found: { total: number; items: { id: string; title: string }[] };
    try {
      found = await this.newItems(saved.organizationId, saved.target, saved.query, saved.filters, window);
    } catch (error) {
      // Filters that no longer pass (a list deleted, a code retired): skip this window, keep the alert.
      if (!(error instanceof AppError)) throw error;
      this.logger.warn(`saved search ${saved.id} skipped: ${error.messageKey}`);
      return false;
    }
    if (found.total === 0) return false;
    await this.notifications.notifyUsers([{
      userId: saved.userId,
      organizationId: saved.organizationId,
      category: 'SAVED_SEARCH',
      dedupeKey: `saved-search:${saved.id}:${parisToday(window.to)}`,
      params: { savedSearchId: saved.id, name: saved.name, target: saved.target, items: found.items, total: found.total },
    }]);
    return true;
  }

  /** The search of a saved search, as its owner's organisation (favourite lists), restricted to a window. */
  private async newItems(organizationId: string, target: SavedSearchTarget, query: string, filters: Record<string, unknown>, newIn?: NewItemsWindow) {
    const page = { query: query || undefined, page: 1, perPage: DIGEST_ITEMS };
    if (target === 'NEEDS') {
      const args = Object.assign(new SearchNeedsArgs(), page, { filters: await validatedInput(NeedSearchFilters, filters, 'filters') });
      const { total, hits } = await this.search.searchNeeds(args, { withFacets: false, newIn });
      return { total, items: hits.map((h) => ({ id: h.id, title: h.title })) };
    }
    const args = Object.assign(new SearchSuppliersArgs(), page, { filters: await validatedInput(SupplierSearchFilters, filters, 'filters') });
    const { total, hits } = await this.search.searchSuppliers({ organizationId }, args, { withFacets: false, newIn });
    return { total, items: hits.map((h) => ({ id: h.id, title: h.name })) };
  }

  /**
   * The filters as stored: checked by the target search's own filter class, then run once so what
   * only the search knows (CPV codes, the organisation's favourite lists) is checked too. Search
   * being down does not stop the saving: the daily run checks again.
   */
  private async checkedFilters(organizationId: string, target: SavedSearchTarget, query: string, filters: unknown): Promise<Record<string, unknown>> {
    const plain = (filters ?? {}) as Record<string, unknown>;
    try {
      await this.newItems(organizationId, target, query, plain);
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.logger.warn(`saved search filters not checked by the search: ${String(error)}`);
    }
    return plain;
  }

  private async owned(actor: Actor, id: string): Promise<SavedSearchEntity> {
    const row = actor.organizationId && isUuid(id)
      ? await this.repository.findOneBy({ id, userId: actor.userId, organizationId: actor.organizationId })
      : null;
    if (!row) throw AppError.notFound('savedSearch');
    return row;
  }

  /** The caller's active organisation, of which they must be a member. */
  private async activeOrganization(actor: Actor): Promise<string> {
    if (!actor.organizationId) throw AppError.forbidden('alerts.organizationRequired');
    await this.access.requireOrganization(actor, actor.organizationId);
    return actor.organizationId;
  }

  private get repository() {
    return this.dataSource.getRepository(SavedSearchEntity);
  }
}

function cleanName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw AppError.badInput([{ path: 'name', messageKey: 'field.required' }]);
  return name;
}

function toModel(row: SavedSearchEntity): SavedSearchModel {
  return Object.assign(new SavedSearchModel(), {
    id: row.id, name: row.name, target: row.target, query: row.query, filters: row.filters, frequency: row.frequency, lastRunAt: row.lastRunAt, createdAt: row.createdAt,
  });
}
