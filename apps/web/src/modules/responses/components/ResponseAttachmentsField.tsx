import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../shared/ui/Field';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { MAX_UPLOAD_BYTES, UploadError, uploadFile } from '../../suppliers/upload';
import { formatBytes } from '../../needs/labels';
import { FieldErrorText } from '../../needs/components/common';
import { MAX_RESPONSE_ATTACHMENTS, type AttachmentValue } from '../form';

const ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp';

/** Files of a response (quote, brief, references): uploaded one by one for the supplier (POST /files). */
export function ResponseAttachmentsField({
  organizationId,
  value,
  onChange,
  error,
}: {
  organizationId: string;
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
    const chosen = Array.from(files ?? []).slice(0, MAX_RESPONSE_ATTACHMENTS - latest.current.length);
    for (const file of chosen) {
      if (file.size > MAX_UPLOAD_BYTES) {
        setStatus({ busy: false, message: t('upload.tooLarge'), failed: true });
        continue;
      }
      setStatus({ busy: true, message: t('responses.attachments.uploading', { name: file.name }), failed: false });
      try {
        const stored = await uploadFile(file, 'RESPONSE_ATTACHMENT', organizationId);
        const next = [...latest.current, { id: stored.id, name: stored.displayName, sizeBytes: stored.sizeBytes, mimeType: stored.mimeType }];
        latest.current = next;
        onChange(next);
        setStatus({ busy: false, message: t('responses.attachments.added', { name: stored.displayName }), failed: false });
      } catch (e) {
        setStatus({ busy: false, message: e instanceof UploadError && e.message ? e.message : t('upload.failed'), failed: true });
        break;
      }
    }
    if (input.current) input.current.value = '';
  }

  function remove(attachment: AttachmentValue) {
    onChange(value.filter((a) => a.id !== attachment.id));
    setStatus({ busy: false, message: t('responses.attachments.removed', { name: attachment.name }), failed: false });
  }

  return (
    <fieldset className={['fieldset', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <legend>{t('responses.form.attachments')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('responses.attachments.hint', { max: MAX_RESPONSE_ATTACHMENTS })}
      </p>
      {value.length > 0 ? (
        <ul className="plain-list attachment-list" aria-label={t('responses.attachments.list')} data-testid="response-attachments">
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
      {value.length < MAX_RESPONSE_ATTACHMENTS ? (
        <div className="field">
          <label htmlFor={id}>{t('responses.attachments.add')}</label>
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
