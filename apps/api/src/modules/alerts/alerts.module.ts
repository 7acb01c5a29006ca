import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { SearchModule } from '../search';
import { AlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';

/** Saved searches (alerts) of needs and suppliers, and their digests. */
@Module({
  imports: [SearchModule, NotificationsModule],
  providers: [AlertsService, AlertsResolver],
  exports: [AlertsService],
})
export class AlertsModule {}
