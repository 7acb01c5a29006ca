import type { SupplierImportRecord } from './supplier-import.parser';

/** Profile columns the importer writes, as stored (snake_case), and the pure merge rule. */
export interface ProfileValues {
  brand: string | null; description: string | null; naf_code: string | null; legal_form: string | null;
  address: string | null; postcode: string | null; city: string | null; departement_code: string | null;
  latitude: number | null; longitude: number | null; website: string | null; employees_range: string | null;
  networks: string[]; data_source: string | null;
}
export const PROFILE_FIELDS = [
  'brand', 'description', 'naf_code', 'legal_form', 'address', 'postcode', 'city', 'departement_code',
  'latitude', 'longitude', 'website', 'employees_range', 'data_source',
] as const;

export function incomingProfile(r: SupplierImportRecord): ProfileValues {
  return {
    brand: r.brand, description: r.description, naf_code: r.nafCode, legal_form: r.legalForm, address: r.address,
    postcode: r.postcode, city: r.city, departement_code: r.departementCode, latitude: r.latitude, longitude: r.longitude,
    website: r.website, employees_range: r.employeesRange, networks: r.networks, data_source: r.dataSource,
  };
}

/**
 * What to store: an import never erases what is known. On an unclaimed structure the file wins
 * where it has a value; on a claimed one (it has members) their edits win and the file only fills gaps.
 */
export function mergeProfile(existing: ProfileValues | null, incoming: ProfileValues, claimed: boolean): ProfileValues {
  if (!existing) return incoming;
  const merged = { ...existing };
  for (const f of PROFILE_FIELDS) {
    (merged as Record<string, unknown>)[f] = claimed ? (existing[f] ?? incoming[f]) : (incoming[f] ?? existing[f]);
  }
  merged.networks = claimed
    ? (existing.networks.length ? existing.networks : incoming.networks)
    : (incoming.networks.length ? incoming.networks : existing.networks);
  return merged;
}

export function sameProfile(a: ProfileValues, b: ProfileValues): boolean {
  return PROFILE_FIELDS.every((f) => a[f] === b[f]) && a.networks.join('\u0000') === b.networks.join('\u0000');
}

