import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Env } from '../config/env';
import { OutboxService } from '../outbox/outbox.service';
import { dataSourceOptions } from './data-source';

@Global()
@Module({
  imports: [TypeOrmModule.forRootAsync({ inject: [Env], useFactory: (env: Env) => dataSourceOptions(env.DATABASE_URL) })],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class DatabaseModule {}
