// Starts the Essor processes (API, worker, built web app behind `vite preview`) as children of the
// caller and waits until each answers. Used by the start command and the browser tests.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

function run(args, env, label, stdio = 'inherit') {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: stdio === 'inherit' ? 'inherit' : 'pipe' });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})\n${result.stderr ?? ''}`);
}

async function waitFor(url, child, label, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${label} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/**
 * env: the Essor configuration (DATABASE_URL, API_PORT, WORKER_HEALTH_PORT, WEB_PORT, WEB_URL…).
 * options.seedDemo: load the demo data; options.stdio: 'inherit' to show the processes' logs.
 */
async function startStack(env, options = {}) {
  const stdio = options.stdio ?? 'inherit';
  // Without 'inherit', each process logs to var/log/<label>.log (kept for failing test runs).
  const fs = require('node:fs');
  const logDir = path.join(ROOT, 'var', 'log');
  fs.mkdirSync(logDir, { recursive: true });
  const register = ['-r', './tools/register.js'];
  run([...register, 'apps/api/src/cli.ts', 'migrate'], env, 'migrate', stdio);
  run([...register, 'apps/api/src/cli.ts', 'seed', ...(options.seedDemo ? ['--demo'] : [])], env, 'seed', stdio);
  // Demo rows are written in bulk, not through the outbox: build the search index from them.
  if (options.seedDemo) run([...register, 'apps/api/src/cli.ts', 'reindex'], env, 'reindex', stdio);
  if (!options.skipBuild) run([VITE, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], env, 'web build', stdio);
  const children = [];
  const start = (args, label, healthUrl) => {
    const out = stdio === 'inherit' ? 'inherit' : fs.openSync(path.join(logDir, `${options.logPrefix ?? 'stack'}-${label}.log`), 'w');
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
    children.push(child);
    return waitFor(healthUrl, child, label);
  };
  const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
  await Promise.all([
    start([...register, 'apps/api/src/main.ts'], 'API', `${apiUrl}/health`),
    start([...register, 'apps/api/src/worker.ts'], 'worker', `http://127.0.0.1:${env.WORKER_HEALTH_PORT}/health`),
  ]);
  await start([VITE, 'preview', '--config', 'apps/web/vite.config.ts'], 'web', `http://127.0.0.1:${env.WEB_PORT}/`);
  return {
    children,
    stop: () => Promise.all(children.map((c) => new Promise((resolve) => {
      if (c.exitCode !== null) return resolve();
      c.once('exit', resolve);
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
    }))),
  };
}

module.exports = { startStack, ROOT };
