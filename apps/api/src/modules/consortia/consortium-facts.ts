import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { combinedConsortiumProfile, consortiumEligibility, parisToday, supplierEligibility } from '@essor/domain';
import type {
  BuyerRegime, CombinedProfile, ConsortiumEligibilityResult, ConsortiumMemberRole, EligibilityResult, NeedStatus, PlaceKind, ReservationType,
} from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { loadMatchCandidates, QueryRunnerFn } from '../matching';

/** A lot with the need facts consortia depend on. */
export interface LotFacts {
  lotId: string;
  lotTitle: string;
  needId: string;
  needTitle: string;
  needStatus: NeedStatus;
  visibility: string;
  consortiaAllowed: boolean;
  verifiedOnly: boolean;
  deadlineAt: Date;
  questions: string[];
  buyerOrganizationId: string;
  buyerRegime: BuyerRegime | null;
  reservation: ReservationType;
  cpvCodes: string[];
  sectorSlugs: string[];
  serviceTypes: string[];
  placeKind: PlaceKind;
  placeCode: string | null;
  radiusKm: number | null;
}

const VISIBLE_STATUSES: readonly string[] = ['PUBLISHED', 'CLOSED', 'AWARDED'];

/**
 * What consortia and partner calls read about lots, needs and suppliers: readability of a need (the
 * rule of NeedsService.mayRead), eligibility evidence loaded like matching does, combined profiles.
 */
@Injectable()
export class ConsortiumFacts {
  readonly run: QueryRunnerFn;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {
    this.run = (sql, params) => this.dataSource.query(sql, params);
  }

