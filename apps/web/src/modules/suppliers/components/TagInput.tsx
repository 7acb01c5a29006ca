import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipList } from './ChipList';
import { normalizeTags } from '../mappers';

/** Free-text tags (certifications, networks): type then Enter or "Ajouter"; suggestions via a datalist. */
export function TagInput({
  id,
  label,
  hint,
  value,
  onChange,
  suggestions = [],
}: {
  id: string;
  label: string;
  hint?: string;
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions?: readonly string[];
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const hintId = `${id}-hint`;

  function add() {
    if (!text.trim()) return;
    onChange(normalizeTags([...value, text]));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className="field tag-input">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint ?? t('tags.hint')}
      </p>
      <div className="inline-row">
        <input
          id={id}
          type="text"
          value={text}
          list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button--small" onClick={add}>
          {t('tags.add')}
          <span className="visually-hidden"> : {label}</span>
        </button>
      </div>
      {suggestions.length > 0 ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <ChipList
        label={label}
        items={value.map((tag) => ({ key: tag, label: tag }))}
        onRemove={(key) => onChange(value.filter((tag) => tag !== key))}
      />
    </div>
  );
}
