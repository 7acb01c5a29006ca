export { OrganizationEntity } from './entities/organization.entity';
export type { OrganizationSource } from './entities/organization.entity';
export { OrganizationsJobsModule } from './organizations-jobs.module';
export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
