export { AlertsModule } from './alerts.module';
export { AlertsJobsModule } from './alerts-jobs.module';
export { SavedSearchEntity } from './entities/saved-search.entity';
export type { DigestFrequency, SavedSearchTarget } from './entities/saved-search.entity';
