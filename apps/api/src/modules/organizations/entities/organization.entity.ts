import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BuyerRegime, OrganizationType } from '@essor/domain';

export type OrganizationSource = 'SIGNUP' | 'SIAE_IMPORT' | 'DEMO';

@Entity('organization')
@Index('uq_organization_siret', ['siret'], { unique: true, where: 'siret IS NOT NULL' })
@Index('ix_organization_siren', ['siren'])
@Check('ck_organization_regime', `(type = 'BUYER' AND regime IS NOT NULL) OR (type = 'SUPPLIER' AND regime IS NULL)`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organization' }) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) type!: OrganizationType;
  @Column({ type: 'varchar', length: 16, nullable: true }) regime!: BuyerRegime | null;
  @Column({ type: 'char', length: 14, nullable: true }) siret!: string | null;
  @Column({ type: 'char', length: 9, nullable: true }) siren!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'SIGNUP' }) source!: OrganizationSource;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
