import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';

/** Supplier directory: profiles, kinds, activities, offers, eligibility, SIRET check, claims. */
@Module({
  imports: [IdentityModule],
  providers: [],
  exports: [],
})
export class SuppliersModule {}
