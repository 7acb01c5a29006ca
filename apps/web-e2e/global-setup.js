// Starts the real stack for the browser journeys: a fresh database, API, worker and the built web
// app (vite preview, proxying /graphql to the API) on ports of their own; maildev is already up.
const { startStack } = require('../../scripts/stack');

module.exports = async function globalSetup() {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/essor';
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: base.replace(/\/[^/]*$/, '/essor_e2e'),
    QUEUE_PREFIX: `essor-e2e-${process.pid}`,
    API_HOST: '127.0.0.1',
    API_PORT: '3110',
    WORKER_HEALTH_PORT: '3111',
    WEB_PORT: '4173',
    API_URL: 'http://127.0.0.1:3110',
    WEB_URL: 'http://127.0.0.1:4173',
    LOG_LEVEL: 'warn',
    // Search indexes of their own, emptied below like the database (the dev stack keeps `essor_`).
    MEILI_INDEX_PREFIX: 'e2e_',
  };
  // Start from an empty database every run.
  const { DataSource } = require('typeorm');
  const admin = new DataSource({ type: 'postgres', url: base.replace(/\/[^/]*$/, '/postgres') });
  await admin.initialize();
  await admin.query('DROP DATABASE IF EXISTS essor_e2e WITH (FORCE)');
  await admin.destroy();
  await deleteMeiliIndexes(process.env.MEILI_URL ?? 'http://127.0.0.1:7700', env.MEILI_INDEX_PREFIX);
  globalThis.__ESSOR_STACK__ = await startStack(env, { stdio: 'pipe', logPrefix: 'e2e' });
  process.env.E2E_WEB_URL = env.WEB_URL;
  // Journeys that need a direct SQL step (promoting a staff user) use the same database as the API.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;
  process.env.MAILDEV_API_URL = `http://127.0.0.1:${process.env.MAILDEV_WEB_PORT ?? 1080}`;
};

/** Drops the e2e search indexes left by a previous run (the API recreates them at start). */
async function deleteMeiliIndexes(url, prefix) {
  const headers = { authorization: `Bearer ${process.env.MEILI_MASTER_KEY ?? 'essor-dev-master-key-change-me'}` };
  const res = await fetch(`${url}/indexes?limit=1000`, { headers });
  if (!res.ok) throw new Error(`Meilisearch at ${url} answered ${res.status}: is it running (scripts/services.sh)?`);
  const { results } = await res.json();
  for (const { uid } of results.filter((index) => index.uid.startsWith(prefix))) {
    const deleted = await fetch(`${url}/indexes/${uid}`, { method: 'DELETE', headers });
    const { taskUid } = await deleted.json();
    // Wait for the deletion, so the API does not find the old index at start.
    for (let i = 0; i < 100; i += 1) {
      const task = await (await fetch(`${url}/tasks/${taskUid}`, { headers })).json();
      if (task.status === 'succeeded' || task.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
