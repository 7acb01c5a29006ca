import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';

/** Arbitrary but fixed key: two processes migrating at once wait for each other. */
const MIGRATION_LOCK_KEY = 727_001;

export async function runMigrations(dataSource: DataSource, log: (line: string) => void = () => undefined): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    applied.forEach((m) => log(`migrated ${m.name}`));
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * The SQL TypeORM would run to make the database match the entities. Empty after migrating means
 * entities and migrations agree; anything else is drift (checked in CI by a test).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

/** Writes a migration file from the current drift, to be reviewed and edited before commit. */
export async function generateMigration(dataSource: DataSource, name: string, dir: string): Promise<string | null> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const file = path.join(dir, `${timestamp}-${name}.ts`);
  await fs.writeFile(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  return file;
}
