import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { SearchModule } from '../search';
import { AlertsService } from './alerts.service';
import { SavedSearchesJob } from './jobs/saved-searches.job';

/**
 * The saved-search digests, loaded by the worker process only. It provides the service itself
 * rather than importing AlertsModule, whose resolver belongs to the API alone.
 */
@Module({ imports: [SearchModule, NotificationsModule], providers: [AlertsService, SavedSearchesJob] })
export class AlertsJobsModule {}
