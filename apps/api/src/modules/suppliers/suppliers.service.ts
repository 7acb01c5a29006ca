import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  isIsoDate, parisToday, ReservationType, SUPPLIER_KINDS, SupplierKind, supplierEligibility, validateSiret,
} from '@essor/domain';
import { cpvByCode, isValidCpv, nafByCode, placeByCode, PlaceKind, sectorBySlug } from '@essor/reference-data';
import { AccessService, isUuid } from '../../core/access';
import type { Actor } from '../../core/auth';
import { AppError, FieldError, Locale } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import { OrganizationEntity } from '../organizations';
import {
  DeleteSupplierItemInput, EligibilityArgs, ReorderInput, UpdateSupplierProfileInput, UpsertActivityInput, UpsertOfferInput,
} from './dto/supplier.inputs';
import { ActivityEntity } from './entities/activity.entity';
import { OfferEntity } from './entities/offer.entity';
import { SupplierKindEntity } from './entities/supplier-kind.entity';
import { SupplierProfileEntity } from './entities/supplier-profile.entity';
import { ActivityModel, EligibilityModel, OfferModel, SiretCheckModel, SupplierModel } from './models/supplier.models';
import {
  eligibilityProfileOf, ProofRow, SupplierBundle, toActivityModel, toEligibilityModel, toKindStatusModels, toOfferModel, toSupplierModel,
} from './suppliers.mapper';

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const KIND_ORDER = new Map<string, number>(SUPPLIER_KINDS.map((k, i) => [k, i]));

const trimOrNull = (value: string | null | undefined): string | null => {
  const t = value?.trim();
  return t ? t : null;
};

