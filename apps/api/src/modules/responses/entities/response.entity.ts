import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { NeedEntity, NeedLotEntity } from '../../needs/entities/need.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { ConsortiumEntity } from '../../consortia/entities/consortium.entity';

/** INTERESTED: intends to answer; DECLINED: will not; SUBMITTED: a full response; WITHDRAWN before the deadline. */
export type ResponseStatus = 'INTERESTED' | 'DECLINED' | 'SUBMITTED' | 'WITHDRAWN';
export type BuyerDecision = 'NONE' | 'SHORTLISTED' | 'AWARDED' | 'REJECTED';
export type DeclineReason = 'CAPACITY' | 'AREA' | 'DEADLINE' | 'PRICE' | 'NOT_OUR_TRADE' | 'OTHER';

export interface DeclaredSubcontractor {
  organizationId: string | null;
  name: string;
  sharePercent: number;
}

/**
 * A response to one lot, by one supplier organisation or one consortium (exactly one of the two).
 * One live response per respondent and lot (partial unique indexes); amendments bump `version` and
 * keep the previous state in response_version.
 */
@Entity('need_response')
@Index('uq_need_response_supplier', ['lotId', 'respondentOrganizationId'], { unique: true, where: 'consortium_id IS NULL' })
@Index('uq_need_response_consortium', ['lotId', 'consortiumId'], { unique: true, where: 'consortium_id IS NOT NULL' })
@Index('ix_need_response_need', ['needId', 'status'])
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_need_response' }) id!: string;
  @Column({ name: 'need_id', type: 'uuid' }) needId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_response_need' })
  need?: NeedEntity;
  @Column({ name: 'lot_id', type: 'uuid' }) lotId!: string;
  @ManyToOne(() => NeedLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_need_response_lot' })
  lot?: NeedLotEntity;
  /** The answering supplier, or the consortium's lead when a consortium answers. */
  @Column({ name: 'respondent_organization_id', type: 'uuid' }) respondentOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_organization_id', foreignKeyConstraintName: 'fk_need_response_respondent' })
  respondent?: OrganizationEntity;
  @Column({ name: 'consortium_id', type: 'uuid', nullable: true }) consortiumId!: string | null;
  @ManyToOne(() => ConsortiumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_need_response_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ name: 'submitted_by_user_id', type: 'uuid' }) submittedByUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_user_id', foreignKeyConstraintName: 'fk_need_response_user' })
  submittedBy?: UserEntity;
  @Column({ type: 'varchar', length: 12 }) status!: ResponseStatus;
  @Column({ name: 'decline_reason', type: 'varchar', length: 16, nullable: true }) declineReason!: DeclineReason | null;
  @Column({ name: 'decline_comment', type: 'varchar', length: 1000, nullable: true }) declineComment!: string | null;
  @Column({ name: 'price_eur', type: 'double precision', nullable: true }) priceEur!: number | null;
  @Column({ name: 'lead_time_days', type: 'int', nullable: true }) leadTimeDays!: number | null;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  /** Answers to the need's questions, in the same order. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) answers!: string[];
  @Column({ name: 'attachment_file_ids', type: 'uuid', array: true, default: () => `'{}'` }) attachmentFileIds!: string[];
  @Column({ type: 'jsonb', default: () => `'[]'` }) subcontractors!: DeclaredSubcontractor[];
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ name: 'buyer_decision', type: 'varchar', length: 12, default: 'NONE' }) buyerDecision!: BuyerDecision;
  @Column({ name: 'buyer_message', type: 'varchar', length: 2000, nullable: true }) buyerMessage!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A response as it was before an amendment (or a withdrawal). */
@Entity('need_response_version')
@Check('ck_need_response_version_positive', `version > 0`)
export class ResponseVersionEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid', primaryKeyConstraintName: 'pk_need_response_version' }) responseId!: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_need_response_version' }) version!: number;
  @ManyToOne(() => ResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_need_response_version_response' })
  response?: ResponseEntity;
  @Column({ type: 'jsonb' }) snapshot!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
