import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '@essor/domain';
import { UserEntity } from '../../identity/entities/user.entity';
import { OrganizationEntity } from './organization.entity';

@Entity('membership')
@Index('ix_membership_user', ['userId'])
export class MembershipEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_membership' }) organizationId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_membership' }) userId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_membership_organization' })
  organization?: OrganizationEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_membership_user' })
  user?: UserEntity;
  @Column({ type: 'varchar', length: 16 }) role!: MembershipRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
