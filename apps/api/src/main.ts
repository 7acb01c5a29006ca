import 'reflect-metadata';
import { createApi } from './bootstrap';
import { Env } from './core/config';

async function main() {
  const app = await createApi();
  const env = app.get(Env);
  await app.listen(env.API_PORT, env.API_HOST);
  console.log(`Essor API listening on http://${env.API_HOST}:${env.API_PORT}/graphql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
