import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { ReadStream } from 'node:fs';
import { contentDisposition, downloadName } from './file-rules';
import type { StoredFileEntity } from './stored-file.entity';

/** Streams a stored file with headers that stop browsers from sniffing or running it. */
export function sendStoredFile(res: Response, file: StoredFileEntity, stream: ReadStream, disposition: 'attachment' | 'inline', cache: string, corp: string): StreamableFile {
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Length', String(file.sizeBytes));
  res.setHeader('Content-Disposition', contentDisposition(disposition, downloadName(file.displayName, file.mimeType)));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', cache);
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cross-Origin-Resource-Policy', corp);
  return new StreamableFile(stream, { type: file.mimeType });
}

