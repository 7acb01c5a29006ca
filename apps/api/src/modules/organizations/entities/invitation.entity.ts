import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '@essor/domain';
import { OrganizationEntity } from './organization.entity';

/**
 * An invitation to join an organisation. The token is generated when the email is sent (by the
 * worker), so the plain token never sits in the database or in a job payload.
 */
@Entity('invitation')
@Index('uq_invitation_token_hash', ['tokenHash'], { unique: true, where: 'token_hash IS NOT NULL' })
@Index('ix_invitation_organization', ['organizationId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitation' }) id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_invitation_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 16 }) role!: MembershipRole;
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true }) tokenHash!: string | null;
  @Column({ name: 'invited_by_user_id', type: 'uuid' }) invitedByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'accepted_by_user_id', type: 'uuid', nullable: true }) acceptedByUserId!: string | null;
}
