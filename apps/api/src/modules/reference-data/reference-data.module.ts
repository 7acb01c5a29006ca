import { Module } from '@nestjs/common';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataSeeder } from './reference-data.seeder';
import { ReferenceDataService } from './reference-data.service';

@Module({
  providers: [ReferenceDataService, ReferenceDataResolver, ReferenceDataSeeder],
  exports: [ReferenceDataService, ReferenceDataSeeder],
})
export class ReferenceDataModule {}
