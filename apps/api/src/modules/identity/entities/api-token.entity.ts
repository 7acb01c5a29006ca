import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import type { MembershipRole } from '@essor/domain';

/** Machine credential scoped to one organisation; stored hashed, revocable. */
@Entity('api_token')
@Index('uq_api_token_hash', ['tokenHash'], { unique: true })
@Index('ix_api_token_organization', ['organizationId'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_token' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'created_by_user_id', type: 'uuid' }) createdByUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_api_token_user' })
  createdBy?: UserEntity;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 16, default: 'MEMBER' }) role!: MembershipRole;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  /** First characters of the token, shown so owners can tell tokens apart. */
  @Column({ name: 'token_prefix', type: 'varchar', length: 16 }) tokenPrefix!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
