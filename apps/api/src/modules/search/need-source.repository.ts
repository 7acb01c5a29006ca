import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NeedLotSource, NeedSource } from './projections/need.projection';

/** Which needs a page walks through: those of the public index (published, open to all). */
export type NeedScope = 'public';
const SCOPE_WHERE: Record<NeedScope, string> = {
  public: `n.status = 'PUBLISHED' AND n.visibility = 'PUBLIC'`,
};

/**
 * Loads what the need search documents are built from, a batch at a time, in two set-based queries
 * (needs with their buyer, lots). Any need loads: the projection decides whether it is indexed.
 */
@Injectable()
export class NeedSourceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async pageOfIds(afterId: string | null, limit: number, scope: NeedScope): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT n.id FROM need n WHERE ${SCOPE_WHERE[scope]} AND ($1::uuid IS NULL OR n.id > $1) ORDER BY n.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async count(scope: NeedScope): Promise<number> {
    return (await this.dataSource.query(`SELECT count(*)::int AS n FROM need n WHERE ${SCOPE_WHERE[scope]}`))[0].n;
  }

  async load(ids: readonly string[]): Promise<NeedSource[]> {
    if (ids.length === 0) return [];
    // Columns named as the source's fields: the rows are the sources as they are.
    const [needs, lots]: [(Omit<NeedSource, 'lots'>)[], (NeedLotSource & { needId: string })[]] = await Promise.all([
      this.dataSource.query(
        `SELECT n.id, n.status, n.visibility, n.kind, n.title, n.description_html AS "descriptionHtml", o.name AS "buyerName",
                o.regime AS "buyerRegime", n.consortia_allowed AS "consortiaAllowed", n.deadline_at AS "deadlineAt", n.published_at AS "publishedAt"
           FROM need n JOIN organization o ON o.id = n.buyer_organization_id
          WHERE n.id = ANY($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT need_id AS "needId", title, sector_slugs AS "sectorSlugs", cpv_codes AS "cpvCodes", reservation, place_kind AS "placeKind",
                place_code AS "placeCode", amount_min_eur AS "amountMinEur", amount_max_eur AS "amountMaxEur", social_clause_hours AS "socialClauseHours"
           FROM need_lot WHERE need_id = ANY($1::uuid[]) ORDER BY need_id, position, id`,
        [ids],
      ),
    ]);
    const lotsBy = new Map<string, NeedLotSource[]>();
    for (const { needId, ...lot } of lots) lotsBy.set(needId, [...(lotsBy.get(needId) ?? []), lot]);
    return needs.map((need) => ({ ...need, lots: lotsBy.get(need.id) ?? [] }));
  }
}
