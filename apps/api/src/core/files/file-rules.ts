import type { FilePurpose } from './stored-file.entity';

/** Largest accepted upload: 10 MiB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Purposes a client may upload for (ATTACHMENT is reserved for later features). */
export const UPLOAD_PURPOSES = ['STATUS_PROOF', 'LOGO', 'OFFER_IMAGE', 'NEED_ATTACHMENT', 'RESPONSE_ATTACHMENT'] as const satisfies readonly FilePurpose[];
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export function isUploadPurpose(value: unknown): value is UploadPurpose {
  return typeof value === 'string' && (UPLOAD_PURPOSES as readonly string[]).includes(value);
}

/** Types detected from the content (magic bytes) that each purpose accepts, with their extension. */
const PDF = { mime: 'application/pdf', ext: 'pdf', label: 'PDF' };
const PNG = { mime: 'image/png', ext: 'png', label: 'PNG' };
const JPEG = { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' };
const WEBP = { mime: 'image/webp', ext: 'webp', label: 'WebP' };

export const ALLOWED_TYPES: Readonly<Record<UploadPurpose, readonly { mime: string; ext: string; label: string }[]>> = {
  STATUS_PROOF: [PDF, PNG, JPEG, WEBP],
  LOGO: [PNG, JPEG, WEBP],
  OFFER_IMAGE: [PNG, JPEG, WEBP],
  // The same rules as status proofs (issue 5): documents and pictures of what is to be bought.
  NEED_ATTACHMENT: [PDF, PNG, JPEG, WEBP],
  // A supplier's quote, technical brief, references (issue 6).
  RESPONSE_ATTACHMENT: [PDF, PNG, JPEG, WEBP],
};

/** Purposes whose files anyone may see (GET /files/:id/public). */
export const PUBLIC_PURPOSES: readonly FilePurpose[] = ['LOGO', 'OFFER_IMAGE'];

export function allowedType(purpose: UploadPurpose, detectedMime: string | undefined) {
  return ALLOWED_TYPES[purpose].find((t) => t.mime === detectedMime);
}

export function extensionOf(mime: string): string {
  return [PDF, PNG, JPEG, WEBP].find((t) => t.mime === mime)?.ext ?? 'bin';
}

/**
 * The client's file name, kept for display only: no directories, no control or reserved
 * characters, at most 150 characters (the extension kept). Never used to build a path.
 */
export function sanitizeDisplayName(raw: string | undefined | null): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f"<>:*?|\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!cleaned) return 'fichier';
  if (cleaned.length <= 150) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 150 - ext.length) + ext;
}

/** The name offered on download: the display name with the extension of the detected type. */
export function downloadName(displayName: string, mime: string): string {
  const ext = extensionOf(mime);
  const dot = displayName.lastIndexOf('.');
  const stem = dot > 0 ? displayName.slice(0, dot) : displayName;
  const currentExt = dot > 0 ? displayName.slice(dot + 1).toLowerCase() : '';
  if (currentExt === ext || (ext === 'jpg' && currentExt === 'jpeg')) return displayName;
  return `${stem}.${ext}`;
}

/** `attachment` / `inline` with an ASCII fallback and the RFC 6266/5987 UTF-8 name. */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
