import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../shared/ui/Field';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { MAX_UPLOAD_BYTES, UploadError, uploadFile } from '../../suppliers/upload';
import type { AttachmentValue } from '../form';
import type { FilePurpose } from '../../suppliers/upload';
import { formatBytes } from '../labels';
import { FieldErrorText } from './common';

const ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp';

/** Where the texts of one use of the field live (a need's attachments, a response's). */
export interface AttachmentsTexts {
  /** Legend of the fieldset. */
  legend: string;
  /** Prefix of hint, list, add, uploading, added and removed. */
  prefix: string;
}

/**
 * Files of a need or of a response: uploaded one by one for the organisation (POST /files with
 * the given purpose), listed, removable.
 */
export function AttachmentsField({
  organizationId,
  purpose,
  max,
  texts,
  testId,
  value,
  onChange,
  error,
}: {
  organizationId: string;
  purpose: FilePurpose;
  max: number;
  texts: AttachmentsTexts;
  testId: string;
  value: AttachmentValue[];
  onChange: (attachments: AttachmentValue[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });
  const latest = useRef(value);
  latest.current = value;
  const id = fieldId('attachmentFileIds');

  async function add(files: FileList | null) {
    const chosen = Array.from(files ?? []).slice(0, max - latest.current.length);
    for (const file of chosen) {
      if (file.size > MAX_UPLOAD_BYTES) {
        setStatus({ busy: false, message: t('upload.tooLarge'), failed: true });
        continue;
      }
      setStatus({ busy: true, message: t(`${texts.prefix}.uploading`, { name: file.name }), failed: false });
      try {
        const stored = await uploadFile(file, purpose, organizationId);
        const next = [...latest.current, { id: stored.id, name: stored.displayName, sizeBytes: stored.sizeBytes, mimeType: stored.mimeType }];
        latest.current = next;
        onChange(next);
        setStatus({ busy: false, message: t(`${texts.prefix}.added`, { name: stored.displayName }), failed: false });
      } catch (e) {
        setStatus({ busy: false, message: e instanceof UploadError && e.message ? e.message : t('upload.failed'), failed: true });
        break;
      }
    }
    if (input.current) input.current.value = '';
  }

  function remove(attachment: AttachmentValue) {
    onChange(value.filter((a) => a.id !== attachment.id));
    setStatus({ busy: false, message: t(`${texts.prefix}.removed`, { name: attachment.name }), failed: false });
  }

  return (
    <fieldset className={['fieldset', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <legend>{t(texts.legend)}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t(`${texts.prefix}.hint`, { max })}
      </p>
      {value.length > 0 ? (
        <ul className="plain-list attachment-list" aria-label={t(`${texts.prefix}.list`)} data-testid={testId}>
          {value.map((a) => (
            <li key={a.id} className="item-row">
              <span>
                {a.name} <span className="hint">({formatBytes(a.sizeBytes, lang)})</span>
              </span>
              <button type="button" className="button button--small button--ghost" onClick={() => remove(a)}>
                {t('common.delete')}
                <span className="visually-hidden"> : {a.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length < max ? (
        <div className="field">
          <label htmlFor={id}>{t(`${texts.prefix}.add`)}</label>
          <input
            ref={input}
            id={id}
            type="file"
            accept={ACCEPT}
            multiple
            disabled={status.busy}
            aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => void add(event.target.files)}
          />
        </div>
      ) : null}
      <p role="status" className={status.failed ? 'field-error' : 'hint'}>
        {status.message}
      </p>
      <FieldErrorText name="attachmentFileIds" error={error} />
    </fieldset>
  );
}
