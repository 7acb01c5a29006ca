import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConsortiumForm, ConsortiumMemberRole } from '@essor/domain';
import { UserEntity } from '../../identity/entities/user.entity';
import { NeedEntity, NeedLotEntity } from '../../needs/entities/need.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type ConsortiumScope = 'LOT' | 'STANDING';
export type ConsortiumStatus = 'FORMING' | 'SUBMITTED' | 'DISSOLVED';
export type ConsortiumMemberStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'LEFT' | 'EXPIRED';

/**
 * A groupement momentané d'entreprises (GME) formed to answer one lot, or a STANDING grouping
 * shown in the directory. Exactly one LEAD (mandataire); GME-03: a supplier may not lead two live
 * consortia on the same lot (partial unique index).
 */
@Entity('consortium')
@Index('uq_consortium_lead_per_lot', ['lotId', 'leadOrganizationId'], { unique: true, where: `lot_id IS NOT NULL AND status <> 'DISSOLVED'` })
@Index('ix_consortium_need', ['needId'])
@Check('ck_consortium_scope', `(scope = 'LOT' AND lot_id IS NOT NULL AND need_id IS NOT NULL) OR (scope = 'STANDING' AND lot_id IS NULL)`)
export class ConsortiumEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium' }) id!: string;
  @Column({ type: 'varchar', length: 10 }) scope!: ConsortiumScope;
  @Column({ name: 'need_id', type: 'uuid', nullable: true }) needId!: string | null;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_consortium_need' })
  need?: NeedEntity;
  @Column({ name: 'lot_id', type: 'uuid', nullable: true }) lotId!: string | null;
  @ManyToOne(() => NeedLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_consortium_lot' })
  lot?: NeedLotEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) form!: ConsortiumForm;
  @Column({ type: 'varchar', length: 12, default: 'FORMING' }) status!: ConsortiumStatus;
  @Column({ name: 'lead_organization_id', type: 'uuid' }) leadOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_organization_id', foreignKeyConstraintName: 'fk_consortium_lead' })
  lead?: OrganizationEntity;
  @Column({ name: 'created_by_user_id', type: 'uuid' }) createdByUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_consortium_created_by' })
  createdBy?: UserEntity;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A member (or invitee) of a consortium. An invitee not yet on the platform is an email with a
 * hashed token; `organizationId` is set once it joins. Shares are percentages of the work.
 */
@Entity('consortium_member')
@Index('uq_consortium_member_org', ['consortiumId', 'organizationId'], { unique: true, where: 'organization_id IS NOT NULL' })
@Index('ix_consortium_member_org', ['organizationId'])
@Check('ck_consortium_member_who', `organization_id IS NOT NULL OR invited_email IS NOT NULL`)
@Check('ck_consortium_member_share', `share_percent IS NULL OR (share_percent >= 0 AND share_percent <= 100)`)
export class ConsortiumMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium_member' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_consortium_member_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_consortium_member_organization' })
  organization?: OrganizationEntity;
  @Column({ name: 'invited_email', type: 'varchar', length: 254, nullable: true }) invitedEmail!: string | null;
  @Column({ name: 'invitation_token_hash', type: 'varchar', length: 128, nullable: true }) invitationTokenHash!: string | null;
  @Column({ type: 'varchar', length: 16 }) role!: ConsortiumMemberRole;
  @Column({ name: 'share_percent', type: 'double precision', nullable: true }) sharePercent!: number | null;
  @Column({ type: 'varchar', length: 10, default: 'INVITED' }) status!: ConsortiumMemberStatus;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' }) invitedAt!: Date;
}

export type PartnerCallStatus = 'OPEN' | 'CLOSED';
export type PartnerApplicationStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

/** Bourse à la co-traitance: a supplier looks for partners on a lot (sectors, kinds, area, reservation). */
@Entity('partner_call')
@Index('ix_partner_call_lot', ['lotId', 'status'])
export class PartnerCallEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_call' }) id!: string;
  @Column({ name: 'need_id', type: 'uuid' }) needId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_partner_call_need' })
  need?: NeedEntity;
  @Column({ name: 'lot_id', type: 'uuid' }) lotId!: string;
  @ManyToOne(() => NeedLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_partner_call_lot' })
  lot?: NeedLotEntity;
  @Column({ name: 'author_organization_id', type: 'uuid' }) authorOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_organization_id', foreignKeyConstraintName: 'fk_partner_call_author' })
  author?: OrganizationEntity;
  /** The consortium accepted applicants join (created with the call when the author has none yet). */
  @Column({ name: 'consortium_id', type: 'uuid', nullable: true }) consortiumId!: string | null;
  @ManyToOne(() => ConsortiumEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_partner_call_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'sector_slugs', type: 'text', array: true, default: () => `'{}'` }) sectorSlugs!: string[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) kinds!: string[];
  @Column({ name: 'departement_codes', type: 'text', array: true, default: () => `'{}'` }) departementCodes!: string[];
  @Column({ name: 'region_codes', type: 'text', array: true, default: () => `'{}'` }) regionCodes!: string[];
  /** Partners must be eligible to this reservation (usually the lot's). */
  @Column({ name: 'reservation_needed', type: 'varchar', length: 32, default: 'NONE' }) reservationNeeded!: string;
  @Column({ name: 'role_offered', type: 'varchar', length: 16, default: 'CO_CONTRACTOR' }) roleOffered!: ConsortiumMemberRole;
  @Column({ type: 'varchar', length: 8, default: 'OPEN' }) status!: PartnerCallStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('partner_application')
@Index('uq_partner_application', ['callId', 'organizationId'], { unique: true })
export class PartnerApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_application' }) id!: string;
  @Column({ name: 'call_id', type: 'uuid' }) callId!: string;
  @ManyToOne(() => PartnerCallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_partner_application_call' })
  call?: PartnerCallEntity;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_partner_application_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'text', default: '' }) message!: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) status!: PartnerApplicationStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}
