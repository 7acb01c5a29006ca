export { createDataSource, dataSourceOptions } from './data-source';
export { DatabaseModule } from './database.module';
export { ENTITIES } from './entities';
export { generateMigration, pendingSchemaChanges, runMigrations } from './migrator';
