import { Injectable } from '@nestjs/common';
import {
  CpvCode, listSectorGroups, listSectors, NafCode, Place, searchCpv, searchNaf, searchPlaces,
} from '@essor/reference-data';
import { CpvCodeModel, NafCodeModel, PlaceKindEnum, PlaceModel, SectorGroupModel, SectorModel } from './models/reference.models';

/** Reference data is read-mostly: served from the in-process datasets of @essor/reference-data. */
@Injectable()
export class ReferenceDataService {
  sectorGroups(): SectorGroupModel[] {
    const sectors = listSectors();
    return listSectorGroups().map((g) => Object.assign(new SectorGroupModel(), {
      slug: g.slug,
      nameFr: g.nameFr,
      nameEn: g.nameEn,
      sectors: sectors.filter((s) => s.groupSlug === g.slug).map((s) => Object.assign(new SectorModel(), {
        slug: s.slug, nameFr: s.nameFr, nameEn: s.nameEn ?? s.nameFr, groupSlug: s.groupSlug,
      })),
    }));
  }

  cpvCodes(q: string, first: number): CpvCodeModel[] {
    return searchCpv(q, first).map((c: CpvCode) => Object.assign(new CpvCodeModel(), {
      code: c.code, labelFr: c.labelFr, labelEn: c.labelEn, level: c.level, parentCode: c.parentCode,
    }));
  }

  nafCodes(q: string, first: number): NafCodeModel[] {
    return searchNaf(q, first).map((n: NafCode) => Object.assign(new NafCodeModel(), {
      code: n.code, compactCode: n.compactCode, level: n.level, labelFr: n.labelFr, section: n.section,
    }));
  }

  places(q: string, first: number): PlaceModel[] {
    return searchPlaces(q, first).map((p: Place) => Object.assign(new PlaceModel(), {
      kind: PlaceKindEnum[p.kind],
      code: p.code,
      name: p.name,
      departementCode: p.departementCode ?? null,
      regionCode: p.regionCode ?? null,
      postcodes: p.postcodes ?? [],
      latitude: p.lat ?? null,
      longitude: p.lon ?? null,
    }));
  }
}
