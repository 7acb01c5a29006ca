import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventType } from '../queue/queue.constants';
import { OutboxEventEntity } from './outbox-event.entity';

export interface OutboxEventInput {
  type: OutboxEventType;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** Records side effects inside the caller's transaction (pass its EntityManager). */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, ...events: OutboxEventInput[]): Promise<void> {
    if (events.length === 0) return;
    await manager.insert(
      OutboxEventEntity,
      events.map((e) => ({ type: e.type, aggregateType: e.aggregateType, aggregateId: e.aggregateId, payload: (e.payload ?? {}) as never })),
    );
  }
}
