import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NeedStatus } from '@essor/domain';
import { UserEntity } from '../../identity/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type NeedKind = 'QUOTE' | 'TENDER' | 'SOURCING' | 'SUBCONTRACTING';
export type NeedVisibility = 'PUBLIC' | 'INVITED';
export type PlaceKind = 'NATIONAL' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE';

/** A buyer's purchase need (besoin d'achat): one or more lots, a deadline, a lifecycle. */
@Entity('need')
@Index('ix_need_buyer', ['buyerOrganizationId', 'createdAt'])
// The deadline job looks for published needs whose deadline has passed.
@Index('ix_need_status_deadline', ['status', 'deadlineAt'])
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_need' }) id!: string;
  @Column({ name: 'buyer_organization_id', type: 'uuid' }) buyerOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_organization_id', foreignKeyConstraintName: 'fk_need_buyer' })
  buyer?: OrganizationEntity;
  @Column({ name: 'created_by_user_id', type: 'uuid' }) createdByUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_need_created_by' })
  createdBy?: UserEntity;
  @Column({ type: 'varchar', length: 16 }) kind!: NeedKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Rich text, sanitised on write (allow-list of tags). */
  @Column({ name: 'description_html', type: 'text', default: '' }) descriptionHtml!: string;
  @Column({ type: 'varchar', length: 16, default: 'DRAFT' }) status!: NeedStatus;
  @Column({ type: 'varchar', length: 8, default: 'PUBLIC' }) visibility!: NeedVisibility;
  @Column({ name: 'consortia_allowed', type: 'boolean', default: true }) consortiaAllowed!: boolean;
  /** Only suppliers with at least one verified ESS kind are matched (else self-declared too). */
  @Column({ name: 'verified_only', type: 'boolean', default: false }) verifiedOnly!: boolean;
  @Column({ name: 'deadline_at', type: 'timestamptz' }) deadlineAt!: Date;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  @Column({ name: 'duration_months', type: 'int', nullable: true }) durationMonths!: number | null;
  /** Questions suppliers answer in their response. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) questions!: string[];
  @Column({ name: 'attachment_file_ids', type: 'uuid', array: true, default: () => `'{}'` }) attachmentFileIds!: string[];
  /** Bumped by every edit after publication (the previous state is kept in need_version). */
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true }) statusReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @OneToMany(() => NeedLotEntity, (lot) => lot.need) lots?: NeedLotEntity[];
}

/** A lot of a need: what, where, how much, and its reservation and social clause. */
@Entity('need_lot')
@Index('ix_need_lot_need', ['needId', 'position'])
@Check('ck_need_lot_amount', `amount_min_eur IS NULL OR amount_max_eur IS NULL OR amount_min_eur <= amount_max_eur`)
export class NeedLotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_need_lot' }) id!: string;
  @Column({ name: 'need_id', type: 'uuid' }) needId!: string;
  @ManyToOne(() => NeedEntity, (need) => need.lots, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_lot_need' })
  need?: NeedEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'sector_slugs', type: 'text', array: true, default: () => `'{}'` }) sectorSlugs!: string[];
  /** CPV codes with check digit (e.g. 90511000-2). */
  @Column({ name: 'cpv_codes', type: 'text', array: true, default: () => `'{}'` }) cpvCodes!: string[];
  /** Empty: any service type. */
  @Column({ name: 'service_types', type: 'text', array: true, default: () => `'{}'` }) serviceTypes!: string[];
  @Column({ type: 'double precision', nullable: true }) quantity!: number | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) unit!: string | null;
  @Column({ name: 'amount_min_eur', type: 'double precision', nullable: true }) amountMinEur!: number | null;
  @Column({ name: 'amount_max_eur', type: 'double precision', nullable: true }) amountMaxEur!: number | null;
  @Column({ name: 'place_kind', type: 'varchar', length: 12 }) placeKind!: PlaceKind;
  /** INSEE code of the commune, département or région; null when national. */
  @Column({ name: 'place_code', type: 'varchar', length: 8, nullable: true }) placeCode!: string | null;
  @Column({ name: 'radius_km', type: 'int', nullable: true }) radiusKm!: number | null;
  @Column({ type: 'varchar', length: 32, default: 'NONE' }) reservation!: string;
  @Column({ name: 'social_clause_hours', type: 'int', nullable: true }) socialClauseHours!: number | null;
}

/** The state of a need before each edit made after publication (what matched suppliers were told). */
@Entity('need_version')
export class NeedVersionEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_version' }) needId!: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_need_version' }) version!: number;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_version_need' })
  need?: NeedEntity;
  @Column({ type: 'jsonb' }) snapshot!: Record<string, unknown>;
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => `'{}'` }) changedFields!: string[];
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Suppliers listed on an INVITED need: the only ones that can see it. */
@Entity('need_invitation')
@Index('ix_need_invitation_supplier', ['supplierOrganizationId'])
export class NeedInvitationEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_invitation' }) needId!: string;
  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_invitation' }) supplierOrganizationId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_invitation_need' })
  need?: NeedEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_organization_id', foreignKeyConstraintName: 'fk_need_invitation_supplier' })
  supplier?: OrganizationEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
