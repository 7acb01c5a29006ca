import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per email, keyed by the job's idempotency key. A sender claims the key (`claimedAt`)
 * before SMTP and marks it sent (`sentAt`) right after: a duplicated job sends nothing, and a claim
 * left by a process that died before marking it (stale) is taken over by the job's retry.
 */
@Entity('email_delivery')
export class EmailDeliveryEntity {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 120, primaryKeyConstraintName: 'pk_email_delivery' })
  idempotencyKey!: string;
  @Column({ name: 'claimed_at', type: 'timestamptz', default: () => 'now()' }) claimedAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
