export { ReferenceDataModule } from './reference-data.module';
export { ReferenceDataSeeder } from './reference-data.seeder';
export { ReferenceDataService } from './reference-data.service';
export { CpvCodeModel, NafCodeModel, PlaceKindEnum, PlaceModel, SectorModel } from './models/reference.models';
