import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../shared/ui/Field';
import { Combobox } from '../../suppliers/components/Combobox';
import { ChipList } from '../../suppliers/components/ChipList';
import { SUPPLIER_NAME_QUERY, SUPPLIER_PICK_QUERY } from '../graphql/needs';
import type { InvitedSupplier } from '../form';

type Hit = { id: string; name: string; city: string | null; departementCode: string | null };

/** Suppliers invited to an INVITED need, found by name with `searchSuppliers`. */
export function InviteSuppliers({
  value,
  onChange,
  error,
}: {
  value: InvitedSupplier[];
  onChange: (suppliers: InvitedSupplier[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [hits, setHits] = useState<Hit[]>([]);
  const [loading, setLoading] = useState(false);

  // A saved need only gives the ids: fetch the names once.
  const unnamed = value.filter((s) => !s.name).map((s) => s.id).join(',');
  useEffect(() => {
    if (!unnamed) return;
    let cancelled = false;
    void Promise.all(unnamed.split(',').map((id) => client.query(SUPPLIER_NAME_QUERY, { id }).toPromise())).then((results) => {
      if (cancelled) return;
      const names = new Map(results.map((r) => [r.data?.supplier.id ?? '', r.data?.supplier.name ?? '']));
      onChange(value.map((s) => (s.name ? s : { ...s, name: names.get(s.id) || s.id })));
    });
    return () => {
      cancelled = true;
    };
    // Only when the set of unnamed ids changes.
  }, [unnamed]);

  async function query(q: string) {
    setLoading(true);
    const result = await client.query(SUPPLIER_PICK_QUERY, { query: q }).toPromise();
    setLoading(false);
    setHits(result.data?.searchSuppliers.hits ?? []);
  }

  return (
    <div className="field-group">
      <Combobox
        id={fieldId('invitedSupplierIds')}
        label={t('needs.invite.label')}
        hint={t('needs.invite.hint')}
        error={error}
        options={hits.map((h) => ({ value: h.id, label: h.name, hint: [h.city, h.departementCode].filter(Boolean).join(', ') || undefined }))}
        loading={loading}
        onQuery={(q) => void query(q)}
        onSelect={(option) => {
          if (!value.some((s) => s.id === option.value)) onChange([...value, { id: option.value, name: option.label }]);
        }}
        clearOnSelect
      />
      <ChipList
        label={t('needs.invite.chosen')}
        items={value.map((s) => ({ key: s.id, label: s.name || s.id }))}
        onRemove={(id) => onChange(value.filter((s) => s.id !== id))}
      />
    </div>
  );
}
