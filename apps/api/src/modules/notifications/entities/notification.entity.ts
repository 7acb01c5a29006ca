import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/** Categories a user can opt out of by email (in-app notifications are always written). */
export type NotificationCategory = 'NEED_MATCHED' | 'NEED_UPDATED' | 'NEED_REMINDER' | 'NEED_INTEREST' | 'NEED_STATUS' | 'SAVED_SEARCH' | 'RESPONSE' | 'CONSORTIUM' | 'MESSAGE';
/** What happened to the email of a notification. */
export type NotificationEmailState = 'NONE' | 'PENDING' | 'QUEUED' | 'SENT' | 'DIGEST' | 'DIGESTED' | 'OPTED_OUT';

/**
 * An in-app notification of one user. `dedupeKey` + user is unique: a retried or duplicated
 * fan-out job writes nothing twice. `params` holds ids and labels, rendered in the reader's language.
 */
@Entity('notification')
@Index('uq_notification_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notification_user', ['userId', 'createdAt'])
// Digest job: emails that went into the daily digest and are not sent yet.
@Index('ix_notification_digest', ['emailState'], { where: `email_state = 'DIGEST'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: UserEntity;
  /** The organisation the notification concerns (the user's membership). */
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_notification_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 24 }) category!: NotificationCategory;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 160 }) dedupeKey!: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) params!: Record<string, unknown>;
  @Column({ name: 'need_id', type: 'uuid', nullable: true }) needId!: string | null;
  @Column({ name: 'email_state', type: 'varchar', length: 12, default: 'PENDING' }) emailState!: NotificationEmailState;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Email opt-out of one user for one category (absence = emails wanted). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: 'pk_notification_preference' }) category!: NotificationCategory;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preference_user' })
  user?: UserEntity;
  @Column({ name: 'email_enabled', type: 'boolean' }) emailEnabled!: boolean;
  @CreateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
