/*
 * The whole supplier-search benchmark in one command (see README.md):
 *   npm run bench:search                                                  # 200,000 suppliers, 1,000,000 offers, 60 s per target
 *   npm run bench:search -- --suppliers 20000 --offers 100000 --seconds 20   # quick check
 * Steps: generate essor_bench → `cli reindex` (timed) → open-loop load on raw Meilisearch, GraphQL
 * and Postgres (same queries, same schedule) with the API's RSS → commit-to-searchable lag with the
 * worker → results as JSON and as a Markdown table in bench/search/results/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate } from './generate';
import { runLag, taskStats } from './lag';
import { benchEnv, fmtMs, meili, options, runNode } from './lib';
import { runLoad } from './load';

async function main() {
  const opts = options({ suppliers: 200_000, offers: 1_000_000, seconds: 60, rate: 50, updates: 1000, updateRate: 20, seed: 42, querySeed: 7, reuse: false, skipReindex: false });
  const env = benchEnv();
  const wall = performance.now();
  const machine = {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: execSync('free -h | sed -n 2p').toString().trim().replace(/\s+/g, ' '),
    node: process.version,
    postgres: execSync(`psql "${env.DATABASE_URL.replace(/essor_bench$/, 'postgres')}" -Atc "SHOW server_version"`).toString().trim(),
    meilisearch: (await meili(env, 'GET', '/version')).pkgVersion as string,
    loadavgAtStart: os.loadavg().map((v) => v.toFixed(2)).join(' '),
  };
  console.error(`bench:search ${JSON.stringify(opts)}\n${JSON.stringify(machine)}`);

  const gen = await generate({ suppliers: opts.suppliers, offers: opts.offers, seed: opts.seed, reuse: opts.reuse });

  const since = new Date();
  const t = performance.now();
  // --skip-reindex (with --reuse): keep the index a previous run built from the same data.
  if (!opts.skipReindex) await runNode('apps/api/src/cli.ts', ['reindex', 'suppliers'], env);
  const reindexSeconds = opts.skipReindex ? NaN : (performance.now() - t) / 1000;
  const uid = `${env.MEILI_INDEX_PREFIX}suppliers`;
  const indexStats = await meili(env, 'GET', `/indexes/${uid}/stats`);
  const globalStats = await meili(env, 'GET', '/stats');
  const reindexTasks = await taskStats(env, uid, since);
  const reindex = {
    seconds: reindexSeconds,
    docsPerSecond: indexStats.numberOfDocuments / reindexSeconds,
    documents: indexStats.numberOfDocuments as number,
    rawDocumentDbSizeMb: indexStats.rawDocumentDbSize / 2 ** 20,
    avgDocumentSizeBytes: indexStats.avgDocumentSize as number,
    meiliDatabaseSizeMb: globalStats.databaseSize / 2 ** 20,
    meiliUsedDatabaseSizeMb: globalStats.usedDatabaseSize / 2 ** 20,
    meiliBusySeconds: reindexTasks.busySeconds,
    tasks: reindexTasks,
  };
  console.error(`reindex: ${JSON.stringify(reindex)}`);

  const load = await runLoad({ seconds: opts.seconds, rate: opts.rate, seed: opts.querySeed }, env);
  const lag = await runLag({ updates: opts.updates, rate: opts.updateRate }, env);
  const result = { date: new Date().toISOString(), options: opts, machine, generate: gen, reindex, load, lag, totalSeconds: (performance.now() - wall) / 1000 };

  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = result.date.replace(/[:.]/g, '-');
  writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(result, null, 2));
  const md = markdown(result);
  writeFileSync(path.join(dir, `${stamp}.md`), md);
  console.log(md);
}

function markdown(r: any): string {
  const [m, g, p] = ['meili', 'graphql', 'postgres'].map((t) => r.load.phases.find((x: any) => x.target === t));
  const row = (label: string, f: (x: any) => string) => `| ${label} | ${f(m)} | ${f(g)} | ${f(p)} |`;
  const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
  const ratio = g.p95 / m.p95;
  return [
    `### Run of ${r.date} (${r.options.suppliers.toLocaleString('en')} suppliers, ${r.generate.offers.toLocaleString('en')} offers, seed ${r.options.seed})`,
    '',
    `Machine: ${r.machine.nproc} cores (${r.machine.cpu}), memory \`${r.machine.memory}\`, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}, Meilisearch ${r.machine.meilisearch}; load average at start ${r.machine.loadavgAtStart} (shared machine).`,
    '',
    `Load: ${r.options.rate} req/s open loop for ${r.options.seconds} s per target, ${r.load.queries.count} queries, ${r.load.queries.distinctTerms} distinct query strings, ${r.load.queries.typos} with a typo, ${r.load.queries.meanFilters.toFixed(1)} filters on average, all with a radius; latency in ms from the scheduled send time.`,
    '',
    '| | (a) raw Meilisearch | (b) GraphQL `searchSuppliers` | (c) Postgres tsvector + pg_trgm |',
    '|---|---:|---:|---:|',
    row('p50 (ms)', (x) => fmtMs(x.p50)),
    row('p95 (ms)', (x) => fmtMs(x.p95)),
    row('p99 (ms)', (x) => fmtMs(x.p99)),
    row('max (ms)', (x) => fmtMs(x.max)),
    row('errors / requests', (x) => `${x.errors} / ${x.scheduled}`),
    row('achieved rate sent / completed (req/s)', (x) => `${x.sentRate.toFixed(1)} / ${x.completedRate.toFixed(1)}`),
    row('queries with 0 hits', (x) => String(x.zeroHits)),
    '',
    '| Other measure | Value |',
    '|---|---:|',
    `| Data generation (${r.generate.reused ? 'reused' : 'fresh database, migrate + seed included'}) | ${r.generate.seconds.toFixed(1)} s |`,
    `| Full reindex (\`cli reindex\`, process start to swap) | ${r.reindex.seconds.toFixed(1)} s, ${r.reindex.docsPerSecond.toFixed(0)} docs/s |`,
    `| Meilisearch busy indexing during the reindex | ${r.reindex.meiliBusySeconds.toFixed(1)} s (${r.reindex.tasks.count} tasks, ${r.reindex.tasks.docsPerTask.toFixed(0)} docs each) |`,
    `| Index size (raw documents / whole Meilisearch database, shared) | ${r.reindex.rawDocumentDbSizeMb.toFixed(0)} MiB / ${r.reindex.meiliDatabaseSizeMb.toFixed(0)} MiB |`,
    `| API RSS during (b): max / mean (idle after warm-up) | ${r.load.rss.maxMb.toFixed(0)} / ${r.load.rss.meanMb.toFixed(0)} MiB (${r.load.rss.idleMb.toFixed(0)} MiB) |`,
    `| Commit-to-searchable lag over ${r.lag.updates} updates at ${r.options.updateRate}/s: p50 / p95 / max | ${(r.lag.p50 / 1000).toFixed(2)} / ${(r.lag.p95 / 1000).toFixed(2)} / ${(r.lag.max / 1000).toFixed(2)} s (${r.lag.missing} not seen by the poller: ${r.lag.lateInIndex} in the index when checked after, ${r.lag.notInIndex} not) |`,
    `| Meilisearch tasks during the lag test | ${r.lag.tasks.count} tasks, ${r.lag.tasks.docsPerTask.toFixed(1)} docs each, ${r.lag.tasks.meanDurationMs.toFixed(0)} ms each, queued ${r.lag.tasks.meanQueuedMs.toFixed(0)} ms |`,
    `| Postgres index build for (c) | ${r.load.pgPrepareSeconds.toFixed(1)} s |`,
    `| Whole run | ${(r.totalSeconds / 60).toFixed(1)} min |`,
    '',
    '| Target (DESIGN §8) | Measured | |',
    '|---|---:|---|',
    `| GraphQL p95 ≤ 50 ms | ${fmtMs(g.p95)} ms | ${yes(g.p95 <= 50)} |`,
    `| GraphQL p95 ≤ 1.2 × raw Meilisearch p95 | ${ratio.toFixed(2)} × | ${yes(ratio <= 1.2)} |`,
    `| Full reindex ≤ 60 s | ${r.reindex.seconds.toFixed(1)} s | ${yes(r.reindex.seconds <= 60)} |`,
    `| Lag p95 ≤ 2 s | ${(r.lag.p95 / 1000).toFixed(2)} s | ${yes(r.lag.p95 <= 2000)} |`,
    `| API RSS ≤ 300 MB | ${r.load.rss.maxMb.toFixed(0)} MiB | ${yes(r.load.rss.maxMb * 1.048576 <= 300)} |`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