  /** The actor's active organisation when it is a supplier the actor belongs to. */
  async activeSupplier(actor: Actor): Promise<{ id: string; name: string }> {
    const orgId = actor.organizationId;
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) throw AppError.forbidden('consortium.supplierOnly');
    const [org]: { id: string; name: string; type: string }[] = await this.dataSource.query(`SELECT id, name, type FROM organization WHERE id = $1`, [orgId]);
    if (!org || org.type !== 'SUPPLIER') throw AppError.forbidden('consortium.supplierOnly');
    return { id: org.id, name: org.name };
  }

  async lot(lotId: string, manager: EntityManager = this.dataSource.manager): Promise<LotFacts | null> {
    if (!isUuid(lotId)) return null;
    const [r]: Record<string, unknown>[] = await manager.query(
      `SELECT l.id AS lot_id, l.title AS lot_title, l.reservation, l.cpv_codes, l.sector_slugs, l.service_types, l.place_kind, l.place_code, l.radius_km,
              n.id AS need_id, n.title AS need_title, n.status, n.visibility, n.consortia_allowed, n.verified_only, n.deadline_at, n.questions,
              n.buyer_organization_id, b.regime AS buyer_regime
         FROM need_lot l JOIN need n ON n.id = l.need_id JOIN organization b ON b.id = n.buyer_organization_id
        WHERE l.id = $1`,
      [lotId],
    );
    if (!r) return null;
    return {
      lotId: r.lot_id as string, lotTitle: r.lot_title as string, needId: r.need_id as string, needTitle: r.need_title as string,
      needStatus: r.status as NeedStatus, visibility: r.visibility as string, consortiaAllowed: r.consortia_allowed as boolean,
      verifiedOnly: r.verified_only as boolean, deadlineAt: r.deadline_at as Date, questions: (r.questions as string[]) ?? [],
      buyerOrganizationId: r.buyer_organization_id as string, buyerRegime: (r.buyer_regime as BuyerRegime | null) ?? null,
      reservation: r.reservation as ReservationType, cpvCodes: r.cpv_codes as string[], sectorSlugs: r.sector_slugs as string[],
      serviceTypes: r.service_types as string[], placeKind: r.place_kind as PlaceKind, placeCode: (r.place_code as string | null) ?? null,
      radiusKm: (r.radius_km as number | null) ?? null,
    };
  }

  /** The lot when the actor may read its need (NeedsService.mayRead), else NOT_FOUND. */
  async readableLot(actor: Actor | null, lotId: string, needId?: string | null): Promise<LotFacts> {
    const lot = await this.lot(lotId);
    if (!lot || (needId && lot.needId !== needId) || !(await this.mayRead(actor, lot))) throw AppError.notFound('lot');
    return lot;
  }

  async mayRead(actor: Actor | null, lot: Pick<LotFacts, 'needId' | 'needStatus' | 'visibility' | 'buyerOrganizationId'>): Promise<boolean> {
    if (actor?.isStaff && actor.via === 'session') return true;
    if (actor && (await this.access.rolesIn(actor, [lot.buyerOrganizationId])).has(lot.buyerOrganizationId)) return true;
    if (!VISIBLE_STATUSES.includes(lot.needStatus)) return false;
    if (lot.visibility === 'PUBLIC') return true;
    if (!actor?.organizationId) return false;
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM need_invitation WHERE need_id = $1 AND supplier_organization_id = $2`, [lot.needId, actor.organizationId]);
    return rows.length > 0;
  }

  /** Judged on the Paris calendar day of the deadline, as matching and eligibility() read dates. */
  eligibilityDay(lot: LotFacts): Date {
    return new Date(`${parisToday(lot.deadlineAt)}T00:00:00Z`);
  }

  /** RES-08 for these members (bidding and subcontracting), with evidence loaded like matching. */
  async consortiumEligibility(lot: LotFacts, members: { organizationId: string; name: string; role: ConsortiumMemberRole }[]): Promise<ConsortiumEligibilityResult> {
    const candidates = await loadMatchCandidates(this.run, members.map((m) => m.organizationId));
    return consortiumEligibility({
      members: members.map((m) => ({ memberId: m.organizationId, name: m.name, role: m.role, ...(candidates.get(m.organizationId)?.eligibility ?? { kinds: [] }) })),
      ...this.context(lot, lot.reservation),
    });
  }

  /** One supplier's eligibility to a reservation on this lot (partner calls). */
  async supplierEligibility(lot: LotFacts, organizationId: string, reservation: ReservationType): Promise<EligibilityResult> {
    const candidates = await loadMatchCandidates(this.run, [organizationId]);
    return supplierEligibility({ ...(candidates.get(organizationId)?.eligibility ?? { kinds: [] }), ...this.context(lot, reservation) });
  }

  context(lot: LotFacts, reservation: ReservationType) {
    return {
      reservation,
      at: this.eligibilityDay(lot),
      ...(lot.buyerRegime ? { buyerRegime: lot.buyerRegime } : {}),
      ...(lot.cpvCodes.length > 0 ? { cpvCodes: lot.cpvCodes } : {}),
    };
  }

  /** GME-05: what the buyer judges together. */
  async combinedProfile(organizationIds: string[]): Promise<CombinedProfile> {
    if (organizationIds.length === 0) return combinedConsortiumProfile([]);
    const q = (sql: string) => this.dataSource.query(sql, [organizationIds]) as Promise<Record<string, unknown>[]>;
    const [profiles, kinds, activities] = await Promise.all([
      q(`SELECT o.id, p.headcount_permanent, p.headcount_insertion, p.capacity_quantity, p.capacity_unit, p.capacity_period, p.certifications
           FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id WHERE o.id = ANY($1::uuid[])`),
      q(`SELECT organization_id, kind FROM supplier_kind WHERE organization_id = ANY($1::uuid[])`),
      q(`SELECT organization_id, sector_slug, area_kind, region_codes, departement_codes FROM supplier_activity WHERE organization_id = ANY($1::uuid[])`),
    ]);
    return combinedConsortiumProfile(profiles.map((p) => {
      const permanent = p.headcount_permanent as number | null;
      const insertion = p.headcount_insertion as number | null;
      const quantity = p.capacity_quantity as number | null;
      const unit = p.capacity_unit as string | null;
      const mine = activities.filter((a) => a.organization_id === p.id);
      return {
        headcount: permanent === null && insertion === null ? null : (permanent ?? 0) + (insertion ?? 0),
        capacity: quantity !== null && unit ? { quantity, unit, period: (p.capacity_period as string | null) ?? null } : null,
        certifications: (p.certifications as string[] | null) ?? [],
        kinds: kinds.filter((k) => k.organization_id === p.id).map((k) => k.kind as string),
        areas: mine.map((a) => ({
          areaKind: a.area_kind as 'NATIONAL' | 'ZONES' | 'RADIUS', regionCodes: a.region_codes as string[], departementCodes: a.departement_codes as string[],
        })),
        sectorSlugs: mine.map((a) => a.sector_slug as string),
      };
    }));
  }
}
