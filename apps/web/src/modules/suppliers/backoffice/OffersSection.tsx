import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { Field, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { DELETE_OFFER_MUTATION, REORDER_OFFERS_MUTATION, UPSERT_OFFER_MUTATION } from '../graphql/suppliers';
import { offerFormToInput, offerToFormValues, type OfferFormValues } from '../mappers';
import { priceBand } from '../format';
import { CpvPicker } from '../components/CpvPicker';
import { CAPACITY_PERIODS, type CpvCode, type Offer } from '../types';
import { UploadError, uploadFile } from '../upload';
import { fileIdOfPublicUrl } from '../format';
import { clientError, MoveButtons, networkError, SelectField, TextArea, useOrderedItems } from './common';

export function OffersSection({ supplierId, offers, reload }: { supplierId: string; offers: Offer[]; reload: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const { sorted, status, setStatus, error, reordering, move, onDelete } = useOrderedItems({
    supplierId, items: offers, nameOf: (o: Offer) => o.name, reorderMutation: REORDER_OFFERS_MUTATION, deleteMutation: DELETE_OFFER_MUTATION, messages: 'offers', reload,
  });

  return (
    <>
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
      <ErrorSummary error={error} />
      {sorted.length === 0 ? <p>{t('offers.none')}</p> : null}
      <ol className="plain-list item-list" data-testid="offers">
        {sorted.map((o, index) => {
          const price = priceBand(o.priceMinEur, o.priceMaxEur, t, lang);
          return (
            <li key={o.id} className="card item-row">
              <div>
                <strong>{o.name}</strong>
                {o.cpvCodes.length > 0 ? (
                  <p>{o.cpvCodes.map((c) => `${c.code} ${lang === 'en' ? c.labelEn : c.labelFr}`).join(' ; ')}</p>
                ) : null}
                {price ? <p>{price}</p> : null}
                {o.leadTimeDays != null ? <p>{t('offers.leadTime', { count: o.leadTimeDays })}</p> : null}
              </div>
              <div className="actions-inner">
                <MoveButtons index={index} count={sorted.length} name={o.name} disabled={reordering} onMove={(d) => void move(index, d)} />
                <button type="button" className="button button--small" onClick={() => setEditing(o)}>
                  {t('common.edit')}
                  <span className="visually-hidden"> : {o.name}</span>
                </button>
                <button type="button" className="button button--small button--danger" onClick={() => void onDelete(o)}>
                  {t('common.delete')}
                  <span className="visually-hidden"> : {o.name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {editing ? (
        <OfferForm
          key={editing === 'new' ? 'new' : editing.id}
          supplierId={supplierId}
          offer={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setStatus(t('offers.saved', { name: saved.name }));
            reload();
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('offers.add')}
        </button>
      )}
    </>
  );
}

function OfferForm({
  supplierId,
  offer,
  onCancel,
  onSaved,
}: {
  supplierId: string;
  offer: Offer | null;
  onCancel: () => void;
  onSaved: (offer: Offer) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OfferFormValues>(() => offerToFormValues(offer));
  const [cpv, setCpv] = useState<CpvCode[]>(offer?.cpvCodes ?? []);
  const [images, setImages] = useState<string[]>(offer?.imageUrls ?? []);
  const [upload, setUpload] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [error, setError] = useState<AppError | null>(null);

  async function addImages(files: FileList | null) {
    for (const file of Array.from(files ?? []).slice(0, 6 - images.length)) {
      setUpload({ busy: true, error: null });
      try {
        const stored = await uploadFile(file, 'OFFER_IMAGE', supplierId);
        setImages((list) => [...list, `/files/${stored.id}/public`]);
        setUpload({ busy: false, error: null });
      } catch (e) {
        setUpload({ busy: false, error: e instanceof UploadError && e.message ? e.message : t('upload.failed') });
        return;
      }
    }
  }
  const [{ fetching }, upsert] = useMutation(UPSERT_OFFER_MUTATION);
  const text = (key: Exclude<keyof OfferFormValues, 'cpvCodes' | 'id'>) => ({
    value: values[key] ?? '',
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors } = offerFormToInput(supplierId, { ...values, cpvCodes: cpv.map((c) => c.code) });
    const invalid = clientError(errors, t);
    if (invalid) return setError(invalid);
    const imageFileIds = images.map(fileIdOfPublicUrl).filter((id): id is string => id !== null);
    const result = await upsert({ input: { ...input, imageFileIds } });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? networkError());
    setError(null);
    onSaved(result.data.upsertOffer);
  }

  const labels = {
    offerName: t('offers.name'),
    offerDescription: t('offers.description'),
    cpvCodes: t('offers.cpvCodes'),
    unit: t('offers.unit'),
    priceMinEur: t('offers.priceMin'),
    priceMaxEur: t('offers.priceMax'),
    leadTimeDays: t('offers.leadTimeDays'),
    minimumOrder: t('offers.minimumOrder'),
    capacityQuantity: t('offers.capacityQuantity'),
    capacityPeriod: t('profile.capacityPeriod'),
  };
  // Server paths name the input fields ("name", "description"); the form's ids are prefixed.
  const shown: AppError | null = error ? { ...error, fields: renameFields(error.fields) } : null;

  return (
    <form className="form form--wide card" noValidate onSubmit={onSubmit} aria-labelledby="offer-form-title">
      <h3 id="offer-form-title">{offer ? t('offers.editTitle') : t('offers.addTitle')}</h3>
      <ErrorSummary error={shown} fieldLabels={labels} />
      <Field name="offerName" label={labels.offerName} required maxLength={200} error={shown?.fields['offerName']} {...text('name')} />
      <TextArea
        name="offerDescription"
        label={labels.offerDescription}
        rows={4}
        error={shown?.fields['offerDescription']}
        {...text('description')}
      />
      <CpvPicker id={fieldId('cpvCodes')} value={cpv} onChange={setCpv} error={shown?.fields['cpvCodes']} />
      <fieldset className="fieldset">
        <legend>{t('offers.images')}</legend>
        <p className="hint" id="offer-images-hint">{t('offers.imagesHint')}</p>
        {images.length > 0 ? (
          <ul className="thumbs">
            {images.map((url, index) => (
              <li key={url}>
                <img src={url} alt={t('offers.imageAlt', { name: values.name || '' })} width={96} height={96} />
                <button type="button" className="button button--ghost" onClick={() => setImages((list) => list.filter((u) => u !== url))}>
                  {t('offers.removeImage', { index: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {images.length < 6 ? (
          <input
            id={fieldId('offerImages')}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            multiple
            aria-describedby="offer-images-hint"
            aria-label={t('offers.images')}
            disabled={upload.busy}
            onChange={(event) => void addImages(event.target.files)}
          />
        ) : null}
        <p aria-live="polite" className={upload.error ? 'field-error' : 'hint'}>
          {upload.busy ? t('offers.imageUploading') : upload.error}
        </p>
      </fieldset>
      <div className="grid-2">
        <Field name="unit" label={labels.unit} hint={t('offers.unitHint')} error={shown?.fields['unit']} {...text('unit')} />
        <Field
          name="leadTimeDays"
          inputMode="numeric"
          label={labels.leadTimeDays}
          error={shown?.fields['leadTimeDays']}
          {...text('leadTimeDays')}
        />
        <Field
          name="priceMinEur"
          inputMode="decimal"
          label={labels.priceMinEur}
          error={shown?.fields['priceMinEur']}
          {...text('priceMinEur')}
        />
        <Field
          name="priceMaxEur"
          inputMode="decimal"
          label={labels.priceMaxEur}
          error={shown?.fields['priceMaxEur']}
          {...text('priceMaxEur')}
        />
        <Field
          name="minimumOrder"
          inputMode="decimal"
          label={labels.minimumOrder}
          error={shown?.fields['minimumOrder']}
          {...text('minimumOrder')}
        />
        <Field
          name="capacityQuantity"
          inputMode="decimal"
          label={labels.capacityQuantity}
          error={shown?.fields['capacityQuantity']}
          {...text('capacityQuantity')}
        />
        <SelectField
          name="capacityPeriod"
          label={labels.capacityPeriod}
          value={values.capacityPeriod}
          onChange={(v) => setValues((s) => ({ ...s, capacityPeriod: v as OfferFormValues['capacityPeriod'] }))}
          error={shown?.fields['capacityPeriod']}
        >
          <option value="">{t('common.choose')}</option>
          {CAPACITY_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`suppliers.periodName.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <SubmitButton busy={fetching}>{t('offers.submit')}</SubmitButton>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The form's ids are prefixed ("offerName") where the input fields are plain ("name"). */
function renameFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key === 'name') out['offerName'] = message;
    else if (key === 'description') out['offerDescription'] = message;
    else out[key] = message;
  }
  return out;
}
