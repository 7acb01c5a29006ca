import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_KINDS, supplierKindDefinition } from '@essor/domain';
import { Field, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { UPDATE_SUPPLIER_PROFILE_MUTATION } from '../graphql/suppliers';
import { profileFormToInput, profileToFormValues, type ProfileFormValues } from '../mappers';
import { PlacePicker } from '../components/PlacePicker';
import { TagInput } from '../components/TagInput';
import { placeLabel } from '../format';
import { MAX_UPLOAD_BYTES, UploadError, uploadFile } from '../upload';
import { CAPACITY_PERIODS, type Supplier, type SupplierKind } from '../types';
import { clientError, networkError, SelectField, TextArea } from './common';

const CERTIFICATION_SUGGESTIONS = ['ISO 9001', 'ISO 14001', 'ISO 45001', 'RGE', 'ESUS', 'B Corp', 'Lucie 26000', 'Ecovadis', 'Qualiopi'];
const NETWORK_SUGGESTIONS = [
  'UNEA',
  'APF Entreprises',
  'Envie',
  'Elise',
  'Vitamine T',
  'Ares',
  'Fédération des entreprises d’insertion',
  'Chantier École',
  'COORACE',
  'GESAT',
  'Réseau Cocagne',
  'Emmaüs France',
  'Les SCOP',
  'FNARS',
];

export function ProfileSection({ supplier, onSaved }: { supplier: Supplier; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [values, setValues] = useState<ProfileFormValues>(() => profileToFormValues(supplier));
  const [communeText, setCommuneText] = useState(
    supplier.city ? `${supplier.city}${supplier.postcode ? ` (${supplier.postcode})` : ''}` : '',
  );
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [logo, setLogo] = useState<{ name: string; busy: boolean; error: string | null }>({ name: '', busy: false, error: null });
  const [{ fetching }, update] = useMutation(UPDATE_SUPPLIER_PROFILE_MUTATION);

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof ProfileFormValues) => ({
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
  });

  async function onLogo(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) return setLogo({ name: '', busy: false, error: t('upload.tooLarge') });
    setLogo({ name: file.name, busy: true, error: null });
    try {
      const stored = await uploadFile(file, 'LOGO', supplier.id);
      set('logoFileId', stored.id);
      setLogo({ name: stored.displayName, busy: false, error: null });
    } catch (e) {
      setLogo({ name: '', busy: false, error: e instanceof UploadError && e.message ? e.message : t('upload.failed') });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const { input, errors } = profileFormToInput(supplier.id, values);
    const invalid = clientError(errors, t);
    if (invalid) return setError(invalid);
    const result = await update({ input });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? networkError());
    setError(null);
    setSaved(true);
    onSaved();
  }

  const labels = {
    name: t('profile.name'),
    brand: t('profile.brand'),
    description: t('profile.description'),
    website: t('profile.website'),
    legalForm: t('profile.legalForm'),
    address: t('profile.address'),
    communeCode: t('profile.commune'),
    headcountPermanent: t('profile.headcountPermanent'),
    headcountInsertion: t('profile.headcountInsertion'),
    disabledWorkersShare: t('profile.disabledWorkersSharePercent'),
    disadvantagedWorkersShare: t('profile.disadvantagedWorkersSharePercent'),
    revenueEur: t('profile.revenueEur'),
    yearFounded: t('profile.yearFounded'),
    productionMeans: t('profile.productionMeans'),
    capacityQuantity: t('profile.capacityQuantity'),
    capacityMax: t('profile.capacityMax'),
    capacityUnit: t('profile.capacityUnit'),
    capacityPeriod: t('profile.capacityPeriod'),
    kinds: t('profile.kinds'),
  } satisfies Record<string, string>;

  return (
    <form className="form form--wide" noValidate onSubmit={onSubmit} aria-labelledby="bo-profile">
      <ErrorSummary error={error} fieldLabels={labels} />
      <div role="status" aria-live="polite">
        {saved ? <p className="notice notice--success">{t('profile.saved')}</p> : null}
      </div>

      <fieldset className="fieldset">
        <legend>{t('profile.identity')}</legend>
        <Field name="name" label={labels.name} required autoComplete="organization" error={error?.fields['name']} {...text('name')} />
        <Field name="brand" label={labels.brand} error={error?.fields['brand']} {...text('brand')} />
        <Field
          name="legalForm"
          label={labels.legalForm}
          hint={t('profile.legalFormHint')}
          error={error?.fields['legalForm']}
          {...text('legalForm')}
        />
        <Field
          name="website"
          type="url"
          label={labels.website}
          hint={t('profile.websiteHint')}
          error={error?.fields['website']}
          {...text('website')}
        />
        <TextArea
          name="description"
          label={labels.description}
          hint={t('profile.descriptionHint')}
          maxLength={5000}
          error={error?.fields['description']}
          {...text('description')}
        />
        <div className="field">
          <label htmlFor="field-logo">{t('profile.logo')}</label>
          <p id="field-logo-hint" className="hint">
            {t('profile.logoHint')}
          </p>
          <input
            id="field-logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby="field-logo-hint"
            onChange={(event) => void onLogo(event.target.files?.[0])}
          />
          <div role="status" aria-live="polite">
            {logo.busy ? <p>{t('upload.uploading')}</p> : null}
            {!logo.busy && values.logoFileId ? <p>{t('profile.logoReady', { name: logo.name })}</p> : null}
          </div>
          {logo.error ? (
            <p className="field-error" role="alert">
              {logo.error}
            </p>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="fieldset" id={fieldId('kinds')}>
        <legend>{labels.kinds}</legend>
        <p className="hint">{t('profile.kindsHint')}</p>
        <div className="checkbox-grid">
          {SUPPLIER_KINDS.map((kind: SupplierKind) => {
            const id = `kind-${kind}`;
            const label = supplierKindDefinition(kind).label[lang];
            return (
              <div className="choice" key={kind}>
                <input
                  type="checkbox"
                  id={id}
                  checked={values.kinds.includes(kind)}
                  onChange={(event) =>
                    set('kinds', event.target.checked ? [...values.kinds, kind] : values.kinds.filter((k) => k !== kind))
                  }
                />
                <label htmlFor={id}>
                  {label} <span className="hint">({kind})</span>
                </label>
              </div>
            );
          })}
        </div>
        {error?.fields['kinds'] ? <p className="field-error">{error.fields['kinds']}</p> : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('profile.site')}</legend>
        <Field name="address" label={labels.address} autoComplete="street-address" error={error?.fields['address']} {...text('address')} />
        <PlacePicker
          id={fieldId('communeCode')}
          label={labels.communeCode}
          hint={t('profile.communeHint')}
          kinds={['COMMUNE']}
          initialText={communeText}
          error={error?.fields['communeCode']}
          onSelect={(place) => {
            set('communeCode', place.code);
            setCommuneText(placeLabel(place));
          }}
        />
        {values.communeCode ? (
          <p className="hint" data-testid="selected-commune">
            {t('profile.communeSelected', { name: communeText, code: values.communeCode })}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('profile.people')}</legend>
        <div className="grid-2">
          <Field
            name="headcountPermanent"
            inputMode="numeric"
            label={labels.headcountPermanent}
            error={error?.fields['headcountPermanent']}
            {...text('headcountPermanent')}
          />
          <Field
            name="headcountInsertion"
            inputMode="numeric"
            label={labels.headcountInsertion}
            error={error?.fields['headcountInsertion']}
            {...text('headcountInsertion')}
          />
          <Field
            name="disabledWorkersShare"
            inputMode="decimal"
            label={labels.disabledWorkersShare}
            error={error?.fields['disabledWorkersShare']}
            {...text('disabledWorkersShare')}
          />
          <Field
            name="disadvantagedWorkersShare"
            inputMode="decimal"
            label={labels.disadvantagedWorkersShare}
            error={error?.fields['disadvantagedWorkersShare']}
            {...text('disadvantagedWorkersShare')}
          />
          <Field
            name="revenueEur"
            inputMode="decimal"
            label={labels.revenueEur}
            error={error?.fields['revenueEur']}
            {...text('revenueEur')}
          />
          <Field
            name="yearFounded"
            inputMode="numeric"
            label={labels.yearFounded}
            maxLength={4}
            error={error?.fields['yearFounded']}
            {...text('yearFounded')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('profile.capacity')}</legend>
        <p className="hint">{t('profile.capacityHint')}</p>
        <div className="grid-2">
          <Field
            name="capacityQuantity"
            inputMode="decimal"
            label={labels.capacityQuantity}
            error={error?.fields['capacityQuantity']}
            {...text('capacityQuantity')}
          />
          <Field
            name="capacityMax"
            inputMode="decimal"
            label={labels.capacityMax}
            error={error?.fields['capacityMax']}
            {...text('capacityMax')}
          />
          <Field
            name="capacityUnit"
            label={labels.capacityUnit}
            hint={t('profile.capacityUnitHint')}
            error={error?.fields['capacityUnit']}
            {...text('capacityUnit')}
          />
          <SelectField
            name="capacityPeriod"
            label={labels.capacityPeriod}
            value={values.capacityPeriod}
            onChange={(v) => set('capacityPeriod', v as ProfileFormValues['capacityPeriod'])}
            error={error?.fields['capacityPeriod']}
          >
            <option value="">{t('common.choose')}</option>
            {CAPACITY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`suppliers.periodName.${p}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextArea
          name="productionMeans"
          label={labels.productionMeans}
          rows={3}
          error={error?.fields['productionMeans']}
          {...text('productionMeans')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('profile.labels')}</legend>
        <TagInput
          id="field-certifications"
          label={t('profile.certifications')}
          value={values.certifications}
          onChange={(v) => set('certifications', v)}
          suggestions={CERTIFICATION_SUGGESTIONS}
        />
        <TagInput
          id="field-networks"
          label={t('profile.networks')}
          value={values.networks}
          onChange={(v) => set('networks', v)}
          suggestions={NETWORK_SUGGESTIONS}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('profile.clientReferences')}</legend>
        {values.clientReferences.length === 0 ? <p className="hint">{t('profile.noReferences')}</p> : null}
        <ol className="plain-list">
          {values.clientReferences.map((ref, index) => {
            const update = (patch: Partial<typeof ref>) =>
              set(
                'clientReferences',
                values.clientReferences.map((r, i) => (i === index ? { ...r, ...patch } : r)),
              );
            const n = index + 1;
            return (
              <li key={index} className="card reference-row">
                <fieldset className="fieldset fieldset--plain">
                  <legend>{t('profile.referenceN', { n })}</legend>
                  <div className="grid-2">
                    <Field
                      name={`ref-${index}-name`}
                      label={t('profile.referenceName')}
                      value={ref.name}
                      onChange={(e) => update({ name: e.target.value })}
                      error={error?.fields[`clientReferences.${index}.name`]}
                    />
                    <Field
                      name={`ref-${index}-year`}
                      inputMode="numeric"
                      maxLength={4}
                      label={t('profile.referenceYear')}
                      value={ref.year}
                      onChange={(e) => update({ year: e.target.value })}
                    />
                  </div>
                  <Field
                    name={`ref-${index}-description`}
                    label={t('profile.referenceDescription')}
                    value={ref.description}
                    onChange={(e) => update({ description: e.target.value })}
                  />
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() =>
                      set(
                        'clientReferences',
                        values.clientReferences.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('profile.removeReference', { n })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button--small"
          onClick={() => set('clientReferences', [...values.clientReferences, { name: '', description: '', year: '' }])}
        >
          {t('profile.addReference')}
        </button>
      </fieldset>

      <div className="form-actions">
        <SubmitButton busy={fetching || logo.busy}>{t('profile.submit')}</SubmitButton>
      </div>
    </form>
  );
}
