/* Shared helpers of the supplier-search benchmark: seeded PRNG, options, environment, child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import IORedis from 'ioredis';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BENCH_DB = 'essor_bench';

/**
 * mulberry32: a tiny 32-bit seeded PRNG written inline (public-domain algorithm by Tommy Ettinger),
 * so the generated data and the query sequence are the same on every run for a given seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items (order random). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  weighted<T>(items: readonly T[], cumulative: readonly number[]): T {
    const r = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  }
  /** A UUID v4 shaped id from the PRNG (deterministic ids for a given seed). */
  uuid(): string {
    const hex = (n: number) => Math.floor(this.next() * 16 ** n).toString(16).padStart(n, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(this.next() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
  }
}

/** `--name value` / `--flag` options with defaults. */
export function options<T extends Record<string, string | number | boolean>>(defaults: T, argv = process.argv.slice(2)): T {
  const out: Record<string, string | number | boolean> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const [rawKey, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const key = rawKey.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option --${rawKey} (known: ${Object.keys(defaults).join(', ')})`);
    const def = defaults[key];
    if (typeof def === 'boolean') out[key] = inline === undefined ? true : inline !== 'false';
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${rawKey} needs a value`);
      out[key] = typeof def === 'number' ? Number(value) : value;
      if (typeof def === 'number' && !Number.isFinite(out[key])) throw new Error(`--${rawKey} must be a number`);
    }
  }
  return out as T;
}

/** The project's configuration (.env, else .env.example) with the bench overrides. */
export function benchEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const file = existsSync(path.join(ROOT, '.env')) ? '.env' : '.env.example';
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2]!.trim();
    if (value.startsWith('"')) value = value.slice(1, value.indexOf('"', 1));
    else value = value.replace(/\s+#.*$/, '').trim();
    vars[m[1]!] = value;
  }
  const base = new URL(vars.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/essor');
  base.pathname = `/${BENCH_DB}`;
  return {
    ...vars,
    DATABASE_URL: base.toString(),
    MEILI_INDEX_PREFIX: 'bench_',
    QUEUE_PREFIX: 'bench',
    API_PORT: '3390',
    WORKER_HEALTH_PORT: '3391',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    FILES_DIR: 'var/bench-files',
    // A Meilisearch of its own (started like scripts/services.sh does) keeps other test suites'
    // tasks out of the measured queue.
    ...(process.env.BENCH_MEILI_URL ? { MEILI_URL: process.env.BENCH_MEILI_URL } : {}),
    ...overrides,
  };
}

/**
 * Deletes every BullMQ key of a queue prefix. The outbox relay names jobs after outbox row ids
 * (`evt-<first>-<last>-<job>`) and BullMQ keeps finished jobs a day and ignores a job whose id it
 * already holds: after `essor_bench` is recreated its ids start again from 1, so the jobs of a
 * previous run's updates would silently swallow this run's (the "never seen" updates of the first
 * lag tests).
 */
export async function clearQueues(env: Record<string, string>, prefix = env.QUEUE_PREFIX!): Promise<number> {
  const redis = new IORedis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export function adminUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '/postgres';
  return u.toString();
}

/** Runs `node -r ./tools/register.js <script> ...args` to completion, streaming its output. */
export function runNode(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tools/register.js', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts a long-running node process (API or worker); output goes to a log prefix on stderr. */
export function startNode(script: string, env: Record<string, string>, label: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', './tools/register.js', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) process.stderr.write(`[${label}] ${line}\n`);
  };
  child.stdout!.on('data', relay);
  child.stderr!.on('data', relay);
  return child;
}

export async function stopNode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export async function meili(env: Record<string, string>, method: string, pathname: string, body?: unknown): Promise<any> {
  const res = await fetch(`${env.MEILI_URL}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${env.MEILI_MASTER_KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Meilisearch ${method} ${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

export const fmtMs = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
