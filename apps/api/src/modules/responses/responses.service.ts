import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import {
  acceptsResponses, consortiumEligibility, haversineKm, parisToday, subcontractingWarning, supplierEligibility,
} from '@essor/domain';
import type {
  BuyerRegime, ConsortiumMemberRole, EligibilityResult, EligibilityStatus, NeedStatus, PlaceKind, ReservationType, SubcontractingWarning,
} from '@essor/domain';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { StoredFileEntity } from '../../core/files/stored-file.entity';
import { AppError, ErrorCode, FieldError } from '../../core/graphql';
import type { Locale } from '../../core/graphql/messages';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import type { ResponseEventKind } from '../../core/queue';
import { eligibilityOf, LotEligibilityContext, loadMatchCandidates, MatchCandidate, matchPlaceOf, QueryRunnerFn } from '../matching';
import { NeedsService } from '../needs';
import { OrganizationEntity } from '../organizations';
import { EligibilityModel, EligibilityReasonModel, toEligibilityModel } from '../suppliers';
import { contactsVisibleTo } from './contact-details';
import {
  AwardResponseInput, DeclineNeedLotInput, MarkInterestInput, RejectResponseInput, RespondToNeedInput, ResponseContentInput, ResponseIdInput, ResponsesArgs,
} from './dto/response.inputs';
import { BuyerDecision, DeclaredSubcontractor, ResponseEntity, ResponseStatus, ResponseVersionEntity } from './entities/response.entity';
import { NeedResponseModel, RespondToNeedPayload, ResponseWarningModel } from './models/response.models';
import type { ExportFormat } from './models/response.models';
import { ExportRow, writeExport } from './responses-export';

/** What submitAs writes: the content of a response (a supplier's or a consortium's). */
export interface ResponseContent {
  priceEur: number | null;
  leadTimeDays: number | null;
  message: string | null;
  answers: string[];
  attachmentFileIds: string[];
  subcontractors: DeclaredSubcontractor[];
}

export interface SubmitResponseCommand {
  needId: string;
  lotId: string;
  /** The answering supplier, or the consortium's lead. */
  respondentOrganizationId: string;
  /** Set for a consortium response: its eligibility (RES-08, every member) is the caller's to check. */
  consortiumId: string | null;
  userId: string;
  content: ResponseContent;
  /** Language of the INELIGIBLE reasons. */
  locale?: Locale;
}

export interface SubmitResponseResult {
  responseId: string;
  version: number;
  event: 'SUBMITTED' | 'AMENDED';
  /** RES-09 warnings about declared platform subcontractors (shown, never blocking). */
  warnings: (SubcontractingWarning & { subcontractorOrganizationId: string })[];
}

interface LockedNeed {
  id: string;
  title: string;
  status: NeedStatus;
  deadlineAt: Date;
  questionCount: number;
  buyerOrganizationId: string;
  buyerRegime: BuyerRegime | null;
}

interface LotRow {
  id: string;
  needId: string;
  title: string;
  reservation: ReservationType;
  cpvCodes: string[];
  placeKind: PlaceKind;
  placeCode: string | null;
}

type Row = Record<string, unknown>;
type View = { kind: 'buyer'; buyerOrganizationId: string } | { kind: 'supplier' };

/**
 * Responses per lot: a supplier's (or, through submitAs, a consortium's) response, interest and
 * decline, withdrawal, amendments kept as versions; the buyer's list with eligibility, decisions
 * and exports. Every write records its `response.event` in the same transaction.
 */
