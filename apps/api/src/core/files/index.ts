export { FilesModule } from './files.module';
export { FilesService } from './files.service';
export { StoredFileEntity } from './stored-file.entity';
export type { FilePurpose } from './stored-file.entity';
export { ALLOWED_TYPES, MAX_FILE_BYTES, PUBLIC_PURPOSES } from './file-rules';
export { fileDownloadUrl, filePublicUrl, StoredFileModel, toStoredFileModel } from './stored-file.model';
export { sendStoredFile } from './send-stored-file';
export { RestErrorFilter } from './http-error.filter';
