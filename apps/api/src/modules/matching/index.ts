export { MatchingModule } from './matching.module';
export { MatchingJobsModule } from './matching-jobs.module';
export { MatchingService } from './matching.service';
export { NeedMatchEntity, NeedSupplierEntity } from './entities/need-match.entity';
export type { SupplierInterest } from './entities/need-match.entity';
