import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatPartnerSuggestionReason, matchSupplierToLot, rankPartnerSuggestions, supplierEligibility } from '@essor/domain';
import { sectorBySlug } from '@essor/reference-data';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { AppError, ErrorCode } from '../../core/graphql';
import { candidateIds, loadMatchCandidates, MATCH_GEO, matchLotOf } from '../matching';
import { ConsortiaService, isUniqueViolation } from './consortia.service';
import { ConsortiumFacts } from './consortium-facts';
import { ApplyToPartnerCallInput, CreatePartnerCallInput, DecidePartnerApplicationInput, PartnerCallIdInput, PartnerCallsArgs } from './dto/consortium.inputs';
import { PartnerApplicationEntity, PartnerCallEntity } from './entities/consortium.entity';
import { PartnerCallModel, PartnerCallPageModel, PartnerSuggestionModel } from './models/consortium.models';

type Row = Record<string, unknown>;

/** Bourse à la co-traitance: partner calls on a lot, applications, and ranked partner suggestions. */
@Injectable()
export class PartnerCallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly facts: ConsortiumFacts,
    private readonly consortia: ConsortiaService,
  ) {}

  /** Uses the author's live consortium on the lot, or creates one it leads. */
  async create(actor: Actor, input: CreatePartnerCallInput): Promise<PartnerCallModel> {
    const supplier = await this.facts.activeSupplier(actor);
    const lot = await this.facts.readableLot(actor, input.lotId, input.needId);
    this.consortia.requireOpenForConsortia(lot, 'lotId');
    const id = await this.dataSource.transaction(async (manager) => {
      const [existing]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM consortium WHERE lot_id = $1 AND lead_organization_id = $2 AND status <> 'DISSOLVED' FOR UPDATE`, [lot.lotId, supplier.id],
      );
      if (existing && existing.status !== 'FORMING') throw AppError.conflict('consortium.frozen');
      const consortiumId = existing?.id
        ?? await this.consortia.insertConsortium(manager, actor, supplier.id, { scope: 'LOT', lot, name: input.title.trim(), form: 'JOINT' });
      const { identifiers } = await manager.insert(PartnerCallEntity, {
        needId: lot.needId, lotId: lot.lotId, authorOrganizationId: supplier.id, consortiumId, title: input.title.trim(), description: input.description,
        sectorSlugs: input.sectorSlugs, kinds: input.kinds, departementCodes: input.departementCodes, regionCodes: input.regionCodes,
        reservationNeeded: input.reservationNeeded, roleOffered: input.roleOffered, status: 'OPEN',
      });
      return identifiers[0]!.id as string;
    });
    return this.read(actor, id);
  }

  /** Open calls on needs the caller can read (and the caller's own calls, open or closed). */
  async list(actor: Actor, args: PartnerCallsArgs): Promise<PartnerCallPageModel> {
    const orgId = actor.organizationId && (await this.access.rolesIn(actor, [actor.organizationId])).has(actor.organizationId) ? actor.organizationId : null;
    const needId = args.needId && isUuid(args.needId) ? args.needId : null;
    const lotId = args.lotId && isUuid(args.lotId) ? args.lotId : null;
    if ((args.needId && !needId) || (args.lotId && !lotId)) return Object.assign(new PartnerCallPageModel(), { items: [], total: 0, page: args.page, perPage: args.perPage });
    const where = `FROM partner_call pc JOIN need n ON n.id = pc.need_id
      WHERE ($2::uuid IS NULL OR pc.need_id = $2) AND ($3::uuid IS NULL OR pc.lot_id = $3)
        AND (pc.author_organization_id = $1
             OR (pc.status = 'OPEN' AND n.status = 'PUBLISHED'
                 AND (n.visibility = 'PUBLIC' OR n.buyer_organization_id = $1
                      OR EXISTS (SELECT 1 FROM need_invitation i WHERE i.need_id = n.id AND i.supplier_organization_id = $1))))`;
    const params = [orgId, needId, lotId];
    const [{ total }]: [{ total: number }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT pc.id ${where} ORDER BY pc.created_at DESC, pc.id LIMIT $4 OFFSET $5`,
      [...params, args.perPage, (args.page - 1) * args.perPage]);
    const items = await Promise.all(rows.map((r) => this.read(actor, r.id)));
    return Object.assign(new PartnerCallPageModel(), { items, total, page: args.page, perPage: args.perPage });
  }

  /** The applicant must be a supplier eligible to the reservation the call needs (RES-08). */
  async apply(actor: Actor, input: ApplyToPartnerCallInput): Promise<PartnerCallModel> {
    const supplier = await this.facts.activeSupplier(actor);
    const call = await this.readableCall(actor, input.callId);
    if (call.authorOrganizationId === supplier.id) throw AppError.conflict('partnerCall.ownCall');
    if (call.status !== 'OPEN') throw AppError.conflict('partnerCall.closed');
    const lot = (await this.facts.lot(call.lotId))!;
    if (call.reservationNeeded !== 'NONE') {
      const result = await this.facts.supplierEligibility(lot, supplier.id, call.reservationNeeded as never);
      if (result.status === 'INELIGIBLE') {
        const reasons = result.reasons.map((r) => ({ code: r.code, message: actor.locale === 'en' ? r.message_en : r.message_fr }));
        throw new AppError(ErrorCode.INELIGIBLE, 'partnerCall.ineligible', { params: { reasons: reasons.map((r) => r.message).join(' ') }, details: { reasons } });
      }
    }
    await this.dataSource.transaction(async (manager) => {
      try {
        const { identifiers } = await manager.insert(PartnerApplicationEntity, { callId: call.id, organizationId: supplier.id, message: input.message, status: 'PENDING' });
        if (call.consortiumId) await this.consortia.event(manager, call.consortiumId, 'APPLIED', undefined, identifiers[0]!.id as string);
      } catch (error) {
        if (isUniqueViolation(error, 'uq_partner_application')) throw AppError.conflict('partnerCall.alreadyApplied');
        throw error;
      }
    });
    return this.read(actor, call.id);
  }

  /** The author accepts (the applicant joins the consortium, ACCEPTED, with the role offered) or rejects. */
  async decide(actor: Actor, input: DecidePartnerApplicationInput): Promise<PartnerCallModel> {
    if (!isUuid(input.applicationId)) throw AppError.notFound('partnerApplication');
    const [app]: { call_id: string }[] = await this.dataSource.query(`SELECT call_id FROM partner_application WHERE id = $1`, [input.applicationId]);
    if (!app) throw AppError.notFound('partnerApplication');
    const call = await this.authoredCall(actor, app.call_id, 'partnerApplication');
    await this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(PartnerApplicationEntity, { where: { id: input.applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application || application.status !== 'PENDING') throw AppError.conflict('partnerCall.alreadyDecided');
      if (input.accept) {
        if (!call.consortiumId) throw AppError.conflict('consortium.frozen');
        const consortium = await this.consortia.lockAsLead(manager, actor, call.consortiumId);
        await manager.query(
          `INSERT INTO consortium_member (consortium_id, organization_id, role, status, answered_at) VALUES ($1, $2, $3, 'ACCEPTED', now())
           ON CONFLICT (consortium_id, organization_id) WHERE organization_id IS NOT NULL
           DO UPDATE SET role = EXCLUDED.role, status = 'ACCEPTED', answered_at = now()`,
          [consortium.id, application.organizationId, call.roleOffered],
        );
      }
      await manager.update(PartnerApplicationEntity, { id: application.id }, { status: input.accept ? 'ACCEPTED' : 'REJECTED', decidedAt: new Date() });
      if (call.consortiumId) await this.consortia.event(manager, call.consortiumId, input.accept ? 'APPLICATION_ACCEPTED' : 'APPLICATION_REJECTED', undefined, application.id);
    });
    return this.read(actor, call.id);
  }

  async close(actor: Actor, input: PartnerCallIdInput): Promise<PartnerCallModel> {
    const call = await this.authoredCall(actor, input.callId, 'partnerCall');
    await this.dataSource.getRepository(PartnerCallEntity).update({ id: call.id }, { status: 'CLOSED' });
    return this.read(actor, call.id);
  }

  /**
   * Suppliers the caller could team up with on this lot: the matching predicate's candidates (they
   * cover the place and a sector of the lot), ranked by rankPartnerSuggestions with their reasons.
   */
  async suggestions(actor: Actor, lotId: string, limit: number): Promise<PartnerSuggestionModel[]> {
    const supplier = await this.facts.activeSupplier(actor);
    const lot = await this.facts.readableLot(actor, lotId);
    const matchLot = { ...matchLotOf(lot, false), verifiedOnly: false };
    const ids = (await candidateIds(this.facts.run, matchLot, { reservation: lot.reservation })).filter((id) => id !== supplier.id);
    // Already in the caller's consortium on this lot: nothing to suggest.
    const taken = new Set((await this.dataSource.query(
      `SELECT m.organization_id FROM consortium c JOIN consortium_member m ON m.consortium_id = c.id
        WHERE c.lot_id = $1 AND c.lead_organization_id = $2 AND c.status <> 'DISSOLVED' AND m.organization_id IS NOT NULL AND m.status IN ('INVITED', 'ACCEPTED')`,
      [lot.lotId, supplier.id],
    ) as { organization_id: string }[]).map((r) => r.organization_id));
    const wanted = ids.filter((id) => !taken.has(id)).slice(0, 500);
    const [candidates, profiles, callerSectors, responses] = await Promise.all([
      loadMatchCandidates(this.facts.run, wanted),
      this.dataSource.query(
        `SELECT o.id, o.name, p.headcount_permanent, p.headcount_insertion, p.capacity_quantity, p.capacity_unit
           FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id WHERE o.id = ANY($1::uuid[])`, [wanted],
      ) as Promise<Row[]>,
      this.dataSource.query(`SELECT DISTINCT sector_slug FROM supplier_activity WHERE organization_id = $1`, [supplier.id]) as Promise<{ sector_slug: string }[]>,
      this.dataSource.query(
        `SELECT respondent_organization_id AS id, count(*)::int AS n FROM need_response WHERE status = 'SUBMITTED' AND respondent_organization_id = ANY($1::uuid[]) GROUP BY 1`, [wanted],
      ) as Promise<{ id: string; n: number }[]>,
    ]);
    const responsesBy = new Map(responses.map((r) => [r.id, r.n]));
    const context = this.facts.context(lot, lot.reservation);
    const ranked = rankPartnerSuggestions({
      lotSectorSlugs: lot.sectorSlugs,
      reservation: lot.reservation,
      callerSectorSlugs: callerSectors.map((r) => r.sector_slug),
      limit,
      candidates: profiles.flatMap((p) => {
        const candidate = candidates.get(p.id as string);
        if (!candidate) return [];
        const predicate = matchSupplierToLot(candidate.supplier, matchLot, MATCH_GEO);
        const eligibility = lot.reservation === 'NONE' ? null : supplierEligibility({ ...candidate.eligibility, ...context });
        const permanent = p.headcount_permanent as number | null;
        const insertion = p.headcount_insertion as number | null;
        const quantity = p.capacity_quantity as number | null;
        return [{
          id: p.id as string,
          name: p.name as string,
          sectorSlugs: predicate.reasons.flatMap((r) => (r.type === 'SECTOR' ? [r.sectorSlug] : [])),
          coversPlace: predicate.matches,
          capacity: quantity !== null && p.capacity_unit ? { quantity, unit: p.capacity_unit as string } : null,
          headcount: permanent === null && insertion === null ? null : (permanent ?? 0) + (insertion ?? 0),
          eligibility: eligibility?.status ?? 'ELIGIBLE',
          eligibleKinds: eligibility ? [...new Set(eligibility.reasons.flatMap((r) => (r.code === 'KIND_ELIGIBLE' && r.kind ? [r.kind] : [])))] : [],
          pastResponses: responsesBy.get(p.id as string) ?? 0,
        }];
      }),
    });
    const lang = actor.locale === 'en' ? 'en' : 'fr';
    const label = (slug: string) => {
      const sector = sectorBySlug(slug);
      return (lang === 'en' ? sector?.nameEn : undefined) ?? sector?.nameFr ?? slug;
    };
    return ranked.map((s) => {
      const reasons = s.reasons.map((r) => ({ type: r.type, label: formatPartnerSuggestionReason(r, lang, label) }));
      return Object.assign(new PartnerSuggestionModel(), { supplierId: s.id, name: s.name, score: s.score, reasons, summary: reasons.map((r) => r.label).join(' · ') });
    });
  }

  // ---------------------------------------------------------------- helpers

  private async readableCall(actor: Actor, callId: string): Promise<PartnerCallEntity> {
    if (!isUuid(callId)) throw AppError.notFound('partnerCall');
    const call = await this.dataSource.getRepository(PartnerCallEntity).findOneBy({ id: callId });
    if (!call) throw AppError.notFound('partnerCall');
    const mine = actor.organizationId === call.authorOrganizationId && (await this.access.rolesIn(actor, [call.authorOrganizationId])).has(call.authorOrganizationId);
    const lot = await this.facts.lot(call.lotId);
    if (!mine && (!lot || !(await this.facts.mayRead(actor, lot)))) throw AppError.notFound('partnerCall');
    return call;
  }

  private async authoredCall(actor: Actor, callId: string, entity: string): Promise<PartnerCallEntity> {
    const call = isUuid(callId) ? await this.dataSource.getRepository(PartnerCallEntity).findOneBy({ id: callId }) : null;
    if (!call || !(await this.access.rolesIn(actor, [call.authorOrganizationId])).has(call.authorOrganizationId)) throw AppError.notFound(entity);
    return call;
  }

  async read(actor: Actor, callId: string): Promise<PartnerCallModel> {
    const [r]: Row[] = await this.dataSource.query(
      `SELECT pc.*, n.title AS need_title, l.title AS lot_title, a.name AS author_name
         FROM partner_call pc JOIN need n ON n.id = pc.need_id JOIN need_lot l ON l.id = pc.lot_id JOIN organization a ON a.id = pc.author_organization_id
        WHERE pc.id = $1`,
      [callId],
    );
    if (!r) throw AppError.notFound('partnerCall');
    const authorId = r.author_organization_id as string;
    const roles = await this.access.rolesIn(actor, [authorId, ...(actor.organizationId ? [actor.organizationId] : [])]);
    const isMine = roles.has(authorId);
    const applications: Row[] = await this.dataSource.query(
      `SELECT pa.*, o.name AS organization_name FROM partner_application pa JOIN organization o ON o.id = pa.organization_id
        WHERE pa.call_id = $1 AND ($2 OR pa.organization_id = $3) ORDER BY pa.created_at, pa.id`,
      [callId, isMine, actor.organizationId && roles.has(actor.organizationId) ? actor.organizationId : null],
    );
    return Object.assign(new PartnerCallModel(), {
      id: r.id, needId: r.need_id, needTitle: r.need_title, lotId: r.lot_id, lotTitle: r.lot_title, authorOrganizationId: authorId, authorName: r.author_name,
      consortiumId: r.consortium_id, title: r.title, description: r.description, sectorSlugs: r.sector_slugs, kinds: r.kinds,
      departementCodes: r.departement_codes, regionCodes: r.region_codes, reservationNeeded: r.reservation_needed, roleOffered: r.role_offered,
      status: r.status, createdAt: r.created_at, isMine,
      applications: applications.map((a) => ({
        id: a.id, callId: a.call_id, organizationId: a.organization_id, organizationName: a.organization_name, message: a.message,
        status: a.status, createdAt: a.created_at, decidedAt: a.decided_at,
      })),
    });
  }
}

