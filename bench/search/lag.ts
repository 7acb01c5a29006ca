/*
 * Commit-to-searchable lag: with the worker running (outbox relay → BullMQ → search indexer),
 * updates N supplier descriptions, each in its own transaction together with its outbox_event row
 * (type 'supplier.changed'), at a steady pace; polls Meilisearch every 50 ms for the documents
 * whose description holds their unique token. Lag = first poll that sees the token − COMMIT time.
 *
 *   node -r ./tools/register.js bench/search/lag.ts [--updates 1000] [--rate 20]
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { benchEnv, meili, options, percentile, sleep, startNode, stopNode, waitFor } from './lib';

export interface LagResult {
  updates: number; seen: number; missing: number;
  /**
   * What the updates not seen by the poller are: `lateInIndex` hold their token when checked after it
   * gave up (a poller artefact); `notInIndex` do not (lost), `notInIndexPublished` of which the outbox
   * relay did publish (lost between the queue and Meilisearch).
   */
  lateInIndex: number; notInIndex: number; notInIndexPublished: number; p50: number; p95: number; p99: number; max: number; mean: number; seconds: number;
  /** Meilisearch tasks of the run: how many, documents per task, time each took, time queued. */
  tasks: { count: number; docsPerTask: number; meanDurationMs: number; meanQueuedMs: number; busySeconds: number };
}

/** Statistics of the documentAdditionOrUpdate tasks of an index enqueued after `since` (where the time goes). */
export async function taskStats(env: Record<string, string>, indexPrefix: string, since: Date) {
  const res = await meili(env, 'GET', `/tasks?types=documentAdditionOrUpdate&afterEnqueuedAt=${since.toISOString()}&limit=1000`);
  const tasks = (res.results as { indexUid: string; enqueuedAt: string; startedAt: string; finishedAt: string; details: { receivedDocuments?: number } }[])
    .filter((t) => t.indexUid?.startsWith(indexPrefix) && t.startedAt && t.finishedAt);
  const ms = (a: string, b: string) => new Date(b).getTime() - new Date(a).getTime();
  // Union of the busy intervals (batched tasks share one interval).
  const intervals = [...new Set(tasks.map((t) => `${t.startedAt}|${t.finishedAt}`))].map((k) => k.split('|').map((d) => new Date(d).getTime()) as [number, number]).sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    busy += Math.max(0, e - Math.max(s, end));
    end = Math.max(end, e);
  }
  return {
    count: tasks.length,
    docsPerTask: tasks.reduce((s, t) => s + (t.details.receivedDocuments ?? 0), 0) / Math.max(1, tasks.length),
    meanDurationMs: tasks.reduce((s, t) => s + ms(t.startedAt, t.finishedAt), 0) / Math.max(1, tasks.length),
    meanQueuedMs: tasks.reduce((s, t) => s + ms(t.enqueuedAt, t.startedAt), 0) / Math.max(1, tasks.length),
    busySeconds: busy / 1000,
  };
}

const POLL_MS = 50;
const GIVE_UP_MS = 60_000;

