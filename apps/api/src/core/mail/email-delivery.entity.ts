import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per email sent, keyed by the job's idempotency key: a retried job never sends twice. */
@Entity('email_delivery')
export class EmailDeliveryEntity {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 120, primaryKeyConstraintName: 'pk_email_delivery' })
  idempotencyKey!: string;
  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
}
