import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('cpv_code')
export class CpvCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_cpv_code' }) code!: string;
  @Column({ type: 'char', length: 8 }) code8!: string;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ name: 'label_en', type: 'text' }) labelEn!: string;
  @Column({ type: 'varchar', length: 16 }) level!: string;
  @Column({ name: 'parent_code', type: 'varchar', length: 10, nullable: true }) parentCode!: string | null;
}

@Entity('naf_code')
export class NafCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'pk_naf_code' }) code!: string;
  @Column({ type: 'varchar', length: 16 }) level!: string;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ type: 'char', length: 1 }) section!: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) parent!: string | null;
}

/** Régions, départements and communes with centroids, for service areas and radius matching. */
@Entity('place')
export class PlaceEntity {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_place' }) kind!: string;
  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'pk_place' }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'departement_code', type: 'varchar', length: 3, nullable: true }) departementCode!: string | null;
  @Column({ name: 'region_code', type: 'varchar', length: 3, nullable: true }) regionCode!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) postcodes!: string[];
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
}
