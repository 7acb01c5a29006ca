import { Module } from '@nestjs/common';
import { InvitationEmailJob } from './jobs/invitation-email.job';
import { OrganizationsModule } from './organizations.module';

/** The organisations jobs, loaded by the worker process only. */
@Module({ imports: [OrganizationsModule], providers: [InvitationEmailJob] })
export class OrganizationsJobsModule {}
