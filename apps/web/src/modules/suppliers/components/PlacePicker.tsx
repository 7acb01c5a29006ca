import { useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { Combobox, type ComboboxOption } from './Combobox';
import { PLACES_QUERY } from '../graphql/suppliers';
import { placeLabel } from '../format';
import type { Place, PlaceKind } from '../types';

/** Autocomplete over `places(q)`, restricted to some kinds (communes only, départements only…). */
export function PlacePicker({
  id,
  label,
  hint,
  error,
  kinds,
  initialText,
  clearOnSelect,
  onSelect,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  kinds: readonly PlaceKind[];
  initialText?: string;
  clearOnSelect?: boolean;
  onSelect: (place: Place) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [places, setPlaces] = useState<Place[]>([]);
  const [loading, setLoading] = useState(false);

  async function query(q: string) {
    setLoading(true);
    const result = await client.query(PLACES_QUERY, { q, first: 20 }).toPromise();
    setLoading(false);
    setPlaces((result.data?.places ?? []).filter((p) => kinds.includes(p.kind)));
  }

  const options: ComboboxOption[] = places.map((p) => ({
    value: `${p.kind}:${p.code}`,
    label: placeLabel(p),
    hint: t(`suppliers.placeKind.${p.kind}`),
  }));

  return (
    <Combobox
      id={id}
      label={label}
      hint={hint}
      error={error}
      options={options}
      loading={loading}
      onQuery={(q) => void query(q)}
      onSelect={(option) => {
        const place = places.find((p) => `${p.kind}:${p.code}` === option.value);
        if (place) onSelect(place);
      }}
      initialText={initialText ?? ''}
      clearOnSelect={clearOnSelect ?? false}
    />
  );
}
