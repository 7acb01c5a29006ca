import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/**
 * What the platform knows of a supplier structure. Imported rows (SIAE list, the study) exist
 * before anyone claims them: an organisation without members is "unclaimed".
 */
@Entity('supplier_profile')
@Index('ix_supplier_profile_departement', ['departementCode'])
export class SupplierProfileEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_supplier_profile' }) organizationId!: string;
  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_supplier_profile_organization' })
  organization?: OrganizationEntity;
  /** Supplier kind codes of the reservation matrix (EI, ACI, EA, SCOP…); a SCIC may also be an EA. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) kinds!: string[];
  @Column({ type: 'varchar', length: 200, nullable: true }) brand!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'naf_code', type: 'varchar', length: 6, nullable: true }) nafCode!: string | null;
  @Column({ name: 'legal_form', type: 'varchar', length: 120, nullable: true }) legalForm!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) address!: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) postcode!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) city!: string | null;
  @Column({ name: 'departement_code', type: 'varchar', length: 3, nullable: true }) departementCode!: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) website!: string | null;
  @Column({ name: 'employees_range', type: 'varchar', length: 60, nullable: true }) employeesRange!: string | null;
  /** Where the row came from (ASP, GEIQ, the study…), kept for provenance. */
  @Column({ name: 'data_source', type: 'varchar', length: 60, nullable: true }) dataSource!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
