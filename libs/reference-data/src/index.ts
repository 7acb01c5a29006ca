/**
 * @essor/reference-data — reference datasets for Essor, plain TypeScript.
 * Every dataset loads lazily on first use and is cached for the process.
 * Data files and their provenance/licences: libs/reference-data/data/PROVENANCE.md.
 */
import { listCpv } from './cpv';
import { listCommunes, listRegions } from './geo';
import { referenceDataLoadTimings } from './lazy';
import { listNaf } from './naf';
import { listSectors } from './sectors';

export { normalizeSearchText, slugify, stripAccents } from './text';
export { referenceDataLoadTimings } from './lazy';

export type { Sector, SectorGroup, SectorSource } from './sectors';
export { listSectorGroups, listSectors, sectorBySlug, sectorGroupBySlug, searchSectors } from './sectors';
export { INDUSTRIAL_GROUP } from './sectors-industrial';

export type { CpvCode, CpvContractNature, CpvLevel } from './cpv';
export { cpvAncestors, cpvByCode, cpvClassOf, isValidCpv, listCpv, normalizeCpvCode, searchCpv } from './cpv';

export type { NafCode, NafLevel } from './naf';
export { listNaf, nafByCode, nafSectionOf, searchNaf } from './naf';

export type { CoordPrecision, GeoPoint, Place, PlaceKind, PlaceZone } from './geo';
export {
  communesByPostcode,
  communesOfDepartement,
  departementsOfRegion,
  distanceKm,
  listCommunes,
  listDepartements,
  listRegions,
  placeByCode,
  searchPlaces,
} from './geo';

/**
 * Loads every dataset now (e.g. at API/worker start-up or before a seed) and
 * returns the load time of each in ms.
 */
export function preloadReferenceData(): Record<string, number> {
  listSectors();
  listCpv();
  listNaf();
  listRegions();
  listCommunes();
  return referenceDataLoadTimings();
}
export { sectorsOfNaf } from './naf-sectors';
