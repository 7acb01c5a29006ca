import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FilePurpose = 'STATUS_PROOF' | 'LOGO' | 'OFFER_IMAGE' | 'NEED_ATTACHMENT' | 'RESPONSE_ATTACHMENT' | 'ATTACHMENT';

/**
 * An uploaded file. Bytes live under FILES_DIR (outside any public folder) at a server-chosen key;
 * the type is the one detected from the content, never the client's name or header.
 */
@Entity('stored_file')
@Index('ix_stored_file_owner', ['ownerOrganizationId'])
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_stored_file' }) id!: string;
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId!: string;
  @Column({ type: 'varchar', length: 24 }) purpose!: FilePurpose;
  @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ name: 'mime_type', type: 'varchar', length: 100 }) mimeType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  /** The uploader's file name, cleaned, for display only. */
  @Column({ name: 'display_name', type: 'varchar', length: 200 }) displayName!: string;
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
