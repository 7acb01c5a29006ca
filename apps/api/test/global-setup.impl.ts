import { DataSource } from 'typeorm';
import { createDataSource } from '../src/core/database/data-source';
import { runMigrations } from '../src/core/database/migrator';
import { ReferenceDataSeeder } from '../src/modules/reference-data/reference-data.seeder';
import { ADMIN_DB_URL, databaseUrl, TEMPLATE_DB } from './test-env';
// (importing test-env fixed ESSOR_TEST_RUN_ID in process.env: the test workers inherit it)

/**
 * Builds one migrated template database (with reference data) per test run; each test file then
 * copies it (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
export default async function globalSetup() {
  process.env.TZ = 'UTC';
  const admin = new DataSource({ type: 'postgres', url: ADMIN_DB_URL });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.destroy();
  const template = createDataSource(databaseUrl(TEMPLATE_DB));
  await template.initialize();
  await runMigrations(template);
  await new ReferenceDataSeeder(template).seed();
  await template.destroy();
}
