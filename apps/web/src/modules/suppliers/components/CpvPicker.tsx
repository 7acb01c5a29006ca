import { useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { Combobox } from './Combobox';
import { CPV_CODES_QUERY } from '../graphql/suppliers';
import type { CpvCode } from '../types';
import { ChipList } from './ChipList';
import { currentLanguage } from '../../../shared/i18n/i18n';

export function cpvLabel(cpv: CpvCode): string {
  return `${cpv.code} · ${currentLanguage() === 'en' ? cpv.labelEn : cpv.labelFr}`;
}

/** Several CPV codes picked with an autocomplete over `cpvCodes(q)`, shown as removable chips. */
export function CpvPicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: CpvCode[];
  onChange: (codes: CpvCode[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [found, setFound] = useState<CpvCode[]>([]);
  const [loading, setLoading] = useState(false);

  async function query(q: string) {
    setLoading(true);
    const result = await client.query(CPV_CODES_QUERY, { q, first: 20 }).toPromise();
    setLoading(false);
    setFound(result.data?.cpvCodes ?? []);
  }

  return (
    <div className="field-group">
      <Combobox
        id={id}
        label={t('offers.cpvCodes')}
        hint={t('offers.cpvHint')}
        error={error}
        options={found.map((c) => ({ value: c.code, label: cpvLabel(c) }))}
        loading={loading}
        onQuery={(q) => void query(q)}
        onSelect={(option) => {
          const cpv = found.find((c) => c.code === option.value);
          if (cpv && !value.some((c) => c.code === cpv.code)) onChange([...value, cpv]);
        }}
        clearOnSelect
      />
      <ChipList
        label={t('offers.cpvSelected')}
        items={value.map((c) => ({ key: c.code, label: cpvLabel(c) }))}
        onRemove={(key) => onChange(value.filter((c) => c.code !== key))}
      />
    </div>
  );
}
