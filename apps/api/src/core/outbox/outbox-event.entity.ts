import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Side effects (emails, search indexing, matching) leave through this table: the row is written in
 * the same transaction as the business change, then the relay publishes it to BullMQ with the
 * row id as job id, so a crash between commit and publish loses nothing and publishes once.
 */
@Entity('outbox_event')
@Index('ix_outbox_event_unpublished', ['id'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_outbox_event' }) id!: string;
  @Column({ type: 'varchar', length: 64 }) type!: string;
  @Column({ name: 'aggregate_type', type: 'varchar', length: 64 }) aggregateType!: string;
  @Column({ name: 'aggregate_id', type: 'varchar', length: 64 }) aggregateId!: string;
  /** Ids and flags only: no personal data, no secrets. */
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
}
