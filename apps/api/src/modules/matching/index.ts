export { MatchingModule } from './matching.module';
export { MatchingJobsModule } from './matching-jobs.module';
export { MatchingService } from './matching.service';
export { NeedMatchEntity, NeedSupplierEntity } from './entities/need-match.entity';
export type { SupplierInterest } from './entities/need-match.entity';
// The matching predicate's SQL and evidence loader, reused by responses and consortia (eligibility, partner suggestions).
export { candidateIds, eligibilityOf, loadMatchCandidates, MATCH_GEO, matchLotOf, matchPlaceOf } from './match-candidates.sql';
export type { LotEligibilityContext, MatchCandidate, QueryRunnerFn } from './match-candidates.sql';
