import sanitizeHtml from 'sanitize-html';
import type { NeedStatus } from '@essor/domain';
import { departementsOfRegion, placeByCode, sectorBySlug } from '@essor/reference-data';
import { cpvFields, CpvFields } from './offer.projection';
import { hashDocument } from './supplier.projection';

type PlaceKind = 'NATIONAL' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE';

/** Everything the search document of one need is built from (loaded in batches from Postgres). */
export interface NeedSource {
  id: string;
  status: NeedStatus;
  visibility: 'PUBLIC' | 'INVITED';
  kind: string;
  title: string;
  descriptionHtml: string;
  buyerName: string;
  buyerRegime: string | null;
  consortiaAllowed: boolean;
  deadlineAt: Date;
  publishedAt: Date | null;
  /** In position order. */
  lots: NeedLotSource[];
}

export interface NeedLotSource {
  title: string;
  sectorSlugs: string[];
  cpvCodes: string[];
  reservation: string;
  placeKind: PlaceKind;
  placeCode: string | null;
  amountMinEur: number | null;
  amountMaxEur: number | null;
  socialClauseHours: number | null;
}

/** What a hit shows of each lot. */
export interface NeedLotSummary {
  title: string;
  sectorNames: string[];
  reservation: string;
  placeKind: PlaceKind;
  /** Null when national. */
  placeName: string | null;
}

/**
 * The Meilisearch document of a published public need: what is bought, where, until when, and the
 * buyer's name and regime. No person (contact, author) and nothing of invited suppliers.
 * Instants are milliseconds since the epoch, so a saved search's window is exact.
 */
export interface NeedDocument extends CpvFields {
  id: string;
  title: string;
  /** The description as plain text (no markup). */
  description: string;
  kind: string;
  buyerName: string;
  buyerRegime: string | null;
  lotTitles: string[];
  lots: NeedLotSummary[];
  sectorSlugs: string[];
  sectorGroupSlugs: string[];
  sectorNames: string[];
  cpvCodes: string[];
  /** Distinct reservations of the lots (NONE included when a lot is open to all). */
  reservations: string[];
  /** At least one lot is reserved. */
  reserved: boolean;
  /** At least one lot is delivered nationally: it concerns every région and département. */
  national: boolean;
  /** Départements of the lots' places (a région lot counts for all its départements). */
  departementCodes: string[];
  regionCodes: string[];
  placeNames: string[];
  /** The first commune lot's centroid. */
  _geo?: { lat: number; lng: number };
  deadlineAt: number;
  publishedAt: number;
  /** The largest estimate of a lot (its maximum, else its minimum). */
  amountMaxEur: number | null;
  consortiaAllowed: boolean;
  /** At least one lot has insertion hours. */
  socialClause: boolean;
  /** Hash of every other field: `cli reconcile` compares it with the database's. */
  contentHash: string;
}

const uniq = (values: string[]) => [...new Set(values)].sort();
const DESCRIPTION_MAX = 2000;

/** Whether a need belongs in the public index: published and open to every supplier. */
export function isPubliclySearchable(need: Pick<NeedSource, 'status' | 'visibility'>): boolean {
  return need.status === 'PUBLISHED' && need.visibility === 'PUBLIC';
}

/** Text of sanitised HTML: tags dropped, blocks separated by a space, entities decoded. */
export function plainText(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/?(p|br|li|ul|ol|h\d|blockquote|div)\b/gi, ' $&'), { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes these three in text; the index wants the characters.
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function lotPlace(lot: NeedLotSource) {
  if (lot.placeKind === 'NATIONAL' || !lot.placeCode) return { name: null, departements: [], regions: [], geo: undefined };
  const place = placeByCode(lot.placeKind, lot.placeCode);
  const departements = lot.placeKind === 'REGION'
    ? departementsOfRegion(lot.placeCode).map((d) => d.code)
    : [place?.departementCode ?? (lot.placeKind === 'DEPARTEMENT' ? lot.placeCode : undefined)].filter((d): d is string => !!d);
  const regions = [place?.regionCode ?? (lot.placeKind === 'REGION' ? lot.placeCode : undefined)].filter((r): r is string => !!r);
  const geo = lot.placeKind === 'COMMUNE' && place?.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lng: place.lon } : undefined;
  return { name: place?.name ?? lot.placeCode, departements, regions, geo };
}

/** The need's document when it belongs in the public index, else none (it is then deleted from it). */
export function toNeedDocuments(need: NeedSource): NeedDocument[] {
  if (!isPubliclySearchable(need) || !need.publishedAt) return [];
  const places = need.lots.map(lotPlace);
  const sectors = need.lots.flatMap((l) => l.sectorSlugs).map((slug) => ({ slug, sector: sectorBySlug(slug) }));
  const cpvCodes = uniq(need.lots.flatMap((l) => l.cpvCodes));
  const amounts = need.lots.map((l) => l.amountMaxEur ?? l.amountMinEur).filter((a): a is number => a !== null);
  const geo = places.find((p) => p.geo)?.geo;
  const body: Omit<NeedDocument, 'contentHash'> = {
    id: need.id,
    title: need.title,
    description: plainText(need.descriptionHtml).slice(0, DESCRIPTION_MAX),
    kind: need.kind,
    buyerName: need.buyerName,
    buyerRegime: need.buyerRegime,
    lotTitles: need.lots.map((l) => l.title),
    lots: need.lots.map((lot, i) => ({
      title: lot.title,
      sectorNames: lot.sectorSlugs.map((slug) => sectorBySlug(slug)?.nameFr ?? slug),
      reservation: lot.reservation,
      placeKind: lot.placeKind,
      placeName: places[i]!.name,
    })),
    sectorSlugs: uniq(sectors.map((s) => s.slug)),
    sectorGroupSlugs: uniq(sectors.map((s) => s.sector?.groupSlug).filter((g): g is string => !!g)),
    sectorNames: uniq(sectors.map((s) => s.sector?.nameFr ?? s.slug)),
    cpvCodes,
    ...cpvFields(cpvCodes),
    reservations: uniq(need.lots.map((l) => l.reservation)),
    reserved: need.lots.some((l) => l.reservation !== 'NONE'),
    national: need.lots.some((l) => l.placeKind === 'NATIONAL'),
    departementCodes: uniq(places.flatMap((p) => p.departements)),
    regionCodes: uniq(places.flatMap((p) => p.regions)),
    placeNames: uniq(places.map((p) => p.name).filter((n): n is string => !!n)),
    ...(geo ? { _geo: geo } : {}),
    deadlineAt: need.deadlineAt.getTime(),
    publishedAt: need.publishedAt.getTime(),
    amountMaxEur: amounts.length ? Math.max(...amounts) : null,
    consortiaAllowed: need.consortiaAllowed,
    socialClause: need.lots.some((l) => (l.socialClauseHours ?? 0) > 0),
  };
  return [{ ...body, contentHash: hashDocument(body) }];
}
