import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/** A product or service of the supplier's catalogue. */
@Entity('supplier_offer')
@Index('ix_supplier_offer_organization', ['organizationId'])
// Matching: suppliers with an offer in a lot's CPV classes (`cpv_codes && <codes of the classes>`).
@Index('ix_supplier_offer_cpv_codes', ['cpvCodes'], { type: 'gin' })
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supplier_offer' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_supplier_offer_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** CPV codes with check digit (e.g. 90911200-8). */
  @Column({ name: 'cpv_codes', type: 'text', array: true, default: () => `'{}'` }) cpvCodes!: string[];
  @Column({ type: 'varchar', length: 40, nullable: true }) unit!: string | null;
  @Column({ name: 'price_min_eur', type: 'double precision', nullable: true }) priceMinEur!: number | null;
  @Column({ name: 'price_max_eur', type: 'double precision', nullable: true }) priceMaxEur!: number | null;
  @Column({ name: 'lead_time_days', type: 'int', nullable: true }) leadTimeDays!: number | null;
  @Column({ name: 'minimum_order', type: 'double precision', nullable: true }) minimumOrder!: number | null;
  @Column({ name: 'capacity_quantity', type: 'double precision', nullable: true }) capacityQuantity!: number | null;
  @Column({ name: 'capacity_period', type: 'varchar', length: 8, nullable: true }) capacityPeriod!: string | null;
  @Column({ name: 'image_file_ids', type: 'uuid', array: true, default: () => `'{}'` }) imageFileIds!: string[];
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
