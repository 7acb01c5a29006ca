import { Module } from '@nestjs/common';
import { SuppliersModule } from './suppliers.module';

/** The suppliers jobs (claim emails), loaded by the worker process only. */
@Module({ imports: [SuppliersModule], providers: [] })
export class SuppliersJobsModule {}
