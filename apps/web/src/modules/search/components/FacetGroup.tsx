import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetValue } from '../labels';

const LIMIT = 8;

/** A checkbox group of facet values with their counts ("Entreprise d'insertion (EI) · 12"). */
export function FacetGroup({
  id,
  legend,
  options,
  selected,
  label,
  onToggle,
}: {
  id: string;
  legend: string;
  options: readonly FacetValue[];
  selected: readonly string[];
  label: (value: string) => string;
  onToggle: (value: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (options.length === 0) return null;
  // Selected values always show, even past the limit.
  const shown = all ? options : options.filter((o, i) => i < LIMIT || selected.includes(o.value));
  return (
    <fieldset className="facet" data-facet={id}>
      <legend>{legend}</legend>
      <ul className="plain-list facet-list" id={`${id}-list`}>
        {shown.map((o) => {
          const inputId = `${id}-${o.value}`;
          const checked = selected.includes(o.value);
          return (
            <li key={o.value} className="choice">
              <input id={inputId} type="checkbox" checked={checked} onChange={(event) => onToggle(o.value, event.target.checked)} />
              <label htmlFor={inputId}>
                {label(o.value)} <span className="facet-count">{t('search.facetCount', { count: o.count })}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {options.length > LIMIT ? (
        <button type="button" className="link-button" aria-expanded={all} aria-controls={`${id}-list`} onClick={() => setAll(!all)}>
          {all ? t('search.showLess') : t('search.showAll', { count: options.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
