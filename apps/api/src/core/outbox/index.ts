export { OutboxEventEntity } from './outbox-event.entity';
export { OutboxRelayService } from './outbox-relay.service';
export { OutboxService } from './outbox.service';
export type { OutboxEventInput } from './outbox.service';
