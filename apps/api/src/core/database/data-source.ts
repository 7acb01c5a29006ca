import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    // gen_random_uuid() is built into PostgreSQL >= 13: no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    // Schema changes only through reviewed migration files (see `cli migrate`).
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10 },
  };
}

export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
