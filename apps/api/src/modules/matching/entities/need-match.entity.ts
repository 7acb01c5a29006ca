import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MatchReason } from '@essor/domain';
import { NeedEntity, NeedLotEntity } from '../../needs/entities/need.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/**
 * A supplier matched to a lot, with why. The key (lot, supplier) makes matching idempotent: a
 * retried or duplicated matching job inserts nothing new.
 */
@Entity('need_match')
@Index('ix_need_match_need', ['needId'])
@Index('ix_need_match_supplier', ['supplierOrganizationId', 'matchedAt'])
export class NeedMatchEntity {
  @PrimaryColumn({ name: 'lot_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_match' }) lotId!: string;
  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_match' }) supplierOrganizationId!: string;
  @Column({ name: 'need_id', type: 'uuid' }) needId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_match_need' })
  need?: NeedEntity;
  @ManyToOne(() => NeedLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_need_match_lot' })
  lot?: NeedLotEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_organization_id', foreignKeyConstraintName: 'fk_need_match_supplier' })
  supplier?: OrganizationEntity;
  /** Structured reasons (rendered in the reader's language). */
  @Column({ type: 'jsonb' }) reasons!: MatchReason[];
  @CreateDateColumn({ name: 'matched_at', type: 'timestamptz' }) matchedAt!: Date;
}

export type SupplierInterest = 'INTERESTED' | 'DECLINED';

/**
 * The follow-up funnel of one need for one matched supplier: notified → emailed → viewed →
 * interested/declined → responded; reminders sent. One row per (need, supplier).
 */
@Entity('need_supplier')
@Index('ix_need_supplier_supplier', ['supplierOrganizationId', 'notifiedAt'])
export class NeedSupplierEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_supplier' }) needId!: string;
  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_supplier' }) supplierOrganizationId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_supplier_need' })
  need?: NeedEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_organization_id', foreignKeyConstraintName: 'fk_need_supplier_supplier' })
  supplier?: OrganizationEntity;
  @CreateDateColumn({ name: 'matched_at', type: 'timestamptz' }) matchedAt!: Date;
  /** In-app notifications written for the supplier's members. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true }) notifiedAt!: Date | null;
  /** At least one member was emailed (or the match went into a digest). */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true }) emailedAt!: Date | null;
  @Column({ name: 'viewed_at', type: 'timestamptz', nullable: true }) viewedAt!: Date | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) interest!: SupplierInterest | null;
  @Column({ name: 'interest_at', type: 'timestamptz', nullable: true }) interestAt!: Date | null;
  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true }) declineReason!: string | null;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  /** Last need version the supplier was told about (edits after publication notify again). */
  @Column({ name: 'notified_version', type: 'int', default: 0 }) notifiedVersion!: number;
}
