import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parisToday } from '@essor/domain';
import type { BuyerRegime, MatchReason, NeedStatus, PlaceKind, ReservationType } from '@essor/domain';
import type { NeedEntity } from '../needs';
import {
  candidateIds, decideMatch, eligibilityOf, LotEligibilityContext, loadMatchCandidates, MatchCandidate, matchLotOf, QueryRunnerFn,
} from './match-candidates.sql';

/** A need as matching reads it (lots in position order). */
export interface NeedForMatching {
  id: string;
  title: string;
  status: NeedStatus;
  visibility: NeedEntity['visibility'];
  verifiedOnly: boolean;
  deadlineAt: Date;
  version: number;
  statusReason: string | null;
  buyerOrganizationId: string;
  buyerName: string;
  buyerRegime: BuyerRegime | null;
  lots: LotForMatching[];
}

export interface LotForMatching {
  id: string;
  title: string;
  position: number;
  sectorSlugs: string[];
  cpvCodes: string[];
  serviceTypes: string[];
  placeKind: PlaceKind;
  placeCode: string | null;
  radiusKm: number | null;
  reservation: ReservationType;
}

export interface LotMatch {
  lotId: string;
  supplierId: string;
  reasons: MatchReason[];
}

/**
 * The matching predicate over all suppliers (SQL, match-candidates.sql.ts), then the TypeScript
 * predicate and eligibility on the candidates it returns: structured reasons, and only ELIGIBLE
 * suppliers on reserved lots.
 */
