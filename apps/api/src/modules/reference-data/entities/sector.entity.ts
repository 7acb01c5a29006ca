import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

@Entity('sector_group')
export class SectorGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'pk_sector_group' }) slug!: string;
  @Column({ name: 'name_fr', type: 'varchar', length: 200 }) nameFr!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'int' }) position!: number;
}

/** Sector slugs are Le Marché's, so its data maps 1:1 (never rename one). */
@Entity('sector')
@Index('ix_sector_group', ['groupSlug'])
export class SectorEntity {
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'pk_sector' }) slug!: string;
  @Column({ name: 'group_slug', type: 'varchar', length: 120 }) groupSlug!: string;
  @ManyToOne(() => SectorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_slug', foreignKeyConstraintName: 'fk_sector_group' })
  group?: SectorGroupEntity;
  @Column({ name: 'name_fr', type: 'varchar', length: 200 }) nameFr!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'int' }) position!: number;
}
