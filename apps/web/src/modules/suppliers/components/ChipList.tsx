import { useTranslation } from 'react-i18next';

/** Chosen items as a list; each has a remove button that names what it removes. */
export function ChipList({
  label,
  items,
  onRemove,
}: {
  label: string;
  items: { key: string; label: string }[];
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="chip">
          <span>{item.label}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('common.removeItem', { item: item.label })}
            onClick={() => onRemove(item.key)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
