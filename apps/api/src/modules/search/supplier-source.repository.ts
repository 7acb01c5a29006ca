import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { departementsOfRegion, placeByCode } from '@essor/reference-data';
import type { OfferSource, SupplierSource } from './projections/supplier.projection';

type Row = Record<string, unknown>;

/** Which suppliers a page walks through: all, or those with at least one offer. */
export type SupplierScope = 'all' | 'withOffers';
const SCOPE_WHERE: Record<SupplierScope, string> = {
  all: `o.type = 'SUPPLIER'`,
  withOffers: `o.type = 'SUPPLIER' AND EXISTS (SELECT 1 FROM supplier_offer f WHERE f.organization_id = o.id)`,
};

/**
 * Loads what the supplier search documents are built from, a batch at a time, in five set-based
 * queries (organisations+profiles, kinds, proofs, activities, offers) whatever the batch size.
 * Both the suppliers and the offers index are built from these rows.
 */
@Injectable()
export class SupplierSourceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Supplier ids in id order after `afterId`, for paging through the whole table; `withOffers`:
   * only suppliers that have a catalogue (what the offers index is built from).
   */
  async pageOfIds(afterId: string | null, limit: number, scope: SupplierScope = 'all'): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT o.id FROM organization o WHERE ${SCOPE_WHERE[scope]} AND ($1::uuid IS NULL OR o.id > $1) ORDER BY o.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async count(scope: SupplierScope = 'all'): Promise<number> {
    return (await this.dataSource.query(`SELECT count(*)::int AS n FROM organization o WHERE ${SCOPE_WHERE[scope]}`))[0].n;
  }

  async load(ids: readonly string[]): Promise<SupplierSource[]> {
    if (ids.length === 0) return [];
    const q = (sql: string) => this.dataSource.query(sql, [ids]) as Promise<Row[]>;
    const [orgs, kinds, proofs, activities, offers] = await Promise.all([
      q(`SELECT o.id, o.name, o.siret, p.brand, p.naf_code, p.description, p.city, p.postcode, p.departement_code,
                p.latitude, p.longitude, p.networks, p.certifications, p.headcount_permanent, p.headcount_insertion,
                p.disabled_workers_share, p.disadvantaged_workers_share, p.capacity_quantity, p.capacity_unit, p.capacity_period,
                p.logo_file_id, p.website, p.year_founded, p.revenue_eur, jsonb_array_length(coalesce(p.client_references, '[]'::jsonb)) AS client_reference_count, o.created_at, p.updated_at,
                EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id) AS claimed
           FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id
          WHERE o.id = ANY($1::uuid[]) AND o.type = 'SUPPLIER'`),
      q(`SELECT organization_id, kind, status FROM supplier_kind WHERE organization_id = ANY($1::uuid[])`),
      q(`SELECT organization_id, kind, proof_type, valid_from::text, valid_until::text, status FROM status_proof WHERE organization_id = ANY($1::uuid[])`),
      q(`SELECT a.organization_id, a.sector_slug, s.name_fr AS sector_name, s.group_slug, a.service_types, a.area_kind,
                a.region_codes, a.departement_codes, a.commune_codes
           FROM supplier_activity a JOIN sector s ON s.slug = a.sector_slug
          WHERE a.organization_id = ANY($1::uuid[]) ORDER BY a.position`),
      // Columns named as OfferSource's fields: the rows are the offers as they are.
      q(`SELECT organization_id, id, name, description, cpv_codes AS "cpvCodes", unit, price_min_eur AS "priceMinEur",
                price_max_eur AS "priceMaxEur", lead_time_days AS "leadTimeDays", minimum_order AS "minimumOrder",
                capacity_quantity AS "capacityQuantity", capacity_period AS "capacityPeriod", position, updated_at AS "updatedAt"
           FROM supplier_offer WHERE organization_id = ANY($1::uuid[]) ORDER BY position, id`),
    ]);
    const by = (rows: Row[]) => {
      const map = new Map<string, Row[]>();
      for (const r of rows) map.set(r.organization_id as string, [...(map.get(r.organization_id as string) ?? []), r]);
      return map;
    };
    const kindsBy = by(kinds);
    const proofsBy = by(proofs);
    const activitiesBy = by(activities);
    const offersBy = by(offers);
    return orgs.map((o) => {
      const id = o.id as string;
      const departementCode = (o.departement_code as string | null) ?? null;
      return {
        id,
        name: o.name as string,
        brand: (o.brand as string | null) ?? null,
        siret: (o.siret as string | null) ?? null,
        nafCode: (o.naf_code as string | null) ?? null,
        description: (o.description as string | null) ?? null,
        city: (o.city as string | null) ?? null,
        postcode: (o.postcode as string | null) ?? null,
        departementCode,
        regionCode: departementCode ? (placeByCode('DEPARTEMENT', departementCode)?.regionCode ?? null) : null,
        latitude: (o.latitude as number | null) ?? null,
        longitude: (o.longitude as number | null) ?? null,
        networks: (o.networks as string[] | null) ?? [],
        certifications: (o.certifications as string[] | null) ?? [],
        headcountPermanent: (o.headcount_permanent as number | null) ?? null,
        headcountInsertion: (o.headcount_insertion as number | null) ?? null,
        disabledWorkersShare: (o.disabled_workers_share as number | null) ?? null,
        disadvantagedWorkersShare: (o.disadvantaged_workers_share as number | null) ?? null,
        capacityQuantity: (o.capacity_quantity as number | null) ?? null,
        capacityUnit: (o.capacity_unit as string | null) ?? null,
        capacityPeriod: (o.capacity_period as string | null) ?? null,
        claimed: o.claimed as boolean,
        hasLogo: o.logo_file_id !== null && o.logo_file_id !== undefined,
        website: (o.website as string | null) ?? null,
        yearFounded: (o.year_founded as number | null) ?? null,
        revenueEur: o.revenue_eur === null || o.revenue_eur === undefined ? null : Number(o.revenue_eur),
        clientReferenceCount: Number(o.client_reference_count ?? 0),
        createdAt: o.created_at as Date,
        updatedAt: (o.updated_at as Date | null) ?? new Date(0),
        kinds: (kindsBy.get(id) ?? []).map((k) => ({ kind: k.kind as never, status: k.status as never })),
        proofs: (proofsBy.get(id) ?? []).map((p) => ({
          kind: p.kind as never,
          proofType: p.proof_type as never,
          status: p.status as never,
          validFrom: (p.valid_from as string | null) ?? null,
          validUntil: (p.valid_until as string | null) ?? null,
        })),
        activities: (activitiesBy.get(id) ?? []).map((a) => ({
          sectorSlug: a.sector_slug as string,
          sectorName: a.sector_name as string,
          groupSlug: a.group_slug as string,
          serviceTypes: a.service_types as string[],
          national: a.area_kind === 'NATIONAL',
          departementCodes: servedDepartements(a.region_codes as string[], a.departement_codes as string[], a.commune_codes as string[]),
        })),
        offers: (offersBy.get(id) ?? []).map(({ organization_id: _owner, ...offer }) => offer as unknown as OfferSource),
      };
    });
  }
}

/** Départements covered by a zone list: a région covers its départements, a commune its own. */
function servedDepartements(regions: string[], departements: string[], communes: string[]): string[] {
  const fromRegions = regions.flatMap((r) => departementsOfRegion(r).map((d) => d.code));
  const fromCommunes = communes.map((c) => placeByCode('COMMUNE', c)?.departementCode).filter((d): d is string => !!d);
  return [...new Set([...fromRegions, ...departements, ...fromCommunes])];
}