export async function runLag(opts: { updates: number; rate: number }, env = benchEnv()): Promise<LagResult> {
  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const worker = startNode('apps/api/src/worker.ts', env, 'worker');
  const started = performance.now();
  const since = new Date();
  try {
    await waitFor('worker', async () => (await fetch(`http://${env.API_HOST}:${env.WORKER_HEALTH_PORT}/health`)).ok, 120_000);
    await sleep(1000);
    // Suppliers spread over the id space (every k-th), the same ones on every run of a dataset.
    const { rows } = await db.query(
      `SELECT organization_id AS id FROM (SELECT organization_id, row_number() OVER (ORDER BY organization_id) AS n FROM supplier_profile) x
        WHERE n % greatest(1, (SELECT count(*) FROM supplier_profile) / $1) = 0 ORDER BY organization_id LIMIT $1`,
      [opts.updates],
    );
    const ids: string[] = rows.map((r: { id: string }) => r.id);
    const run = Date.now().toString(36);
    const token = (i: number) => `zbench${run}q${i}`;
    const committedAt = new Map<string, { at: number; token: string }>();
    const lags: number[] = [];
    const index = `${env.MEILI_INDEX_PREFIX}suppliers`;
    let writing = true;

    const poller = (async () => {
      let lastChange = performance.now();
      while (writing || committedAt.size > 0) {
        if (!writing && performance.now() - lastChange > GIVE_UP_MS) break;
        const pending = [...committedAt.keys()];
        if (pending.length) {
          const res = await meili(env, 'POST', `/indexes/${index}/search`, {
            q: '', filter: `id IN [${pending.map((id) => `"${id}"`).join(', ')}]`, attributesToRetrieve: ['id', 'description'], limit: pending.length,
          });
          const now = performance.now();
          for (const hit of res.hits as { id: string; description: string | null }[]) {
            const c = committedAt.get(hit.id);
            if (c && hit.description?.includes(c.token)) {
              lags.push(now - c.at);
              committedAt.delete(hit.id);
              lastChange = now;
            }
          }
        }
        await sleep(POLL_MS);
      }
    })();

    const interval = 1000 / opts.rate;
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i++) {
      await sleep(Math.max(0, t0 + i * interval - performance.now()));
      const id = ids[i]!;
      await db.query('BEGIN');
      await db.query(`UPDATE supplier_profile SET description = $2 || ' ' || coalesce(description, ''), updated_at = now() WHERE organization_id = $1`, [id, token(i)]);
      await db.query(`INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('supplier.changed', 'supplier', $1, $2)`, [id, { supplierId: id }]);
      await db.query('COMMIT');
      committedAt.set(id, { at: performance.now(), token: token(i) });
      if ((i + 1) % 200 === 0) process.stderr.write(`lag: ${i + 1}/${ids.length} updates committed, ${lags.length} searchable\n`);
    }
    writing = false;
    await poller;
    lags.sort((a, b) => a - b);
    const { lateInIndex, notInIndex } = await classifyUnseen(env, index, committedAt);
    const { rows: published } = notInIndex.length
      ? await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'supplier.changed' AND aggregate_id = ANY($1::uuid[]) AND published_at IS NOT NULL`, [notInIndex])
      : { rows: [{ n: 0 }] };
    if (committedAt.size) process.stderr.write(`lag: ${committedAt.size} not seen: ${lateInIndex} in the index after all, ${notInIndex.length} not (${notInIndex.slice(0, 5).join(', ')}…)\n`);
    return {
      updates: ids.length,
      seen: lags.length,
      missing: committedAt.size,
      lateInIndex,
      notInIndex: notInIndex.length,
      notInIndexPublished: published[0].n as number,
      p50: percentile(lags, 50),
      p95: percentile(lags, 95),
      p99: percentile(lags, 99),
      max: lags[lags.length - 1] ?? NaN,
      mean: lags.reduce((s, v) => s + v, 0) / Math.max(1, lags.length),
      seconds: (performance.now() - started) / 1000,
      tasks: await taskStats(env, `${env.MEILI_INDEX_PREFIX}suppliers`, since),
    };
  } finally {
    await stopNode(worker);
    await db.end();
  }
}

/** Checks, once the poller gave up, whether each update it did not see is in the index after all. */
async function classifyUnseen(env: Record<string, string>, index: string, unseen: Map<string, { token: string }>) {
  const notInIndex: string[] = [];
  let lateInIndex = 0;
  if (unseen.size === 0) return { lateInIndex, notInIndex };
  const res = await meili(env, 'POST', `/indexes/${index}/documents/fetch`, {
    filter: `id IN [${[...unseen.keys()].map((id) => `"${id}"`).join(', ')}]`, fields: ['id', 'description'], limit: unseen.size,
  });
  const descriptions = new Map((res.results as { id: string; description: string | null }[]).map((d) => [d.id, d.description ?? '']));
  for (const [id, { token }] of unseen) {
    if (descriptions.get(id)?.includes(token)) lateInIndex++;
    else notInIndex.push(id);
  }
  return { lateInIndex, notInIndex };
}

if (require.main === module) {
  const opts = options({ updates: 1000, rate: 20 });
  runLag(opts)
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
