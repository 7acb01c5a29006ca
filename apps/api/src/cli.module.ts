import { Module } from '@nestjs/common';
import { ConfigModule } from './core/config';
import { DatabaseModule } from './core/database';
import { SearchModule } from './modules/search';

/** What the CLI's long-running commands need (no HTTP, no queues). */
@Module({ imports: [ConfigModule, DatabaseModule, SearchModule] })
export class CliModule {}
