import { useTranslation } from 'react-i18next';
import { useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import type { TFunction } from 'i18next';
import { toAppError, type AppError } from '../../../shared/errors/app-error';
import { moveId } from '../mappers';
import { fieldId } from '../../../shared/ui/Field';

/** Client-side mapper errors (field → i18n key) as the AppError the ErrorSummary shows. */
export function clientError(errors: Record<string, string>, t: TFunction): AppError | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return {
    code: 'BAD_USER_INPUT',
    messageKey: 'errors.code.BAD_USER_INPUT',
    fields: Object.fromEntries(entries.map(([field, key]) => [field, t(key)])),
  };
}

export function networkError(): AppError {
  return { code: 'NETWORK', messageKey: 'errors.code.NETWORK', fields: {} };
}

export function TextArea({
  name,
  label,
  hint,
  error,
  ...rest
}: { name: string; label: ReactNode; hint?: ReactNode; error?: string | undefined } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'name'
>) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...rest}
      />
      {error ? (
        <p id={errorId} className="field-error" data-field-error={name}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  name,
  label,
  error,
  children,
  value,
  onChange,
  hint,
}: {
  name: string;
  label: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
}) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="field-error" data-field-error={name}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Up / down buttons for reordering a list item, named after the item. */
export function MoveButtons({
  index,
  count,
  name,
  onMove,
  disabled,
}: {
  index: number;
  count: number;
  name: string;
  onMove: (delta: -1 | 1) => void;
  disabled?: boolean;
}) {
  return (
    <>
      <button type="button" className="button button--small button--ghost" disabled={disabled || index === 0} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">{`${name} : `}</span>
        <MoveLabel up />
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">{`${name} : `}</span>
        <MoveLabel />
      </button>
    </>
  );
}

function MoveLabel({ up = false }: { up?: boolean }) {
  const { t } = useTranslation();
  return <span className="visually-hidden">{up ? t('common.moveUp') : t('common.moveDown')}</span>;
}

type ItemInput = { input: { supplierId: string; ids?: string[]; id?: string } };

/**
 * The ordered list behaviour activities and offers share: sorted items, move up/down, delete with a
 * confirmation, one status message and one error. `messages` is the i18n prefix ("activities"…).
 */
export function useOrderedItems<T extends { id: string; position: number }>(options: {
  supplierId: string;
  items: T[];
  nameOf: (item: T) => string;
  reorderMutation: DocumentInput<unknown, ItemInput & AnyVariables>;
  deleteMutation: DocumentInput<unknown, ItemInput & AnyVariables>;
  messages: 'activities' | 'offers';
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { supplierId, nameOf, messages, reload } = options;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [{ fetching: reordering }, reorder] = useMutation(options.reorderMutation);
  const [, remove] = useMutation(options.deleteMutation);
  const sorted = [...options.items].sort((a, b) => a.position - b.position);

  async function move(index: number, delta: -1 | 1) {
    const item = sorted[index];
    if (!item) return;
    const result = await reorder({ input: { supplierId, ids: moveId(sorted.map((i) => i.id), index, delta) } });
    setError(toAppError(result.error));
    if (!result.error) {
      setStatus(t(`${messages}.moved`, { name: nameOf(item) }));
      reload();
    }
  }

  async function onDelete(item: T) {
    if (!window.confirm(t(`${messages}.confirmDelete`, { name: nameOf(item) }))) return;
    const result = await remove({ input: { supplierId, id: item.id } });
    setError(toAppError(result.error));
    if (!result.error) {
      setStatus(t(`${messages}.deleted`, { name: nameOf(item) }));
      reload();
    }
  }

  return { sorted, status, setStatus, error, setError, reordering, move, onDelete };
}
