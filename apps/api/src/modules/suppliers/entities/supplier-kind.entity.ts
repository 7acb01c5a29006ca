import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SupplierKind, VerificationStatus } from '@essor/domain';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/**
 * One ESS kind a supplier declares (a SCIC may also be an EA), with its verification status,
 * kept in step with the status proofs of that kind (DECLARED → PENDING → VERIFIED | REJECTED → EXPIRED).
 */
@Entity('supplier_kind')
@Index('ix_supplier_kind_kind_status', ['kind', 'status'])
export class SupplierKindEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_supplier_kind' }) organizationId!: string;
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_supplier_kind' }) kind!: SupplierKind;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_supplier_kind_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 16, default: 'DECLARED' }) status!: VerificationStatus;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
