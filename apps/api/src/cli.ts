import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { NestFactory } from '@nestjs/core';
import { createApi } from './bootstrap';
import { CliModule } from './cli.module';
import { DriftReport, SEARCH_INDEX_NAMES, SearchIndexerService, SearchIndexName } from './modules/search';
import { loadEnv } from './core/config';
import { createDataSource, generateMigration, pendingSchemaChanges, runMigrations } from './core/database';
import { listOperationPolicies, printApiSchema, SCHEMA_FILE } from './schema-printer';
import { runSeed } from './seed';
import { importSuppliersCommand, ImportSuppliersOptions } from './modules/suppliers';

const program = new Command('essor').description('Essor command line: database, seed data, schema');

/** Creates the configured database when it does not exist yet (first run on a fresh machine). */
async function ensureDatabase(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  await admin.initialize();
  try {
    const rows: unknown[] = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) {
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await admin.destroy();
  }
}

async function withDataSource<T>(fn: (ds: ReturnType<typeof createDataSource>) => Promise<T>): Promise<T> {
  const ds = createDataSource(loadEnv().DATABASE_URL);
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

program.command('migrate').description('Create the database if needed and apply pending migrations').action(async () => {
  await ensureDatabase(loadEnv().DATABASE_URL);
  const applied = await withDataSource((ds) => runMigrations(ds, console.log));
  console.log(applied.length ? `${applied.length} migration(s) applied` : 'database schema is up to date');
});

program.command('migration:check').description('Fail when entities and migrations disagree').action(async () => {
  const drift = await withDataSource((ds) => pendingSchemaChanges(ds));
  if (drift.length) {
    console.error(`Entities and migrations disagree; missing migration for:\n${drift.join('\n')}`);
    process.exitCode = 1;
  } else console.log('no drift between entities and migrations');
});

program.command('migration:generate <name>').description('Write a migration from the drift, to review').action(async (name: string) => {
  const file = await withDataSource((ds) => generateMigration(ds, name, path.join(__dirname, 'core/database/migrations')));
  console.log(file ? `wrote ${file}: review it and add it to migrations/index.ts` : 'nothing to generate');
});

program
  .command('seed')
  .description('Load reference data; with --demo also the real SIAE rows, the structures of the study and demo users')
  .option('--demo', 'load demo data too', false)
  .action(async (opts: { demo: boolean }) => {
    const bars = new Map<string, SingleBar>();
    const summary = await runSeed({ demo: opts.demo }, (label, done, total) => {
      let bar = bars.get(label);
      if (!bar) {
        bar = new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total}`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
        bar.start(total, 0);
        bars.set(label, bar);
      }
      bar.update(done);
      if (done >= total) bar.stop();
    });
    console.log(JSON.stringify(summary, null, 2));
  });

program
  .command('import-suppliers <file>')
  .description('Upsert supplier structures by SIRET from the SIAE CSV or Le Marché /api/siae/ JSON (one transaction)')
  .option('--format <format>', 'csv | lemarche-json (default: from the file extension)')
  .option('--dry-run', 'validate and count, write nothing', false)
  .option('--report <path>', 'write the rejected records to this CSV file')
  .action(async (file: string, opts: ImportSuppliersOptions) => {
    process.exitCode = await importSuppliersCommand(file, opts);
  });

program
  .command('print-schema')
  .description(`Write ${SCHEMA_FILE} from the code (--check: fail when the committed file differs)`)
  .option('--check', 'compare instead of writing', false)
  .action(async (opts: { check: boolean }) => {
    const app = await createApi({ logger: false });
    await app.init();
    const schema = printApiSchema(app);
    await app.close();
    if (!opts.check) {
      writeFileSync(SCHEMA_FILE, schema);
      console.log(`wrote ${SCHEMA_FILE}`);
    } else if (!existsSync(SCHEMA_FILE) || readFileSync(SCHEMA_FILE, 'utf8') !== schema) {
      console.error(`${SCHEMA_FILE} is out of date: run 'npm run cli -- print-schema' and commit it`);
      process.exitCode = 1;
    } else console.log(`${SCHEMA_FILE} is up to date`);
  });

/** A progress bar on stderr (stdout stays clean for reports). */
function progressBar(label: string) {
  let bar: SingleBar | undefined;
  return (done: number, total: number) => {
    if (!bar) {
      bar = new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}

async function withSearch<T>(fn: (indexer: SearchIndexerService) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await fn(app.get(SearchIndexerService));
  } finally {
    await app.close();
  }
}

/** The indexes a command works on: the one named, or all of them. */
function indexesArgument(index: string | undefined): SearchIndexName[] {
  if (index === undefined || index === 'all') return [...SEARCH_INDEX_NAMES];
  if (!(SEARCH_INDEX_NAMES as readonly string[]).includes(index)) throw new Error(`unknown index ${index} (known: ${SEARCH_INDEX_NAMES.join(', ')}, all)`);
  return [index as SearchIndexName];
}

program
  .command('reindex')
  .description('Rebuild search indexes from Postgres into fresh indexes, then swap them in (zero downtime)')
  .argument('[index]', `which index: ${SEARCH_INDEX_NAMES.join(' | ')} (default: all)`)
  .action(async (index: string | undefined) => {
    const names = indexesArgument(index);
    await withSearch(async (indexer) => {
      for (const name of names) {
        const started = Date.now();
        const count = await indexer.reindex(name, progressBar(name));
        console.log(`reindexed ${count} ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    });
  });

type DriftSummary = { index: string; checked: number; drift: number; missing: number; extra: number; stale: number; repaired: boolean };

function driftSummary(report: DriftReport): DriftSummary {
  const drift = report.missing.length + report.extra.length + report.stale.length;
  return { index: report.index, checked: report.checked, drift, missing: report.missing.length, extra: report.extra.length, stale: report.stale.length, repaired: report.repaired && drift > 0 };
}

program
  .command('reconcile')
  .description('Compare database and search indexes by id and content hash; print the drift (a JSON line per index, the total last); repair it unless --dry-run')
  .argument('[index]', `which index: ${SEARCH_INDEX_NAMES.join(' | ')} (default: all)`)
  .option('--dry-run', 'only report', false)
  .action(async (index: string | undefined, opts: { dryRun: boolean }) => {
    const names = indexesArgument(index);
    const reports = await withSearch(async (indexer) => {
      const done: DriftReport[] = [];
      for (const name of names) done.push(await indexer.reconcile(name, !opts.dryRun, progressBar(name)));
      return done;
    });
    const summaries = reports.map(driftSummary);
    const total: DriftSummary = { index: names.length === 1 ? names[0]! : 'all', checked: 0, drift: 0, missing: 0, extra: 0, stale: 0, repaired: false };
    for (const s of summaries) {
      for (const key of ['checked', 'drift', 'missing', 'extra', 'stale'] as const) total[key] += s[key];
      total.repaired ||= s.repaired;
      if (names.length > 1) console.log(JSON.stringify(s));
    }
    // The last line is the whole drift: scripts and tests read it.
    console.log(JSON.stringify(total));
    for (const r of reports) for (const [what, ids] of Object.entries({ missing: r.missing, extra: r.extra, stale: r.stale })) for (const id of ids.slice(0, 20)) console.error(`${r.index}\t${what}\t${id}`);
  });

program.command('policies').description('Print every GraphQL operation with its declared access policy (JSON)').action(async () => {
  const app = await createApi({ logger: false });
  await app.init();
  console.log(JSON.stringify(listOperationPolicies(app)));
  await app.close();
});

program.parseAsync().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
