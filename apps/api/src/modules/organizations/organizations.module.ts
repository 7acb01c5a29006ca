import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { MeOrganizationsResolver, OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [IdentityModule],
  providers: [OrganizationsService, OrganizationsResolver, MeOrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
