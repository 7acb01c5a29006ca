import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cpvByCode, placeByCode } from '@essor/reference-data';
import type { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { CpvCodeModel } from '../reference-data';
import { NeedSortEnum, SearchNeedsArgs } from './dto/search-needs.args';
import { OfferSortEnum, SearchOffersArgs } from './dto/search-offers.args';
import { GeoFilter, SearchSuppliersArgs, SupplierSortEnum } from './dto/search-suppliers.args';
import { NeedHitModel, NeedSearchResultModel } from './models/need-search.models';
import { OfferHitModel, OfferSearchResultModel } from './models/offer-search.models';
import { FacetModel, SupplierHitModel, SupplierSearchResultModel } from './models/supplier-search.models';
import { NEED_FACETS, needFilterExpression } from './need-filter';
import { OFFER_FACETS, offerFilterExpression } from './offer-filter';
import type { NeedDocument } from './projections/need.projection';
import { cpvSignificantPrefix, OfferDocument } from './projections/offer.projection';
import type { SupplierDocument } from './projections/supplier.projection';
import { SearchIndexerService } from './search-indexer.service';
import type { SearchDocuments, SearchIndexName } from './search-indexes';
import { NewItemsWindow, SUPPLIER_FACETS, SUPPLIER_HIT_ATTRIBUTES, supplierFilterExpression } from './supplier-filter';

/** What Meilisearch adds to a hit: the distance to the searched point, and the highlighted fields. */
type Hit<D> = D & { _geoDistance?: number; _formatted?: Partial<Record<string, string>> };
type Geo = { lat: number; lng: number; radiusKm?: number };

export interface SearchOptions {
  /** Facet counts cost Meilisearch time: only when the client asks for them. */
  withFacets: boolean;
  /** Only what is new in this window (a saved search's digest): needs published, suppliers created in it. */
  newIn?: NewItemsWindow;
}

/** Supplier, offer and need search: the web never talks to Meilisearch; filters and access rules are applied here. */
@Injectable()
export class SearchService {
  constructor(
    private readonly indexer: SearchIndexerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `actor`: whose favourite lists the filters may name (a saved search runs for its organisation). */
  async searchSuppliers(actor: Pick<Actor, 'organizationId'> | null, args: SearchSuppliersArgs, options: SearchOptions = { withFacets: true }): Promise<SupplierSearchResultModel> {
    const geo = this.resolveGeo(args);
    const favouriteIds = args.filters?.favouriteListId ? await this.favouriteIds(actor, args.filters.favouriteListId) : undefined;
    const { hits, ...page } = await this.searchPage('suppliers', args, {
      filter: supplierFilterExpression(args.filters, { favouriteIds, geo, created: options.newIn }),
      sort: sortOrder(args.sort, geo, { [SupplierSortEnum.COMPLETENESS]: ['completion:desc'], [SupplierSortEnum.NAME]: ['name:asc'] }),
      facets: options.withFacets ? SUPPLIER_FACETS : undefined,
      retrieve: SUPPLIER_HIT_ATTRIBUTES,
    });
    return Object.assign(new SupplierSearchResultModel(), { ...page, hits: hits.map(toSupplierHit) });
  }

  async searchOffers(args: SearchOffersArgs, options: SearchOptions = { withFacets: true }): Promise<OfferSearchResultModel> {
    assertKnownCpvCodes(args.filters?.cpvCodes);
    const geo = this.resolveGeo(args);
    const { hits, ...page } = await this.searchPage('offers', args, {
      filter: offerFilterExpression(args.filters, { geo }),
      sort: sortOrder(args.sort, geo, { [OfferSortEnum.PRICE]: ['priceMinEur:asc'], [OfferSortEnum.LEAD_TIME]: ['leadTimeDays:asc'] }),
      facets: options.withFacets ? OFFER_FACETS : undefined,
    });
    return Object.assign(new OfferSearchResultModel(), { ...page, hits: hits.map(toOfferHit) });
  }

  /** Published PUBLIC needs only: nothing else is ever in the needs index. */
  async searchNeeds(args: SearchNeedsArgs, options: SearchOptions = { withFacets: true }): Promise<NeedSearchResultModel> {
    assertKnownCpvCodes(args.filters?.cpvCodes);
    const { hits, ...page } = await this.searchPage('needs', args, {
      filter: needFilterExpression(args.filters, { published: options.newIn }),
      sort: sortOrder(args.sort, undefined, { [NeedSortEnum.DEADLINE]: ['deadlineAt:asc'], [NeedSortEnum.NEWEST]: ['publishedAt:desc'] }),
      facets: options.withFacets ? NEED_FACETS : undefined,
      highlight: ['title', 'description'],
    });
    return Object.assign(new NeedSearchResultModel(), { ...page, hits: hits.map(toNeedHit) });
  }

  /** One page of one index, with highlights, and facet counts when asked (page-based: exact totals up to pagination.maxTotalHits). */
  private async searchPage<N extends SearchIndexName, D extends SearchDocuments[N] = SearchDocuments[N]>(
    index: N,
    args: { query?: string; page: number; perPage: number },
    params: { filter: string[]; sort: string[]; facets: string[] | undefined; highlight?: string[]; retrieve?: string[] },
  ) {
    const result: { hits: Hit<D>[]; totalHits?: number; page?: number; totalPages?: number; facetDistribution?: Record<string, Record<string, number>> } =
      await this.indexer.index(index).search<Hit<D>>(args.query ?? '', {
      filter: params.filter,
      sort: params.sort.length ? params.sort : undefined,
      facets: params.facets,
      page: args.page,
      hitsPerPage: args.perPage,
      attributesToRetrieve: params.retrieve,
      attributesToHighlight: params.highlight ?? ['name', 'description'],
      attributesToCrop: ['description'],
      cropLength: 24,
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    });
    const facets = Object.entries(result.facetDistribution ?? {}).map(([name, values]) =>
      Object.assign(new FacetModel(), { name, values: Object.entries(values).map(([value, count]) => ({ value, count })) }),
    );
    return {
      hits: result.hits,
      total: result.totalHits ?? 0,
      page: result.page ?? args.page,
      perPage: args.perPage,
      totalPages: result.totalPages ?? 0,
      facets,
    };
  }

  /** The searched point (with the radius, if any) of the geo filter. */
  private resolveGeo(args: { geo?: GeoFilter }): Geo | undefined {
    const g = args.geo;
    if (!g) return undefined;
    if (g.latitude !== undefined && g.longitude !== undefined) return { lat: g.latitude, lng: g.longitude, radiusKm: g.radiusKm };
    if (g.placeCode) {
      const place = placeByCode('COMMUNE', g.placeCode) ?? placeByCode('DEPARTEMENT', g.placeCode);
      if (place?.lat !== undefined && place.lon !== undefined) return { lat: place.lat, lng: place.lon, radiusKm: g.radiusKm };
      throw AppError.badInput([{ path: 'geo.placeCode', messageKey: 'field.invalid' }]);
    }
    if (g.radiusKm) throw AppError.badInput([{ path: 'geo.placeCode', messageKey: 'field.required' }]);
    return undefined;
  }

  /** Supplier ids of a favourite list of the caller's organisation (others' lists: NOT_FOUND). */
  private async favouriteIds(actor: Pick<Actor, 'organizationId'> | null, listId: string): Promise<string[]> {
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

/** A CPV filter names real codes: an unknown one is BAD_USER_INPUT, never silently ignored. */
function assertKnownCpvCodes(codes: readonly string[] | undefined): void {
  const unknown = (codes ?? []).flatMap((code, i) =>
    cpvSignificantPrefix(code) ? [] : [{ path: `filters.cpvCodes.${i}`, messageKey: 'field.unknownCpv' as const, params: { code } }],
  );
  if (unknown.length) throw AppError.badInput(unknown);
}

/**
 * The chosen order, then nearest first when a place is given: the ranking rules put `sort` right
 * after words/typo, so relevant documents come nearest first, and Meilisearch returns each distance.
 */
function sortOrder<S extends string>(sort: S, geo: Geo | undefined, orders: Partial<Record<S, string[]>>): string[] {
  if (sort === 'DISTANCE' && !geo) throw AppError.badInput([{ path: 'geo', messageKey: 'field.required' }]);
  return [...(orders[sort] ?? []), ...(geo ? [`_geoPoint(${geo.lat}, ${geo.lng}):asc`] : [])];
}

/** Metres from Meilisearch to kilometres with one decimal. */
function distanceKm(h: { _geoDistance?: number }): number | null {
  return h._geoDistance !== undefined ? Math.round(h._geoDistance / 100) / 10 : null;
}

type SupplierHitSource = Pick<Hit<SupplierDocument>, keyof SupplierHitModel & keyof SupplierDocument | '_geoDistance' | '_formatted'>;

function toSupplierHit(h: SupplierHitSource): SupplierHitModel {
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
    distanceKm: distanceKm(h),
    nameHighlight: h._formatted?.name ?? null,
    snippet: h._formatted?.description ?? null,
  });
}

function toOfferHit(h: Hit<OfferDocument>): OfferHitModel {
  return Object.assign(new OfferHitModel(), {
    id: h.id,
    name: h.name,
    nameHighlight: h._formatted?.name ?? null,
    snippet: h._formatted?.description ?? null,
    cpvCodes: h.cpvCodes.map((code) => cpvByCode(code)).filter((c) => c !== undefined).map((c) => Object.assign(new CpvCodeModel(), {
      code: c.code, labelFr: c.labelFr, labelEn: c.labelEn, level: c.level, parentCode: c.parentCode,
    })),
    unit: h.unit,
    priceMinEur: h.priceMinEur,
    priceMaxEur: h.priceMaxEur,
    leadTimeDays: h.leadTimeDays,
    capacityQuantity: h.capacityQuantity,
    capacityPeriod: h.capacityPeriod,
    // The offer's supplier, as a supplier hit (its highlights are the offer's, not repeated here).
    supplier: toSupplierHit({ ...h, id: h.supplierId, name: h.supplierName, brand: h.supplierBrand, _formatted: undefined }),
    distanceKm: distanceKm(h),
  });
}

function toNeedHit(h: Hit<NeedDocument>): NeedHitModel {
  return Object.assign(new NeedHitModel(), {
    id: h.id,
    title: h.title,
    titleHighlight: h._formatted?.title ?? null,
    snippet: h._formatted?.description ?? null,
    kind: h.kind,
    buyerName: h.buyerName,
    deadlineAt: new Date(h.deadlineAt),
    publishedAt: new Date(h.publishedAt),
    amountMaxEur: h.amountMaxEur,
    consortiaAllowed: h.consortiaAllowed,
    reserved: h.reserved,
    lots: h.lots,
  });
}
