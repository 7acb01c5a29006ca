import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PUBLIC_PURPOSES } from './file-rules';
import type { StoredFileEntity } from './stored-file.entity';

/** An uploaded file as clients see it (never its storage key or owner). */
@ObjectType('StoredFile')
export class StoredFileModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  /** The type detected from the content. */
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  /** `/files/<id>`: members of the owner organisation and staff; served as an attachment. */
  @Field() downloadUrl!: string;
}

/** Download path of a file (authenticated, attachment). */
export function fileDownloadUrl(fileId: string): string {
  return `/files/${fileId}`;
}

/** Public path of a logo or offer image (inline, anyone). */
export function filePublicUrl(fileId: string): string {
  return `/files/${fileId}/public`;
}

export function toStoredFileModel(file: StoredFileEntity): StoredFileModel {
  return Object.assign(new StoredFileModel(), {
    id: file.id,
    displayName: file.displayName,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    downloadUrl: fileDownloadUrl(file.id),
  });
}

/** The JSON answered by `POST /files`: the GraphQL shape, plus the purpose and public URL of images. */
export function toStoredFileJson(file: StoredFileEntity) {
  return {
    ...toStoredFileModel(file),
    purpose: file.purpose,
    publicUrl: PUBLIC_PURPOSES.includes(file.purpose) ? filePublicUrl(file.id) : null,
    createdAt: file.createdAt,
  };
}
