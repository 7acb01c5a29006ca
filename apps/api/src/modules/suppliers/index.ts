export { SupplierDemoSeeder } from './supplier-demo.seeder';
export type { SeedReport } from './supplier-demo.seeder';