/** Trims, drops blanks and case-insensitive duplicates, keeping the first spelling. */
export function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim().replace(/\s+/g, ' ');
    const key = v.toLocaleLowerCase('fr');
    if (v && !seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/**
 * The supplier directory: public profiles (one supplier or a batch, in a fixed number of queries),
 * editing by the supplier's members, eligibility and the SIRET check. Every change to what a
 * profile shows records SUPPLIER_CHANGED in the same transaction (search index).
 */
@Injectable()
export class SuppliersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- reading

  /** Public profile; NOT_FOUND for unknown ids and non-supplier organisations. */
  async supplier(id: string): Promise<SupplierModel> {
    const [model] = await this.suppliersByIds([id]);
    if (!model) throw AppError.notFound('supplier');
    return model;
  }

  /** Public profiles of several suppliers, in the order asked (unknown ids are left out). */
  async suppliersByIds(ids: readonly string[]): Promise<SupplierModel[]> {
    const bundles = await this.loadBundles(ids);
    const today = parisToday();
    return ids.map((id) => bundles.get(id)).filter((b): b is SupplierBundle => !!b).map((b) => toSupplierModel(b, today));
  }

  /** The active organisation's supplier profile, or null when it is not a supplier. */
  async mySupplier(actor: Actor): Promise<SupplierModel | null> {
    const orgId = actor.organizationId;
    if (!orgId || !(await this.access.rolesIn(actor, [orgId])).has(orgId)) return null;
    const [model] = await this.suppliersByIds([orgId]);
    return model ?? null;
  }

  private async loadBundles(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, SupplierBundle>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return new Map();
    const [orgs, profiles] = await Promise.all([
      manager.find(OrganizationEntity, { where: { id: In(wanted), type: 'SUPPLIER' } }),
      manager.find(SupplierProfileEntity, { where: { organizationId: In(wanted) } }),
    ]);
    const found = orgs.map((o) => o.id).filter((id) => profiles.some((p) => p.organizationId === id));
    if (found.length === 0) return new Map();
    const [kinds, proofs, activities, offers, members] = await Promise.all([
      manager.find(SupplierKindEntity, { where: { organizationId: In(found) } }),
      this.loadProofs(manager, found),
      manager.find(ActivityEntity, { where: { organizationId: In(found) }, order: { position: 'ASC', createdAt: 'ASC' } }),
      manager.find(OfferEntity, { where: { organizationId: In(found) }, order: { position: 'ASC', createdAt: 'ASC' } }),
      manager.query(`SELECT organization_id, count(*)::int AS n FROM membership WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`, [found]) as Promise<{ organization_id: string; n: number }[]>,
    ]);
    const result = new Map<string, SupplierBundle>();
    for (const id of found) {
      result.set(id, {
        org: orgs.find((o) => o.id === id)!,
        profile: profiles.find((p) => p.organizationId === id)!,
        kinds: kinds.filter((k) => k.organizationId === id).sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)),
        proofs: proofs.filter((p) => p.organizationId === id),
        activities: activities.filter((a) => a.organizationId === id),
        offers: offers.filter((o) => o.organizationId === id),
        memberCount: members.find((m) => m.organization_id === id)?.n ?? 0,
      });
    }
    return result;
  }

  /** Status proofs, read-only (the status-proofs module owns them); dates as YYYY-MM-DD. */
  private async loadProofs(manager: EntityManager, organizationIds: string[]): Promise<(ProofRow & { organizationId: string })[]> {
    const rows: { organization_id: string; kind: SupplierKind; proof_type: ProofRow['proofType']; status: ProofRow['status']; valid_from: string | null; valid_until: string | null }[] =
      await manager.query(
        `SELECT organization_id, kind, proof_type, status, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
           FROM status_proof WHERE organization_id = ANY($1::uuid[])`,
        [organizationIds],
      );
    return rows.map((r) => ({ organizationId: r.organization_id, kind: r.kind, proofType: r.proof_type, status: r.status, validFrom: r.valid_from, validUntil: r.valid_until }));
  }

  // ---------------------------------------------------------------- eligibility and SIRET check

  async eligibility(args: EligibilityArgs, locale: Locale): Promise<EligibilityModel> {
    const errors: FieldError[] = [];
    const at = args.at ?? parisToday();
    if (!isIsoDate(at)) errors.push({ path: 'at', messageKey: 'field.date' });
    (args.cpvCodes ?? []).forEach((code, i) => {
      if (!isValidCpv(code)) errors.push({ path: `cpvCodes.${i}`, messageKey: 'field.unknownCpv', params: { code } });
    });
    if (errors.length > 0) throw AppError.badInput(errors);
    if (!isUuid(args.supplierId)) throw AppError.notFound('supplier');
    const manager = this.dataSource.manager;
    const [profile, kinds, proofs] = await Promise.all([
      manager.findOne(SupplierProfileEntity, { where: { organizationId: args.supplierId, organization: { type: 'SUPPLIER' } }, relations: { organization: true } }),
      manager.find(SupplierKindEntity, { where: { organizationId: args.supplierId } }),
      this.loadProofs(manager, [args.supplierId]),
    ]);
    if (!profile) throw AppError.notFound('supplier');
    const result = supplierEligibility({
      ...eligibilityProfileOf({ profile, kinds, proofs }),
      reservation: args.reservation,
      at: new Date(`${at}T00:00:00Z`),
      ...(args.buyerRegime ? { buyerRegime: args.buyerRegime } : {}),
      ...(args.cpvCodes ? { cpvCodes: args.cpvCodes.map((c) => cpvByCode(c)!.code) } : {}),
    });
    return toEligibilityModel(result, args.reservation as ReservationType, at, locale);
  }

  /** "Is this company an inclusive/ESS supplier?": SIRET validity, presence, kinds and their status. */
  async checkSiret(_actor: Actor, siret: string): Promise<SiretCheckModel> {
    const checked = validateSiret(siret);
    const base = { siret: siret.trim(), valid: checked.valid, onPlatform: false, supplierId: null, name: null, kinds: [], claimed: false };
    if (!checked.valid) return Object.assign(new SiretCheckModel(), base);
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ siret: checked.value, type: 'SUPPLIER' });
    if (!org) return Object.assign(new SiretCheckModel(), { ...base, siret: checked.value });
    const [kinds, proofs, members] = await Promise.all([
      this.dataSource.getRepository(SupplierKindEntity).findBy({ organizationId: org.id }),
      this.loadProofs(this.dataSource.manager, [org.id]),
      this.dataSource.query(`SELECT 1 FROM membership WHERE organization_id = $1 LIMIT 1`, [org.id]) as Promise<unknown[]>,
    ]);
    kinds.sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
    return Object.assign(new SiretCheckModel(), {
      siret: checked.value, valid: true, onPlatform: true, supplierId: org.id, name: org.name,
      kinds: toKindStatusModels(kinds, proofs), claimed: members.length > 0,
    });
  }

  // ---------------------------------------------------------------- editing

  /** ADMIN or MEMBER of that supplier organisation; anyone else (buyers, other suppliers, staff) gets NOT_FOUND. */
  private async requireEditor(actor: Actor, supplierId: string, manager: EntityManager = this.dataSource.manager): Promise<SupplierProfileEntity> {
    if (!(await this.access.rolesIn(actor, [supplierId])).has(supplierId)) throw AppError.notFound('supplier');
    const profile = await manager.findOne(SupplierProfileEntity, {
      where: { organizationId: supplierId, organization: { type: 'SUPPLIER' } },
      relations: { organization: true },
    });
    if (!profile) throw AppError.notFound('supplier');
    return profile;
  }

  /** The one side effect of every profile change: the search index hears about it. */
  private async changed(manager: EntityManager, supplierId: string, touch = true): Promise<void> {
    if (touch) await manager.query(`UPDATE supplier_profile SET updated_at = now() WHERE organization_id = $1`, [supplierId]);
    await this.outbox.record(manager, { type: OutboxEventType.SUPPLIER_CHANGED, aggregateType: 'supplier', aggregateId: supplierId, payload: { supplierId } });
  }

  async updateProfile(actor: Actor, input: UpdateSupplierProfileInput): Promise<SupplierModel> {
    await this.requireEditor(actor, input.supplierId);
    const errors: FieldError[] = [];
    const patch: Partial<SupplierProfileEntity> = {};
    const has = <K extends keyof UpdateSupplierProfileInput>(key: K) => input[key] !== undefined;
    const currentYear = new Date().getUTCFullYear();

    let orgName: string | undefined;
    if (has('name')) {
      const name = trimOrNull(input.name);
      if (!name) errors.push({ path: 'name', messageKey: 'field.required' });
      else orgName = name;
    }
    for (const key of ['brand', 'description', 'legalForm', 'address', 'productionMeans'] as const) {
      if (has(key)) patch[key] = trimOrNull(input[key]);
    }
    if (has('website')) {
      const website = trimOrNull(input.website);
      if (website && !URL_PATTERN.test(website)) errors.push({ path: 'website', messageKey: 'field.url' });
      else patch.website = website;
    }
    if (has('nafCode')) {
      const raw = trimOrNull(input.nafCode);
      const naf = raw ? nafByCode(raw) : undefined;
      if (raw && (!naf || naf.level !== 'subclass')) errors.push({ path: 'nafCode', messageKey: 'field.unknownNaf' });
      else patch.nafCode = naf?.code ?? null;
    }
    if (has('communeCode')) {
      const code = trimOrNull(input.communeCode);
      const place = code ? placeByCode('COMMUNE', code) : undefined;
      if (code && !place) errors.push({ path: 'communeCode', messageKey: 'field.unknownCommune' });
      else Object.assign(patch, {
        siteCommuneCode: place?.code ?? null,
        postcode: place?.postcodes?.[0] ?? null,
        city: place?.name ?? null,
        departementCode: place?.departementCode ?? null,
        latitude: place?.lat ?? null,
        longitude: place?.lon ?? null,
      });
    }
    for (const key of ['headcountPermanent', 'headcountInsertion', 'disabledWorkersShare', 'disadvantagedWorkersShare'] as const) {
      if (has(key)) patch[key] = input[key] ?? null;
    }
    for (const key of ['disabledWorkersShare', 'disadvantagedWorkersShare'] as const) {
      const v = input[key];
      if (v !== undefined && v !== null && !(v >= 0 && v <= 1)) errors.push({ path: key, messageKey: 'field.share' });
    }
    if (has('revenueEur')) patch.revenueEur = input.revenueEur === null || input.revenueEur === undefined ? null : String(Math.round(input.revenueEur));
    if (has('yearFounded')) {
      if (input.yearFounded && input.yearFounded > currentYear) errors.push({ path: 'yearFounded', messageKey: 'field.yearInFuture' });
      else patch.yearFounded = input.yearFounded ?? null;
    }
    if (has('certifications')) patch.certifications = cleanList(input.certifications ?? []);
    if (has('networks')) patch.networks = cleanList(input.networks ?? []);
    if (has('clientReferences')) {
      const refs = (input.clientReferences ?? []).map((r, i) => {
        if (r.year && r.year > currentYear) errors.push({ path: `clientReferences.${i}.year`, messageKey: 'field.yearInFuture' });
        const name = r.name.trim();
        if (!name) errors.push({ path: `clientReferences.${i}.name`, messageKey: 'field.required' });
        const description = trimOrNull(r.description);
        return { name, ...(description ? { description } : {}), ...(r.year ? { year: r.year } : {}) };
      });
      patch.clientReferences = refs;
    }
    if (has('capacity')) {
      const c = input.capacity;
      if (c && c.maxQuantity !== null && c.maxQuantity !== undefined && c.maxQuantity < c.quantity) {
        errors.push({ path: 'capacity.maxQuantity', messageKey: 'field.capacityMax' });
      }
      if (c && !c.unit.trim()) errors.push({ path: 'capacity.unit', messageKey: 'field.required' });
      Object.assign(patch, {
        capacityQuantity: c?.quantity ?? null,
        capacityMaxQuantity: c?.maxQuantity ?? null,
        capacityUnit: c ? c.unit.trim() : null,
        capacityPeriod: c?.period ?? null,
      });
    }
    if (has('logoFileId')) {
      const id = input.logoFileId ?? null;
      if (id) {
        const ok: unknown[] = await this.dataSource.query(
          `SELECT 1 FROM stored_file WHERE id = $1 AND owner_organization_id = $2 AND purpose = 'LOGO'`, [id, input.supplierId],
        );
        if (ok.length === 0) errors.push({ path: 'logoFileId', messageKey: 'field.logoFile' });
      }
      patch.logoFileId = id;
    }
    if (errors.length > 0) throw AppError.badInput(errors);

    await this.dataSource.transaction(async (manager) => {
      if (orgName !== undefined) await manager.update(OrganizationEntity, { id: input.supplierId }, { name: orgName });
      if (Object.keys(patch).length > 0) await manager.update(SupplierProfileEntity, { organizationId: input.supplierId }, patch);
      if (has('kinds')) await this.replaceKinds(manager, input.supplierId, [...new Set(input.kinds ?? [])]);
      await this.changed(manager, input.supplierId, Object.keys(patch).length === 0);
    });
    return this.supplier(input.supplierId);
  }

  /** Declared kinds: new ones start DECLARED, existing ones keep their status, removed ones go. */
  private async replaceKinds(manager: EntityManager, supplierId: string, kinds: SupplierKind[]) {
    await manager.query(`DELETE FROM supplier_kind WHERE organization_id = $1 AND NOT (kind = ANY($2::text[]))`, [supplierId, kinds]);
    if (kinds.length > 0) {
      await manager.query(
        `INSERT INTO supplier_kind (organization_id, kind, status) SELECT $1, k, 'DECLARED' FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`,
        [supplierId, kinds],
      );
    }
  }

  // ---------------------------------------------------------------- activities

  async upsertActivity(actor: Actor, input: UpsertActivityInput): Promise<ActivityModel> {
    const profile = await this.requireEditor(actor, input.supplierId);
    const errors: FieldError[] = [];
    if (!sectorBySlug(input.sectorSlug.trim())) errors.push({ path: 'sectorSlug', messageKey: 'field.unknownSector' });
    const zones = { regionCodes: [] as string[], departementCodes: [] as string[], communeCodes: [] as string[] };
    let radiusKm: number | null = null;
    if (input.areaKind === 'ZONES') {
      const lists: [keyof typeof zones, PlaceKind][] = [['regionCodes', 'REGION'], ['departementCodes', 'DEPARTEMENT'], ['communeCodes', 'COMMUNE']];
      for (const [key, kind] of lists) {
        (input[key] ?? []).forEach((code, i) => {
          const place = placeByCode(kind, code);
          if (!place) errors.push({ path: `${key}.${i}`, messageKey: 'field.unknownPlace', params: { code } });
          else if (!zones[key].includes(place.code)) zones[key].push(place.code);
        });
      }
      const given = (input.regionCodes?.length ?? 0) + (input.departementCodes?.length ?? 0) + (input.communeCodes?.length ?? 0);
      if (given === 0) errors.push({ path: 'regionCodes', messageKey: 'field.zonesRequired' });
    } else if (input.areaKind === 'RADIUS') {
      if (input.radiusKm === null || input.radiusKm === undefined || input.radiusKm < 1 || input.radiusKm > 1000) {
        errors.push({ path: 'radiusKm', messageKey: 'field.radiusRange' });
      } else radiusKm = input.radiusKm;
      if (profile.latitude === null || profile.longitude === null) errors.push({ path: 'areaKind', messageKey: 'field.siteLocationRequired' });
    }
    if (errors.length > 0) throw AppError.badInput(errors);

    const values = {
      sectorSlug: input.sectorSlug.trim(),
      serviceTypes: [...new Set(input.serviceTypes)],
      areaKind: input.areaKind,
      ...zones,
      radiusKm,
    };
    const saved = await this.dataSource.transaction(async (manager) => {
      let id = input.id ?? null;
      if (id) {
        const result = await manager.update(ActivityEntity, { id, organizationId: input.supplierId }, values);
        if (!result.affected) throw AppError.notFound('activity');
      } else {
        const position = await this.nextPosition(manager, 'supplier_activity', input.supplierId);
        id = (await manager.insert(ActivityEntity, { ...values, organizationId: input.supplierId, position })).identifiers[0]!.id as string;
      }
      await this.changed(manager, input.supplierId);
      return manager.findOneByOrFail(ActivityEntity, { id });
    });
    return toActivityModel(saved);
  }

  async deleteActivity(actor: Actor, input: DeleteSupplierItemInput): Promise<void> {
    await this.deleteItem(actor, input, ActivityEntity, 'activity');
  }

  async reorderActivities(actor: Actor, input: ReorderInput): Promise<ActivityModel[]> {
    return (await this.reorder(actor, input, ActivityEntity, 'supplier_activity')).map(toActivityModel);
  }

  // ---------------------------------------------------------------- offers

  async upsertOffer(actor: Actor, input: UpsertOfferInput): Promise<OfferModel> {
    await this.requireEditor(actor, input.supplierId);
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (!name) errors.push({ path: 'name', messageKey: 'field.required' });
    const cpvCodes: string[] = [];
    (input.cpvCodes ?? []).forEach((code, i) => {
      const cpv = cpvByCode(code);
      if (!cpv || !isValidCpv(code)) errors.push({ path: `cpvCodes.${i}`, messageKey: 'field.unknownCpv', params: { code } });
      else if (!cpvCodes.includes(cpv.code)) cpvCodes.push(cpv.code);
    });
    if (input.priceMinEur != null && input.priceMaxEur != null && input.priceMinEur > input.priceMaxEur) {
      errors.push({ path: 'priceMaxEur', messageKey: 'field.priceRange' });
    }
    const imageFileIds = [...new Set(input.imageFileIds ?? [])];
    if (imageFileIds.length) {
      const owned: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM stored_file WHERE id = ANY($1::uuid[]) AND owner_organization_id = $2 AND purpose = 'OFFER_IMAGE'`,
        [imageFileIds, input.supplierId],
      );
      imageFileIds.forEach((id, i) => {
        if (!owned.some((o) => o.id === id)) errors.push({ path: `imageFileIds.${i}`, messageKey: 'field.offerImageFile' });
      });
    }
    if (errors.length > 0) throw AppError.badInput(errors);
    const values = {
      name,
      description: trimOrNull(input.description),
      cpvCodes,
      unit: trimOrNull(input.unit),
      priceMinEur: input.priceMinEur ?? null,
      priceMaxEur: input.priceMaxEur ?? null,
      leadTimeDays: input.leadTimeDays ?? null,
      minimumOrder: input.minimumOrder ?? null,
      capacityQuantity: input.capacityQuantity ?? null,
      capacityPeriod: input.capacityPeriod ?? null,
      // Omitted on an update: keep the images; given: replace them.
      ...(input.imageFileIds !== undefined || !input.id ? { imageFileIds } : {}),
    };
    const saved = await this.dataSource.transaction(async (manager) => {
      let id = input.id ?? null;
      if (id) {
        const result = await manager.update(OfferEntity, { id, organizationId: input.supplierId }, values);
        if (!result.affected) throw AppError.notFound('offer');
      } else {
        const position = await this.nextPosition(manager, 'supplier_offer', input.supplierId);
        id = (await manager.insert(OfferEntity, { ...values, organizationId: input.supplierId, position })).identifiers[0]!.id as string;
      }
      await this.changed(manager, input.supplierId);
      return manager.findOneByOrFail(OfferEntity, { id });
    });
    return toOfferModel(saved);
  }

  async deleteOffer(actor: Actor, input: DeleteSupplierItemInput): Promise<void> {
    await this.deleteItem(actor, input, OfferEntity, 'offer');
  }

  async reorderOffers(actor: Actor, input: ReorderInput): Promise<OfferModel[]> {
    return (await this.reorder(actor, input, OfferEntity, 'supplier_offer')).map(toOfferModel);
  }

  // ---------------------------------------------------------------- shared by activities and offers

  private async nextPosition(manager: EntityManager, table: 'supplier_activity' | 'supplier_offer', supplierId: string): Promise<number> {
    const [row]: { next: number }[] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${table} WHERE organization_id = $1`, [supplierId]);
    return row?.next ?? 0;
  }

  private async deleteItem(actor: Actor, input: DeleteSupplierItemInput, entity: typeof ActivityEntity | typeof OfferEntity, name: string) {
    await this.requireEditor(actor, input.supplierId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(entity, { id: input.id, organizationId: input.supplierId });
      if (!result.affected) throw AppError.notFound(name);
      await this.changed(manager, input.supplierId);
    });
  }

  private async reorder<E extends ActivityEntity | OfferEntity>(
    actor: Actor, input: ReorderInput, entity: { new (): E }, table: 'supplier_activity' | 'supplier_offer',
  ): Promise<E[]> {
    await this.requireEditor(actor, input.supplierId);
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE organization_id = $1 FOR UPDATE`, [input.supplierId]);
      const existing = new Set(rows.map((r) => r.id));
      const asked = new Set(input.ids);
      if (asked.size !== input.ids.length || asked.size !== existing.size || input.ids.some((id) => !existing.has(id))) {
        throw AppError.badInput([{ path: 'ids', messageKey: 'field.reorderMismatch' }]);
      }
      if (input.ids.length > 0) {
        await manager.query(
          `UPDATE ${table} t SET position = o.ord - 1, updated_at = now() FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
            WHERE t.id = o.id AND t.organization_id = $1`,
          [input.supplierId, input.ids],
        );
      }
      await this.changed(manager, input.supplierId);
      return manager.find(entity, { where: { organizationId: input.supplierId } as never, order: { position: 'ASC' } as never });
    });
  }
}