@Injectable()
export class MatchCandidatesRepository {
  private readonly logger = new Logger(MatchCandidatesRepository.name);
  private readonly run: QueryRunnerFn;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.run = (sql, params) => this.dataSource.query(sql, params);
  }

  async need(needId: string): Promise<NeedForMatching | null> {
    const [need] = await this.dataSource.query(
      `SELECT n.id, n.title, n.status, n.visibility, n.verified_only, n.deadline_at, n.version, n.status_reason,
              n.buyer_organization_id, b.name AS buyer_name, b.regime AS buyer_regime
         FROM need n JOIN organization b ON b.id = n.buyer_organization_id
        WHERE n.id = $1`,
      [needId],
    );
    if (!need) return null;
    const lots: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, title, position, sector_slugs, cpv_codes, service_types, place_kind, place_code, radius_km, reservation
         FROM need_lot WHERE need_id = $1 ORDER BY position, id`,
      [needId],
    );
    return {
      id: need.id,
      title: need.title,
      status: need.status,
      visibility: need.visibility,
      verifiedOnly: need.verified_only,
      deadlineAt: need.deadline_at,
      version: need.version,
      statusReason: need.status_reason,
      buyerOrganizationId: need.buyer_organization_id,
      buyerName: need.buyer_name,
      buyerRegime: need.buyer_regime,
      lots: lots.map((l) => ({
        id: l.id as string,
        title: l.title as string,
        position: l.position as number,
        sectorSlugs: l.sector_slugs as string[],
        cpvCodes: l.cpv_codes as string[],
        serviceTypes: l.service_types as string[],
        placeKind: l.place_kind as PlaceKind,
        placeCode: (l.place_code as string | null) ?? null,
        radiusKm: (l.radius_km as number | null) ?? null,
        reservation: l.reservation as ReservationType,
      })),
    };
  }

  async invitedSupplierIds(needId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT supplier_organization_id AS id FROM need_invitation WHERE need_id = $1 ORDER BY 1`, [needId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The matches of each lot. `supplierIds`: only these suppliers (invited ones; suppliers that
   * changed). INVITED needs: an invited supplier that matches no lot is still told, with reason
   * INVITED on every lot it may answer (all but the reserved lots it is not eligible to).
   */
  async matchesOf(need: NeedForMatching, options: { supplierIds?: readonly string[] | null; invited?: readonly string[] } = {}): Promise<LotMatch[]> {
    const restriction = options.invited ?? options.supplierIds ?? null;
    const idsByLot = new Map<string, string[]>();
    for (const lot of need.lots) {
      const matchLot = matchLotOf(lot, need.verifiedOnly);
      idsByLot.set(lot.id, await candidateIds(this.run, matchLot, { reservation: lot.reservation, supplierIds: restriction }));
    }
    const all = new Set([...idsByLot.values()].flat());
    for (const id of options.invited ?? []) all.add(id);
    const candidates = await this.loadInBatches([...all]);

    const matches: LotMatch[] = [];
    const matched = new Set<string>();
    for (const lot of need.lots) {
      const matchLot = matchLotOf(lot, need.verifiedOnly);
      const context = this.contextOf(need, lot);
      for (const id of idsByLot.get(lot.id) ?? []) {
        const candidate = candidates.get(id);
        if (!candidate) continue;
        const decision = decideMatch(candidate, matchLot, context);
        if (decision.matches) {
          matches.push({ lotId: lot.id, supplierId: id, reasons: decision.reasons });
          matched.add(`${lot.id}/${id}`);
        } else if (decision.why === 'PREDICATE') {
          // The property test keeps this from happening; the TypeScript predicate is the specification.
          this.logger.error(`SQL and TypeScript predicates disagree: lot ${lot.id}, supplier ${id}; not matched`);
        }
      }
    }
    for (const id of options.invited ?? []) {
      const candidate = candidates.get(id);
      if (!candidate) continue;
      for (const lot of need.lots) {
        if (matched.has(`${lot.id}/${id}`)) continue;
        if (lot.reservation !== 'NONE' && eligibilityOf(candidate, this.contextOf(need, lot)).status !== 'ELIGIBLE') continue;
        matches.push({ lotId: lot.id, supplierId: id, reasons: [{ type: 'INVITED' }] });
      }
    }
    return matches;
  }

  private contextOf(need: NeedForMatching, lot: LotForMatching): LotEligibilityContext {
    return {
      reservation: lot.reservation,
      // Judged on the Paris calendar day of the deadline, as the eligibility() query reads dates.
      at: new Date(`${parisToday(need.deadlineAt)}T00:00:00Z`),
      buyerRegime: need.buyerRegime,
      cpvCodes: lot.cpvCodes,
    };
  }

  private async loadInBatches(ids: string[]): Promise<Map<string, MatchCandidate>> {
    const result = new Map<string, MatchCandidate>();
    for (let start = 0; start < ids.length; start += 2000) {
      for (const [id, candidate] of await loadMatchCandidates(this.run, ids.slice(start, start + 2000))) result.set(id, candidate);
    }
    return result;
  }

  /**
   * Open PUBLIC lots these suppliers could match: a superset (a sector of one of their activities,
   * or a CPV class of one of their offers); the predicate then decides lot by lot.
   */
  async openNeedIdsFor(supplierIds: readonly string[], at: Date = new Date()): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH sectors AS (SELECT DISTINCT sector_slug FROM supplier_activity WHERE organization_id = ANY($1::uuid[])),
            classes AS (SELECT DISTINCT left(c, 4) AS class FROM supplier_offer f CROSS JOIN unnest(f.cpv_codes) c
                         WHERE f.organization_id = ANY($1::uuid[]) AND length(c) >= 4)
       SELECT DISTINCT n.id
         FROM need n JOIN need_lot l ON l.need_id = n.id
        WHERE n.status = 'PUBLISHED' AND n.visibility = 'PUBLIC' AND n.deadline_at > $2
          AND (l.sector_slugs && ARRAY(SELECT sector_slug::text FROM sectors)
               OR EXISTS (SELECT 1 FROM unnest(l.cpv_codes) lc WHERE left(lc, 4) IN (SELECT class FROM classes)))
        ORDER BY n.id`,
      [supplierIds, at],
    );
    return rows.map((r) => r.id);
  }
}
