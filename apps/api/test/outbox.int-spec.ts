import { Queue } from 'bullmq';
import { MAILDEV_API_URL } from './test-env';
import { errorCode, startTestApp, TestContext, uniqueEmail, waitForEmail } from './harness';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`;

async function emailsTo(address: string): Promise<number> {
  const all = (await (await fetch(`${MAILDEV_API_URL}/api/email`)).json()) as { to: { address: string }[] }[];
  return all.filter((e) => e.to.some((t) => t.address === address)).length;
}

describe('outbox → BullMQ → worker', () => {
  let ctx: TestContext;
  let queue: Queue;
  beforeAll(async () => {
    ctx = await startTestApp({ worker: true });
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    queue = new Queue('email', { prefix: ctx.env.QUEUE_PREFIX, connection: { host: redis.hostname, port: Number(redis.port || 6379) } });
  });
  afterAll(async () => {
    await queue.close();
  });

  it('publishes each event once under a deterministic job id; a re-published event sends nothing twice', async () => {
    const email = uniqueEmail('outbox');
    const { register } = await ctx.client().ok(REGISTER, { input: { email, password: 'correct horse battery', displayName: 'Outbox' } });
    await waitForEmail(email, 'Confirmez');
    const [event] = await ctx.dataSource.query(`SELECT id, payload, published_at FROM outbox_event WHERE aggregate_id = $1`, [register.user.id]);
    expect(event.published_at).not.toBeNull();
    // Ids only in the payload: no personal data travels through Redis.
    expect(event.payload).toEqual({ userId: register.user.id });
    const job = await queue.getJob(`evt-${event.id}`);
    expect(job?.name).toBe('send-verification-email');

    // Simulate a relay that crashed after publishing but before marking the row: it publishes again.
    await ctx.dataSource.query(`UPDATE outbox_event SET published_at = NULL WHERE id = $1`, [event.id]);
    const deadline = Date.now() + 5000;
    while ((await ctx.dataSource.query(`SELECT published_at FROM outbox_event WHERE id = $1`, [event.id]))[0].published_at === null) {
      if (Date.now() > deadline) throw new Error('relay did not re-publish');
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(await emailsTo(email)).toBe(1);
    expect(await queue.getJobCounts('completed', 'waiting', 'active', 'failed')).toMatchObject({ completed: 1, waiting: 0, failed: 0 });
  });

  it('a refused change writes no event (same transaction)', async () => {
    const email = uniqueEmail('twice');
    await ctx.client().ok(REGISTER, { input: { email, password: 'correct horse battery', displayName: 'Twice' } });
    const before = (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event`))[0].n;
    const again = await ctx.client().request(REGISTER, { input: { email, password: 'correct horse battery', displayName: 'Twice' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event`))[0].n).toBe(before);
  });

  it('API and worker shut down gracefully on SIGTERM (closed by Nest, not killed)', async () => {
    const started = Date.now();
    expect(await ctx.close()).toEqual(['SIGTERM', 'SIGTERM']);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
