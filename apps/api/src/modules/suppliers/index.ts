export { SupplierDemoSeeder } from './supplier-demo.seeder';
export type { SeedReport } from './supplier-demo.seeder';
export { SuppliersJobsModule } from './suppliers-jobs.module';
export { SuppliersModule } from './suppliers.module';
