import { type InputHTMLAttributes, type ReactNode } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled input with optional hint and error, wired with aria-describedby/aria-invalid. */
export const fieldId = (name: string) => `field-${name}`;

export function Field({ name, label, hint, error, className, id: givenId, ...input }: FieldProps) {
  const id = givenId ?? fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p id={errorId} className="field-error" data-field-error={name}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/** A fieldset of radio buttons with a legend. */
export function RadioGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: ReactNode;
  options: ChoiceOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className={['field', 'choices', error ? 'field--error' : ''].filter(Boolean).join(' ')} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <div className="choice-text">
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p id={`${optionId}-hint`} className="hint">
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      {error ? (
        <p id={errorId} className="field-error" data-field-error={name}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
