/*
 * Open-loop load on three targets with the same query sequence:
 *   (a) raw Meilisearch (POST /indexes/<uid>/search, the body the API builds),
 *   (b) GraphQL searchSuppliers on the real API process (NODE_ENV=production, LOG_LEVEL=warn),
 *   (c) the same search in Postgres (pg-search.ts).
 * Requests leave on a fixed schedule (rate per second) whatever the responses; each latency is
 * measured from the request's SCHEDULED send time, so a slow target cannot hide its queueing
 * (no coordinated omission). The targets run one after the other (same schedule, same queries),
 * so that they do not compete for the 2 CPU cores; the API's RSS is sampled from /proc during (b).
 *
 *   node -r ./tools/register.js bench/search/load.ts [--seconds 60] [--rate 50] [--seed 7] [--targets meili,graphql]
 * (expects essor_bench to be generated and indexed: see run.ts)
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { benchEnv, options, percentile, rssMb, sleep, startNode, stopNode, waitFor } from './lib';
import { preparePostgres, pgSearch } from './pg-search';
import { type BenchQuery, graphqlBody, meiliSearchBody, querySequence } from './queries';

export interface PhaseStats {
  target: string;
  scheduled: number;
  ok: number;
  errors: number;
  sentRate: number;
  completedRate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  zeroHits: number;
  firstError?: string;
}

const TIMEOUT_MS = 10_000;

/** Sends queries[i % n] at t0 + i / rate for `seconds`; returns latency percentiles (ms) from the scheduled times. */
export async function openLoop(target: string, rate: number, seconds: number, queries: BenchQuery[], exec: (q: BenchQuery) => Promise<number>): Promise<PhaseStats> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let zeroHits = 0;
  let firstError: string | undefined;
  let lastSent = 0;
  let lastDone = 0;
  const inflight = new Set<Promise<void>>();
  const t0 = performance.now() + 50;
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && t0 + next * interval <= now) {
      const scheduled = t0 + next * interval;
      const q = queries[next % queries.length]!;
      lastSent = performance.now();
      const p = exec(q)
        .then((hits) => {
          lastDone = performance.now();
          latencies.push(lastDone - scheduled);
          if (hits === 0) zeroHits++;
        })
        .catch((error: unknown) => {
          lastDone = performance.now();
          errors++;
          firstError ??= String(error instanceof Error ? error.message : error).slice(0, 300);
        });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
      next++;
    }
    await sleep(Math.max(0, t0 + next * interval - performance.now()));
  }
  await Promise.all(inflight);
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  return {
    target,
    scheduled: total,
    ok,
    errors,
    sentRate: total / ((lastSent - t0) / 1000 + interval / 1000),
    completedRate: ok / Math.max(0.001, (lastDone - t0) / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[ok - 1] ?? NaN,
    mean: ok ? latencies.reduce((s, v) => s + v, 0) / ok : NaN,
    zeroHits,
    firstError,
  };
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

export interface LoadResult {
  phases: PhaseStats[];
  rss: { maxMb: number; meanMb: number; idleMb: number; samples: number };
  pgPrepareSeconds: number;
  queries: { count: number; distinctTerms: number; typos: number; meanFilters: number };
}

const TARGETS = ['meili', 'graphql', 'postgres'] as const;

/** `targets`: a comma-separated subset of meili,graphql,postgres (quick trials; the reference run measures all three). */
export async function runLoad(opts: { seconds: number; rate: number; seed: number; targets?: string }, env = benchEnv()): Promise<LoadResult> {
  const targets = TARGETS.filter((t) => !opts.targets || opts.targets.split(',').includes(t));
  const count = Math.round(opts.rate * opts.seconds);
  const queries = querySequence(opts.seed, count);
  const meiliUrl = `${env.MEILI_URL}/indexes/${env.MEILI_INDEX_PREFIX}suppliers/search`;
  const meiliHeaders = { Authorization: `Bearer ${env.MEILI_MASTER_KEY}` };
  const apiUrl = `http://${env.API_HOST}:${env.API_PORT}/graphql`;
  // 4 connections for 2 cores: more would only add contention; a request waiting for a connection
  // is still timed from its scheduled send time.
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 4, statement_timeout: TIMEOUT_MS, options: '-c pg_trgm.word_similarity_threshold=0.5' });
  const pgPrepareSeconds = targets.includes('postgres') ? await preparePostgres(pool) : NaN;

  const exec = {
    meili: async (q: BenchQuery) => (await postJson(meiliUrl, meiliSearchBody(q), meiliHeaders)).totalHits as number,
    graphql: async (q: BenchQuery) => {
      const body = await postJson(apiUrl, graphqlBody(q));
      if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors[0]).slice(0, 200)}`);
      return body.data.searchSuppliers.total as number;
    },
    postgres: async (q: BenchQuery) => (await pgSearch(pool, q)).total,
  };

  const api = startNode('apps/api/src/main.ts', env, 'api');
  const phases: PhaseStats[] = [];
  const rssSamples: number[] = [];
  let idleMb = NaN;
  try {
    await waitFor('API', async () => (await fetch(`http://${env.API_HOST}:${env.API_PORT}/health`)).ok, 120_000);
    // Warm-up (not measured): the same first queries, sequentially, on each target.
    for (const q of queries.slice(0, 20)) for (const target of TARGETS) if (targets.includes(target) || target === 'graphql') await exec[target](q);
    idleMb = rssMb(api.pid!) ?? NaN;
    for (const target of targets) {
      process.stderr.write(`load: ${target} at ${opts.rate} req/s for ${opts.seconds} s…\n`);
      const sampler = target === 'graphql' ? setInterval(() => {
        const mb = rssMb(api.pid!);
        if (mb !== null) rssSamples.push(mb);
      }, 250) : undefined;
      phases.push(await openLoop(target, opts.rate, opts.seconds, queries, exec[target]));
      if (sampler) clearInterval(sampler);
      const s = phases[phases.length - 1]!;
      process.stderr.write(`load: ${target} p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} ms, ${s.errors} errors\n`);
      await sleep(2000);
    }
  } finally {
    await stopNode(api);
    await pool.end();
  }
  return {
    phases,
    rss: {
      maxMb: Math.max(...rssSamples),
      meanMb: rssSamples.reduce((s, v) => s + v, 0) / Math.max(1, rssSamples.length),
      idleMb,
      samples: rssSamples.length,
    },
    pgPrepareSeconds,
    queries: {
      count,
      distinctTerms: new Set(queries.map((q) => q.term)).size,
      typos: queries.filter((q) => q.typo).length,
      meanFilters: queries.reduce((s, q) => s + Object.keys(q.filters).length, 0) / Math.max(1, count),
    },
  };
}

if (require.main === module) {
  const opts = options({ seconds: 60, rate: 50, seed: 7, targets: 'meili,graphql,postgres' });
  runLoad(opts)
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
