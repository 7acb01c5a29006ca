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
  /** INSEE code of the site's commune; latitude/longitude are its centroid unless geocoded. */
  @Column({ name: 'site_commune_code', type: 'varchar', length: 5, nullable: true }) siteCommuneCode!: string | null;
  @Column({ name: 'logo_file_id', type: 'uuid', nullable: true }) logoFileId!: string | null;
  @Column({ name: 'headcount_permanent', type: 'int', nullable: true }) headcountPermanent!: number | null;
  @Column({ name: 'headcount_insertion', type: 'int', nullable: true }) headcountInsertion!: number | null;
  /** Share (0–1) of disabled workers: the ≥ 50 % test of equivalent structures (RES-01/02). */
  @Column({ name: 'disabled_workers_share', type: 'double precision', nullable: true }) disabledWorkersShare!: number | null;
  /** Share (0–1) of disadvantaged workers (RES-03 equivalent insertion structures, GEIQ). */
  @Column({ name: 'disadvantaged_workers_share', type: 'double precision', nullable: true }) disadvantagedWorkersShare!: number | null;
  @Column({ name: 'revenue_eur', type: 'bigint', nullable: true }) revenueEur!: string | null;
  @Column({ name: 'year_founded', type: 'int', nullable: true }) yearFounded!: number | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) certifications!: string[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) networks!: string[];
  /** [{ name, description?, year? }]: clients the supplier cites. */
  @Column({ name: 'client_references', type: 'jsonb', default: () => `'[]'` }) clientReferences!: { name: string; description?: string; year?: number }[];
  @Column({ name: 'production_means', type: 'text', nullable: true }) productionMeans!: string | null;
  /** Available capacity now (e.g. 175 t a week), and the most it could make (500 t). */
  @Column({ name: 'capacity_quantity', type: 'double precision', nullable: true }) capacityQuantity!: number | null;
  @Column({ name: 'capacity_max_quantity', type: 'double precision', nullable: true }) capacityMaxQuantity!: number | null;
  @Column({ name: 'capacity_unit', type: 'varchar', length: 40, nullable: true }) capacityUnit!: string | null;
  @Column({ name: 'capacity_period', type: 'varchar', length: 8, nullable: true }) capacityPeriod!: string | null;
  /** Where the row came from (ASP, GEIQ, the study…), kept for provenance. */
  @Column({ name: 'data_source', type: 'varchar', length: 60, nullable: true }) dataSource!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
