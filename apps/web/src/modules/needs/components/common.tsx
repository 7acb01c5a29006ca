import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../shared/ui/Field';
import { statusTone } from '../status';
import type { NeedStatus } from '../types';

/** The value, once it stopped changing for `ms` (live counts, advice). */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function Checkbox({
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId(name);
  return (
    <div className="choice">
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div className="choice-text">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function FieldErrorText({ name, error }: { name: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="field-error" data-field-error={name}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

export function StatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${statusTone(status)}`} data-status={status}>
      {t(`needs.status.${status}`)}
    </span>
  );
}
