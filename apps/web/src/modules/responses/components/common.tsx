import { useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../shared/ui/Field';
import { SUPPLIER_PICK_QUERY } from '../../needs/graphql/needs';
import { useDebounced } from '../../needs/components/common';
import type { EligibilityStatus } from '../../suppliers/types';
import type { Ineligible } from '../server-errors';

const ELIGIBILITY_TONE: Record<EligibilityStatus, 'ok' | 'warn' | 'error'> = { ELIGIBLE: 'ok', TO_CONFIRM: 'warn', INELIGIBLE: 'error' };

/** ELIGIBLE / TO_CONFIRM / INELIGIBLE as a coloured badge with its text (never colour alone). */
export function EligibilityBadge({ status }: { status: EligibilityStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${ELIGIBILITY_TONE[status]}`} data-eligibility={status}>
      {t(`responses.eligibility.${status}`)}
    </span>
  );
}

export function ReasonList({ reasons, label }: { reasons: readonly string[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-list" aria-label={label}>
      {reasons.map((reason, i) => (
        <li key={i}>{reason}</li>
      ))}
    </ul>
  );
}

/** The refusal of a submission on a reserved lot, with the reasons the server gave. */
export function IneligibleNotice({ ineligible }: { ineligible: Ineligible }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error" data-error-code="INELIGIBLE" data-testid="ineligible">
      <p className="notice-title">{t('responses.ineligible.title')}</p>
      <p>{ineligible.message}</p>
      <ReasonList reasons={ineligible.reasons.map((r) => r.message)} label={t('responses.ineligible.reasons')} />
    </div>
  );
}

/** A labelled textarea with optional hint and error (same wiring as the shared Field). */
export function TextAreaField({
  name,
  label,
  hint,
  error,
  ...textarea
}: { name: string; label: ReactNode; hint?: ReactNode; error?: string | undefined } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} rows={4} {...textarea} />
      {error ? (
        <p id={`${id}-error`} className="field-error" data-field-error={name}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface PickedSupplier {
  id: string;
  name: string;
}

/**
 * Finds a supplier of the directory by name and picks it: a search box and, under it, one button
 * per match (keyboard friendly, no custom combobox to learn).
 */
export function SupplierPicker({
  name,
  label,
  pickLabel,
  exclude = [],
  onPick,
}: {
  name: string;
  label: string;
  /** Visible text of each match's button, e.g. "Choisir". */
  pickLabel: string;
  exclude?: readonly string[];
  onPick: (supplier: PickedSupplier) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  const [result] = useQuery({ query: SUPPLIER_PICK_QUERY, variables: { query }, pause: query.length < 2 });
  const hits = query.length < 2 ? [] : (result.data?.searchSuppliers.hits ?? []).filter((h) => !exclude.includes(h.id));
  const id = fieldId(name);
  return (
    <div className="supplier-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} aria-describedby={`${id}-status`} />
      </div>
      <p id={`${id}-status`} role="status" className="hint">
        {query.length < 2 ? t('responses.picker.typeMore') : result.fetching ? t('common.loading') : t('responses.picker.count', { count: hits.length })}
      </p>
      {hits.length > 0 ? (
        <ul className="plain-list item-list" aria-label={t('responses.picker.results')} data-testid={`${name}-results`}>
          {hits.map((hit) => (
            <li key={hit.id} className="item-row" data-supplier-id={hit.id}>
              <span>
                {hit.name}
                {hit.city ? <span className="hint"> · {hit.city}</span> : null}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onPick({ id: hit.id, name: hit.name });
                  setText('');
                }}
              >
                {pickLabel}
                <span className="visually-hidden"> : {hit.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
