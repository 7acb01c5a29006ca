import { DataSource } from 'typeorm';
import { ADMIN_DB_URL, FILE_DB_PREFIX, TEMPLATE_DB } from './test-env';

/** Drops this run's template and any per-file database a crashed test file left behind. */
export default async function globalTeardown() {
  const admin = new DataSource({ type: 'postgres', url: ADMIN_DB_URL });
  await admin.initialize();
  const rows: { datname: string }[] = await admin.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [FILE_DB_PREFIX]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.destroy();
}
