import { parse } from 'csv-parse/sync';
import { isSupplierKind, sirenOf, validateSiret } from '@essor/domain';
import type { Siret, SupplierKind } from '@essor/domain';

/**
 * Pure parsing and validation of supplier import files (no database, no framework): the SIAE
 * CSV export (`siae_structures.csv`) and Le Marché's public API JSON (`/api/siae/`).
 */
export type ImportFormat = 'csv' | 'lemarche-json';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'lemarche-json'];

/** One record as read from the file, before validation. `ref` locates it for the rejection report. */
export interface RawSupplierRecord {
  ref: string;
  siret: string;
  name: string;
  brand: string | null;
  kinds: string[];
  nafCode: string | null;
  legalForm: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  departementCode: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  description: string | null;
  employeesRange: string | null;
  networks: string[];
  dataSource: string;
  /** Le Marché marks closed structures `is_active: false`. */
  active: boolean;
}

/** A record that passed validation: what the importer writes. */
export interface SupplierImportRecord extends Omit<RawSupplierRecord, 'siret' | 'kinds' | 'active'> {
  siret: Siret;
  siren: string;
  kinds: SupplierKind[];
}

export type RejectionReason =
  | 'SIRET_FORMAT'
  | 'SIRET_CHECKSUM'
  | 'NAME_MISSING'
  | 'KIND_MISSING'
  | 'KIND_UNKNOWN'
  | 'DUPLICATE_IN_FILE'
  | 'INACTIVE'
  | 'NOT_A_SUPPLIER';

export interface ImportRejection {
  ref: string;
  siret: string;
  name: string;
  reason: RejectionReason;
  detail: string;
}

/** The file could not be read as the announced format: nothing is imported. */
export class ImportFileError extends Error {}

const CSV_REQUIRED_COLUMNS = ['siret', 'name', 'kind'] as const;

/** Guesses the format from the file name (`.json` → Le Marché JSON, anything else → CSV). */
export function formatFromFileName(file: string): ImportFormat {
  return /\.json$/i.test(file) ? 'lemarche-json' : 'csv';
}

export function parseSupplierFile(content: string | Buffer, format: ImportFormat): RawSupplierRecord[] {
  return format === 'csv' ? parseSiaeCsv(content) : parseLeMarcheJson(content);
}

const clean = (v: unknown, max?: number): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  if (s === '') return null;
  return max ? s.slice(0, max) : s;
};
const num = (v: unknown): number | null => {
  const s = clean(v);
  if (s === null) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};
/** NAF codes come as "56.21Z" or "5621Z": stored in the dotted INSEE form. */
export function normalizeNafCode(v: unknown): string | null {
  const s = clean(v)?.toUpperCase().replace(/\s/g, '') ?? null;
  if (!s) return null;
  const m = /^(\d{2})\.?(\d{2})([A-Z])$/.exec(s);
  return m ? `${m[1]}.${m[2]}${m[3]}` : null;
}
/** Postcodes lose their leading zero in spreadsheets ("1000" for Bourg-en-Bresse). */
function normalizePostcode(v: unknown): string | null {
  const s = clean(v)?.replace(/\s/g, '') ?? null;
  if (!s || !/^\d{4,5}$/.test(s)) return null;
  return s.padStart(5, '0');
}
function normalizeDepartement(v: unknown): string | null {
  const s = clean(v)?.toUpperCase() ?? null;
  if (!s) return null;
  if (/^\d$/.test(s)) return `0${s}`;
  return /^(\d{2,3}|2[AB])$/.test(s) ? s : null;
}

/** The SIAE CSV export: one row per structure, header row first, descriptions may span lines. */
export function parseSiaeCsv(content: string | Buffer): RawSupplierRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(content, { columns: true, bom: true, skip_empty_lines: true, info: true, record_delimiter: ['\r\n', '\n', '\r'] });
  } catch (error) {
    throw new ImportFileError(`not a readable CSV file: ${(error as Error).message}`);
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const missing = CSV_REQUIRED_COLUMNS.filter((c) => rows.length > 0 && !header.includes(c));
  if (missing.length > 0) throw new ImportFileError(`CSV header lacks column(s): ${missing.join(', ')}`);
  let previousEnd = 1; // the header line
  return rows.map(({ record: r, info }) => {
    const ref = `line ${previousEnd + 1}`;
    previousEnd = info.lines;
    return {
      ref,
      siret: r.siret ?? '',
      name: clean(r.name, 200) ?? '',
      brand: clean(r.brand, 200),
      kinds: (r.kind ?? '').split(/[|;]/).map((k) => k.trim().toUpperCase()).filter(Boolean),
      nafCode: normalizeNafCode(r.naf_code ?? r.naf),
      legalForm: clean(r.legal_form_asp_2019 || r.legal_form, 120),
      address: clean(r.address, 300),
      postcode: normalizePostcode(r.post_code),
      city: clean(r.city, 120),
      departementCode: normalizeDepartement(r.department),
      latitude: num(r.latitude),
      longitude: num(r.longitude),
      website: clean(r.website, 300),
      description: clean(r.description),
      employeesRange: clean(r.employees_range, 60),
      networks: [],
      dataSource: clean(r.source, 60) ?? 'SIAE_CSV',
      active: true,
    };
  });
}

