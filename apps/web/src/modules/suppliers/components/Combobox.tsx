import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxOption {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Accessible autocomplete (ARIA 1.2 combobox with a listbox popup): type at least `minLength`
 * characters, move with ↑/↓, pick with Enter, close with Escape. The caller fetches the options
 * for the current text (`onQuery`) and receives the chosen one (`onSelect`).
 */
export function Combobox({
  id,
  label,
  hint,
  error,
  options,
  loading = false,
  onQuery,
  onSelect,
  minLength = 2,
  initialText = '',
  clearOnSelect = false,
  placeholder,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: ComboboxOption[];
  loading?: boolean;
  onQuery: (text: string) => void;
  onSelect: (option: ComboboxOption) => void;
  minLength?: number;
  initialText?: string;
  clearOnSelect?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-listbox`;
  const statusId = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setText(initialText), [initialText]);
  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);
  // Callers rebuild `options` on every render: reset the highlight only when the results change.
  const resultsKey = options.map((o) => o.value).join('|');
  useEffect(() => setActive(resultsKey ? 0 : -1), [resultsKey]);

  function change(value: string) {
    setText(value);
    const enough = value.trim().length >= minLength;
    setOpen(enough);
    if (timer.current) clearTimeout(timer.current);
    if (enough) timer.current = setTimeout(() => onQuery(value.trim()), 200);
  }

  function choose(option: ComboboxOption) {
    onSelect(option);
    setText(clearOnSelect ? '' : option.label);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open && text.trim().length >= minLength) setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length === 0 ? -1 : (i - 1 + options.length) % options.length));
    } else if (event.key === 'Enter') {
      if (open && active >= 0 && options[active]) {
        event.preventDefault();
        choose(options[active]);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  }

  const expanded = open && options.length > 0;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  let status = '';
  if (open && loading) status = t('common.loading');
  else if (open && options.length === 0 && text.trim().length >= minLength) status = t('combobox.noResult');
  else if (expanded) status = t('combobox.results', { count: options.length });

  return (
    <div className={['field', 'combobox', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="combobox-wrap">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={text}
          placeholder={placeholder}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul
          id={listId}
          role="listbox"
          className="combobox-list"
          hidden={!expanded}
          aria-label={typeof label === 'string' ? label : undefined}
        >
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.hint ? <span className="hint"> · {option.hint}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} role="status" className="visually-hidden">
        {status}
      </p>
      {error ? (
        <p id={errorId} className="field-error" data-field-error={id.replace(/^field-/, '')}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
