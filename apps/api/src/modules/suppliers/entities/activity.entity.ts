import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { SectorEntity } from '../../reference-data/entities/sector.entity';

export type ServiceType = 'SERVICE' | 'STAFFING' | 'MANUFACTURING';
export type ServiceAreaKind = 'NATIONAL' | 'ZONES' | 'RADIUS';

/**
 * What a supplier does where: one sector × service types × service area. ZONES lists régions,
 * départements and/or communes; RADIUS is a distance from the supplier's site.
 */
@Entity('supplier_activity')
@Index('ix_supplier_activity_organization', ['organizationId'])
@Index('ix_supplier_activity_sector', ['sectorSlug'])
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supplier_activity' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_supplier_activity_organization' })
  organization?: OrganizationEntity;
  @Column({ name: 'sector_slug', type: 'varchar', length: 120 }) sectorSlug!: string;
  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_slug', foreignKeyConstraintName: 'fk_supplier_activity_sector' })
  sector?: SectorEntity;
  @Column({ name: 'service_types', type: 'text', array: true }) serviceTypes!: ServiceType[];
  @Column({ name: 'area_kind', type: 'varchar', length: 16 }) areaKind!: ServiceAreaKind;
  @Column({ name: 'region_codes', type: 'text', array: true, default: () => `'{}'` }) regionCodes!: string[];
  @Column({ name: 'departement_codes', type: 'text', array: true, default: () => `'{}'` }) departementCodes!: string[];
  @Column({ name: 'commune_codes', type: 'text', array: true, default: () => `'{}'` }) communeCodes!: string[];
  @Column({ name: 'radius_km', type: 'int', nullable: true }) radiusKm!: number | null;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
