import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/** A buyer organisation's named list of suppliers (used later as a search filter). */
@Entity('favourite_list')
@Index('uq_favourite_list_name', ['organizationId', 'name'], { unique: true })
export class FavouriteListEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_favourite_list' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_favourite_list_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ name: 'created_by_user_id', type: 'uuid' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('favourite_list_item')
@Index('ix_favourite_list_item_supplier', ['supplierOrganizationId'])
export class FavouriteListItemEntity {
  @PrimaryColumn({ name: 'list_id', type: 'uuid', primaryKeyConstraintName: 'pk_favourite_list_item' }) listId!: string;
  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_favourite_list_item' }) supplierOrganizationId!: string;
  @ManyToOne(() => FavouriteListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'fk_favourite_list_item_list' })
  list?: FavouriteListEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_organization_id', foreignKeyConstraintName: 'fk_favourite_list_item_supplier' })
  supplier?: OrganizationEntity;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt!: Date;
}