interface LeMarcheSiae {
  id?: number; name?: string; brand?: string; siret?: string; kind?: string; contact_website?: string;
  address?: string; city?: string; post_code?: string; department?: string; is_active?: boolean;
  networks?: ({ name?: string; slug?: string } | string)[];
}

/** Le Marché `/api/siae/`: a page `{ count, next, results: [...] }`, or a plain array of pages' results. */
export function parseLeMarcheJson(content: string | Buffer): RawSupplierRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content.toString());
  } catch (error) {
    throw new ImportFileError(`not a readable JSON file: ${(error as Error).message}`);
  }
  const results = Array.isArray(data) ? data : (data as { results?: unknown })?.results;
  if (!Array.isArray(results)) throw new ImportFileError('JSON must be an array of structures or a page with "results"');
  return results.map((item: unknown, i: number) => {
    const s = (item && typeof item === 'object' ? item : {}) as LeMarcheSiae;
    return {
      ref: `record ${i + 1}${s.id !== undefined ? ` (id ${s.id})` : ''}`,
      siret: clean(s.siret) ?? '',
      name: clean(s.name, 200) ?? '',
      brand: clean(s.brand, 200),
      kinds: clean(s.kind) ? [clean(s.kind)!.toUpperCase()] : [],
      nafCode: null,
      legalForm: null,
      address: clean(s.address, 300),
      postcode: normalizePostcode(s.post_code),
      city: clean(s.city, 120),
      departementCode: normalizeDepartement(s.department),
      latitude: null,
      longitude: null,
      website: clean(s.contact_website, 300),
      description: null,
      employeesRange: null,
      networks: (s.networks ?? []).map((n) => clean(typeof n === 'string' ? n : n?.name, 120)).filter((n): n is string => !!n),
      dataSource: 'LEMARCHE_API',
      active: s.is_active !== false,
    };
  });
}

/** Checks every record; the first occurrence of a SIRET wins, later ones are rejected as duplicates. */
export function validateSupplierRecords(records: readonly RawSupplierRecord[]): { valid: SupplierImportRecord[]; rejected: ImportRejection[] } {
  const valid: SupplierImportRecord[] = [];
  const rejected: ImportRejection[] = [];
  const firstRef = new Map<string, string>();
  for (const r of records) {
    const reject = (reason: RejectionReason, detail: string) => rejected.push({ ref: r.ref, siret: r.siret, name: r.name, reason, detail });
    const siret = validateSiret(r.siret);
    if (!siret.valid) {
      reject(siret.reason === 'FORMAT' ? 'SIRET_FORMAT' : 'SIRET_CHECKSUM',
        siret.reason === 'FORMAT' ? `SIRET "${r.siret}" does not have 14 digits` : `SIRET ${siret.normalized} fails the check digit (Luhn)`);
      continue;
    }
    if (!r.name) { reject('NAME_MISSING', 'name is empty'); continue; }
    if (r.kinds.length === 0) { reject('KIND_MISSING', 'kind is empty'); continue; }
    const unknown = r.kinds.filter((k) => !isSupplierKind(k));
    if (unknown.length > 0) { reject('KIND_UNKNOWN', `unknown kind ${unknown.join(', ')}`); continue; }
    if (!r.active) { reject('INACTIVE', 'structure marked inactive'); continue; }
    const first = firstRef.get(siret.value);
    if (first) { reject('DUPLICATE_IN_FILE', `SIRET already at ${first}`); continue; }
    firstRef.set(siret.value, r.ref);
    const { active: _active, ...rest } = r;
    valid.push({ ...rest, siret: siret.value, siren: sirenOf(siret.value), kinds: [...new Set(r.kinds as SupplierKind[])] });
  }
  return { valid, rejected };
}

/** The rejection report as CSV (ref, siret, name, reason, detail), quoted where needed. */
export function rejectionReportCsv(rejected: readonly ImportRejection[]): string {
  const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ['ref,siret,name,reason,detail', ...rejected.map((r) => [r.ref, r.siret, r.name, r.reason, r.detail].map(q).join(','))].join('\n') + '\n';
}
