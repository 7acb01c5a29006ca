import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { SupplierClaimsResolver } from './supplier-claims.resolver';
import { SupplierClaimsService } from './supplier-claims.service';
import { SuppliersResolver } from './suppliers.resolver';
import { SuppliersService } from './suppliers.service';

/** Supplier directory: profiles, kinds, activities, offers, eligibility, SIRET check, claims. */
@Module({
  imports: [IdentityModule],
  providers: [SuppliersService, SuppliersResolver, SupplierClaimsService, SupplierClaimsResolver],
  exports: [SuppliersService, SupplierClaimsService],
})
export class SuppliersModule {}
