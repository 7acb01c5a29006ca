import { Global, Module } from '@nestjs/common';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { UploadOriginGuard } from './upload-origin.guard';

/** Uploaded files: storage outside any public folder, type detected from content, guarded download. */
@Global()
@Module({ providers: [FilesService, UploadOriginGuard], controllers: [FilesController], exports: [FilesService] })
export class FilesModule {}
