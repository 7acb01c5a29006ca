import { Module } from '@nestjs/common';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

/** Matching as people see it: matched suppliers and funnel (buyer), matched needs, interest, decline (supplier). */
@Module({
  providers: [MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
