import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadStream } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, isUuid } from '../access/access.service';
import type { Actor } from '../auth/actor';
import { Env } from '../config/env';
import { AppError, ErrorCode } from '../graphql/app-error';
import { allowedType, ALLOWED_TYPES, isUploadPurpose, MAX_FILE_BYTES, PUBLIC_PURPOSES, sanitizeDisplayName } from './file-rules';
import type { UploadPurpose } from './file-rules';
import { FilePurpose, StoredFileEntity } from './stored-file.entity';

export interface UploadInput {
  purpose: string | undefined;
  organizationId: string | undefined;
  bytes: Buffer | undefined;
  originalName: string | undefined;
}

type FileTypeModule = { fileTypeFromBuffer: (input: Uint8Array) => Promise<{ ext: string; mime: string } | undefined> };

/**
 * Stores uploaded files under FILES_DIR (outside any public folder) at a key the server chooses
 * (`yyyy/mm/uuid`), with the type detected from the bytes (never the client's name or header),
 * and serves them back to the owner organisation's members and to staff.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);
  private readonly root: string;
  private fileType?: Promise<FileTypeModule>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    env: Env,
  ) {
    this.root = path.resolve(env.FILES_DIR);
  }

  async upload(actor: Actor, input: UploadInput): Promise<StoredFileEntity> {
    const { purpose, organizationId } = input;
    if (!isUploadPurpose(purpose)) throw AppError.badInput([{ path: 'purpose', messageKey: 'file.purposeInvalid' }]);
    if (!organizationId || !isUuid(organizationId)) throw AppError.notFound('organization');
    await this.access.requireOrganization(actor, organizationId);

    const bytes = input.bytes;
    if (!bytes) throw new AppError(ErrorCode.BAD_USER_INPUT, 'file.missing', { reason: 'FILE_MISSING', fields: [{ path: 'file', messageKey: 'file.missing' }] });
    if (bytes.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, 'file.empty', { reason: 'FILE_EMPTY', fields: [{ path: 'file', messageKey: 'file.empty' }] });
    if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge();
    const detected = await this.detect(bytes);
    const type = allowedType(purpose, detected?.mime);
    if (!type) throw fileTypeNotAllowed(purpose, detected?.mime);

    const now = new Date();
    const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    const target = this.pathOf(storageKey);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
    const temp = `${target}.part`;
    await writeFile(temp, bytes, { flag: 'wx', mode: 0o640 });
    await rename(temp, target);
    try {
      return await this.dataSource.getRepository(StoredFileEntity).save({
        ownerOrganizationId: organizationId,
        purpose,
        storageKey,
        mimeType: type.mime,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        displayName: sanitizeDisplayName(input.originalName),
        createdByUserId: actor.userId,
      });
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }

  /** A file the actor may download: members of the owner organisation, or staff; others NOT_FOUND. */
  async forDownload(actor: Actor, fileId: string): Promise<{ file: StoredFileEntity; stream: ReadStream }> {
    const file = isUuid(fileId) ? await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId }) : null;
    if (!file) throw AppError.notFound('file');
    const isStaff = actor.isStaff && actor.via === 'session';
    if (!isStaff && !(await this.access.rolesIn(actor, [file.ownerOrganizationId])).has(file.ownerOrganizationId)) throw AppError.notFound('file');
    return { file, stream: await this.open(file) };
  }

  /** A logo or offer image, for anyone; any other purpose answers NOT_FOUND. */
  async forPublic(fileId: string): Promise<{ file: StoredFileEntity; stream: ReadStream }> {
    const file = isUuid(fileId) ? await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId }) : null;
    if (!file || !PUBLIC_PURPOSES.includes(file.purpose)) throw AppError.notFound('file');
    return { file, stream: await this.open(file) };
  }

  /**
   * For other modules: the file when it belongs to `organizationId` and was uploaded for `purpose`
   * (a logo must be a LOGO of that supplier, a proof a STATUS_PROOF), else null.
   */
  async findOwned(manager: EntityManager, fileId: string, organizationId: string, purpose: FilePurpose): Promise<StoredFileEntity | null> {
    if (!isUuid(fileId)) return null;
    return manager.findOneBy(StoredFileEntity, { id: fileId, ownerOrganizationId: organizationId, purpose });
  }

  /** For other modules that checked access themselves (e.g. a need's attachments). */
  async open(file: StoredFileEntity): Promise<ReadStream> {
    const stream = createReadStream(this.pathOf(file.storageKey));
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    }).catch((error: Error) => {
      this.logger.error(`stored file ${file.id} is missing from storage: ${error.message}`);
      throw AppError.notFound('file');
    });
    return stream;
  }

  /** Absolute path of a storage key; refuses anything that would leave FILES_DIR. */
  private pathOf(storageKey: string): string {
    const full = path.resolve(this.root, storageKey);
    if (!full.startsWith(this.root + path.sep)) throw new Error(`storage key outside FILES_DIR: ${storageKey}`);
    return full;
  }

  /** file-type is ESM only: loaded once with a dynamic import (works from the CommonJS build on Node ≥ 20.19). */
  private async detect(bytes: Buffer) {
    this.fileType ??= import('file-type') as Promise<FileTypeModule>;
    const { fileTypeFromBuffer } = await this.fileType;
    return fileTypeFromBuffer(bytes);
  }
}

export function fileTooLarge(): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, 'file.tooLarge', {
    reason: 'FILE_TOO_LARGE',
    params: { maxMb: MAX_FILE_BYTES / 1024 / 1024 },
    fields: [{ path: 'file', messageKey: 'file.tooLarge', params: { maxMb: MAX_FILE_BYTES / 1024 / 1024 } }],
  });
}

function fileTypeNotAllowed(purpose: UploadPurpose, detected: string | undefined): AppError {
  const allowed = ALLOWED_TYPES[purpose].map((t) => t.label).join(', ');
  return new AppError(ErrorCode.BAD_USER_INPUT, 'file.typeNotAllowed', {
    reason: 'FILE_TYPE_NOT_ALLOWED',
    params: { allowed },
    details: { detectedType: detected ?? null },
    fields: [{ path: 'file', messageKey: 'file.typeNotAllowed', params: { allowed } }],
  });
}
