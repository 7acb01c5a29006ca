export { SupplierDemoSeeder } from './supplier-demo.seeder';
export { SuppliersJobsModule } from './suppliers-jobs.module';
export { SuppliersModule } from './suppliers.module';
export { SuppliersService } from './suppliers.service';
export { SupplierClaimsService } from './supplier-claims.service';
export {
  CapacityPeriodEnum, ClaimStatusEnum, EligibilityStatusEnum, ServiceAreaKindEnum, ServiceTypeEnum, SupplierKindEnum,
  SupplierKindStatusModel, SupplierModel,
} from './models/supplier.models';
export { SupplierKindEntity } from './entities/supplier-kind.entity';
export { SupplierProfileEntity } from './entities/supplier-profile.entity';
export * from './import';
// Eligibility as the API shows it (responses reuse the same GraphQL types).
export { EligibilityModel, EligibilityReasonModel } from './models/supplier.models';
export { toEligibilityModel } from './suppliers.mapper';
