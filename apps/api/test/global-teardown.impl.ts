import { DataSource } from 'typeorm';
import { ADMIN_DB_URL } from './test-env';

/** Drops the per-file databases that a crashed test file may have left behind. */
export default async function globalTeardown() {
  const admin = new DataSource({ type: 'postgres', url: ADMIN_DB_URL });
  await admin.initialize();
  const rows: { datname: string }[] = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'essor_test_f_%'`);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.destroy();
}
