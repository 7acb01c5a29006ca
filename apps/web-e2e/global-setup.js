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
  };
  // Start from an empty database every run.
  const { DataSource } = require('typeorm');
  const admin = new DataSource({ type: 'postgres', url: base.replace(/\/[^/]*$/, '/postgres') });
  await admin.initialize();
  await admin.query('DROP DATABASE IF EXISTS essor_e2e WITH (FORCE)');
  await admin.destroy();
  globalThis.__ESSOR_STACK__ = await startStack(env, { stdio: 'pipe', logPrefix: 'e2e' });
  process.env.E2E_WEB_URL = env.WEB_URL;
  // Journeys that need a direct SQL step (promoting a staff user) use the same database as the API.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;
  process.env.MAILDEV_API_URL = `http://127.0.0.1:${process.env.MAILDEV_WEB_PORT ?? 1080}`;
};
