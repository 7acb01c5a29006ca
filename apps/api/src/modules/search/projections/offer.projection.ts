import { cpvByCode } from '@essor/reference-data';
import { hashDocument, OfferSource, SupplierDocument, SupplierSource } from './supplier.projection';

/** The supplier's public facts every offer document repeats, under the supplier document's names. */
const SUPPLIER_FACTS = [
  'city', 'departementCode', 'regionCode', 'kinds', 'kindFamilies', 'kindLabels', 'verifiedKinds', 'verified', 'sectorSlugs',
  'sectorGroupSlugs', 'sectorNames', 'servesNationally', 'servedDepartements', 'eligibleFor', 'toConfirmFor',
  // The supplier's profile completion: the last tie-breaker of the ranking, as for suppliers.
  'completion',
] as const;
type SupplierFacts = Pick<SupplierDocument, (typeof SUPPLIER_FACTS)[number]>;

/**
 * The Meilisearch document of one catalogue offer: the offer's public fields plus the public facts
 * of its supplier (taken from the supplier's own search document, so both indexes agree on
 * eligibility, zone and kinds). No contact or member data.
 */
export interface OfferDocument extends SupplierFacts, Omit<OfferSource, 'updatedAt'> {
  supplierId: string;
  cpvLabels: string[];
  /** First 2, 3 and 4 digits of the codes (division, group, class), for facets and filters. */
  cpvDivisions: string[];
  cpvGroups: string[];
  cpvClasses: string[];
  /**
   * Every significant prefix of every code (90911200-8 → 90, 909, 9091, 90911, 909112): a filter on a
   * code of any level is one equality on its own significant prefix, and matches its descendants.
   */
  cpvPrefixes: string[];
  hasCapacity: boolean;
  supplierName: string;
  supplierBrand: string | null;
  /** The supplier's site. */
  _geo?: { lat: number; lng: number };
  updatedAt: number;
  /** Hash of every other field: `cli reconcile` compares it with the database's. */
  contentHash: string;
}

const uniq = (values: string[]) => [...new Set(values)].sort();

/** The significant digits of a CPV code (8 digits without the trailing zeros, at least the division). */
export function cpvSignificantPrefix(code: string): string | undefined {
  const cpv = cpvByCode(code);
  return cpv ? cpv.code8.slice(0, Math.max(2, cpv.significantDigits)) : undefined;
}

export type CpvFields = Pick<OfferDocument, 'cpvLabels' | 'cpvDivisions' | 'cpvGroups' | 'cpvClasses' | 'cpvPrefixes'>;

/** The CPV attributes of a document with these codes (offers and needs filter on them the same way). */
export function cpvFields(codes: string[]): CpvFields {
  const prefixes = codes.flatMap((code) => {
    const significant = cpvSignificantPrefix(code) ?? '';
    return Array.from({ length: Math.max(0, significant.length - 1) }, (_, i) => significant.slice(0, i + 2));
  });
  return {
    cpvLabels: codes.map((c) => cpvByCode(c)?.labelFr).filter((l): l is string => !!l),
    cpvDivisions: uniq(prefixes.filter((p) => p.length === 2)),
    cpvGroups: uniq(prefixes.filter((p) => p.length === 3)),
    cpvClasses: uniq(prefixes.filter((p) => p.length === 4)),
    cpvPrefixes: uniq(prefixes),
  };
}

function supplierFacts(supplier: SupplierDocument): SupplierFacts {
  return Object.fromEntries(SUPPLIER_FACTS.map((key) => [key, supplier[key]])) as SupplierFacts;
}

/** The documents of a supplier's offers; `supplier` is that supplier's document (built once for both indexes). */
export function toOfferDocuments(source: SupplierSource, supplier: SupplierDocument): OfferDocument[] {
  return source.offers.map(({ updatedAt, ...offer }) => {
    const body: Omit<OfferDocument, 'contentHash'> = {
      ...offer,
      description: offer.description ? offer.description.slice(0, 2000) : null,
      supplierId: supplier.id,
      ...cpvFields(offer.cpvCodes),
      hasCapacity: (offer.capacityQuantity ?? 0) > 0,
      supplierName: supplier.name,
      supplierBrand: supplier.brand,
      ...(supplier._geo ? { _geo: supplier._geo } : {}),
      ...supplierFacts(supplier),
      updatedAt: Math.floor(updatedAt.getTime() / 1000),
    };
    return { ...body, contentHash: hashDocument(body) };
  });
}
