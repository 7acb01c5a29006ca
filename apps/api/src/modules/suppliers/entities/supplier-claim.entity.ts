import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type ClaimStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A user asks to join (claim) a supplier structure; its admin, or staff when it has none, decides. */
@Entity('supplier_claim')
@Index('uq_supplier_claim_pending', ['organizationId', 'userId'], { unique: true, where: `status = 'PENDING'` })
export class SupplierClaimEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supplier_claim' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_supplier_claim_organization' })
  organization?: OrganizationEntity;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 16, default: 'PENDING' }) status!: ClaimStatus;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true }) decidedByUserId!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
