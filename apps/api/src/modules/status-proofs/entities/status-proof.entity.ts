import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProofType, SupplierKind } from '@essor/domain';
import { StoredFileEntity } from '../../../core/files/stored-file.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type ProofStatus = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';

/** A document proving one ESS kind (DREETS convention, CPOM, ESUS agreement…) with its validity. */
@Entity('status_proof')
@Index('ix_status_proof_organization', ['organizationId'])
@Index('ix_status_proof_status_valid_until', ['status', 'validUntil'])
export class StatusProofEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_status_proof' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_status_proof_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 32 }) kind!: SupplierKind;
  @Column({ name: 'proof_type', type: 'varchar', length: 40 }) proofType!: ProofType;
  /** Convention number, FINESS, agreement reference… as written on the document. */
  @Column({ type: 'varchar', length: 120, nullable: true }) reference!: string | null;
  @Column({ name: 'valid_from', type: 'date', nullable: true }) validFrom!: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ name: 'file_id', type: 'uuid' }) fileId!: string;
  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_status_proof_file' })
  file?: StoredFileEntity;
  @Column({ type: 'varchar', length: 16, default: 'PENDING' }) status!: ProofStatus;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true }) rejectionReason!: string | null;
  @Column({ name: 'submitted_by_user_id', type: 'uuid' }) submittedByUserId!: string;
  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true }) reviewedByUserId!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  /** Set when the "expires in 30 days" notice was sent, so it is sent once. */
  @Column({ name: 'expiry_notified_at', type: 'timestamptz', nullable: true }) expiryNotifiedAt!: Date | null;
}
