import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OUTBOX_ROUTES, OutboxEventType, OutboxRoute, QueueName } from '../queue/queue.constants';

const BATCH_SIZE = 200;
const IDLE_DELAY_MS = 200;

/**
 * Publishes committed outbox rows to BullMQ (worker process only). Rows are locked with
 * SKIP LOCKED so several workers can relay in parallel; the job id is derived from the row id,
 * so a row published twice (crash after addBulk, before commit) is still one job.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap() {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown() {
    this.running = false;
    await this.loop;
  }

  private async run() {
    while (this.running) {
      try {
        const published = await this.relayOnce();
        if (published < BATCH_SIZE) await sleep(IDLE_DELAY_MS);
      } catch (error) {
        this.logger.error(`outbox relay failed: ${(error as Error).message}`);
        await sleep(1000);
      }
    }
  }

  /** Publishes one batch; returns how many events it published. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; type: OutboxEventType; payload: Record<string, unknown> }[] = await manager.query(
        `SELECT id, type, payload FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, { name: string; data: Record<string, unknown>; opts: { jobId: string } }[]>();
      const add = (queue: QueueName, job: { name: string; data: Record<string, unknown>; opts: { jobId: string } }) =>
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
      // Batched routes collect the distinct payload values of one relay batch, per (event type, route).
      const batches = new Map<string, { route: OutboxRoute; ids: string[]; values: Set<unknown> }>();
      for (const row of rows) {
        const routes = OUTBOX_ROUTES[row.type];
        if (!routes) {
          this.logger.warn(`outbox event ${row.id} has no route (${row.type}); marking it published`);
          continue;
        }
        for (const route of routes) {
          if (route.batchBy) {
            const key = `${row.type}/${route.job}`;
            const batch = batches.get(key) ?? { route, ids: [], values: new Set() };
            batch.ids.push(row.id);
            batch.values.add(row.payload[route.batchBy.field]);
            batches.set(key, batch);
          } else add(route.queue, { name: route.job, data: row.payload, opts: { jobId: routes.length > 1 ? `evt-${row.id}-${route.job}` : `evt-${row.id}` } });
        }
      }
      for (const { route, ids, values } of batches.values()) {
        const data = { [route.batchBy!.as]: [...values] };
        add(route.queue, { name: route.job, data, opts: { jobId: `evt-${ids[0]}-${ids[ids.length - 1]}-${route.job}` } });
      }
      for (const [queueName, jobs] of byQueue) {
        const queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
        await queue.addBulk(jobs);
      }
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
