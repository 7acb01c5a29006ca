export { FilesModule } from './files.module';
export { StoredFileEntity } from './stored-file.entity';
export type { FilePurpose } from './stored-file.entity';
