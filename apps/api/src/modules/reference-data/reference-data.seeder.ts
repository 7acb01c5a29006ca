import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { listCommunes, listCpv, listDepartements, listNaf, listRegions, listSectorGroups, listSectors, Place } from '@essor/reference-data';
import { CpvCodeEntity, NafCodeEntity, PlaceEntity } from './entities/nomenclature.entity';
import { SectorEntity, SectorGroupEntity } from './entities/sector.entity';

const CHUNK = 1000;

/**
 * Copies the reference datasets into Postgres (sectors for foreign keys, places for SQL radius
 * matching, nomenclatures for joins). Idempotent: upserts by natural key.
 */
@Injectable()
export class ReferenceDataSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(progress: (label: string, done: number, total: number) => void = () => undefined): Promise<Record<string, number>> {
    return this.dataSource.transaction(async (manager) => {
      const groups = listSectorGroups().map((g, i) => ({ slug: g.slug, nameFr: g.nameFr, nameEn: g.nameEn, position: i }));
      const sectors = listSectors().map((s, i) => ({ slug: s.slug, groupSlug: s.groupSlug, nameFr: s.nameFr, nameEn: s.nameEn ?? s.nameFr, position: i }));
      const cpv = listCpv().map((c) => ({ code: c.code, code8: c.code8, labelFr: c.labelFr, labelEn: c.labelEn, level: c.level, parentCode: c.parentCode }));
      const naf = listNaf().map((n) => ({ code: n.code, level: n.level, labelFr: n.labelFr, section: n.section, parent: n.parentCode }));
      const places = [...listRegions(), ...listDepartements(), ...listCommunes()].map(toPlaceRow);
      await upsert(manager, SectorGroupEntity, groups, ['slug'], 'sector groups', progress);
      await upsert(manager, SectorEntity, sectors, ['slug'], 'sectors', progress);
      await upsert(manager, CpvCodeEntity, cpv, ['code'], 'CPV codes', progress);
      await upsert(manager, NafCodeEntity, naf, ['code'], 'NAF codes', progress);
      await upsert(manager, PlaceEntity, places, ['kind', 'code'], 'places', progress);
      return { sectorGroups: groups.length, sectors: sectors.length, cpv: cpv.length, naf: naf.length, places: places.length };
    });
  }
}

function toPlaceRow(p: Place) {
  return {
    kind: p.kind,
    code: p.code,
    name: p.name,
    departementCode: p.departementCode ?? null,
    regionCode: p.regionCode ?? null,
    postcodes: p.postcodes ?? [],
    latitude: p.lat ?? null,
    longitude: p.lon ?? null,
  };
}

async function upsert<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: object[],
  keys: string[],
  label: string,
  progress: (label: string, done: number, total: number) => void,
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.upsert(entity, rows.slice(i, i + CHUNK) as never, keys);
    progress(label, Math.min(i + CHUNK, rows.length), rows.length);
  }
}
