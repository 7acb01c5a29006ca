import { Module } from '@nestjs/common';
import { ResponsesModule } from '../responses';
import { ConsortiaResolver } from './consortia.resolver';
import { ConsortiaService } from './consortia.service';
import { ConsortiumFacts } from './consortium-facts';
import { PartnerCallsService } from './partner-calls.service';

/** Consortia (GME), partner calls and partner suggestions (API process). */
@Module({
  imports: [ResponsesModule],
  providers: [ConsortiumFacts, ConsortiaService, PartnerCallsService, ConsortiaResolver],
  exports: [ConsortiaService],
})
export class ConsortiaModule {}
