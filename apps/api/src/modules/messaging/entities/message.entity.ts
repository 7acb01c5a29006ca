import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { NeedEntity } from '../../needs/entities/need.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { ConsortiumEntity } from '../../consortia/entities/consortium.entity';

/** A conversation about one need between its buyer and one supplier or one consortium. */
@Entity('message_thread')
@Index('uq_message_thread_supplier', ['needId', 'supplierOrganizationId'], { unique: true, where: 'consortium_id IS NULL' })
@Index('uq_message_thread_consortium', ['needId', 'consortiumId'], { unique: true, where: 'consortium_id IS NOT NULL' })
export class MessageThreadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_message_thread' }) id!: string;
  @Column({ name: 'need_id', type: 'uuid' }) needId!: string;
  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_message_thread_need' })
  need?: NeedEntity;
  @Column({ name: 'buyer_organization_id', type: 'uuid' }) buyerOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_organization_id', foreignKeyConstraintName: 'fk_message_thread_buyer' })
  buyer?: OrganizationEntity;
  /** The supplier side: the supplier itself, or the consortium's lead for a consortium thread. */
  @Column({ name: 'supplier_organization_id', type: 'uuid' }) supplierOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_organization_id', foreignKeyConstraintName: 'fk_message_thread_supplier' })
  supplier?: OrganizationEntity;
  @Column({ name: 'consortium_id', type: 'uuid', nullable: true }) consortiumId!: string | null;
  @ManyToOne(() => ConsortiumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_message_thread_consortium' })
  consortium?: ConsortiumEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true }) lastMessageAt!: Date | null;
}

@Entity('message')
@Index('ix_message_thread', ['threadId', 'createdAt'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_message' }) id!: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId!: string;
  @ManyToOne(() => MessageThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_message_thread' })
  thread?: MessageThreadEntity;
  @Column({ name: 'author_user_id', type: 'uuid' }) authorUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_message_author' })
  author?: UserEntity;
  @Column({ name: 'author_organization_id', type: 'uuid' }) authorOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_organization_id', foreignKeyConstraintName: 'fk_message_author_organization' })
  authorOrganization?: OrganizationEntity;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'attachment_file_ids', type: 'uuid', array: true, default: () => `'{}'` }) attachmentFileIds!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** How far each organisation has read a thread (unread counts). */
@Entity('message_thread_read')
export class MessageThreadReadEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid', primaryKeyConstraintName: 'pk_message_thread_read' }) threadId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_message_thread_read' }) organizationId!: string;
  @ManyToOne(() => MessageThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_message_thread_read_thread' })
  thread?: MessageThreadEntity;
  @Column({ name: 'last_read_at', type: 'timestamptz' }) lastReadAt!: Date;
}
