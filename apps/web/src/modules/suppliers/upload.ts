// REST side of the files API: multipart upload, and authenticated blob download for previews.
import { currentLanguage } from '../../shared/i18n/i18n';
import type { StoredFile } from './types';

export type FilePurpose = 'STATUS_PROOF' | 'LOGO' | 'OFFER_IMAGE' | 'NEED_ATTACHMENT' | 'RESPONSE_ATTACHMENT';

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown; fields?: unknown };
    // { statusCode, code, message, fields?: [{ path, message }] }: the field message is the precise one.
    if (Array.isArray(body.fields)) {
      const first = body.fields[0] as { message?: unknown } | undefined;
      if (first && typeof first.message === 'string') return first.message;
    }
    if (typeof body.message === 'string') return body.message;
    if (Array.isArray(body.message) && typeof body.message[0] === 'string') return body.message[0];
  } catch {
    /* not JSON */
  }
  return '';
}

export async function uploadFile(file: File, purpose: FilePurpose, organizationId: string): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', file);
  const query = new URLSearchParams({ purpose, organizationId });
  let response: Response;
  try {
    response = await fetch(`/files?${query.toString()}`, {
      method: 'POST',
      body: form,
      credentials: 'include',
      headers: { 'Accept-Language': currentLanguage() },
    });
  } catch {
    throw new UploadError('', 0);
  }
  if (!response.ok) throw new UploadError(await errorMessage(response), response.status);
  return (await response.json()) as StoredFile;
}

/** Fetches a protected file with the session cookie and returns an object URL (revoke it when done). */
export async function fetchFileObjectUrl(url: string, signal?: AbortSignal): Promise<{ url: string; type: string }> {
  const response = await fetch(url, { credentials: 'include', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new UploadError('', response.status);
  const blob = await response.blob();
  return { url: URL.createObjectURL(blob), type: blob.type };
}
