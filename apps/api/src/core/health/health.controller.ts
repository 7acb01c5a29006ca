import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access-policy';
import { Policy } from '../auth/policy.decorator';
import { QueueName } from '../queue/queue.constants';

/** Liveness and readiness: answers 200 only when Postgres and Redis answer. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly queue: Queue,
  ) {}

  @Get()
  @Policy(Access.PUBLIC)
  async check() {
    const [database, redis] = await Promise.all([
      withTimeout(this.dataSource.query('SELECT 1')).then(() => 'up', () => 'down'),
      withTimeout(this.queue.getJobCounts('waiting')).then(() => 'up', () => 'down'),
    ]);
    const body = { status: database === 'up' && redis === 'up' ? 'ok' : 'error', database, redis };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}

/** A dependency that hangs is as down as one that refuses. */
function withTimeout<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
