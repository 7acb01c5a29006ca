import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Field, RadioGroup, fieldId } from '../../../shared/ui/Field';
import { ErrorSummary, SubmitButton } from '../../../shared/ui/feedback';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { DELETE_ACTIVITY_MUTATION, REORDER_ACTIVITIES_MUTATION, SECTORS_QUERY, UPSERT_ACTIVITY_MUTATION } from '../graphql/suppliers';
import { activityFormToInput, activityToFormValues } from '../mappers';
import { areaSummary, placeLabel } from '../format';
import { PlacePicker } from '../components/PlacePicker';
import { ChipList } from '../components/ChipList';
import { SERVICE_TYPES, type Activity, type Place, type ServiceAreaKind, type ServiceType } from '../types';
import { clientError, MoveButtons, networkError, SelectField, useOrderedItems } from './common';

export function ActivitiesSection({ supplierId, activities, reload }: { supplierId: string; activities: Activity[]; reload: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const name = (a: Activity) => (lang === 'en' ? a.sector.nameEn : a.sector.nameFr);
  const { sorted, status, setStatus, error, reordering, move, onDelete } = useOrderedItems({
    supplierId, items: activities, nameOf: name, reorderMutation: REORDER_ACTIVITIES_MUTATION, deleteMutation: DELETE_ACTIVITY_MUTATION, messages: 'activities', reload,
  });

  return (
    <>
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice--success">{status}</p> : null}
      </div>
      <ErrorSummary error={error} />
      {sorted.length === 0 ? <p>{t('activities.none')}</p> : null}
      <ol className="plain-list item-list" data-testid="activities">
        {sorted.map((a, index) => (
          <li key={a.id} className="card item-row">
            <div>
              <strong>{name(a)}</strong>
              <p>{a.serviceTypes.map((s) => t(`activities.serviceType.${s}`)).join(', ')}</p>
              <p>{areaSummary(a, t)}</p>
            </div>
            <div className="actions-inner">
              <MoveButtons index={index} count={sorted.length} name={name(a)} disabled={reordering} onMove={(d) => void move(index, d)} />
              <button type="button" className="button button--small" onClick={() => setEditing(a)}>
                {t('common.edit')}
                <span className="visually-hidden"> : {name(a)}</span>
              </button>
              <button type="button" className="button button--small button--danger" onClick={() => void onDelete(a)}>
                {t('common.delete')}
                <span className="visually-hidden"> : {name(a)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      {editing ? (
        <ActivityForm
          key={editing === 'new' ? 'new' : editing.id}
          supplierId={supplierId}
          activity={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setStatus(t('activities.saved', { name: lang === 'en' ? saved.sector.nameEn : saved.sector.nameFr }));
            reload();
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('activities.add')}
        </button>
      )}
    </>
  );
}

function ActivityForm({
  supplierId,
  activity,
  onCancel,
  onSaved,
}: {
  supplierId: string;
  activity: Activity | null;
  onCancel: () => void;
  onSaved: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const initial = activityToFormValues(activity);
  const [sectorSlug, setSectorSlug] = useState(initial.sectorSlug);
  const [serviceTypes, setServiceTypes] = useState<ServiceType[]>(initial.serviceTypes);
  const [areaKind, setAreaKind] = useState<ServiceAreaKind | ''>(initial.areaKind);
  const [regions, setRegions] = useState<Place[]>(activity?.regions ?? []);
  const [departements, setDepartements] = useState<Place[]>(activity?.departements ?? []);
  const [communes, setCommunes] = useState<Place[]>(activity?.communes ?? []);
  const [radiusKm, setRadiusKm] = useState(initial.radiusKm);
  const [error, setError] = useState<AppError | null>(null);
  const [sectors] = useQuery({ query: SECTORS_QUERY });
  const [{ fetching }, upsert] = useMutation(UPSERT_ACTIVITY_MUTATION);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors } = activityFormToInput(supplierId, {
      id: activity?.id ?? null,
      sectorSlug,
      serviceTypes,
      areaKind,
      regionCodes: regions.map((p) => p.code),
      departementCodes: departements.map((p) => p.code),
      communeCodes: communes.map((p) => p.code),
      radiusKm,
    });
    const invalid = clientError(errors, t);
    if (invalid) return setError(invalid);
    const result = await upsert({ input });
    const appError = toAppError(result.error);
    if (appError || !result.data) return setError(appError ?? networkError());
    setError(null);
    onSaved(result.data.upsertActivity);
  }

  const addTo = (list: Place[], set: (p: Place[]) => void) => (place: Place) => {
    if (!list.some((p) => p.code === place.code)) set([...list, place]);
  };
  const chips = (list: Place[]) => list.map((p) => ({ key: p.code, label: placeLabel(p) }));
  const labels = {
    sectorSlug: t('activities.sector'),
    serviceTypes: t('activities.serviceTypes'),
    areaKind: t('activities.areaKind'),
    radiusKm: t('activities.radiusKm'),
    zones: t('activities.zones'),
  };

  return (
    <form className="form form--wide card" noValidate onSubmit={onSubmit} aria-labelledby="activity-form-title">
      <h3 id="activity-form-title">{activity ? t('activities.editTitle') : t('activities.addTitle')}</h3>
      <ErrorSummary error={error} fieldLabels={labels} />
      <SelectField
        name="sectorSlug"
        label={labels.sectorSlug}
        value={sectorSlug}
        onChange={setSectorSlug}
        error={error?.fields['sectorSlug']}
      >
        <option value="">{t('common.choose')}</option>
        {(sectors.data?.sectors ?? []).map((group) => (
          <optgroup key={group.slug} label={lang === 'en' ? group.nameEn : group.nameFr}>
            {group.sectors.map((s) => (
              <option key={s.slug} value={s.slug}>
                {lang === 'en' ? s.nameEn : s.nameFr}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>

      <fieldset
        id={fieldId('serviceTypes')}
        className={['field', 'choices', error?.fields['serviceTypes'] ? 'field--error' : ''].filter(Boolean).join(' ')}
      >
        <legend>{labels.serviceTypes}</legend>
        {SERVICE_TYPES.map((type) => (
          <div className="choice" key={type}>
            <input
              type="checkbox"
              id={`service-${type}`}
              checked={serviceTypes.includes(type)}
              onChange={(event) => setServiceTypes(event.target.checked ? [...serviceTypes, type] : serviceTypes.filter((s) => s !== type))}
            />
            <div className="choice-text">
              <label htmlFor={`service-${type}`}>{t(`activities.serviceType.${type}`)}</label>
            </div>
          </div>
        ))}
        {error?.fields['serviceTypes'] ? <p className="field-error">{error.fields['serviceTypes']}</p> : null}
      </fieldset>

      <RadioGroup<ServiceAreaKind>
        name="areaKind"
        legend={labels.areaKind}
        value={areaKind || undefined}
        onChange={setAreaKind}
        options={[
          { value: 'NATIONAL', label: t('activities.area.NATIONAL') },
          { value: 'ZONES', label: t('activities.area.ZONES'), hint: t('activities.area.ZONES_hint') },
          { value: 'RADIUS', label: t('activities.area.RADIUS'), hint: t('activities.area.RADIUS_hint') },
        ]}
        error={error?.fields['areaKind']}
      />

      {areaKind === 'ZONES' ? (
        <fieldset id={fieldId('zones')} className={['fieldset', error?.fields['zones'] ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <legend>{labels.zones}</legend>
          {error?.fields['zones'] ? <p className="field-error">{error.fields['zones']}</p> : null}
          <PlacePicker
            id="zone-regions"
            label={t('activities.addRegion')}
            kinds={['REGION']}
            clearOnSelect
            onSelect={addTo(regions, setRegions)}
          />
          <ChipList
            label={t('activities.regions')}
            items={chips(regions)}
            onRemove={(code) => setRegions(regions.filter((p) => p.code !== code))}
          />
          <PlacePicker
            id="zone-departements"
            label={t('activities.addDepartement')}
            kinds={['DEPARTEMENT']}
            clearOnSelect
            onSelect={addTo(departements, setDepartements)}
          />
          <ChipList
            label={t('activities.departements')}
            items={chips(departements)}
            onRemove={(code) => setDepartements(departements.filter((p) => p.code !== code))}
          />
          <PlacePicker
            id="zone-communes"
            label={t('activities.addCommune')}
            kinds={['COMMUNE']}
            clearOnSelect
            onSelect={addTo(communes, setCommunes)}
          />
          <ChipList
            label={t('activities.communes')}
            items={chips(communes)}
            onRemove={(code) => setCommunes(communes.filter((p) => p.code !== code))}
          />
        </fieldset>
      ) : null}
      {areaKind === 'RADIUS' ? (
        <Field
          name="radiusKm"
          inputMode="numeric"
          label={labels.radiusKm}
          hint={t('activities.radiusHint')}
          value={radiusKm}
          onChange={(e) => setRadiusKm(e.target.value)}
          error={error?.fields['radiusKm']}
        />
      ) : null}

      <div className="form-actions">
        <SubmitButton busy={fetching}>{t('activities.submit')}</SubmitButton>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