@Injectable()
export class ResponsesService {
  private readonly run: QueryRunnerFn;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
    private readonly needs: NeedsService,
  ) {
    this.run = (sql, params) => this.dataSource.query(sql, params);
  }

  // ---------------------------------------------------------------- supplier side

  /** Creates or amends the active supplier's response to a lot (amending keeps the previous state as a version). */
  async respond(actor: Actor, input: RespondToNeedInput): Promise<RespondToNeedPayload> {
    const supplier = await this.requireSupplier(actor);
    await this.needs.need(actor, input.needId); // NOT_FOUND when the caller may not read it
    const result = await this.dataSource.transaction((manager) =>
      this.submitAs(manager, {
        needId: input.needId, lotId: input.lotId, respondentOrganizationId: supplier.id, consortiumId: null, userId: actor.userId, content: contentOf(input), locale: actor.locale,
      }),
    );
    const [response] = await this.toModels(actor, await this.rowsById([result.responseId]), { kind: 'supplier' });
    return Object.assign(new RespondToNeedPayload(), { response: response!, warnings: response!.warnings });
  }

  /**
   * The shared checks and writes of a submission, in the caller's transaction (the consortia
   * module calls it for a consortium's lead): the need takes responses (PUBLISHED, before the
   * deadline), the lot is the need's, attachments belong to the respondent, a solo respondent is
   * eligible to a reserved lot (INELIGIBLE with reasons), versions, funnel, outbox.
   */
  async submitAs(manager: EntityManager, cmd: SubmitResponseCommand): Promise<SubmitResponseResult> {
    const need = await this.lockOpenNeed(manager, cmd.needId);
    const lot = await this.lotOf(manager, need.id, cmd.lotId);
    const errors: FieldError[] = [];
    if (cmd.content.answers.length > need.questionCount) errors.push({ path: 'answers', messageKey: 'field.tooMany', params: { max: need.questionCount } });
    const fileIds = [...new Set(cmd.content.attachmentFileIds)];
    if (fileIds.length) {
      const owned = await manager.findBy(StoredFileEntity, { id: In(fileIds), ownerOrganizationId: cmd.respondentOrganizationId, purpose: 'RESPONSE_ATTACHMENT' });
      cmd.content.attachmentFileIds.forEach((id, i) => {
        if (!owned.some((f) => f.id === id)) errors.push({ path: `attachmentFileIds.${i}`, messageKey: 'field.invalid' });
      });
    }
    if (errors.length) throw AppError.badInput(errors);

    const context = eligibilityContext(need, lot);
    const run: QueryRunnerFn = (sql, params) => manager.query(sql, params);
    const subIds = cmd.content.subcontractors.map((s) => s.organizationId).filter((id): id is string => !!id);
    const candidates = await loadMatchCandidates(run, cmd.consortiumId ? subIds : [cmd.respondentOrganizationId, ...subIds]);
    if (!cmd.consortiumId) {
      const respondent = candidates.get(cmd.respondentOrganizationId);
      if (!respondent) throw AppError.forbidden('response.supplierOnly');
      const eligibility = eligibilityOf(respondent, context);
      // TO_CONFIRM passes: the buyer sees the status and its reasons; only INELIGIBLE is refused.
      if (eligibility.status === 'INELIGIBLE') {
        const locale = cmd.locale ?? 'fr';
        throw new AppError(ErrorCode.INELIGIBLE, 'response.ineligible', {
          details: { reservation: lot.reservation, reasons: eligibility.reasons.map((r) => ({ code: r.code, message: locale === 'en' ? r.message_en : r.message_fr })) },
        });
      }
    }
    const warnings = subcontractorWarnings(cmd.content.subcontractors, candidates, context);

    const existing = await manager.query(
      `SELECT * FROM need_response WHERE lot_id = $1 AND respondent_organization_id = $2 AND consortium_id IS NOT DISTINCT FROM $3::uuid FOR UPDATE`,
      [lot.id, cmd.respondentOrganizationId, cmd.consortiumId],
    ) as Row[];
    const content = {
      priceEur: cmd.content.priceEur, leadTimeDays: cmd.content.leadTimeDays, message: cmd.content.message, answers: cmd.content.answers,
      attachmentFileIds: fileIds, subcontractors: cmd.content.subcontractors,
    };
    let responseId: string;
    let version = 1;
    let event: 'SUBMITTED' | 'AMENDED' = 'SUBMITTED';
    const previous = existing[0];
    if (!previous) {
      try {
        const inserted = await manager.insert(ResponseEntity, {
          needId: need.id, lotId: lot.id, respondentOrganizationId: cmd.respondentOrganizationId, consortiumId: cmd.consortiumId,
          submittedByUserId: cmd.userId, status: 'SUBMITTED', submittedAt: new Date(), ...content, subcontractors: content.subcontractors as never, answers: content.answers as never,
        });
        responseId = (inserted.identifiers[0] as { id: string }).id;
      } catch (e) {
        if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505') throw AppError.conflict('response.alreadySubmitted');
        throw e;
      }
    } else {
      responseId = previous.id as string;
      const wasSubmitted = previous.submitted_at !== null;
      version = previous.version as number;
      if (wasSubmitted) {
        // Keep what the buyer may have read (a withdrawal already kept it: nothing twice).
        await manager.createQueryBuilder().insert().into(ResponseVersionEntity)
          .values({ responseId, version, snapshot: snapshotOf(previous) as never }).orIgnore().execute();
        version += 1;
      }
      if (previous.status === 'SUBMITTED') event = 'AMENDED';
      await manager.update(ResponseEntity, { id: responseId }, {
        ...content, subcontractors: content.subcontractors as never, answers: content.answers as never,
        status: 'SUBMITTED', version, submittedByUserId: cmd.userId, submittedAt: new Date(), declineReason: null, declineComment: null,
      });
    }
    // The follow-up funnel of matched suppliers: this one responded.
    await manager.query(
      `UPDATE need_supplier SET responded_at = COALESCE(responded_at, now()) WHERE need_id = $1 AND supplier_organization_id = $2`,
      [need.id, cmd.respondentOrganizationId],
    );
    await this.recordEvent(manager, responseId, event);
    return { responseId, version, event, warnings };
  }

  async markInterest(actor: Actor, input: MarkInterestInput): Promise<NeedResponseModel> {
    return this.intent(actor, input.needId, input.lotId, 'INTERESTED', null, null);
  }

  async decline(actor: Actor, input: DeclineNeedLotInput): Promise<NeedResponseModel> {
    return this.intent(actor, input.needId, input.lotId, 'DECLINED', input.reason, input.comment?.trim() || null);
  }

  /** Interest or decline on a lot before (or instead of) responding; refused once a response is submitted (withdraw it first). */
  private async intent(actor: Actor, needId: string, lotId: string, status: 'INTERESTED' | 'DECLINED', reason: DeclineNeedLotInput['reason'] | null, comment: string | null): Promise<NeedResponseModel> {
    const supplier = await this.requireSupplier(actor);
    await this.needs.need(actor, needId);
    const id = await this.dataSource.transaction(async (manager) => {
      const need = await this.lockOpenNeed(manager, needId);
      const lot = await this.lotOf(manager, need.id, lotId);
      const [previous] = await manager.query(
        `SELECT id, status FROM need_response WHERE lot_id = $1 AND respondent_organization_id = $2 AND consortium_id IS NULL FOR UPDATE`,
        [lot.id, supplier.id],
      ) as { id: string; status: ResponseStatus }[];
      if (previous?.status === 'SUBMITTED') throw AppError.conflict('response.alreadySubmitted');
      const patch = { status, declineReason: reason, declineComment: comment, submittedByUserId: actor.userId };
      if (previous) {
        await manager.update(ResponseEntity, { id: previous.id }, patch);
        return previous.id;
      }
      const inserted = await manager.insert(ResponseEntity, { needId: need.id, lotId: lot.id, respondentOrganizationId: supplier.id, consortiumId: null, ...patch });
      return (inserted.identifiers[0] as { id: string }).id;
    });
    const [model] = await this.toModels(actor, await this.rowsById([id]), { kind: 'supplier' });
    return model!;
  }

  /** Withdraws a submitted response before the deadline (its content is kept as a version). */
  async withdraw(actor: Actor, input: ResponseIdInput): Promise<NeedResponseModel> {
    const supplier = await this.requireSupplier(actor);
    if (!isUuid(input.responseId)) throw AppError.notFound('response');
    await this.dataSource.transaction(async (manager) => {
      const [response] = await manager.query(
        `SELECT r.* FROM need_response r
          WHERE r.id = $1 AND (r.respondent_organization_id = $2
                OR EXISTS (SELECT 1 FROM consortium c WHERE c.id = r.consortium_id AND c.lead_organization_id = $2))
          FOR UPDATE`,
        [input.responseId, supplier.id],
      ) as Row[];
      if (!response) throw AppError.notFound('response');
      await this.lockOpenNeed(manager, response.need_id as string);
      if (response.status !== 'SUBMITTED') throw AppError.conflict('response.notWithdrawable', { status: response.status as string });
      await manager.createQueryBuilder().insert().into(ResponseVersionEntity)
        .values({ responseId: input.responseId, version: response.version as number, snapshot: snapshotOf(response) as never }).orIgnore().execute();
      await manager.update(ResponseEntity, { id: input.responseId }, { status: 'WITHDRAWN' });
      await this.recordEvent(manager, input.responseId, 'WITHDRAWN');
    });
    const [model] = await this.toModels(actor, await this.rowsById([input.responseId]), { kind: 'supplier' });
    return model!;
  }

  /** The active organisation's responses: its own and those of consortia it is an accepted member of. */
  async myResponses(actor: Actor, needId: string | null | undefined): Promise<NeedResponseModel[]> {
    const orgId = actor.organizationId;
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) return [];
    if (needId && !isUuid(needId)) return [];
    const rows = await this.dataSource.query(
      `SELECT r.* FROM need_response r
        WHERE (r.respondent_organization_id = $1
               OR EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = r.consortium_id AND m.organization_id = $1 AND m.status = 'ACCEPTED'))
          AND ($2::uuid IS NULL OR r.need_id = $2)
        ORDER BY r.updated_at DESC, r.id
        LIMIT 500`,
      [orgId, needId ?? null],
    ) as Row[];
    return this.toModels(actor, rows, { kind: 'supplier' });
  }

  // ---------------------------------------------------------------- buyer side

  async responses(actor: Actor, args: ResponsesArgs): Promise<NeedResponseModel[]> {
    const buyerId = await this.requireBuyerNeed(actor, args.needId);
    const filters = args.filters;
    const rows = await this.dataSource.query(
      `SELECT r.* FROM need_response r
        WHERE r.need_id = $1 AND ($2::uuid IS NULL OR r.lot_id = $2) AND ($3::text IS NULL OR r.status = $3) AND ($4::text IS NULL OR r.buyer_decision = $4)
        ORDER BY r.created_at, r.id`,
      [args.needId, args.lotId && isUuid(args.lotId) ? args.lotId : null, filters?.status ?? null, filters?.buyerDecision ?? null],
    ) as Row[];
    if (args.lotId && !isUuid(args.lotId)) return [];
    let models = await this.toModels(actor, rows, { kind: 'buyer', buyerOrganizationId: buyerId });
    if (filters?.eligibleOnly) models = models.filter((m) => m.eligibility.status === 'ELIGIBLE');
    return sortResponses(models, args.sort);
  }

  async shortlist(actor: Actor, input: ResponseIdInput): Promise<NeedResponseModel> {
    return this.decide(actor, input.responseId, 'SHORTLISTED', undefined);
  }

  async award(actor: Actor, input: AwardResponseInput): Promise<NeedResponseModel> {
    return this.decide(actor, input.responseId, 'AWARDED', input.message?.trim() || null);
  }

  async reject(actor: Actor, input: RejectResponseInput): Promise<NeedResponseModel> {
    const message = input.message.trim();
    if (!message) throw AppError.badInput([{ path: 'message', messageKey: 'field.required' }]);
    return this.decide(actor, input.responseId, 'REJECTED', message);
  }

  /** A buyer decision on a submitted response (several responses of a lot may be awarded); the respondent's members are told. */
  private async decide(actor: Actor, responseId: string, decision: Exclude<BuyerDecision, 'NONE'>, message: string | null | undefined): Promise<NeedResponseModel> {
    if (!isUuid(responseId)) throw AppError.notFound('response');
    const buyerId = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT r.id, r.status, r.buyer_decision, r.buyer_message, n.buyer_organization_id
           FROM need_response r JOIN need n ON n.id = r.need_id WHERE r.id = $1 FOR UPDATE OF r`,
        [responseId],
      ) as { id: string; status: ResponseStatus; buyer_decision: BuyerDecision; buyer_message: string | null; buyer_organization_id: string }[];
      if (!row || !(await this.access.rolesIn(actor, [row.buyer_organization_id])).has(row.buyer_organization_id)) throw AppError.notFound('response');
      if (row.status !== 'SUBMITTED') throw AppError.conflict('response.notSubmitted');
      const buyerMessage = message === undefined ? row.buyer_message : message;
      if (row.buyer_decision === decision && row.buyer_message === buyerMessage) return row.buyer_organization_id;
      await manager.update(ResponseEntity, { id: responseId }, { buyerDecision: decision, buyerMessage });
      await this.recordEvent(manager, responseId, decision);
      return row.buyer_organization_id;
    });
    const [model] = await this.toModels(actor, await this.rowsById([responseId]), { kind: 'buyer', buyerOrganizationId: buyerId });
    return model!;
  }

  /** Where to download the export (after the same access check as the download itself). */
  async exportLink(actor: Actor, needId: string, format: ExportFormat): Promise<{ format: ExportFormat; url: string }> {
    await this.requireBuyerNeed(actor, needId);
    return { format, url: `/needs/${needId}/responses.${format.toLowerCase()}` };
  }

  /** The need's responses as CSV or XLSX, for its buyer's members. */
  async exportFile(actor: Actor, needId: string, format: ExportFormat): Promise<{ body: Buffer; fileName: string; mimeType: string }> {
    const models = await this.responses(actor, { needId, lotId: null, filters: null, sort: 'SUBMITTED_AT' });
    const rows: ExportRow[] = models.map((m) => ({
      lot: m.lotTitle,
      respondent: m.respondent.name,
      consortium: m.consortium?.name ?? '',
      status: m.status,
      decision: m.buyerDecision,
      priceEur: m.priceEur,
      leadTimeDays: m.leadTimeDays,
      eligibility: m.eligibility.status,
      submittedAt: m.submittedAt ? m.submittedAt.toISOString() : '',
      version: m.version,
      message: m.message ?? '',
      subcontractors: m.subcontractors.map((s) => `${s.name} (${s.sharePercent} %)`).join(', '),
      answers: m.answers.join(' | '),
      contact: (m.contact ?? []).map((c) => `${c.name} <${c.email}>`).join(', '),
    }));
    return writeExport(rows, format, actor.locale, `reponses-${needId.slice(0, 8)}`);
  }

  /** A response attachment for its respondent's members or the need's buyer's members, else NOT_FOUND. */
  async readableAttachment(actor: Actor, needId: string, responseId: string, fileId: string): Promise<StoredFileEntity> {
    if (![needId, responseId, fileId].every(isUuid)) throw AppError.notFound('file');
    const [row] = await this.dataSource.query(
      `SELECT r.respondent_organization_id, r.attachment_file_ids, n.buyer_organization_id, r.consortium_id
         FROM need_response r JOIN need n ON n.id = r.need_id WHERE r.id = $1 AND r.need_id = $2`,
      [responseId, needId],
    ) as { respondent_organization_id: string; attachment_file_ids: string[]; buyer_organization_id: string; consortium_id: string | null }[];
    if (!row || !row.attachment_file_ids.includes(fileId)) throw AppError.notFound('file');
    const members = row.consortium_id
      ? (await this.dataSource.query(`SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND status = 'ACCEPTED' AND organization_id IS NOT NULL`, [row.consortium_id]) as { organization_id: string }[]).map((m) => m.organization_id)
      : [];
    const roles = await this.access.rolesIn(actor, [row.respondent_organization_id, row.buyer_organization_id, ...members]);
    if (roles.size === 0) throw AppError.notFound('file');
    const file = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId, ownerOrganizationId: row.respondent_organization_id });
    if (!file) throw AppError.notFound('file');
    return file;
  }

  // ---------------------------------------------------------------- helpers

  private async requireSupplier(actor: Actor): Promise<OrganizationEntity> {
    if (!actor.organizationId) throw AppError.forbidden('response.supplierOnly');
    await this.access.requireOrganization(actor, actor.organizationId);
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: actor.organizationId });
    if (!org || org.type !== 'SUPPLIER') throw AppError.forbidden('response.supplierOnly');
    return org;
  }

  /** The need's buyer organisation when the actor is one of its members; NOT_FOUND otherwise. */
  private async requireBuyerNeed(actor: Actor, needId: string): Promise<string> {
    if (!isUuid(needId)) throw AppError.notFound('need');
    const [need] = await this.dataSource.query(`SELECT buyer_organization_id FROM need WHERE id = $1`, [needId]) as { buyer_organization_id: string }[];
    if (!need || !(await this.access.rolesIn(actor, [need.buyer_organization_id])).has(need.buyer_organization_id)) throw AppError.notFound('need');
    return need.buyer_organization_id;
  }

  /** Locks the need against a concurrent close; CONFLICT `response.closed` unless it takes responses now. */
  private async lockOpenNeed(manager: EntityManager, needId: string): Promise<LockedNeed> {
    if (!isUuid(needId)) throw AppError.notFound('need');
    const [row] = await manager.query(
      `SELECT n.id, n.title, n.status, n.deadline_at, jsonb_array_length(n.questions) AS question_count, n.buyer_organization_id, b.regime
         FROM need n JOIN organization b ON b.id = n.buyer_organization_id WHERE n.id = $1 FOR SHARE OF n`,
      [needId],
    ) as Row[];
    if (!row) throw AppError.notFound('need');
    const need: LockedNeed = {
      id: row.id as string, title: row.title as string, status: row.status as NeedStatus, deadlineAt: row.deadline_at as Date,
      questionCount: Number(row.question_count ?? 0), buyerOrganizationId: row.buyer_organization_id as string, buyerRegime: (row.regime as BuyerRegime | null) ?? null,
    };
    if (!acceptsResponses(need.status, need.deadlineAt, new Date())) throw AppError.conflict('response.closed');
    return need;
  }

  private async lotOf(manager: EntityManager, needId: string, lotId: string): Promise<LotRow> {
    if (!isUuid(lotId)) throw AppError.notFound('lot');
    const [lot] = await this.lots(manager, [lotId]);
    if (!lot || lot.needId !== needId) throw AppError.notFound('lot');
    return lot;
  }

  private async lots(manager: EntityManager | DataSource, ids: string[]): Promise<LotRow[]> {
    const rows = await manager.query(`SELECT id, need_id, title, reservation, cpv_codes, place_kind, place_code FROM need_lot WHERE id = ANY($1::uuid[])`, [ids]) as Row[];
    return rows.map((l) => ({
      id: l.id as string, needId: l.need_id as string, title: l.title as string, reservation: l.reservation as ReservationType,
      cpvCodes: l.cpv_codes as string[], placeKind: l.place_kind as PlaceKind, placeCode: (l.place_code as string | null) ?? null,
    }));
  }

  private async recordEvent(manager: EntityManager, responseId: string, event: ResponseEventKind): Promise<void> {
    await this.outbox.record(manager, { type: OutboxEventType.RESPONSE_EVENT, aggregateType: 'response', aggregateId: responseId, payload: { responseId, event } });
  }

  private async rowsById(ids: string[]): Promise<Row[]> {
    return this.dataSource.query(`SELECT * FROM need_response WHERE id = ANY($1::uuid[])`, [ids]) as Promise<Row[]>;
  }

  /** Responses as people see them, loaded in set-based queries (respondents, consortia, eligibility, files, contacts). */
  private async toModels(actor: Actor, rows: Row[], view: View): Promise<NeedResponseModel[]> {
    if (rows.length === 0) return [];
    const locale = actor.locale;
    const needIds = [...new Set(rows.map((r) => r.need_id as string))];
    const needs = new Map((await this.dataSource.query(
      `SELECT n.id, n.title, n.status, n.deadline_at, 0 AS question_count, n.buyer_organization_id, b.regime
         FROM need n JOIN organization b ON b.id = n.buyer_organization_id WHERE n.id = ANY($1::uuid[])`,
      [needIds],
    ) as Row[]).map((n) => [n.id as string, {
      id: n.id as string, title: n.title as string, status: n.status as NeedStatus, deadlineAt: n.deadline_at as Date, questionCount: 0,
      buyerOrganizationId: n.buyer_organization_id as string, buyerRegime: (n.regime as BuyerRegime | null) ?? null,
    } satisfies LockedNeed]));
    const lots = new Map((await this.lots(this.dataSource, [...new Set(rows.map((r) => r.lot_id as string))])).map((l) => [l.id, l]));

    const consortiumIds = [...new Set(rows.map((r) => r.consortium_id as string | null).filter((id): id is string => !!id))];
    const consortia = new Map((consortiumIds.length
      ? await this.dataSource.query(`SELECT id, name, form FROM consortium WHERE id = ANY($1::uuid[])`, [consortiumIds]) as Row[]
      : []).map((c) => [c.id as string, c]));
    const members = consortiumIds.length
      ? await this.dataSource.query(
        `SELECT m.consortium_id, m.organization_id, COALESCE(o.name, m.invited_email) AS name, m.role, m.share_percent
           FROM consortium_member m LEFT JOIN organization o ON o.id = m.organization_id
          WHERE m.consortium_id = ANY($1::uuid[]) AND m.status = 'ACCEPTED'
          ORDER BY (m.role = 'LEAD') DESC, m.invited_at, m.id`,
        [consortiumIds],
      ) as Row[]
      : [];

    const subcontractorIds = rows.flatMap((r) => (r.subcontractors as DeclaredSubcontractor[]).map((s) => s.organizationId).filter((id): id is string => !!id));
    const orgIds = [...new Set([...rows.map((r) => r.respondent_organization_id as string), ...members.map((m) => m.organization_id as string | null).filter((id): id is string => !!id)])];
    const [candidates, profiles, files, contacts] = await Promise.all([
      loadMatchCandidates(this.run, [...orgIds, ...subcontractorIds]),
      this.dataSource.query(
        `SELECT o.id, o.name, p.city, p.latitude, p.longitude, COALESCE(p.certifications, '{}') AS certifications,
                ARRAY(SELECT k.kind FROM supplier_kind k WHERE k.organization_id = o.id ORDER BY k.kind) AS kinds
           FROM organization o LEFT JOIN supplier_profile p ON p.organization_id = o.id WHERE o.id = ANY($1::uuid[])`,
        [orgIds],
      ) as Promise<Row[]>,
      this.dataSource.getRepository(StoredFileEntity).findBy({ id: In([...new Set(rows.flatMap((r) => r.attachment_file_ids as string[]))]) }),
      view.kind === 'buyer' ? contactsVisibleTo(this.run, view.buyerOrganizationId, rows.map((r) => r.respondent_organization_id as string)) : Promise.resolve(null),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.id as string, p]));

    return rows.map((r) => {
      const need = needs.get(r.need_id as string)!;
      const lot = lots.get(r.lot_id as string)!;
      const context = eligibilityContext(need, lot);
      const respondentId = r.respondent_organization_id as string;
      const profile = profileOf.get(respondentId);
      const place = matchPlaceOf(lot.placeKind, lot.placeCode);
      const lat = profile?.latitude as number | null | undefined;
      const lon = profile?.longitude as number | null | undefined;
      const distanceKm = place.lat != null && place.lon != null && lat != null && lon != null
        ? Math.round(haversineKm({ lat, lon }, { lat: place.lat, lon: place.lon }) * 10) / 10 : null;
      const consortiumId = r.consortium_id as string | null;
      const consortium = consortiumId ? consortia.get(consortiumId) : undefined;
      const consortiumMembers = members.filter((m) => m.consortium_id === consortiumId);
      const eligibility = consortium
        ? this.consortiumEligibilityModel(consortiumMembers, candidates, context, locale)
        : eligibilityModelOf(candidates.get(respondentId), context, locale);
      const subcontractors = r.subcontractors as DeclaredSubcontractor[];
      const attachmentIds = r.attachment_file_ids as string[];
      return Object.assign(new NeedResponseModel(), {
        id: r.id,
        needId: need.id,
        needTitle: need.title,
        lotId: lot.id,
        lotTitle: lot.title,
        status: r.status,
        declineReason: r.decline_reason ?? null,
        declineComment: r.decline_comment ?? null,
        priceEur: r.price_eur ?? null,
        leadTimeDays: r.lead_time_days ?? null,
        message: r.message ?? null,
        answers: r.answers as string[],
        attachments: attachmentIds
          .map((id) => files.find((f) => f.id === id && f.ownerOrganizationId === respondentId))
          .filter((f): f is StoredFileEntity => !!f)
          .map((f) => ({ id: f.id, name: f.displayName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, url: `/needs/${need.id}/responses/${r.id as string}/attachments/${f.id}` })),
        subcontractors: subcontractors.map((s) => ({ organizationId: s.organizationId ?? null, name: s.name, sharePercent: s.sharePercent })),
        warnings: subcontractorWarnings(subcontractors, candidates, context).map((w) => toWarningModel(w, locale)),
        version: r.version,
        buyerDecision: r.buyer_decision,
        buyerMessage: r.buyer_message ?? null,
        submittedAt: r.submitted_at ?? null,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        respondent: {
          id: respondentId,
          name: (profile?.name as string | undefined) ?? '',
          kinds: (profile?.kinds as string[] | undefined) ?? [],
          city: (profile?.city as string | null | undefined) ?? null,
          distanceKm,
          certifications: (profile?.certifications as string[] | undefined) ?? [],
        },
        consortium: consortium
          ? {
              id: consortiumId,
              name: consortium.name,
              form: consortium.form,
              members: consortiumMembers.map((m) => {
                const p = m.organization_id ? profileOf.get(m.organization_id as string) : undefined;
                return {
                  organizationId: m.organization_id ?? null, name: m.name ?? '', role: m.role, sharePercent: m.share_percent ?? null,
                  kinds: (p?.kinds as string[] | undefined) ?? [], certifications: (p?.certifications as string[] | undefined) ?? [],
                };
              }),
            }
          : null,
        eligibility,
        contact: contacts?.get(respondentId) ?? null,
      });
    });
  }

  /** RES-08: a consortium is eligible only if every bidding member is. */
  private consortiumEligibilityModel(members: Row[], candidates: Map<string, MatchCandidate>, context: LotEligibilityContext, locale: Locale): EligibilityModel {
    const result = consortiumEligibility({
      ...eligibilityInputContext(context),
      members: members.filter((m) => m.organization_id).map((m) => ({
        memberId: m.organization_id as string,
        name: m.name as string,
        role: m.role as ConsortiumMemberRole,
        ...(candidates.get(m.organization_id as string)?.eligibility ?? { kinds: [] }),
      })),
    });
    return Object.assign(new EligibilityModel(), {
      status: result.status as EligibilityStatus,
      reservation: context.reservation,
      at: context.at.toISOString().slice(0, 10),
      reasons: result.reasons.map((r) => Object.assign(new EligibilityReasonModel(), { code: r.code, message: locale === 'en' ? r.message_en : r.message_fr, kind: null, proofValidUntil: null })),
    });
  }
}

function contentOf(input: ResponseContentInput): ResponseContent {
  return {
    priceEur: input.priceEur ?? null,
    leadTimeDays: input.leadTimeDays ?? null,
    message: input.message?.trim() || null,
    answers: input.answers.map((a) => a.trim()),
    attachmentFileIds: input.attachmentFileIds,
    subcontractors: input.subcontractors.map((s) => ({ organizationId: s.organizationId ?? null, name: s.name.trim(), sharePercent: s.sharePercent })),
  };
}

/** Eligibility is judged on the Paris calendar day of the deadline, as matching does. */
function eligibilityContext(need: LockedNeed, lot: LotRow): LotEligibilityContext {
  return { reservation: lot.reservation, at: new Date(`${parisToday(need.deadlineAt)}T00:00:00Z`), buyerRegime: need.buyerRegime, cpvCodes: lot.cpvCodes };
}

function eligibilityInputContext(context: LotEligibilityContext) {
  return {
    reservation: context.reservation,
    at: context.at,
    ...(context.buyerRegime ? { buyerRegime: context.buyerRegime } : {}),
    ...(context.cpvCodes.length > 0 ? { cpvCodes: context.cpvCodes } : {}),
  };
}

function eligibilityModelOf(candidate: MatchCandidate | undefined, context: LotEligibilityContext, locale: Locale): EligibilityModel {
  // Not a supplier any more (or never was): judged as having no declared kind.
  const result: EligibilityResult = supplierEligibility({ ...(candidate?.eligibility ?? { kinds: [] }), ...eligibilityInputContext(context) });
  return toEligibilityModel(result, context.reservation, context.at.toISOString().slice(0, 10), locale);
}

/** RES-09 for each declared platform subcontractor (others cannot be judged). */
function subcontractorWarnings(subcontractors: readonly DeclaredSubcontractor[], candidates: Map<string, MatchCandidate>, context: LotEligibilityContext) {
  const warnings: (SubcontractingWarning & { subcontractorOrganizationId: string })[] = [];
  for (const s of subcontractors) {
    const candidate = s.organizationId ? candidates.get(s.organizationId) : undefined;
    if (!candidate || !s.organizationId) continue;
    const warning = subcontractingWarning({ ...eligibilityInputContext(context), subcontractor: { ...candidate.eligibility, name: s.name } });
    if (warning) warnings.push({ ...warning, subcontractorOrganizationId: s.organizationId });
  }
  return warnings;
}

function toWarningModel(w: SubcontractingWarning & { subcontractorOrganizationId: string }, locale: Locale): ResponseWarningModel {
  return Object.assign(new ResponseWarningModel(), { code: w.code, level: w.level, message: locale === 'en' ? w.message_en : w.message_fr, subcontractorOrganizationId: w.subcontractorOrganizationId });
}

/** What a response looked like (kept in need_response_version before an amendment or a withdrawal). */
function snapshotOf(row: Row): Record<string, unknown> {
  return JSON.parse(JSON.stringify({
    status: row.status, priceEur: row.price_eur, leadTimeDays: row.lead_time_days, message: row.message, answers: row.answers,
    attachmentFileIds: row.attachment_file_ids, subcontractors: row.subcontractors, submittedAt: row.submitted_at, submittedByUserId: row.submitted_by_user_id,
  })) as Record<string, unknown>;
}

function sortResponses(models: NeedResponseModel[], sort: ResponsesArgs['sort']): NeedResponseModel[] {
  const key = (m: NeedResponseModel): number | null =>
    sort === 'PRICE' ? m.priceEur : sort === 'LEAD_TIME' ? m.leadTimeDays : m.submittedAt ? m.submittedAt.getTime() : null;
  // Stable: ties keep the creation order; responses without the value come last.
  return models
    .map((m, i) => ({ m, i, k: key(m) }))
    .sort((a, b) => (a.k === null ? (b.k === null ? a.i - b.i : 1) : b.k === null ? -1 : a.k - b.k || a.i - b.i))
    .map((x) => x.m);
}
