import 'reflect-metadata';
import { createWorker } from './bootstrap';
import { Env } from './core/config';

async function main() {
  const app = await createWorker();
  const env = app.get(Env);
  await app.listen(env.WORKER_HEALTH_PORT, env.API_HOST);
  console.log(`Essor worker running (health on http://127.0.0.1:${env.WORKER_HEALTH_PORT}/health)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
