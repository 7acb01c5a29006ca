import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Field, RadioGroup, fieldId } from '../../../shared/ui/Field';
import { currentLanguage } from '../../../shared/i18n/i18n';
import { Combobox } from '../../suppliers/components/Combobox';
import { ChipList } from '../../suppliers/components/ChipList';
import { PlacePicker } from '../../suppliers/components/PlacePicker';
import { MoveButtons, SelectField, TextArea } from '../../suppliers/backoffice/common';
import { CPV_CODES_QUERY } from '../../suppliers/graphql/suppliers';
import { SERVICE_TYPES, type CpvCode, type ReservationType, type SectorGroup } from '../../suppliers/types';
import { ELIGIBLE_COUNT_QUERY } from '../graphql/needs';
import { allowedReservations, eligibleCountFilters, type LotFormValues, type PlaceChoice } from '../form';
import { placeText, reservationOption, sectorNames } from '../labels';
import { Checkbox, FieldErrorText, useDebounced } from './common';

export interface LotEditorProps {
  index: number;
  count: number;
  lot: LotFormValues;
  errors: Record<string, string>;
  groups: readonly SectorGroup[];
  buyerRegime: string | null;
  verifiedOnly: boolean;
  onChange: (patch: Partial<LotFormValues>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One lot of the wizard's second step, with its live count of eligible suppliers. */
export function LotEditor({ index, count, lot, errors, groups, buyerRegime, verifiedOnly, onChange, onMove, onRemove }: LotEditorProps) {
  const { t } = useTranslation();
  const name = (field: string) => `lots-${index}-${field}`;
  const error = (field: string) => errors[name(field)];
  const heading = t('needs.lot.heading', { n: index + 1 });
  const headingId = `${fieldId(name('legend'))}`;
  const reservations = allowedReservations(buyerRegime);

  return (
    <fieldset className="fieldset lot-editor" aria-labelledby={headingId} data-lot-index={index}>
      <legend id={headingId}>
        {heading}
        {lot.title.trim() ? ` · ${lot.title.trim()}` : ''}
      </legend>
      <div className="actions-inner lot-editor-actions">
        <MoveButtons index={index} count={count} name={heading} onMove={onMove} />
        {count > 1 ? (
          <button type="button" className="button button--small button--danger" onClick={onRemove}>
            {t('needs.lot.remove')}
            <span className="visually-hidden"> : {heading}</span>
          </button>
        ) : null}
      </div>

      <Field
        name={name('title')}
        label={t('needs.lot.title')}
        required
        maxLength={200}
        value={lot.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={error('title')}
      />
      <TextArea
        name={name('description')}
        label={t('needs.lot.description')}
        rows={3}
        maxLength={5000}
        value={lot.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={error('description')}
      />

      <SectorPicker name={name('sectorSlugs')} groups={groups} value={lot.sectorSlugs} onChange={(sectorSlugs) => onChange({ sectorSlugs })} error={error('sectorSlugs')} />
      <CpvField name={name('cpvCodes')} value={lot.cpv} onChange={(cpv) => onChange({ cpv })} error={error('cpvCodes')} />

      <fieldset id={fieldId(name('serviceTypes'))} className={['field', 'choices', error('serviceTypes') ? 'field--error' : ''].filter(Boolean).join(' ')}>
        <legend>{t('needs.lot.serviceTypes')}</legend>
        <p className="hint">{t('needs.lot.serviceTypesHint')}</p>
        <div className="checkbox-grid">
          {SERVICE_TYPES.map((type) => (
            <Checkbox
              key={type}
              name={`${name('serviceType')}-${type}`}
              label={t(`activities.serviceType.${type}`)}
              checked={lot.serviceTypes.includes(type)}
              onChange={(checked) =>
                onChange({ serviceTypes: checked ? [...lot.serviceTypes, type] : lot.serviceTypes.filter((s) => s !== type) })
              }
            />
          ))}
        </div>
        <FieldErrorText name={name('serviceTypes')} error={error('serviceTypes')} />
      </fieldset>

      <div className="grid-2">
        <Field
          name={name('quantity')}
          inputMode="decimal"
          label={t('needs.lot.quantity')}
          value={lot.quantity}
          onChange={(e) => onChange({ quantity: e.target.value })}
          error={error('quantity')}
        />
        <Field
          name={name('unit')}
          label={t('needs.lot.unit')}
          hint={t('needs.lot.unitHint')}
          maxLength={40}
          value={lot.unit}
          onChange={(e) => onChange({ unit: e.target.value })}
          error={error('unit')}
        />
      </div>

      <RadioGroup<LotFormValues['amountMode']>
        name={name('amountMode')}
        legend={t('needs.lot.amount')}
        value={lot.amountMode}
        onChange={(amountMode) => onChange({ amountMode })}
        options={[
          { value: 'SINGLE', label: t('needs.lot.amountSingle') },
          { value: 'RANGE', label: t('needs.lot.amountRange') },
        ]}
      />
      <div className="grid-2">
        <Field
          name={name('amountMinEur')}
          inputMode="decimal"
          label={lot.amountMode === 'RANGE' ? t('needs.lot.amountMin') : t('needs.lot.amountEstimate')}
          value={lot.amountMin}
          onChange={(e) => onChange({ amountMin: e.target.value })}
          error={error('amountMinEur')}
        />
        {lot.amountMode === 'RANGE' ? (
          <Field
            name={name('amountMaxEur')}
            inputMode="decimal"
            label={t('needs.lot.amountMax')}
            value={lot.amountMax}
            onChange={(e) => onChange({ amountMax: e.target.value })}
            error={error('amountMaxEur')}
          />
        ) : null}
      </div>

      <PlaceField index={index} place={lot.place} onChange={(place) => onChange({ place })} error={error('place')} />
      {lot.place?.kind !== 'NATIONAL' ? (
        <Field
          name={name('radiusKm')}
          inputMode="numeric"
          label={t('needs.lot.radiusKm')}
          hint={t('needs.lot.radiusHint')}
          value={lot.radiusKm}
          onChange={(e) => onChange({ radiusKm: e.target.value })}
          error={error('radiusKm')}
        />
      ) : null}

      <SelectField
        name={name('reservation')}
        label={t('needs.lot.reservation')}
        hint={buyerRegime === 'CCP' ? t('needs.lot.reservationHintCcp') : t('needs.lot.reservationHintPrivate')}
        value={lot.reservation}
        onChange={(value) => onChange({ reservation: value as ReservationType })}
        error={error('reservation')}
      >
        {reservations.map((r) => (
          <option key={r} value={r}>
            {reservationOption(r, t)}
          </option>
        ))}
        {/* A saved lot keeps its reservation even if it is no longer offered. */}
        {!reservations.includes(lot.reservation) ? <option value={lot.reservation}>{reservationOption(lot.reservation, t)}</option> : null}
      </SelectField>
      <Field
        name={name('socialClauseHours')}
        inputMode="numeric"
        label={t('needs.lot.socialClauseHours')}
        hint={t('needs.lot.socialClauseHint')}
        value={lot.socialClauseHours}
        onChange={(e) => onChange({ socialClauseHours: e.target.value })}
        error={error('socialClauseHours')}
      />

      <EligibleCount lot={lot} verifiedOnly={verifiedOnly} />
    </fieldset>
  );
}

function SectorPicker({
  name,
  groups,
  value,
  onChange,
  error,
}: {
  name: string;
  groups: readonly SectorGroup[];
  value: string[];
  onChange: (slugs: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [choice, setChoice] = useState('');
  const id = fieldId(name);
  const names = sectorNames(value, groups, lang);

  function add() {
    if (choice && !value.includes(choice)) onChange([...value, choice]);
    setChoice('');
  }

  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{t('needs.lot.sectors')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('needs.lot.sectorsHint')}
      </p>
      <div className="inline-row">
        <select
          id={id}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        >
          <option value="">{t('common.choose')}</option>
          {groups.map((group) => (
            <optgroup key={group.slug} label={lang === 'en' ? group.nameEn : group.nameFr}>
              {group.sectors.map((s) => (
                <option key={s.slug} value={s.slug} disabled={value.includes(s.slug)}>
                  {lang === 'en' ? s.nameEn : s.nameFr}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={add} disabled={!choice}>
          {t('needs.lot.addSector')}
        </button>
      </div>
      <ChipList
        label={t('needs.lot.sectorsChosen')}
        items={value.map((slug, i) => ({ key: slug, label: names[i] ?? slug }))}
        onRemove={(slug) => onChange(value.filter((s) => s !== slug))}
      />
      <FieldErrorText name={name} error={error} />
    </div>
  );
}

function cpvText(code: string, label: string) {
  return label ? `${code} · ${label}` : code;
}

function CpvField({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: LotFormValues['cpv'];
  onChange: (cpv: LotFormValues['cpv']) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const lang = currentLanguage();
  const [found, setFound] = useState<CpvCode[]>([]);
  const [loading, setLoading] = useState(false);
  const labelOf = (c: CpvCode) => (lang === 'en' ? c.labelEn : c.labelFr);

  async function query(q: string) {
    setLoading(true);
    const result = await client.query(CPV_CODES_QUERY, { q, first: 20 }).toPromise();
    setLoading(false);
    setFound(result.data?.cpvCodes ?? []);
  }

  return (
    <div className="field-group">
      <Combobox
        id={fieldId(name)}
        label={t('needs.lot.cpvCodes')}
        hint={t('needs.lot.cpvHint')}
        error={error}
        options={found.map((c) => ({ value: c.code, label: cpvText(c.code, labelOf(c)) }))}
        loading={loading}
        onQuery={(q) => void query(q)}
        onSelect={(option) => {
          const cpv = found.find((c) => c.code === option.value);
          if (cpv && !value.some((c) => c.code === cpv.code)) onChange([...value, { code: cpv.code, label: labelOf(cpv) }]);
        }}
        clearOnSelect
      />
      <ChipList
        label={t('needs.lot.cpvChosen')}
        items={value.map((c) => ({ key: c.code, label: cpvText(c.code, c.label) }))}
        onRemove={(code) => onChange(value.filter((c) => c.code !== code))}
      />
    </div>
  );
}

function PlaceField({
  index,
  place,
  onChange,
  error,
}: {
  index: number;
  place: PlaceChoice | null;
  onChange: (place: PlaceChoice | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const national = place?.kind === 'NATIONAL';
  return (
    <fieldset className="fieldset fieldset--plain">
      <legend>{t('needs.lot.place')}</legend>
      <Checkbox
        name={`lots-${index}-national`}
        label={t('needs.lot.national')}
        checked={national}
        onChange={(checked) => onChange(checked ? { kind: 'NATIONAL' } : null)}
      />
      {!national ? (
        <PlacePicker
          id={fieldId(`lots-${index}-place`)}
          label={t('needs.lot.placePicker')}
          hint={t('needs.lot.placeHint')}
          error={error}
          kinds={['COMMUNE', 'DEPARTEMENT', 'REGION']}
          initialText={place ? placeText(place, t) : ''}
          onSelect={(p) => onChange({ kind: p.kind, code: p.code, name: p.name, departementCode: p.kind === 'DEPARTEMENT' ? p.code : p.departementCode })}
        />
      ) : null}
      <p className="hint" aria-live="polite" data-testid={`lot-${index}-place`}>
        {place ? t('needs.lot.placeChosen', { place: placeText(place, t) }) : t('needs.lot.noPlace')}
      </p>
    </fieldset>
  );
}

/** Debounced `searchSuppliers` total for the lot's reservation, sectors and département. */
function EligibleCount({ lot, verifiedOnly }: { lot: LotFormValues; verifiedOnly: boolean }) {
  const { t } = useTranslation();
  const key = JSON.stringify(eligibleCountFilters(lot, verifiedOnly));
  const settled = useDebounced(key, 400);
  const variables = useMemo(() => ({ filters: JSON.parse(settled) as NonNullable<ReturnType<typeof eligibleCountFilters>> }), [settled]);
  const [result] = useQuery({ query: ELIGIBLE_COUNT_QUERY, variables, pause: settled === 'null' });
  const reserved = lot.reservation !== 'NONE';
  let text: string;
  if (key === 'null') text = t('needs.count.empty');
  else if (key !== settled || result.fetching) text = t('needs.count.loading');
  else if (result.error || !result.data) text = t('needs.count.unavailable');
  else text = t(reserved ? 'needs.count.eligible' : 'needs.count.matching', { count: result.data.searchSuppliers.total });
  return (
    <p className="eligible-count" role="status" data-testid="eligible-count" data-count={key === settled ? result.data?.searchSuppliers.total : undefined}>
      {text}
    </p>
  );
}
