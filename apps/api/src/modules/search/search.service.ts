import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { placeByCode } from '@essor/reference-data';
import type { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { SearchSuppliersArgs, SupplierSortEnum } from './dto/search-suppliers.args';
import { MEILI_CLIENT } from './meili.client';
import { FacetModel, SupplierHitModel, SupplierSearchResultModel } from './models/supplier-search.models';
import type { SupplierDocument } from './projections/supplier.projection';
import { SearchIndexerService } from './search-indexer.service';
import { SUPPLIER_FACETS, supplierFilterExpression } from './supplier-filter';

type Hit = SupplierDocument & { _geoDistance?: number; _formatted?: Partial<Record<'name' | 'description', string>> };

/** Supplier search: the web never talks to Meilisearch; filters and access rules are applied here. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly indexer: SearchIndexerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async searchSuppliers(actor: Actor | null, args: SearchSuppliersArgs, options: { withFacets: boolean } = { withFacets: true }): Promise<SupplierSearchResultModel> {
    const geo = this.resolveGeo(args);
    const favouriteIds = args.filters?.favouriteListId ? await this.favouriteIds(actor, args.filters.favouriteListId) : undefined;
    if (args.sort === SupplierSortEnum.DISTANCE && !geo) throw AppError.badInput([{ path: 'geo', messageKey: 'field.required' }]);
    // The ranking rules put `sort` right after words/typo: with a place, relevant suppliers come
    // nearest first, and Meilisearch returns each hit's distance.
    const byDistance = geo ? [`_geoPoint(${geo.lat}, ${geo.lng}):asc`] : [];
    const sort = {
      [SupplierSortEnum.RELEVANCE]: byDistance,
      [SupplierSortEnum.DISTANCE]: byDistance,
      [SupplierSortEnum.COMPLETENESS]: ['completion:desc', ...byDistance],
      [SupplierSortEnum.NAME]: ['name:asc', ...byDistance],
    }[args.sort];
    // Page-based pagination (stable, exact totals up to pagination.maxTotalHits).
    const result: { hits: Hit[]; totalHits?: number; page?: number; totalPages?: number; facetDistribution?: Record<string, Record<string, number>> } =
      await this.indexer.suppliersIndex().search<Hit>(args.query ?? '', {
      filter: supplierFilterExpression(args.filters, { favouriteIds, geo: geo ? { ...geo, radiusKm: args.geo?.radiusKm } : undefined }),
      sort: sort.length ? sort : undefined,
      facets: options.withFacets ? SUPPLIER_FACETS : undefined,
      page: args.page,
      hitsPerPage: args.perPage,
      attributesToHighlight: ['name', 'description'],
      attributesToCrop: ['description'],
      cropLength: 24,
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    });
    const facets = Object.entries(result.facetDistribution ?? {}).map(([name, values]) =>
      Object.assign(new FacetModel(), { name, values: Object.entries(values).map(([value, count]) => ({ value, count })) }),
    );
    return Object.assign(new SupplierSearchResultModel(), {
      hits: result.hits.map((h) => this.toHit(h as Hit)),
      total: result.totalHits ?? 0,
      page: result.page ?? args.page,
      perPage: args.perPage,
      totalPages: result.totalPages ?? 0,
      facets,
    });
  }

  private toHit(h: Hit): SupplierHitModel {
    return Object.assign(new SupplierHitModel(), {
      id: h.id,
      name: h.name,
      brand: h.brand,
      city: h.city,
      departementCode: h.departementCode,
      kinds: h.kinds,
      verifiedKinds: h.verifiedKinds,
      eligibleFor: h.eligibleFor,
      toConfirmFor: h.toConfirmFor,
      sectorNames: h.sectorNames,
      completion: h.completion,
      distanceKm: h._geoDistance !== undefined ? Math.round(h._geoDistance / 100) / 10 : null,
      nameHighlight: h._formatted?.name ?? null,
      snippet: h._formatted?.description ?? null,
    });
  }

  private resolveGeo(args: SearchSuppliersArgs): { lat: number; lng: number } | undefined {
    const g = args.geo;
    if (!g) return undefined;
    if (g.latitude !== undefined && g.longitude !== undefined) return { lat: g.latitude, lng: g.longitude };
    if (g.placeCode) {
      const place = placeByCode('COMMUNE', g.placeCode) ?? placeByCode('DEPARTEMENT', g.placeCode);
      if (place?.lat !== undefined && place.lon !== undefined) return { lat: place.lat, lng: place.lon };
      throw AppError.badInput([{ path: 'geo.placeCode', messageKey: 'field.invalid' }]);
    }
    if (g.radiusKm) throw AppError.badInput([{ path: 'geo.placeCode', messageKey: 'field.required' }]);
    return undefined;
  }

  /** Supplier ids of a favourite list of the caller's organisation (others' lists: NOT_FOUND). */
  private async favouriteIds(actor: Actor | null, listId: string): Promise<string[]> {
    if (!actor) throw AppError.unauthenticated();
    const rows: { supplier_organization_id: string | null }[] = await this.dataSource.query(
      `SELECT i.supplier_organization_id FROM favourite_list l
         LEFT JOIN favourite_list_item i ON i.list_id = l.id
        WHERE l.id = $1 AND l.organization_id = $2`,
      [listId, actor.organizationId],
    );
    if (rows.length === 0) throw AppError.notFound('favouriteList');
    return rows.map((r) => r.supplier_organization_id).filter((id): id is string => id !== null);
  }
}
