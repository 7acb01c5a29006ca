import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type SavedSearchTarget = 'NEEDS' | 'SUPPLIERS';
export type DigestFrequency = 'DAILY' | 'WEEKLY';

/** A user's saved search: a digest of what is new, daily or weekly (one email per digest). */
@Entity('saved_search')
@Index('ix_saved_search_user', ['userId'])
@Index('ix_saved_search_due', ['frequency', 'lastRunAt'])
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_saved_search' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_saved_search_user' })
  user?: UserEntity;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_saved_search_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 12 }) target!: SavedSearchTarget;
  @Column({ type: 'varchar', length: 200, default: '' }) query!: string;
  /** The search filters as the GraphQL input of searchNeeds / searchSuppliers. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) filters!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 8 }) frequency!: DigestFrequency;
  /** Items created after this instant are "new" for the next digest. */
  @Column({ name: 'last_run_at', type: 'timestamptz' }) lastRunAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
